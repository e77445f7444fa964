// OmemoService: end-to-end encryption (OMEMO, XEP-0384) for one account's chats: its keys
// and sessions kept in the profile database, which conversations encrypt (on by default with
// a contact whose devices publish OMEMO, or as the user chose), messages opened as they
// arrive and sealed before they leave, and the user's trust in each device.
#pragma once

#include "../storage/MessageRecord.h"
#include "xmpp/modules/messaging/ReceivedMessage.h"
#include "xmpp/modules/xep0384_omemo/OmemoStore.h"

#include <QObject>
#include <QQueue>
#include <QSettings>

#include <functional>
#include <memory>
#include <optional>

namespace Palaver::Xmpp {
class Client;
class MucRoom;
class OmemoModule;
struct MucMessage;
} // namespace Palaver::Xmpp

namespace Palaver::Im {

class Database;
class OmemoKeyStore;

class OmemoService : public QObject
{
    Q_OBJECT

public:
    // Why a message could not be read or sent encrypted, as kept with it (errorText) and
    // worded by the window.
    struct Problem
    {
        static const QString NotForThisDevice; // sent to the contact's other devices only
        static const QString NoSession; // no session of ours, or already read
        static const QString Untrusted; // its identity key is not the one first seen
        static const QString Damaged; // changed on the way
        static const QString NoDevices; // the contact publishes no device we could reach
        static const QString NoTrustedDevices; // none of the contact's devices is trusted
        static const QString NotReady; // our keys were not loaded yet
    };

    // choices: an ini file keeping which conversations the user switched encryption on or
    // off in.
    OmemoService(Xmpp::Client& client, Database& database, const QString& choices,
        QObject* parent = nullptr);
    ~OmemoService() override;

    // Reads the keys (making them on first use) and starts OMEMO on the client; done runs
    // once it is ready, before the account connects.
    void load(QObject* context, std::function<void()> done);
    Xmpp::OmemoModule* module() const { return m_module; }

    // Whether messages to this contact are encrypted: as the user chose, or else whenever
    // the contact publishes OMEMO devices. Never for a room's occupant.
    bool isEncrypting(const Xmpp::Jid& peer) const;
    void setEncrypting(const Xmpp::Jid& peer, bool on);
    // Whether the contact publishes OMEMO devices, as last heard.
    bool contactSupportsOmemo(const Xmpp::Jid& peer) const;
    // Asks for the contact's device list now (on opening the conversation).
    void refreshDevices(const Xmpp::Jid& peer);

    struct Opened
    {
        enum class Kind {
            Plain, // not encrypted: left as it is
            KeyTransport, // only keeps a session going: nothing to show
            // Our own copy of what this device sent (from the archive, a room's echo): kept
            // when sent, never encrypted for this device; the body is emptied
            OwnCopy,
            Read, // decrypted; the message's body is now its text
            Unreadable, // problem says why; the body is emptied, and it corrects nothing
        };
        Kind kind = Kind::Plain;
        MessageRecord::Protection protection = MessageRecord::Protection::None;
        QString problem;
    };
    // Decrypts an encrypted message in place (the sender is the contact, or our own account
    // for a copy of what we sent elsewhere).
    Opened open(Xmpp::ReceivedMessage& received);
    // The same for a message whose sender's bare address is known otherwise (a room's
    // occupant, by the address the room shows).
    Opened open(Xmpp::Message& message, const Xmpp::Jid& sender);

    // The message to send instead of plain, its body encrypted and everything else kept; or
    // nothing and the problem. Requests are answered in the order they were made.
    using Sealed = std::function<void(const std::optional<Xmpp::Message>&, const QString&)>;
    void seal(const Xmpp::Message& plain, QObject* context, Sealed done);
    // A message to a members-only room that shows who is who, encrypted for each of its
    // members and occupants, every one of whom must be reachable.
    void sealForRoom(
        const Xmpp::Message& plain, Xmpp::MucRoom& room, QObject* context, Sealed done);
    // A room's message decrypted in place (its stanza and body), from the occupant's real
    // address, or ours for our own.
    Opened open(Xmpp::MucMessage& message);

    // A device of a contact or of our own account, for the trust list.
    struct Device
    {
        quint32 id = 0;
        QString fingerprint; // empty until a session showed its identity key
        Xmpp::OmemoStore::Trust trust = Xmpp::OmemoStore::Trust::Undecided;
        bool trusted = false; // what encryption does with it now
        bool listed = false; // in the owner's published device list now
    };
    QList<Device> devices(const Xmpp::Jid& owner) const;
    // Starts sessions with the devices of this contact and our own that have none, so that
    // their fingerprints are known (devicesChanged follows).
    void fetchFingerprints(const Xmpp::Jid& owner);
    Xmpp::Jid ownAccount() const { return self(); }
    quint32 ownDeviceId() const;
    QString ownFingerprint() const;
    void setTrust(const Xmpp::Jid& owner, quint32 device, Xmpp::OmemoStore::Trust trust);
    // Forgets a device's keys and the user's decision on it.
    void removeDevice(const Xmpp::Jid& owner, quint32 device);

Q_SIGNALS:
    void ready();
    // A contact's (or our own) devices, or the trust in them, changed.
    void devicesChanged(const Palaver::Xmpp::Jid& owner);
    void encryptingChanged(const Palaver::Xmpp::Jid& peer, bool on);

private:
    struct SealRequest;
    void enqueue(
        const Xmpp::Message& plain, const QList<Xmpp::Jid>& members, QObject* context, Sealed done);
    void sealNext();
    Xmpp::Jid self() const;

    Xmpp::Client& m_client;
    Xmpp::OmemoStore m_store;
    std::unique_ptr<OmemoKeyStore> m_keys;
    Xmpp::OmemoModule* m_module = nullptr; // owned by the client once loaded
    QSettings m_choices;
    QQueue<std::shared_ptr<SealRequest>> m_sealQueue;
    bool m_sealing = false;
    bool m_waitingForSession = false; // sealing resumes once signed in
};

} // namespace Palaver::Im
