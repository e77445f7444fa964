#include "DemoUserSetup.h"

#include "DemoCard.h"
#include "DemoPersona.h"
#include "xmpp/modules/avatars/AvatarModule.h"
#include "xmpp/modules/xep0030_disco/DiscoModule.h"
#include "xmpp/modules/xep0054_vcard/VCardModule.h"
#include "xmpp/modules/xep0402_bookmarks/BookmarksModule.h"

using namespace Qt::StringLiterals;

namespace Palaver::Demo {

DemoUserSetup::DemoUserSetup(const DemoEnvironment& environment, QObject* parent)
    : QObject(parent)
    , m_environment(environment)
{
    m_client.setSettings(environment.settingsFor(environment.user));
    m_client.addModule(new Xmpp::DiscoModule);
    m_client.addModule(new Xmpp::VCardModule);
    m_client.addModule(new Xmpp::AvatarModule);
    m_client.addModule(new Xmpp::BookmarksModule);
    connect(&m_client, &Xmpp::Client::sessionStarted, this, &DemoUserSetup::publish);
    connect(
        &m_client, &Xmpp::Client::errorOccurred, this, [this](const Xmpp::ConnectionError& error) {
            finish(u"signing in as the demo user failed: "_s
                + Xmpp::ConnectionError::kindName(error.kind) + u" "_s + error.detail);
        });
}

DemoUserSetup::~DemoUserSetup() = default;

void DemoUserSetup::run()
{
    m_client.connectToServer();
}

void DemoUserSetup::publish()
{
    publishCard(m_client, DemoPersona::you(), this, [this](const QString& error) {
        if (!error.isEmpty()) {
            finish(u"the demo user's profile: "_s + error);
            return;
        }
        Xmpp::RoomBookmark bookmark;
        bookmark.room = m_environment.room;
        bookmark.name = m_environment.roomName;
        bookmark.nick = m_environment.userNick;
        bookmark.autojoin = true;
        m_client.findModule<Xmpp::BookmarksModule>()->save(
            bookmark, this, [this](const std::optional<Xmpp::StanzaError>& saveError) {
                finish(saveError ? u"the room bookmark was refused: "_s + saveError->text()
                                 : QString());
            });
    });
}

void DemoUserSetup::finish(const QString& error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_client.disconnectFromServer();
    Q_EMIT finished(error);
}

} // namespace Palaver::Demo
