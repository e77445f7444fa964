// SingleInstance: one running Palaver per profile. The first start of a profile holds a lock
// file in it and listens on a local socket; a later start finds the lock taken and hands its
// arguments (an xmpp: URI, a status) to the running one over that socket instead of opening
// the same history twice. The socket lives in the user's runtime directory (or the profile),
// and both ends check that the other is the same user.
#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QStringList>

namespace Palaver::App {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString& profileDirectory, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Takes the profile for this process; false when another live process holds it.
    bool acquire();
    // Starts answering later starts; call after acquire(). False with the reason on failure.
    bool listen(QString* error);
    // From a later start: hands the arguments to the running instance and waits until it has
    // them. False when no instance answered in time.
    bool forward(const QStringList& arguments, int timeoutMilliseconds = 5000);

    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    void argumentsReceived(const QStringList& arguments);

private:
    void onNewConnection();

    QLockFile m_lock;
    QString m_serverName;
    QLocalServer m_server;
};

} // namespace Palaver::App
