#include "MessageMenu.h"

#include <QInputDialog>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

namespace {
const QString RecentReactionsKey = u"messages/recentReactions"_s;
constexpr int OfferedReactions = 8;
} // namespace

QStringList MessageMenu::offeredReactions()
{
    QStringList offered = QSettings().value(RecentReactionsKey).toStringList();
    for (const QString& usual :
        {u"👍"_s, u"❤️"_s, u"😂"_s, u"😮"_s, u"😢"_s, u"🙏"_s, u"🎉"_s, u"👎"_s}) {
        if (!offered.contains(usual)) {
            offered.append(usual);
        }
    }
    return offered.mid(0, OfferedReactions);
}

void MessageMenu::rememberReaction(const QString& emoji)
{
    QSettings settings;
    QStringList recent = settings.value(RecentReactionsKey).toStringList();
    recent.removeAll(emoji);
    recent.prepend(emoji);
    settings.setValue(RecentReactionsKey, recent.mid(0, OfferedReactions));
}

MessageMenu::MessageMenu(const Options& options, QWidget* parent)
    : QMenu(parent)
{
    addAction(tr("&Copy"), this, &MessageMenu::copyRequested);
    if (!options.link.isEmpty()) {
        addAction(tr("Copy &Link Address"), this,
            [this, link = options.link] { Q_EMIT copyLinkRequested(link); });
    }
    addAction(tr("&Quote"), this, &MessageMenu::quoteRequested);
    if (options.canReply) {
        addAction(tr("&Reply"), this, &MessageMenu::replyRequested);
    }
    if (options.canReact) {
        QMenu* react = addMenu(tr("Re&act"));
        for (const QString& emoji : offeredReactions()) {
            QAction* action = react->addAction(emoji);
            action->setCheckable(true);
            action->setChecked(options.ownReactions.contains(emoji));
            connect(action, &QAction::triggered, this,
                [this, emoji] { Q_EMIT reactionToggled(emoji); });
        }
        react->addSeparator();
        react->addAction(tr("Other…"), this, [this] {
            const QString emoji
                = QInputDialog::getText(parentWidget(), tr("React"), tr("Emoji to react with:"))
                      .trimmed();
            if (!emoji.isEmpty() && emoji.size() <= 32) {
                Q_EMIT reactionToggled(emoji);
            }
        });
    }
    if (options.canEdit || options.canRetract || options.canModerate) {
        addSeparator();
    }
    if (options.canEdit) {
        addAction(tr("&Edit"), this, &MessageMenu::editRequested);
    }
    if (options.canRetract) {
        addAction(tr("&Delete for Everyone…"), this, &MessageMenu::retractRequested);
    } else if (options.canModerate) {
        addAction(tr("&Delete as Moderator…"), this, &MessageMenu::moderateRequested);
    }
}

} // namespace Palaver::Gui
