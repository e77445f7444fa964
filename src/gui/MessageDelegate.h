// MessageDelegate: paints a conversation: day separators, the sender and time where a new
// group of messages starts, the text in a bubble (styled safely, with links), and for our
// own messages their delivery state, with a retry action when sending failed.
#pragma once

#include "MessageDecorations.h"
#include "MessageDocuments.h"

#include <QStyledItemDelegate>

namespace Palaver::Im {
class FileDownloads;
class MediaPreviews;
} // namespace Palaver::Im

namespace Palaver::Gui {

class TextSelection;

class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MessageDelegate(QObject* parent = nullptr);

    void setNames(const QString& ownName, const QString& peerName, const QString& peerJid);
    // The view's width, which decides where lines wrap.
    void setViewportWidth(int width);
    // Rows whose text contains this are highlighted (the conversation search).
    void setHighlight(const QString& text);
    // A room: each sender is named by nickname in its own colour; messages that mention
    // ownNick stand out.
    void setGroupChat(const QString& ownNick);
    // Whether a room message names this nickname as a word of its own.
    static bool mentions(const QString& body, const QString& nick);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

    // Where the retry action of a failed message is, within its row (for clicks and tests).
    QRect retryRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    // The link under a point of a row, if any.
    QString linkAt(
        const QStyleOptionViewItem& option, const QModelIndex& index, const QPoint& point) const;
    // A long body is shown shortened, with links to show more of it, a step at a time up to a
    // ceiling (each step lays out quickly), to copy all of it, and to shorten it again (the
    // links are MessageDocuments::ShowMoreLink and its kin).
    static bool isLong(const QString& body);
    bool isExpanded(const QModelIndex& index) const;
    // Whether "Show more" would reveal more of a long body.
    bool canShowMore(const QModelIndex& index) const;
    // true shows one more step of a long body; false shortens it again.
    void setExpanded(const QModelIndex& index, bool expanded);

    // The reaction chip under a point (its emoji), and whether the point is on the quote of
    // the answered message.
    QString reactionAt(
        const QStyleOptionViewItem& option, const QModelIndex& index, const QPoint& point) const;
    bool isOnQuote(
        const QStyleOptionViewItem& option, const QModelIndex& index, const QPoint& point) const;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

    // Where the "⋯" button of the message under the pointer is, in the view.
    QRect menuButtonRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    // Shared pictures are shown from these previews (fetched as they allow), other files as
    // cards with their downloads' state.
    void setFileSources(Im::MediaPreviews* previews, Im::FileDownloads* downloads)
    {
        m_attachments.setSources(previews, downloads);
    }
    // Text the user selected with the mouse is drawn selected (the view owns the selection).
    void setTextSelection(const TextSelection* selection) { m_selection = selection; }
    // The position in a row's shown text nearest to a point of the view, and where it ends.
    int textPositionAt(
        const QStyleOptionViewItem& option, const QModelIndex& index, const QPoint& point) const;
    int textEnd(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    // The word around a position of a row's text, as positions.
    std::pair<int, int> wordAt(
        const QStyleOptionViewItem& option, const QModelIndex& index, int position) const;
    // The part of a row's shown text the selection covers (empty when none).
    QString selectedTextIn(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    // Whether the point is on the text of a row (an I-beam shows there).
    bool isOnText(
        const QStyleOptionViewItem& option, const QModelIndex& index, const QPoint& point) const;

Q_SIGNALS:
    void reactionClicked(const QModelIndex& index, const QString& emoji);
    void quoteClicked(const QModelIndex& index);
    // The "⋯" button beside the bubble under the pointer.
    void menuRequested(const QModelIndex& index, const QPoint& globalPosition);
    void retryRequested(const QModelIndex& index);
    void linkActivated(const QString& url);
    // A shared file's card or picture asks for something to be done with the file.
    void fileActionRequested(const QModelIndex& index, MessageAttachments::Action action);

private:
    struct Layout
    {
        QRect separator; // the day line, empty when the day is the same as above
        QRect header; // sender and time, empty inside a group
        QRect bubble;
        QRect text;
        QRect footer; // time and delivery state
        QRect quote; // the answered message, empty when this is no reply
        QRect preview; // a shared picture, empty when there is none (yet)
        QRect progress; // a shared file's download, while it is under way
        QList<MessageDecorations::Chip> chips; // reactions, under the bubble
        int height = 0;
    };

    Layout layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    bool startsDay(const QModelIndex& index) const;
    bool startsGroup(const QModelIndex& index) const;
    QString senderName(const QModelIndex& index) const;
    QString senderIdentifier(const QModelIndex& index) const;
    QString footerText(const QModelIndex& index) const;
    QString dayText(const QDate& date) const;
    int bubbleWidthLimit() const;
    void paintSeparator(QPainter* painter, const QRect& rect, const QModelIndex& index,
        const QStyleOptionViewItem& option) const;

    QString m_ownName;
    QString m_peerName;
    QString m_peerJid;
    QString m_highlight;
    bool m_groupChat = false;
    int m_width = 400;
    MessageDocuments m_documents;
    const TextSelection* m_selection = nullptr;
    MessageAttachments m_attachments;
};

} // namespace Palaver::Gui
