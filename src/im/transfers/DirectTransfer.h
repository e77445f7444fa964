// DirectTransfer: one file sent to or received from a contact's device directly (Jingle),
// with its file on disk. A file to send is hashed off the GUI thread, then offered; a file
// received goes to a part file of its own in the downloads folder and takes its (safe) name
// only once its bytes match the offer's hash, so nothing half-written or forged is left
// under a name a person would open.
#pragma once

#include "xmpp/modules/xep0234_jingle/JingleSession.h"

#include <QFile>
#include <QObject>
#include <QPointer>

namespace Palaver::Xmpp {
class JingleFileTransferModule;
} // namespace Palaver::Xmpp

namespace Palaver::Im {

class DirectTransfer : public QObject
{
    Q_OBJECT

public:
    using Direction = Xmpp::JingleSession::Direction;
    enum class State {
        Preparing, // reading the file to send for its hash
        Offered,
        Connecting,
        Transferring,
        Done,
        Failed,
    };
    Q_ENUM(State)
    enum class Failure {
        None,
        Unreadable, // the file to send cannot be read
        Unwritable, // the received file cannot be written or named
        Session, // the session ended; sessionFailure() says why
    };
    Q_ENUM(Failure)

    // Sending path to device.
    DirectTransfer(Xmpp::JingleFileTransferModule& module, const Xmpp::Jid& device,
        const QString& path, QObject* parent = nullptr);
    // Receiving what session offers, into folder.
    DirectTransfer(Xmpp::JingleFileTransferModule& module, Xmpp::JingleSession* session,
        const QString& folder, QObject* parent = nullptr);
    ~DirectTransfer() override;

    Direction direction() const { return m_direction; }
    const Xmpp::Jid& device() const { return m_device; }
    // The name to show: the file's own when sending, the offered one made safe when receiving.
    const QString& name() const { return m_name; }
    qint64 size() const { return m_size; }
    qint64 transferred() const;
    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    Xmpp::JingleSession::Failure sessionFailure() const;
    Xmpp::JingleSession::Method method() const;
    // The file sent, or where the received one was put (once Done).
    const QString& path() const { return m_path; }

    void start(); // sending: reads and offers the file
    void accept();
    void decline();
    void cancel();

Q_SIGNALS:
    void changed();

private:
    void offer(const QByteArray& sha256);
    void attach(Xmpp::JingleSession* session);
    void onSessionChanged();
    void setState(State state, Failure failure = Failure::None);

    Xmpp::JingleFileTransferModule& m_module;
    Direction m_direction;
    Xmpp::Jid m_device;
    QString m_name;
    QString m_path;
    QString m_folder;
    qint64 m_size = 0;
    QFile m_file;
    QPointer<Xmpp::JingleSession> m_session;
    State m_state = State::Preparing;
    Failure m_failure = Failure::None;
};

} // namespace Palaver::Im
