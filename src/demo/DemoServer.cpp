#include "DemoServer.h"

#include "DemoPersona.h"

#include <QDir>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Palaver::Demo {
namespace {
QString throwAwayPassword()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

DemoServer::DemoServer(int crowd)
    : m_crowd(crowd)
    , m_prosody([] {
        LocalServer::ProsodyServer::Options options;
        options.hibernationSeconds = 60;
        return options;
    }())
{ }

DemoServer::~DemoServer()
{
    stop();
}

bool DemoServer::start(const QString& directory, QString* error)
{
    QList<DemoPersona> people = DemoPersona::cast();
    for (int i = 1; i <= m_crowd; ++i) {
        people.append(DemoPersona::generated(i));
    }
    const DemoPersona you = DemoPersona::you();
    LocalServer::ServerAccount user {you.user, throwAwayPassword()};
    QList<LocalServer::ServerAccount> accounts;
    for (const DemoPersona& person : std::as_const(people)) {
        user.contacts.append({person.user, person.name, person.group});
        accounts.append({person.user, throwAwayPassword(), {{you.user, you.name, {}}}});
    }
    accounts.prepend(user);

    m_prosody.setDirectory(QDir(directory).filePath(u"server"_s));
    if (!m_prosody.start(accounts)) {
        *error = m_prosody.errorString();
        return false;
    }
    m_environment.host = u"127.0.0.1"_s;
    m_environment.port = m_prosody.port();
    m_environment.domain = m_prosody.domain();
    m_environment.pinnedCertificate = m_prosody.serverFingerprint();
    m_environment.room = Xmpp::Jid::fromParts(u"lounge"_s, m_prosody.mucDomain());
    m_environment.roomName = u"Lounge"_s;
    m_environment.user = {user.user, user.password};
    m_environment.userNick = you.nick;
    m_environment.peers.clear();
    for (qsizetype i = 1; i < accounts.size(); ++i) {
        m_environment.peers.append({accounts.at(i).user, accounts.at(i).password});
    }
    m_environmentFile = QDir(directory).filePath(u"environment.json"_s);
    return m_environment.save(m_environmentFile, error);
}

void DemoServer::stop()
{
    m_prosody.stop();
}

} // namespace Palaver::Demo
