// MessageDocuments: the laid-out text of each message in a conversation, made on demand and
// cached by message, with every row's text size kept beyond the documents themselves. Also
// what a long body shows (a step of "Show more" at a time) and where the user selected text.
#pragma once

#include "MessageAttachments.h"
#include "MessageFormatter.h"

#include <QCache>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QModelIndex>
#include <QSize>
#include <QTextDocument>

#include <functional>

class QPainter;
class QPalette;
class QStyleOptionViewItem;

namespace Palaver::Gui {

class MessageDocuments
{
    Q_DECLARE_TR_FUNCTIONS(MessageDocuments)

public:
    // senderName names the sender of a "/me" action.
    explicit MessageDocuments(std::function<QString(const QModelIndex&)> senderName);

    static const QString ShowMoreLink;
    static const QString ShowLessLink;
    static const QString CopyWholeLink;

    // Files shared in messages show as cards (or captions under their pictures) from here.
    void setAttachments(const MessageAttachments* attachments) { m_attachments = attachments; }
    // How wide text may run before it wraps; a change lays everything out anew.
    void setTextWidth(int width);
    QTextDocument* document(const QModelIndex& index, const QStyleOptionViewItem& option) const;
    QSize textSize(const QModelIndex& index, const QStyleOptionViewItem& option) const;

    bool isExpanded(const QModelIndex& index) const;
    bool canShowMore(const QModelIndex& index) const;
    // true shows one more step of a long body; false shortens it again. Whether it changed.
    bool setExpanded(const QModelIndex& index, bool expanded);

    // The text position nearest to a point within a document's area.
    static int positionAt(QTextDocument* document, const QPointF& point);
    // The words around a position (for a double click), as positions.
    static std::pair<int, int> wordAt(QTextDocument* document, int position);
    // The shown text between two positions, with line breaks as '\n'.
    static QString textBetween(QTextDocument* document, int from, int to);
    static int endOf(QTextDocument* document);
    // Draws the document with the text between from and to selected (none when from == to).
    static void draw(QPainter* painter, QTextDocument* document, int from, int to,
        const QPalette& palette, bool outgoing);

    // What shows in place of a message taken back by its sender or a moderator.
    static QString retractionText(const QModelIndex& index);

private:
    // What a row's document is made from: its body and the state of its file.
    QString sourceOf(const QModelIndex& index) const;
    static MessageFormatter::Style formatStyle(const QPalette& palette, bool outgoing);
    void forget(qint64 id);

    std::function<QString(const QModelIndex&)> m_senderName;
    const MessageAttachments* m_attachments = nullptr;
    int m_textWidth = 300;
    mutable QCache<qint64, QTextDocument> m_documents;
    mutable QHash<qint64, QString> m_documentSources; // what each cached document shows
    // Every row's text size, kept beyond the documents: the view asks all rows for their
    // height whenever rows come in, and laying out thousands of documents again each time
    // made a long conversation slower with every message.
    struct TextSize
    {
        QString source;
        QFont font;
        QSize size;
    };
    mutable QHash<qint64, TextSize> m_textSizes;
    QHash<qint64, int> m_expanded; // long messages: how many times "Show more" was asked
};

} // namespace Palaver::Gui
