// MessageMenu: what can be done with one message: copy, quote, reply, react, edit, retract,
// moderate, copy a link's address. Offers only what the message and the user's role allow.
#pragma once

#include <QMenu>

namespace Palaver::Gui {

class MessageMenu : public QMenu
{
    Q_OBJECT

public:
    struct Options
    {
        bool canReply = true;
        bool canReact = true;
        bool canEdit = false; // our own last message
        bool canRetract = false; // our own message
        bool canModerate = false; // anyone's, as a room's moderator
        QString link; // the link under the pointer, if any
        QStringList ownReactions; // shown checked
    };

    MessageMenu(const Options& options, QWidget* parent = nullptr);

    // The reactions offered first: the recently used, then the usual ones.
    static QStringList offeredReactions();
    // Remembers a reaction as recently used.
    static void rememberReaction(const QString& emoji);

Q_SIGNALS:
    void copyRequested();
    void quoteRequested();
    void replyRequested();
    void reactionToggled(const QString& emoji);
    void editRequested();
    void retractRequested();
    void moderateRequested();
    void copyLinkRequested(const QString& url);
};

} // namespace Palaver::Gui
