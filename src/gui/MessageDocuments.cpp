#include "MessageDocuments.h"

#include "EncryptionText.h"
#include "LongBody.h"
#include "RemoteText.h"
#include "im/models/MessagesModel.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QStyleOptionViewItem>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using Palaver::Im::MessageRecord;
using Palaver::Im::MessagesModel;

namespace Palaver::Gui {

const QString MessageDocuments::ShowMoreLink = u"palaver:show-more"_s;
const QString MessageDocuments::ShowLessLink = u"palaver:show-less"_s;
const QString MessageDocuments::CopyWholeLink = u"palaver:copy-whole"_s;

MessageDocuments::MessageDocuments(std::function<QString(const QModelIndex&)> senderName)
    : m_senderName(std::move(senderName))
    , m_documents(100) // enough for the rows on screen; sizes are kept for all
{ }

void MessageDocuments::setTextWidth(int width)
{
    if (width != m_textWidth) {
        m_textWidth = width;
        m_documents.clear();
        m_documentSources.clear();
        m_textSizes.clear();
    }
}

bool MessageDocuments::isExpanded(const QModelIndex& index) const
{
    return m_expanded.contains(index.data(MessagesModel::IdRole).toLongLong());
}

bool MessageDocuments::canShowMore(const QModelIndex& index) const
{
    const QString body = index.data(MessagesModel::BodyRole).toString();
    const int steps = m_expanded.value(index.data(MessagesModel::IdRole).toLongLong());
    return LongBody::canShowMore(body, steps);
}

bool MessageDocuments::setExpanded(const QModelIndex& index, bool expanded)
{
    const qint64 id = index.data(MessagesModel::IdRole).toLongLong();
    if (expanded == m_expanded.contains(id) && (!expanded || !canShowMore(index))) {
        return false;
    }
    if (expanded) {
        ++m_expanded[id];
    } else {
        m_expanded.remove(id);
    }
    forget(id);
    return true;
}

void MessageDocuments::forget(qint64 id)
{
    m_documents.remove(id);
    m_documentSources.remove(id);
    m_textSizes.remove(id);
}

MessageFormatter::Style MessageDocuments::formatStyle(const QPalette& palette, bool outgoing)
{
    QColor faint = palette.color(outgoing ? QPalette::HighlightedText : QPalette::Text);
    faint.setAlphaF(0.5f);
    const QColor link
        = outgoing ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Link);
    return {faint, faint, link};
}

QTextDocument* MessageDocuments::document(
    const QModelIndex& index, const QStyleOptionViewItem& option) const
{
    const qint64 id = index.data(MessagesModel::IdRole).toLongLong();
    const QString body = index.data(MessagesModel::BodyRole).toString();
    const bool outgoing = index.data(MessagesModel::OutgoingRole).toBool();
    const QString source = sourceOf(index);
    if (QTextDocument* cached = m_documents.object(id);
        cached && m_documentSources.value(id) == source && cached->defaultFont() == option.font) {
        return cached;
    }
    auto* document = new QTextDocument;
    document->setDocumentMargin(0);
    document->setDefaultFont(option.font);
    const MessageFormatter::Style style = formatStyle(option.palette, outgoing);
    const bool isLongBody = LongBody::isLong(body);
    const int steps = m_expanded.value(id);
    const qsizetype length = LongBody::shownLength(body, steps);
    const bool shortened = length < body.size();
    const QString shown = shortened ? body.left(length) + u'…' : body;
    QString html = MessageFormatter::isMeAction(shown)
        ? MessageFormatter::actionHtml(m_senderName(index), shown, style)
        : MessageFormatter::toHtml(shown, style);
    if (const QString card = m_attachments ? m_attachments->html(index, style) : QString();
        !card.isEmpty()) {
        // A body that is only the file's address says nothing the card does not.
        const bool onlyAddress
            = body.trimmed() == index.data(MessagesModel::AttachmentUrlRole).toString();
        html = onlyAddress ? card : html + card;
    }
    if (index.data(MessagesModel::RetractedRole).toBool()) {
        html = u"<i>"_s + retractionText(index).toHtmlEscaped() + u"</i>"_s;
    } else if (MessageRecord::Protection(index.data(MessagesModel::ProtectionRole).toInt())
        == MessageRecord::Protection::Unreadable) {
        html = u"<i>🔒 "_s
            + EncryptionText::unreadable(index.data(MessagesModel::ErrorTextRole).toString())
                  .toHtmlEscaped()
            + u"</i>"_s;
    }
    if (isLongBody) {
        const auto link = [&](const QString& target, const QString& text) -> QString {
            return u"<a href=\""_s + target + u"\" style=\"color:"_s + style.linkColor.name()
                + u"\">"_s + text.toHtmlEscaped() + u"</a>"_s;
        };
        QStringList links;
        if (shortened && LongBody::canShowMore(body, steps)) {
            links << link(ShowMoreLink, tr("Show more"));
        } else if (shortened) {
            links << link(CopyWholeLink,
                tr("Copy the whole message (%n characters)", nullptr, int(body.size())));
        }
        if (steps > 0) {
            links << link(ShowLessLink, tr("Show less"));
        }
        html += u"<div>"_s + links.join(u" · "_s) + u"</div>"_s;
    }
    const QColor text = option.palette.color(outgoing ? QPalette::HighlightedText : QPalette::Text);
    document->setDefaultStyleSheet(u"body { color: "_s + text.name() + u"; }"_s);
    document->setHtml(u"<body>"_s + html + u"</body>"_s);
    document->setTextWidth(m_textWidth);
    // Short bodies get a bubble as narrow as their text; that costs a second layout, which
    // long ones (they fill the width anyway) are spared.
    if (!isLongBody) {
        document->setTextWidth(qMin(document->idealWidth(), qreal(m_textWidth)) + 1);
    }
    m_documents.insert(id, document);
    m_documentSources.insert(id, source);
    return document;
}

QString MessageDocuments::sourceOf(const QModelIndex& index) const
{
    const QString body = index.data(MessagesModel::BodyRole).toString();
    const QString file = m_attachments ? m_attachments->stateKey(index) : QString();
    return file.isEmpty() ? body : body + u'\x1f' + file;
}

QString MessageDocuments::retractionText(const QModelIndex& index)
{
    const QVariant moderation = index.data(MessagesModel::ModerationRole);
    if (!moderation.isValid()) {
        return tr("This message was deleted.");
    }
    const QString reason = RemoteText::line(moderation.toString().trimmed(), 300);
    return reason.isEmpty() ? tr("A moderator deleted this message.")
                            : tr("A moderator deleted this message: %1").arg(reason);
}

QSize MessageDocuments::textSize(const QModelIndex& index, const QStyleOptionViewItem& option) const
{
    const qint64 id = index.data(MessagesModel::IdRole).toLongLong();
    const QString source = sourceOf(index);
    if (const auto known = m_textSizes.constFind(id);
        known != m_textSizes.cend() && known->source == source && known->font == option.font) {
        return known->size;
    }
    const QSize size = document(index, option)->size().toSize();
    m_textSizes.insert(id, {source, option.font, size});
    return size;
}

int MessageDocuments::positionAt(QTextDocument* document, const QPointF& point)
{
    const QSizeF size = document->size();
    if (point.y() < 0) {
        return 0;
    }
    if (point.y() >= size.height()) {
        return endOf(document);
    }
    const QPointF inside(qBound(0.0, point.x(), size.width() - 1), point.y());
    return qMax(0, document->documentLayout()->hitTest(inside, Qt::FuzzyHit));
}

std::pair<int, int> MessageDocuments::wordAt(QTextDocument* document, int position)
{
    QTextCursor cursor(document);
    cursor.setPosition(position);
    cursor.select(QTextCursor::WordUnderCursor);
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

int MessageDocuments::endOf(QTextDocument* document)
{
    return qMax(0, document->characterCount() - 1);
}

QString MessageDocuments::textBetween(QTextDocument* document, int from, int to)
{
    QTextCursor cursor(document);
    cursor.setPosition(qBound(0, qMin(from, to), endOf(document)));
    cursor.setPosition(qBound(0, qMax(from, to), endOf(document)), QTextCursor::KeepAnchor);
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    text.replace(QChar::Nbsp, u' ');
    // A file card's table: its cell marks say nothing to whoever pastes the text.
    text.remove(QChar(0xfdd0));
    text.remove(QChar(0xfdd1));
    return text;
}

void MessageDocuments::draw(QPainter* painter, QTextDocument* document, int from, int to,
    const QPalette& palette, bool outgoing)
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    context.palette.setColor(
        QPalette::Text, palette.color(outgoing ? QPalette::HighlightedText : QPalette::Text));
    if (from != to) {
        QTextCursor cursor(document);
        cursor.setPosition(qBound(0, qMin(from, to), endOf(document)));
        cursor.setPosition(qBound(0, qMax(from, to), endOf(document)), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        // Our bubbles are already in the highlight colour: theirs take it, ours invert.
        format.setBackground(palette.color(outgoing ? QPalette::Base : QPalette::Highlight));
        format.setForeground(palette.color(outgoing ? QPalette::Text : QPalette::HighlightedText));
        context.selections.append({cursor, format});
    }
    document->documentLayout()->draw(painter, context);
}

} // namespace Palaver::Gui
