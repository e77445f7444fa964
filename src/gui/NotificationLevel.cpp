#include "NotificationLevel.h"

#include "SettingsKeys.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {
namespace {
QString keyFor(const QString& account, const QString& peer)
{
    return SettingsKeys::forConversation(u"notifications/levels"_s, account, peer);
}
} // namespace

NotificationLevel::Level NotificationLevel::of(
    const QSettings& settings, const QString& account, const QString& peer, bool room)
{
    const QVariant chosen = settings.value(keyFor(account, peer));
    if (chosen.isValid()) {
        return Level(qBound(0, chosen.toInt(), int(Nothing)));
    }
    return room ? Mentions : All;
}

void NotificationLevel::set(
    QSettings& settings, const QString& account, const QString& peer, Level level)
{
    settings.setValue(keyFor(account, peer), int(level));
}

QMenu* NotificationLevel::menu(
    QSettings& settings, const QString& account, const QString& peer, bool room, QWidget* parent)
{
    auto* menu = new QMenu(
        QCoreApplication::translate("Palaver::Gui::NotificationLevel", "&Notify Me About"), parent);
    auto* group = new QActionGroup(menu);
    const Level current = of(settings, account, peer, room);
    const std::pair<Level, const char*> choices[] = {
        {All, QT_TRANSLATE_NOOP("Palaver::Gui::NotificationLevel", "&All Messages")},
        {Mentions, QT_TRANSLATE_NOOP("Palaver::Gui::NotificationLevel", "&Mentions Only")},
        {Nothing, QT_TRANSLATE_NOOP("Palaver::Gui::NotificationLevel", "&Nothing")},
    };
    for (const auto& [level, text] : choices) {
        QAction* action
            = menu->addAction(QCoreApplication::translate("Palaver::Gui::NotificationLevel", text));
        action->setCheckable(true);
        action->setChecked(level == current);
        action->setData(int(level));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu,
            [&settings, account, peer, level = level] { set(settings, account, peer, level); });
    }
    return menu;
}

} // namespace Palaver::Gui
