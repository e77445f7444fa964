// SearchResultDelegate: one search result: the conversation and who wrote, when, and the
// words around the match on a line of their own.
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace Palaver::Gui {

class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using NameOf = std::function<QString(const QString& account, const QString& peer, bool room)>;

    SearchResultDelegate(NameOf nameOf, QObject* parent = nullptr);

    // What is searched for: the snippet starts a little before its first word.
    void setText(const QString& text) { m_text = text; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The body from a little before the first searched word, on one line.
    static QString snippet(const QString& body, const QString& text);

private:
    NameOf m_nameOf;
    QString m_text;
};

} // namespace Palaver::Gui
