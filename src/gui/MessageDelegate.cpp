#include "MessageDelegate.h"

#include "ContactColor.h"
#include "EncryptionText.h"
#include "LongBody.h"
#include "MessageDecorations.h"
#include "RemoteText.h"
#include "TextSelection.h"
#include "TimeText.h"
#include "im/models/MessagesModel.h"
#include "im/storage/MessageRecord.h"
#include "im/transfers/MediaPreviews.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::StringLiterals;
using Palaver::Im::MessageRecord;
using Palaver::Im::MessagesModel;

namespace Palaver::Gui {

namespace {

constexpr int SidePadding = 10;
constexpr int BubblePadding = 8;
constexpr int GroupGap = 8;
constexpr int RowGap = 2;
constexpr int ProgressHeight = 4; // a download's bar under a file's card
// Messages from one sender within this many seconds form one group under one header.
constexpr int GroupSeconds = 5 * 60;
QFont smallFont(const QFont& font)
{
    return MessageDecorations::smallFont(font);
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

MessageDelegate::MessageDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_documents([this](const QModelIndex& index) { return senderName(index); })
{
    m_documents.setTextWidth(bubbleWidthLimit() - 2 * BubblePadding);
    m_documents.setAttachments(&m_attachments);
}

void MessageDelegate::setNames(
    const QString& ownName, const QString& peerName, const QString& peerJid)
{
    m_ownName = ownName;
    m_peerName = peerName;
    m_peerJid = peerJid;
}

void MessageDelegate::setViewportWidth(int width)
{
    m_width = width;
    m_documents.setTextWidth(bubbleWidthLimit() - 2 * BubblePadding);
}

void MessageDelegate::setHighlight(const QString& text)
{
    m_highlight = text;
}

void MessageDelegate::setGroupChat(const QString& ownNick)
{
    m_groupChat = true;
    m_ownName = ownNick;
}

bool MessageDelegate::mentions(const QString& body, const QString& nick)
{
    if (nick.isEmpty()) {
        return false;
    }
    for (qsizetype at = body.indexOf(nick, 0, Qt::CaseInsensitive); at >= 0;
         at = body.indexOf(nick, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + nick.size();
        const bool startsWord = at == 0 || !body.at(at - 1).isLetterOrNumber();
        const bool endsWord = end >= body.size() || !body.at(end).isLetterOrNumber();
        if (startsWord && endsWord) {
            return true;
        }
    }
    return false;
}

bool MessageDelegate::isLong(const QString& body)
{
    return LongBody::isLong(body);
}

bool MessageDelegate::isExpanded(const QModelIndex& index) const
{
    return m_documents.isExpanded(index);
}

bool MessageDelegate::canShowMore(const QModelIndex& index) const
{
    return m_documents.canShowMore(index);
}

void MessageDelegate::setExpanded(const QModelIndex& index, bool expanded)
{
    if (m_documents.setExpanded(index, expanded)) {
        Q_EMIT sizeHintChanged(index);
    }
}

int MessageDelegate::bubbleWidthLimit() const
{
    return qMax(120, qMin(m_width * 3 / 4, 640));
}

bool MessageDelegate::startsDay(const QModelIndex& index) const
{
    if (index.row() == 0) {
        return true;
    }
    const QModelIndex above = index.siblingAtRow(index.row() - 1);
    return above.data(MessagesModel::TimestampRole).toDateTime().date()
        != index.data(MessagesModel::TimestampRole).toDateTime().date();
}

bool MessageDelegate::startsGroup(const QModelIndex& index) const
{
    if (startsDay(index)) {
        return true;
    }
    const QModelIndex above = index.siblingAtRow(index.row() - 1);
    if (above.data(MessagesModel::OutgoingRole) != index.data(MessagesModel::OutgoingRole)) {
        return true;
    }
    if (m_groupChat
        && above.data(MessagesModel::SenderRole) != index.data(MessagesModel::SenderRole)) {
        return true;
    }
    const qint64 gap = above.data(MessagesModel::TimestampRole)
                           .toDateTime()
                           .secsTo(index.data(MessagesModel::TimestampRole).toDateTime());
    return gap > GroupSeconds;
}

QString MessageDelegate::senderName(const QModelIndex& index) const
{
    if (index.data(MessagesModel::OutgoingRole).toBool()) {
        return m_ownName.isEmpty() ? tr("Me") : m_ownName;
    }
    if (m_groupChat) {
        const QString nick = senderIdentifier(index);
        return nick.isEmpty() ? tr("Room") : RemoteText::name(nick);
    }
    return m_peerName;
}

// What names the sender for XEP-0392 colours: the contact's address, or in a room the
// nickname (the occupant part of the sender's address).
QString MessageDelegate::senderIdentifier(const QModelIndex& index) const
{
    if (!m_groupChat) {
        return m_peerJid;
    }
    const QString sender = index.data(MessagesModel::SenderRole).toString();
    const qsizetype slash = sender.indexOf(u'/');
    return slash < 0 ? QString() : sender.mid(slash + 1);
}

QString MessageDelegate::footerText(const QModelIndex& index) const
{
    QString text
        = TimeText::hoursAndMinutes(index.data(MessagesModel::TimestampRole).toDateTime().time());
    if (index.data(MessagesModel::CorrectedRole).toBool()) {
        text += u" · "_s + tr("edited");
    }
    // The sender's own word for when it was sent, where that differs from when it came: it
    // never moves the message, but the reader may want to know.
    const QDateTime came = index.data(MessagesModel::TimestampRole).toDateTime();
    if (const QDateTime sent = index.data(MessagesModel::SentAtRole).toDateTime();
        sent.isValid() && qAbs(sent.secsTo(came)) > 60) {
        const QString when = sent.date() == came.date()
            ? TimeText::hoursAndMinutes(sent.time())
            : QLocale().toString(sent, QLocale::ShortFormat);
        text += u" · "_s + tr("sent %1").arg(when);
    }
    switch (MessageRecord::Protection(index.data(MessagesModel::ProtectionRole).toInt())) {
    case MessageRecord::Protection::Trusted:
        text = u"🔒 "_s + text;
        break;
    case MessageRecord::Protection::Untrusted:
        text = u"🔒 "_s + text + u" · "_s + tr("from a device you do not trust");
        break;
    case MessageRecord::Protection::None:
    case MessageRecord::Protection::Unreadable:
        break;
    }
    if (!index.data(MessagesModel::OutgoingRole).toBool()) {
        return text;
    }
    switch (MessageRecord::State(index.data(MessagesModel::DeliveryStateRole).toInt())) {
    case MessageRecord::State::Pending:
        return text + u" · "_s + tr("sending");
    case MessageRecord::State::Sent:
        return text + u" ✓"_s;
    case MessageRecord::State::Delivered:
        return text + u" ✓✓"_s;
    case MessageRecord::State::Displayed:
        return text + u" · "_s + tr("read");
    case MessageRecord::State::Failed:
        if (const QString problem = index.data(MessagesModel::ErrorTextRole).toString();
            EncryptionText::isProblem(problem)) {
            return text + u" · "_s + tr("not sent: %1").arg(EncryptionText::notSent(problem));
        }
        return text + u" · "_s + tr("not sent");
    case MessageRecord::State::Received:
        break;
    }
    return text;
}

QString MessageDelegate::dayText(const QDate& date) const
{
    const QDate today = QDate::currentDate();
    if (date == today) {
        return tr("Today");
    }
    if (date == today.addDays(-1)) {
        return tr("Yesterday");
    }
    return QLocale().toString(date, QLocale::LongFormat);
}

MessageDelegate::Layout MessageDelegate::layoutFor(
    const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Layout layout;
    const QFontMetrics metrics(option.font);
    const QFontMetrics small(smallFont(option.font));
    const int width = m_width;
    const bool outgoing = index.data(MessagesModel::OutgoingRole).toBool();
    const bool group = startsGroup(index);
    int y = group ? GroupGap : RowGap;
    if (startsDay(index)) {
        layout.separator = QRect(SidePadding, y, width - 2 * SidePadding, metrics.height() + 8);
        y = layout.separator.bottom() + 1 + GroupGap / 2;
    }
    if (group) {
        layout.header = QRect(SidePadding, y, width - 2 * SidePadding, small.height());
        y = layout.header.bottom() + 3;
    }
    const QSize textSize = m_documents.textSize(index, option);
    QString footer = footerText(index);
    const MessageRecord::State state
        = MessageRecord::State(index.data(MessagesModel::DeliveryStateRole).toInt());
    if (state == MessageRecord::State::Failed) {
        footer += u"  "_s + tr("Retry");
    }
    const int footerWidth = small.horizontalAdvance(footer);
    int innerWidth = qMax(textSize.width(), footerWidth);
    const QString quote = MessageDecorations::quoteText(index);
    const int quoteHeight = quote.isEmpty() ? 0 : MessageDecorations::quoteHeight(option.font) + 2;
    if (!quote.isEmpty()) {
        innerWidth = qMax(innerWidth,
            qMin(MessageDecorations::quoteWidth(option.font, quote),
                bubbleWidthLimit() - 2 * BubblePadding));
    }
    const QSize preview = m_attachments.previewSize(index);
    const int progressHeight = m_attachments.progress(index) ? ProgressHeight + 4 : 0;
    const int previewHeight = preview.isValid() ? preview.height() + 4 : 0;
    innerWidth = qMax(innerWidth, preview.isValid() ? preview.width() : 0);
    const int bubbleWidth = innerWidth + 2 * BubblePadding;
    const int bubbleHeight = quoteHeight + previewHeight + textSize.height() + progressHeight
        + small.height() + 2 * BubblePadding;
    const int left = outgoing ? width - SidePadding - bubbleWidth : SidePadding;
    layout.bubble = QRect(left, y, bubbleWidth, bubbleHeight);
    if (!quote.isEmpty()) {
        layout.quote = QRect(left + BubblePadding, y + BubblePadding, innerWidth, quoteHeight - 2);
    }
    if (preview.isValid()) {
        layout.preview
            = QRect(QPoint(left + BubblePadding, y + BubblePadding + quoteHeight), preview);
    }
    layout.text = QRect(left + BubblePadding, y + BubblePadding + quoteHeight + previewHeight,
        textSize.width(), textSize.height());
    if (progressHeight > 0) {
        layout.progress
            = QRect(left + BubblePadding, layout.text.bottom() + 3, innerWidth, ProgressHeight);
    }
    layout.footer = QRect(left + BubblePadding, layout.text.bottom() + 1 + progressHeight,
        innerWidth, small.height());
    layout.height = layout.bubble.bottom() + 1;
    layout.chips = MessageDecorations::chips(index, option.font,
        QPoint(left + BubblePadding / 2, layout.bubble.bottom() + 3), bubbleWidthLimit());
    if (!layout.chips.isEmpty()) {
        layout.height += 3 + MessageDecorations::chipsHeight(layout.chips);
    }
    return layout;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return {m_width, layoutFor(option, index).height};
}

void MessageDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Layout layout = layoutFor(option, index);
    const bool outgoing = index.data(MessagesModel::OutgoingRole).toBool();
    const QPalette& palette = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(option.rect.topLeft());

    if (!layout.separator.isEmpty()) {
        paintSeparator(painter, layout.separator, index, option);
    }
    if (!layout.header.isEmpty()) {
        painter->setFont(smallFont(option.font));
        const QString identifier = outgoing ? QString() : senderIdentifier(index);
        QColor nameColor = outgoing ? palette.color(QPalette::PlaceholderText)
                                    : ContactColor::forIdentifier(identifier, isDark(palette));
        painter->setPen(nameColor);
        painter->drawText(layout.header,
            (outgoing ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, senderName(index));
    }

    const QString body = index.data(MessagesModel::BodyRole).toString();
    const bool highlighted
        = !m_highlight.isEmpty() && body.contains(m_highlight, Qt::CaseInsensitive);
    const bool mentioned = m_groupChat && !outgoing && mentions(body, m_ownName);
    const auto state = MessageRecord::State(index.data(MessagesModel::DeliveryStateRole).toInt());
    QColor fill
        = outgoing ? palette.color(QPalette::Highlight) : palette.color(QPalette::AlternateBase);
    if (!outgoing && fill == palette.color(QPalette::Base)) {
        fill = palette.color(QPalette::Button);
    }
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(layout.bubble), 10, 10);
    painter->fillPath(bubble, fill);
    if (highlighted || (option.state & QStyle::State_Selected)) {
        painter->setPen(QPen(QColor(0xf5, 0x9f, 0x00), 2));
        painter->drawPath(bubble);
    } else if (mentioned) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter->drawPath(bubble);
    } else if (state == MessageRecord::State::Failed) {
        painter->setPen(QPen(QColor(0xe0, 0x31, 0x31), 1.5));
        painter->drawPath(bubble);
    }

    if (!layout.quote.isEmpty()) {
        MessageDecorations::paintQuote(painter, layout.quote, MessageDecorations::quoteText(index),
            option.font, palette, outgoing);
    }
    if (!layout.preview.isEmpty()) {
        QPainterPath rounded;
        rounded.addRoundedRect(QRectF(layout.preview), 6, 6);
        painter->save();
        painter->setClipPath(rounded);
        const QImage preview = m_attachments.preview(index);
        if (preview.isNull()) {
            painter->fillRect(layout.preview, palette.color(QPalette::Mid)); // read again soon
        } else {
            painter->drawImage(layout.preview, preview);
        }
        painter->restore();
    }
    if (const std::optional<qreal> done = m_attachments.progress(index);
        done && !layout.progress.isEmpty()) {
        MessageDecorations::paintProgress(painter, layout.progress, *done, palette, outgoing);
    }
    painter->save();
    painter->translate(layout.text.topLeft());
    QTextDocument* document = m_documents.document(index, option);
    const auto span = m_selection ? m_selection->spanIn(index, MessageDocuments::endOf(document))
                                  : std::nullopt;
    MessageDocuments::draw(
        painter, document, span ? span->first : 0, span ? span->second : 0, palette, outgoing);
    painter->restore();
    MessageDecorations::paintChips(painter, layout.chips, option.font, palette);
    if (option.state & QStyle::State_MouseOver) {
        MessageDecorations::paintMenuButton(
            painter, MessageDecorations::menuButtonRect(layout.bubble, outgoing), palette);
    }

    QColor footerColor = palette.color(outgoing ? QPalette::HighlightedText : QPalette::Text);
    footerColor.setAlphaF(0.7f);
    painter->setFont(smallFont(option.font));
    painter->setPen(footerColor);
    const QString footer = footerText(index);
    if (state == MessageRecord::State::Failed) {
        const QRect retry = retryRect(option, index).translated(-option.rect.topLeft());
        painter->drawText(QRect(layout.footer.left(), layout.footer.top(),
                              retry.left() - layout.footer.left(), layout.footer.height()),
            Qt::AlignRight | Qt::AlignVCenter, footer);
        QFont underline = smallFont(option.font);
        underline.setUnderline(true);
        underline.setBold(true);
        painter->setFont(underline);
        painter->setPen(palette.color(outgoing ? QPalette::HighlightedText : QPalette::Link));
        painter->drawText(retry, Qt::AlignRight | Qt::AlignVCenter, tr("Retry"));
    } else {
        painter->drawText(layout.footer, Qt::AlignRight | Qt::AlignVCenter, footer);
    }
    painter->restore();
}

void MessageDelegate::paintSeparator(QPainter* painter, const QRect& rect, const QModelIndex& index,
    const QStyleOptionViewItem& option) const
{
    const QString text = dayText(index.data(MessagesModel::TimestampRole).toDateTime().date());
    QFont font = smallFont(option.font);
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int textWidth = metrics.horizontalAdvance(text) + 20;
    QColor line = option.palette.color(QPalette::PlaceholderText);
    line.setAlphaF(0.4f);
    painter->setPen(line);
    const int y = rect.center().y();
    const int middle = rect.center().x();
    painter->drawLine(rect.left(), y, middle - textWidth / 2, y);
    painter->drawLine(middle + textWidth / 2, y, rect.right(), y);
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    painter->drawText(rect, Qt::AlignCenter, text);
}

QRect MessageDelegate::retryRect(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Layout layout = layoutFor(option, index);
    const QFontMetrics small([&] {
        QFont font = smallFont(option.font);
        font.setBold(true);
        return font;
    }());
    const int width = small.horizontalAdvance(tr("Retry")) + 2;
    return QRect(
        layout.footer.right() - width + 1, layout.footer.top(), width, layout.footer.height())
        .translated(option.rect.topLeft());
}

QString MessageDelegate::linkAt(
    const QStyleOptionViewItem& option, const QModelIndex& index, const QPoint& point) const
{
    const Layout layout = layoutFor(option, index);
    const QPoint inText = point - option.rect.topLeft() - layout.text.topLeft();
    if (!QRect(QPoint(0, 0), layout.text.size()).contains(inText)) {
        return {};
    }
    return m_documents.document(index, option)->documentLayout()->anchorAt(inText);
}

QString MessageDelegate::reactionAt(
    const QStyleOptionViewItem& option, const QModelIndex& index, const QPoint& point) const
{
    const QPoint local = point - option.rect.topLeft();
    for (const MessageDecorations::Chip& chip : layoutFor(option, index).chips) {
        if (chip.rect.contains(local)) {
            return chip.emoji;
        }
    }
    return {};
}

bool MessageDelegate::isOnQuote(
    const QStyleOptionViewItem& option, const QModelIndex& index, const QPoint& point) const
{
    return layoutFor(option, index).quote.contains(point - option.rect.topLeft());
}

bool MessageDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
    const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const QPoint local = event->pos() - option.rect.topLeft();
    for (const MessageDecorations::Chip& chip : layoutFor(option, index).chips) {
        if (chip.rect.contains(local)) {
            QStringList names;
            for (const QString& who : chip.who) {
                names.append(RemoteText::name(who));
            }
            QToolTip::showText(event->globalPos(),
                tr("%1 reacted with %2").arg(names.join(u", "_s), chip.emoji), view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QRect MessageDelegate::menuButtonRect(
    const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return MessageDecorations::menuButtonRect(
        layoutFor(option, index).bubble, index.data(MessagesModel::OutgoingRole).toBool())
        .translated(option.rect.topLeft());
}

int MessageDelegate::textPositionAt(
    const QStyleOptionViewItem& option, const QModelIndex& index, const QPoint& point) const
{
    const QPoint inText = point - option.rect.topLeft() - layoutFor(option, index).text.topLeft();
    return MessageDocuments::positionAt(m_documents.document(index, option), inText);
}

int MessageDelegate::textEnd(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return MessageDocuments::endOf(m_documents.document(index, option));
}

std::pair<int, int> MessageDelegate::wordAt(
    const QStyleOptionViewItem& option, const QModelIndex& index, int position) const
{
    return MessageDocuments::wordAt(m_documents.document(index, option), position);
}

QString MessageDelegate::selectedTextIn(
    const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QTextDocument* document = m_documents.document(index, option);
    const auto span = m_selection ? m_selection->spanIn(index, MessageDocuments::endOf(document))
                                  : std::nullopt;
    return span ? MessageDocuments::textBetween(document, span->first, span->second) : QString();
}

bool MessageDelegate::isOnText(
    const QStyleOptionViewItem& option, const QModelIndex& index, const QPoint& point) const
{
    return layoutFor(option, index).text.contains(point - option.rect.topLeft());
}

bool MessageDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
    const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QPoint point = mouse->position().toPoint();
        if (mouse->button() == Qt::LeftButton && menuButtonRect(option, index).contains(point)) {
            Q_EMIT menuRequested(index, mouse->globalPosition().toPoint());
            return true;
        }
        if (mouse->button() == Qt::LeftButton) {
            const auto state
                = MessageRecord::State(index.data(MessagesModel::DeliveryStateRole).toInt());
            if (state == MessageRecord::State::Failed && retryRect(option, index).contains(point)) {
                Q_EMIT retryRequested(index);
                return true;
            }
            if (const QString emoji = reactionAt(option, index, point); !emoji.isEmpty()) {
                Q_EMIT reactionClicked(index, emoji);
                return true;
            }
            if (layoutFor(option, index).preview.contains(point - option.rect.topLeft())) {
                Q_EMIT fileActionRequested(index, MessageAttachments::Action::View);
                return true;
            }
            if (isOnQuote(option, index, point)) {
                Q_EMIT quoteClicked(index);
                return true;
            }
            if (const QString link = linkAt(option, index, point); !link.isEmpty()) {
                if (link == MessageDocuments::ShowMoreLink
                    || link == MessageDocuments::ShowLessLink) {
                    setExpanded(index, link == MessageDocuments::ShowMoreLink);
                } else if (link == MessageDocuments::CopyWholeLink) {
                    QGuiApplication::clipboard()->setText(
                        index.data(MessagesModel::BodyRole).toString());
                } else if (const auto action = MessageAttachments::actionOf(link);
                           action != MessageAttachments::Action::None) {
                    Q_EMIT fileActionRequested(index, action);
                } else {
                    Q_EMIT linkActivated(link);
                }
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Palaver::Gui
