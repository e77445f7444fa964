#include "EjabberdFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Palaver::Testing {

EjabberdFixture::~EjabberdFixture()
{
    stop();
}

bool EjabberdFixture::isInstalled() const
{
    return QFile::exists(u"/usr/sbin/ejabberdctl"_s)
        || !QStandardPaths::findExecutable(u"ejabberdctl"_s).isEmpty();
}

QString EjabberdFixture::nodeName() const
{
    return u"palaver"_s + QString::number(port()) + u"@localhost"_s;
}

QStringList EjabberdFixture::ctl(const QStringList& command) const
{
    return QStringList {u"--config-dir"_s, path(u"conf"_s), u"--config"_s,
               path(u"conf/ejabberd.yml"_s), u"--ctl-config"_s, path(u"conf/ejabberdctl.cfg"_s),
               u"--spool"_s, path(u"spool"_s), u"--logs"_s, path(u"logs"_s), u"--node"_s,
               nodeName()}
    + command;
}

bool EjabberdFixture::writeConfig()
{
    QDir().mkpath(path(u"conf"_s));
    QDir().mkpath(path(u"spool"_s));
    QDir().mkpath(path(u"logs"_s));
    QFile pem(path(u"conf/server.pem"_s));
    QFile crt(path(u"server.crt"_s));
    QFile key(path(u"server.key"_s));
    if (!pem.open(QIODevice::WriteOnly) || !crt.open(QIODevice::ReadOnly)
        || !key.open(QIODevice::ReadOnly)) {
        fail(u"cannot write the ejabberd certificate file"_s);
        return false;
    }
    pem.write(crt.readAll() + key.readAll());
    pem.close();
    QFile config(path(u"conf/ejabberd.yml"_s));
    QFile ctlConfig(path(u"conf/ejabberdctl.cfg"_s));
    if (!config.open(QIODevice::WriteOnly) || !ctlConfig.open(QIODevice::WriteOnly)) {
        fail(u"cannot write the ejabberd configuration"_s);
        return false;
    }
    // auth_scram_hash sha256: the reason this server is here, SCRAM-SHA-256.
    config.write(uR"(hosts:
  - %1
loglevel: info
certfiles:
  - "%2"
listen:
  -
    port: %3
    ip: "127.0.0.1"
    module: ejabberd_c2s
    starttls_required: true
  -
    port: %4
    ip: "127.0.0.1"
    module: ejabberd_c2s
    tls: true
auth_method: internal
auth_password_format: scram
auth_scram_hash: sha256
acl:
  local:
    user_regexp: ""
access_rules:
  local:
    allow: local
  c2s:
    allow: all
modules:
  mod_roster: {}
  mod_disco: {}
  mod_ping: {}
  mod_stream_mgmt: {}
  mod_carboncopy: {}
  mod_mam: {}
  mod_vcard: {}
  mod_private: {}
  mod_blocking: {}
  mod_privacy: {}
  mod_version: {}
  mod_caps: {}
  mod_pubsub:
    plugins:
      - flat
      - pep
  mod_muc:
    host: "%5"
)"_s.arg(domain(), path(u"conf/server.pem"_s), QString::number(port()),
        QString::number(directTlsPort()), mucDomain())
                     .toUtf8());
    ctlConfig.write("INET_DIST_INTERFACE=127.0.0.1\nERL_EPMD_ADDRESS=127.0.0.1\n");
    config.close();
    ctlConfig.close();
    QFile::copy(u"/etc/ejabberd/inetrc"_s, path(u"conf/inetrc"_s));
    return true;
}

bool EjabberdFixture::launch(const QList<LocalServer::ServerAccount>& accounts)
{
    if (geteuid() != 0) {
        fail(u"ejabberdctl runs ejabberd as its own user and needs root for that"_s);
        return false;
    }
    if (!writeConfig()) {
        return false;
    }
    // ejabberdctl switches to the ejabberd user, which must own its directories.
    if (!run(u"chown"_s, {u"-R"_s, u"ejabberd"_s, directory()})) {
        return false;
    }
    if (!run(u"ejabberdctl"_s, ctl({u"start"_s}))) {
        return false;
    }
    m_started = true;
    if (!waitForPort(port(), 60000)) {
        fail(u"ejabberd did not start listening"_s);
        return false;
    }
    for (const LocalServer::ServerAccount& account : accounts) {
        if (!run(
                u"ejabberdctl"_s, ctl({u"register"_s, account.user, domain(), account.password}))) {
            return false;
        }
    }
    return true;
}

qint64 EjabberdFixture::findBeamPid() const
{
    const QByteArray marker = nodeName().toUtf8();
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric) {
            continue;
        }
        QFile cmdline(u"/proc/"_s + entry + u"/cmdline"_s);
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker)) {
            return pid;
        }
    }
    return 0;
}

bool EjabberdFixture::isRunning() const
{
    return m_started && findBeamPid() != 0;
}

void EjabberdFixture::stop()
{
    if (!m_started) {
        return;
    }
    m_started = false;
    const qint64 pid = findBeamPid();
    run(u"ejabberdctl"_s, ctl({u"stop"_s}), 20000);
    // Whatever ejabberdctl did, the node is gone once we are done: by its process id.
    if (pid != 0) {
        const QDeadlineTimer deadline(10000);
        while (::kill(pid_t(pid), 0) == 0 && !deadline.hasExpired()) {
            QThread::msleep(100);
        }
        if (::kill(pid_t(pid), 0) == 0) {
            ::kill(pid_t(pid), SIGKILL);
        }
    }
    // ejabberdctl leaves the Erlang port mapper behind; stop it unless another node uses it.
    run(u"sh"_s,
        {u"-c"_s,
            u"epmd -names 2>/dev/null | grep -q ' at port ' || epmd -kill >/dev/null 2>&1; true"_s});
}

} // namespace Palaver::Testing
