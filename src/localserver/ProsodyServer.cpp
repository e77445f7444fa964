#include "localserver/ProsodyServer.h"

#include "localserver/ChildProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Palaver::LocalServer {
namespace {
// Prosody's datamanager file names: every non-alphanumeric byte as %xx.
QString encodeNode(const QString& node)
{
    QString encoded;
    for (char c : node.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) {
            encoded += QLatin1Char(c);
        } else {
            encoded += u'%' + QString::number(u, 16).rightJustified(2, u'0');
        }
    }
    return encoded;
}

QString luaString(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}
} // namespace

ProsodyServer::ProsodyServer() = default;

ProsodyServer::ProsodyServer(const Options& options)
    : m_options(options)
{ }

ProsodyServer::~ProsodyServer()
{
    stop();
}

bool ProsodyServer::isInstalled() const
{
    return !QStandardPaths::findExecutable(u"prosody"_s).isEmpty();
}

bool ProsodyServer::writeConfig()
{
    QFile config(path(u"prosody.cfg.lua"_s));
    if (!config.open(QIODevice::WriteOnly)) {
        fail(u"cannot write the Prosody configuration"_s);
        return false;
    }
    QString text;
#ifdef Q_OS_LINUX
    if (geteuid() == 0) {
        text += u"run_as_root = true\n"_s;
    }
#endif
    text += uR"(daemonize = false
pidfile = %1
data_path = %2
interfaces = { "127.0.0.1" }
local_interfaces = { "127.0.0.1" }
c2s_ports = { %3 }
c2s_direct_tls_ports = { %4 }
s2s_ports = { }
http_ports = { }
https_ports = { }
log = { debug = %5 }
certificates = %6
ssl = { certificate = %7; key = %8 }
modules_enabled = {
    "roster"; "saslauth"; "tls"; "disco"; "ping"; "smacks"; "carbons"; "mam";
    "blocklist"; "vcard_legacy"; "vcard4"; "pep"; "private"; "bookmarks"; "version";
    "uptime"; "time"; "register"; "csi_simple"; "posix";
}
modules_disabled = { "s2s" }
authentication = "internal_hashed"
storage = "internal"
c2s_require_encryption = true
allow_registration = %9
smacks_hibernation_time = %10
archive_expires_after = "never"
)"_s.arg(luaString(path(u"prosody.pid"_s)), luaString(path(u"data"_s)), QString::number(port()),
        QString::number(directTlsPort()), luaString(path(u"prosody.log"_s)),
        luaString(path(u"certs"_s)), luaString(path(u"server.crt"_s)),
        luaString(path(u"server.key"_s)), m_options.allowRegistration ? u"true"_s : u"false"_s,
        QString::number(m_options.hibernationSeconds));
    text += m_options.extraConfig + u'\n';
    if (m_options.bytestreamProxy) {
        // Network services take their ports in the global section.
        text += u"proxy65_ports = { %1 }\nproxy65_interfaces = { \"127.0.0.1\" }\n"_s.arg(
            QString::number(freePort()));
    }
    if (m_options.uploadSizeLimit > 0) {
        m_httpsPort = freePort();
        // Files are offered at https://localhost:port/, the one name the certificate has
        // that resolves here; requests without a known host go to the upload service.
        text += uR"(https_ports = { %1 }
https_interfaces = { "127.0.0.1" }
https_ssl = { certificate = %2; key = %3 }
http_external_url = "https://localhost:%1/"
http_default_host = %4
http_file_share_size_limit = %5
http_file_share_daily_quota = %6
)"_s.arg(QString::number(m_httpsPort), luaString(path(u"server.crt"_s)),
            luaString(path(u"server.key"_s)), luaString(uploadDomain()),
            QString::number(m_options.uploadSizeLimit),
            QString::number(m_options.uploadSizeLimit * 100));
    }
    // Rooms keep an archive (XEP-0313 on the room), as most public services do, and let
    // moderators take messages back (XEP-0425) where Prosody's community modules are there.
    const bool moderation = QFileInfo::exists(u"/usr/lib/prosody/modules/mod_muc_moderation"_s);
    text
        += u"VirtualHost \"%1\"\nComponent \"%2\" \"muc\"\n    modules_enabled = { \"muc_mam\"%3 }\n"_s
               .arg(domain(), mucDomain(), moderation ? u", \"muc_moderation\""_s : QString());
    if (m_options.uploadSizeLimit > 0) {
        text += u"Component %1 \"http_file_share\"\n"_s.arg(luaString(uploadDomain()));
    }
    if (m_options.bytestreamProxy) {
        text += u"Component %1 \"proxy65\"\n    proxy65_address = \"127.0.0.1\"\n"_s.arg(
            luaString(proxyDomain()));
    }
    config.write(text.toUtf8());
    return true;
}

bool ProsodyServer::writeAccount(const ServerAccount& account)
{
    // What prosodyctl would store for internal_hashed (SCRAM-SHA-1), written directly: much
    // faster than one prosodyctl run per account when there are hundreds of them.
    const QByteArray salt = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const int iterations = 4096;
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha1, account.password.toUtf8(), salt, iterations, 20);
    const QByteArray clientKey
        = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha1);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha1);
    const QByteArray serverKey
        = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha1);
    return writeStore(u"accounts"_s, account.user,
        "return {\n\t[\"iteration_count\"] = " + QByteArray::number(iterations)
            + ";\n\t[\"salt\"] = \"" + salt + "\";\n\t[\"server_key\"] = \"" + serverKey.toHex()
            + "\";\n\t[\"stored_key\"] = \"" + storedKey.toHex() + "\";\n};\n");
}

bool ProsodyServer::writeRoster(const ServerAccount& account)
{
    // Prosody's roster store: contacts by bare JID, and its own metadata under the key false.
    QByteArray text = "return {\n\t[false] = { [\"version\"] = 1; [\"pending\"] = {}; };\n";
    for (const ServerContact& contact : account.contacts) {
        text += "\t[" + luaString(contact.user + u'@' + domain()).toUtf8()
            + "] = { [\"subscription\"] = \"both\"; [\"name\"] = "
            + luaString(contact.name).toUtf8() + "; [\"groups\"] = { ";
        if (!contact.group.isEmpty()) {
            text += "[" + luaString(contact.group).toUtf8() + "] = true; ";
        }
        text += "}; };\n";
    }
    text += "};\n";
    return writeStore(u"roster"_s, account.user, text);
}

bool ProsodyServer::writeStore(const QString& store, const QString& user, const QByteArray& text)
{
    // Prosody's internal storage: data/<host>/<store>/<user>.dat, names %-encoded.
    const QString dir = path(u"data/"_s + encodeNode(domain()) + u'/' + store);
    QDir().mkpath(dir);
    QFile file(dir + u'/' + encodeNode(user) + u".dat"_s);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        fail(u"cannot write the "_s + store + u" of "_s + user);
        return false;
    }
    return true;
}

bool ProsodyServer::launch(const QList<ServerAccount>& accounts)
{
    QDir().mkpath(path(u"certs"_s));
    if (!writeConfig()) {
        return false;
    }
    for (const ServerAccount& account : accounts) {
        if (!writeAccount(account) || (!account.contacts.isEmpty() && !writeRoster(account))) {
            return false;
        }
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(path(u"prosody.out"_s));
    endWithParent(*m_process);
    m_process->start(u"prosody"_s, {u"--config"_s, path(u"prosody.cfg.lua"_s), u"-F"_s});
    if (!m_process->waitForStarted(10000)) {
        fail(u"prosody did not start: "_s + m_process->errorString());
        return false;
    }
    return true;
}

bool ProsodyServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void ProsodyServer::stop()
{
    if (!m_process) {
        return;
    }
    stopChild(*m_process, 10000);
    if (!errorString().isEmpty()) {
        fail(errorString() + u"\n"_s + logTail());
    }
    m_process.reset();
}

QString ProsodyServer::logTail() const
{
    QFile log(path(u"prosody.log"_s));
    if (!log.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray all = log.readAll();
    return QString::fromUtf8(all.right(4000));
}

} // namespace Palaver::LocalServer
