#include "OmemoService.h"

#include "../storage/OmemoKeyStore.h"
#include "xmpp/Client.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/xep0045_muc/MucRoom.h"
#include "xmpp/modules/xep0384_omemo/OmemoModule.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

using namespace Qt::StringLiterals;
using namespace Palaver::Xmpp;

namespace Palaver::Im {

const QString OmemoService::Problem::NotForThisDevice = u"omemo-not-for-this-device"_s;
const QString OmemoService::Problem::NoSession = u"omemo-no-session"_s;
const QString OmemoService::Problem::Untrusted = u"omemo-untrusted"_s;
const QString OmemoService::Problem::Damaged = u"omemo-damaged"_s;
const QString OmemoService::Problem::NoDevices = u"omemo-no-devices"_s;
const QString OmemoService::Problem::NoTrustedDevices = u"omemo-no-trusted-devices"_s;
const QString OmemoService::Problem::NotReady = u"omemo-not-ready"_s;

namespace {
QString problemOf(OmemoModule::Failure failure)
{
    switch (failure) {
    case OmemoModule::Failure::None:
        return {};
    case OmemoModule::Failure::NotForThisDevice:
        return OmemoService::Problem::NotForThisDevice;
    case OmemoModule::Failure::NoSession:
        return OmemoService::Problem::NoSession;
    case OmemoModule::Failure::Untrusted:
        return OmemoService::Problem::Untrusted;
    case OmemoModule::Failure::NotEncrypted: // an encrypted element that does not parse
    case OmemoModule::Failure::Damaged:
        return OmemoService::Problem::Damaged;
    case OmemoModule::Failure::NoDevices:
        return OmemoService::Problem::NoDevices;
    case OmemoModule::Failure::NoTrustedDevices:
        return OmemoService::Problem::NoTrustedDevices;
    }
    return OmemoService::Problem::Damaged;
}

QString choiceKey(const Jid& peer)
{
    return u"encrypt/"_s + QString::fromLatin1(peer.bare().toString().toUtf8().toHex());
}
} // namespace

struct OmemoService::SealRequest
{
    Message plain;
    QList<Jid> members; // for a room; else the message's addressee
    QPointer<QObject> context;
    Sealed done;
};

OmemoService::OmemoService(
    Client& client, Database& database, const QString& choices, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_keys(std::make_unique<OmemoKeyStore>(
          database, client.settings().jid.bare().toString(), m_store))
    , m_choices(choices, QSettings::IniFormat)
{
    QDir().mkpath(QFileInfo(choices).absolutePath()); // so that the choices can be written
    connect(&client, &Client::sessionStarted, this, [this] {
        if (std::exchange(m_waitingForSession, false)) {
            sealNext();
        }
    });
}

OmemoService::~OmemoService() = default;

Jid OmemoService::self() const
{
    return m_client.settings().jid.bare();
}

void OmemoService::load(QObject* context, std::function<void()> done)
{
    m_keys->load(context, [this, done = std::move(done)] {
        // Made only now: a new identity is written through the key store, which follows
        // the store from here on.
        m_module = new OmemoModule(m_store);
        m_client.addModule(m_module);
        connect(m_module, &OmemoModule::devicesChanged, this, [this](const Jid& owner) {
            Q_EMIT devicesChanged(owner);
            if (!m_choices.contains(choiceKey(owner))) {
                Q_EMIT encryptingChanged(owner, isEncrypting(owner));
            }
        });
        Q_EMIT ready();
        if (done) {
            done();
        }
    });
}

bool OmemoService::contactSupportsOmemo(const Jid& peer) const
{
    return m_module && !m_module->devices(peer.bare()).isEmpty();
}

bool OmemoService::isEncrypting(const Jid& peer) const
{
    if (peer.isFull() || !peer.isValid()) {
        return false; // a room's occupant: OMEMO needs to know who is behind a nickname
    }
    const QVariant chosen = m_choices.value(choiceKey(peer));
    return chosen.isValid() ? chosen.toBool() : contactSupportsOmemo(peer);
}

void OmemoService::setEncrypting(const Jid& peer, bool on)
{
    if (peer.isFull() || (m_choices.contains(choiceKey(peer)) && isEncrypting(peer) == on)) {
        return;
    }
    m_choices.setValue(choiceKey(peer), on);
    m_choices.sync();
    Q_EMIT encryptingChanged(peer.bare(), on);
}

void OmemoService::refreshDevices(const Jid& peer)
{
    if (m_module && m_client.isConnected() && !peer.isFull()) {
        m_module->refreshDevices(peer.bare(), this, [] {});
    }
}

OmemoService::Opened OmemoService::open(ReceivedMessage& received)
{
    return open(received.message, received.outgoing ? self() : received.peer().bare());
}

OmemoService::Opened OmemoService::open(Message& message, const Jid& sender)
{
    Opened opened;
    if (message.payload(u"encrypted", OmemoNodes::Namespace).isNull()) {
        return opened;
    }
    // What stands in the body is a word for clients without OMEMO, never the message.
    message.setBody({});
    const OmemoModule::Decrypted decrypted = m_module
        ? m_module->decrypt(message, sender.bare())
        : OmemoModule::Decrypted {{}, OmemoModule::Failure::NoSession};
    // Our own message from this very device, back from the archive or a room: it was kept
    // when it was sent (a correction was applied then), and it was never encrypted for us.
    if (m_module && sender.bare() == self() && decrypted.senderDevice == m_module->deviceId()) {
        opened.kind = Opened::Kind::OwnCopy;
        return opened;
    }
    if (!m_module || decrypted.failure != OmemoModule::Failure::None) {
        opened.kind = Opened::Kind::Unreadable;
        opened.protection = MessageRecord::Protection::Unreadable;
        opened.problem = m_module ? problemOf(decrypted.failure) : Problem::NotReady;
        // Unread, it corrects nothing either: a correction this device cannot read stays a
        // message saying so.
        message.removePayloads(u"replace", Ns::Correction);
        return opened;
    }
    if (decrypted.text.isEmpty()) {
        opened.kind = Opened::Kind::KeyTransport;
        opened.protection = MessageRecord::Protection::None;
        return opened;
    }
    message.setBody(decrypted.text);
    opened.kind = Opened::Kind::Read;
    opened.protection = decrypted.trusted ? MessageRecord::Protection::Trusted
                                          : MessageRecord::Protection::Untrusted;
    return opened;
}

void OmemoService::seal(const Message& plain, QObject* context, Sealed done)
{
    enqueue(plain, {}, context, std::move(done));
}

void OmemoService::sealForRoom(const Message& plain, MucRoom& room, QObject* context, Sealed done)
{
    // Everyone who may read the room: its members by its lists, and whoever is in it now.
    room.requestMembers(this,
        [this, plain, room = QPointer<MucRoom>(&room), context = QPointer<QObject>(context), done](
            const QList<Jid>& listed) {
            if (!room || !context) {
                return;
            }
            QList<Jid> members = listed;
            for (const MucOccupant& occupant : room->occupants()) {
                if (occupant.realJid.isValid() && !members.contains(occupant.realJid)) {
                    members.append(occupant.realJid);
                }
            }
            members.removeAll(self());
            if (members.isEmpty()) {
                done(std::nullopt, Problem::NoDevices);
                return;
            }
            enqueue(plain, members, context, done);
        });
}

OmemoService::Opened OmemoService::open(MucMessage& message)
{
    const Opened opened = open(message.stanza, message.own ? self() : message.realJid);
    if (opened.kind != Opened::Kind::Plain) {
        message.body = message.stanza.body();
    }
    return opened;
}

void OmemoService::enqueue(
    const Message& plain, const QList<Jid>& members, QObject* context, Sealed done)
{
    m_sealQueue.enqueue(std::make_shared<SealRequest>(SealRequest {plain, members, context, done}));
    if (!m_sealing) {
        sealNext();
    }
}

// One at a time, so that messages leave in the order they were written and two of them never
// start sessions with the same device at once.
void OmemoService::sealNext()
{
    if (m_sealQueue.isEmpty()) {
        m_sealing = false;
        return;
    }
    m_sealing = true;
    // Device lists and bundles come from the server: offline, messages wait for it (as
    // readable ones wait in the client's outbox) rather than fail.
    if (m_module && !m_client.isConnected()) {
        m_waitingForSession = true;
        return;
    }
    const std::shared_ptr<SealRequest> request = m_sealQueue.dequeue();
    if (!m_module) {
        if (request->context) {
            request->done(std::nullopt, Problem::NotReady);
        }
        sealNext();
        return;
    }
    const Message& plain = request->plain;
    const QList<Jid> recipients
        = request->members.isEmpty() ? QList<Jid> {plain.to().bare()} : request->members;
    m_module->encrypt(recipients, plain.body(), this,
        [this, request](const std::optional<Message>& sealed, OmemoModule::Failure failure) {
            std::optional<Message> result = sealed;
            if (result) {
                result->setType(request->plain.type());
                result->setTo(request->plain.to());
                result->setId(request->plain.id());
                // Everything but the text goes along as it was: ids, reply, correction.
                // A shared file's link and details would show the servers what it is.
                for (const XmlElement& child : request->plain.element().childElements()) {
                    if (child.name() != u"body" && !child.is(u"x", Ns::OutOfBand)
                        && child.namespaceUri() != Ns::FileSharing) {
                        result->appendPayload(child);
                    }
                }
            }
            if (request->context) {
                request->done(result, problemOf(failure));
            }
            sealNext();
        });
}

QList<OmemoService::Device> OmemoService::devices(const Jid& owner) const
{
    QList<Device> devices;
    if (!m_module) {
        return devices;
    }
    const QString bare = owner.bare().toString();
    const QList<quint32> listed = m_module->devices(owner.bare());
    QList<quint32> ids = listed;
    for (const OmemoStore::Address& known : m_store.knownDevices(bare)) {
        if (!ids.contains(quint32(known.second))) {
            ids.append(quint32(known.second));
        }
    }
    std::sort(ids.begin(), ids.end());
    const bool own = owner.bare() == self();
    for (quint32 id : std::as_const(ids)) {
        if (own && id == m_module->deviceId()) {
            continue;
        }
        const OmemoStore::Address address {bare, qint32(id)};
        Device device;
        device.id = id;
        if (const QByteArray key = m_store.peerIdentity(address); !key.isEmpty()) {
            device.fingerprint = OmemoDevice::fingerprint(key);
        }
        device.trust = m_store.trust(address);
        device.trusted = m_store.isTrusted(address);
        device.listed = listed.contains(id);
        devices.append(device);
    }
    return devices;
}

void OmemoService::fetchFingerprints(const Jid& owner)
{
    if (!m_module || !m_client.isConnected()) {
        return;
    }
    m_module->refreshDevices(owner.bare(), this, [this, owner = owner.bare()] {
        m_module->startSessions({owner, self()}, this, [this, owner] {
            Q_EMIT devicesChanged(owner);
            Q_EMIT devicesChanged(self());
        });
    });
}

quint32 OmemoService::ownDeviceId() const
{
    return m_module ? m_module->deviceId() : 0;
}

QString OmemoService::ownFingerprint() const
{
    return m_module ? OmemoDevice::fingerprint(m_store.identity().publicKey) : QString();
}

void OmemoService::setTrust(const Jid& owner, quint32 device, OmemoStore::Trust trust)
{
    m_store.setTrust({owner.bare().toString(), qint32(device)}, trust);
    Q_EMIT devicesChanged(owner.bare());
}

void OmemoService::removeDevice(const Jid& owner, quint32 device)
{
    m_store.forget({owner.bare().toString(), qint32(device)});
    Q_EMIT devicesChanged(owner.bare());
}

} // namespace Palaver::Im
