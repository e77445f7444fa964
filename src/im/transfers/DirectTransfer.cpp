#include "DirectTransfer.h"

#include "FileDownloads.h"
#include "xmpp/modules/xep0234_jingle/JingleFileTransferModule.h"
#include "xmpp/modules/xep0363_upload/UploadSlot.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using Palaver::Xmpp::JingleSession;

namespace Palaver::Im {

DirectTransfer::DirectTransfer(Xmpp::JingleFileTransferModule& module, const Xmpp::Jid& device,
    const QString& path, QObject* parent)
    : QObject(parent)
    , m_module(module)
    , m_direction(Direction::Outgoing)
    , m_device(device)
    , m_name(QFileInfo(path).fileName())
    , m_path(path)
    , m_size(QFileInfo(path).size())
    , m_file(path)
{ }

DirectTransfer::DirectTransfer(Xmpp::JingleFileTransferModule& module, JingleSession* session,
    const QString& folder, QObject* parent)
    : QObject(parent)
    , m_module(module)
    , m_direction(Direction::Incoming)
    , m_device(session->peer())
    , m_name(Xmpp::UploadSlot::baseName(session->file().name))
    , m_folder(folder)
    , m_size(session->file().size)
    , m_state(State::Offered)
{
    attach(session);
}

DirectTransfer::~DirectTransfer()
{
    if (m_session) {
        m_session->disconnect(this); // its last word must not reach a half-destroyed transfer
        m_module.discard(m_session);
    }
    if (m_direction == Direction::Incoming && m_state != State::Done && m_file.isOpen()) {
        m_file.remove(); // the part file
    }
}

qint64 DirectTransfer::transferred() const
{
    return m_session ? m_session->transferred() : (m_state == State::Done ? m_size : 0);
}

JingleSession::Failure DirectTransfer::sessionFailure() const
{
    if (m_session) {
        return m_session->failure();
    }
    // Ended before there was a session: only cancelling does that.
    return m_failure == Failure::Session ? JingleSession::Failure::Cancelled
                                         : JingleSession::Failure::None;
}

JingleSession::Method DirectTransfer::method() const
{
    return m_session ? m_session->method() : JingleSession::Method::None;
}

void DirectTransfer::start()
{
    if (m_direction != Direction::Outgoing || m_state != State::Preparing) {
        return;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setState(State::Failed, Failure::Unreadable);
        return;
    }
    m_size = m_file.size();
    // Hashed on a pool thread from a file of its own: a large file must not stall the window.
    QPointer<DirectTransfer> self(this);
    QThreadPool::globalInstance()->start([self, path = m_path] {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const bool read = file.open(QIODevice::ReadOnly) && hash.addData(&file);
        const QByteArray digest = read ? hash.result() : QByteArray();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, digest] {
                if (self) {
                    self->offer(digest);
                }
            },
            Qt::QueuedConnection);
    });
}

void DirectTransfer::offer(const QByteArray& sha256)
{
    if (m_state != State::Preparing) {
        return;
    }
    if (sha256.isEmpty()) {
        setState(State::Failed, Failure::Unreadable);
        return;
    }
    Xmpp::JingleFile file;
    file.name = m_name;
    file.size = m_size;
    file.sha256 = sha256;
    file.date = QFileInfo(m_path).lastModified();
    file.mediaType = QMimeDatabase().mimeTypeForFile(m_path).name();
    attach(m_module.offer(m_device, file, &m_file));
    setState(State::Offered);
}

void DirectTransfer::attach(JingleSession* session)
{
    m_session = session;
    connect(session, &JingleSession::stateChanged, this, &DirectTransfer::onSessionChanged);
    connect(session, &JingleSession::progressed, this, &DirectTransfer::changed);
}

void DirectTransfer::accept()
{
    if (m_direction != Direction::Incoming || m_state != State::Offered || !m_session) {
        return;
    }
    // A part file of our own beside the name it will take; the name is chosen at the end.
    QDir().mkpath(m_folder);
    const QString target = FileDownloads::freePath(m_folder, m_name);
    m_file.setFileName(target + u".part"_s);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        m_session->decline();
        setState(State::Failed, Failure::Unwritable);
        return;
    }
    m_path = target;
    m_session->accept(&m_file);
}

void DirectTransfer::decline()
{
    if (m_session) {
        m_session->decline();
    }
}

void DirectTransfer::cancel()
{
    if (m_session) {
        m_session->cancel();
    } else if (m_state == State::Preparing) {
        setState(State::Failed, Failure::Session);
    }
}

void DirectTransfer::onSessionChanged()
{
    switch (m_session->state()) {
    case JingleSession::State::Offered:
        setState(State::Offered);
        break;
    case JingleSession::State::Connecting:
        setState(State::Connecting);
        break;
    case JingleSession::State::Transferring:
        setState(State::Transferring);
        break;
    case JingleSession::State::Done:
        if (m_direction == Direction::Incoming) {
            m_file.close();
            // Taken meanwhile: the next free name, nothing replaced.
            if (QFileInfo::exists(m_path)) {
                m_path = FileDownloads::freePath(m_folder, m_name);
            }
            if (m_file.error() != QFileDevice::NoError || !m_file.rename(m_path)) {
                m_path = m_file.fileName(); // whole and checked: kept as the part file
                setState(State::Failed, Failure::Unwritable);
                return;
            }
        }
        setState(State::Done);
        break;
    case JingleSession::State::Failed:
        if (m_direction == Direction::Incoming && m_file.isOpen()) {
            m_file.close();
            m_file.remove();
        }
        setState(State::Failed, Failure::Session);
        break;
    }
}

void DirectTransfer::setState(State state, Failure failure)
{
    m_state = state;
    m_failure = failure;
    Q_EMIT changed();
}

} // namespace Palaver::Im
