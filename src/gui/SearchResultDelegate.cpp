#include "SearchResultDelegate.h"

#include "ChatsDelegate.h"
#include "RemoteText.h"
#include "im/models/SearchResultsModel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;
using Palaver::Im::SearchResultsModel;

namespace Palaver::Gui {
namespace {
constexpr int Margin = 8;
constexpr qsizetype ContextBefore = 30;
} // namespace

SearchResultDelegate::SearchResultDelegate(NameOf nameOf, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_nameOf(std::move(nameOf))
{ }

QString SearchResultDelegate::snippet(const QString& body, const QString& text)
{
    const QString line = body.simplified();
    qsizetype first = -1;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype at = line.indexOf(word, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first)) {
            first = at;
        }
    }
    if (first <= ContextBefore) {
        return line;
    }
    // From the start of a word a little before the match.
    qsizetype start = line.indexOf(u' ', first - ContextBefore);
    start = start < 0 || start >= first ? first : start + 1;
    return u"…"_s + line.mid(start);
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {300, Margin * 2 + QFontMetrics(option.font).height() * 2 + 2};
}

void SearchResultDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet
        = option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QFontMetrics metrics(option.font);
    const bool room = index.data(SearchResultsModel::IsRoomRole).toBool();
    const QString account = index.data(SearchResultsModel::AccountRole).toString();
    const QString peer = index.data(SearchResultsModel::PeerRole).toString();
    QString where = m_nameOf ? m_nameOf(account, peer, room) : QString();
    if (where.isEmpty()) {
        where = peer;
    }
    const QString who = index.data(SearchResultsModel::OutgoingRole).toBool()
        ? tr("You")
        : index.data(SearchResultsModel::SenderRole).toString();
    const QString heading = room || who != peer ? tr("%1 · %2").arg(where, who) : where;
    const QString when
        = ChatsDelegate::whenText(index.data(SearchResultsModel::TimestampRole).toDateTime());

    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    const int whenWidth = metrics.horizontalAdvance(when) + Margin;
    const QRect headingRect(area.left(), area.top(), area.width() - whenWidth, metrics.height());
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(headingRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(
            RemoteText::line(heading), Qt::ElideRight, headingRect.width()));
    painter->setFont(option.font);
    painter->setPen(quiet);
    painter->drawText(QRect(area.right() - whenWidth, area.top(), whenWidth, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, when);
    painter->setPen(text);
    const QRect bodyRect(
        area.left(), area.top() + metrics.height() + 2, area.width(), metrics.height());
    painter->drawText(bodyRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(
            RemoteText::line(snippet(index.data(SearchResultsModel::BodyRole).toString(), m_text)),
            Qt::ElideRight, bodyRect.width()));
    painter->restore();
}

} // namespace Palaver::Gui
