// OmemoModule: OMEMO for one-to-one chats (XEP-0384 v0.3, as Conversations, Dino and Gajim
// speak it). Publishes this device in our device list and its bundle through PEP, both open to
// anyone (so anyone can start a session); follows contacts' device lists through PEP
// notifications, taken only from their bare address; fetches bundles to start sessions;
// encrypts a message for every device of the contact and our own other devices; decrypts
// what was encrypted for this device and says why when it cannot.
#pragma once

#include "../../Module.h"
#include "../../core/Message.h"
#include "OmemoDevice.h"
#include "OmemoElements.h"

#include <QHash>

#include <functional>
#include <memory>

namespace Palaver::Xmpp {

class OmemoModule : public Module
{
    Q_OBJECT

public:
    enum class Failure {
        None,
        NotEncrypted,
        NotForThisDevice, // sent to a device that is not this one
        NoSession, // not a message of a session we have, or already read
        Untrusted, // from an identity the user does not trust
        Damaged, // the text was changed on the way
        NoDevices, // the contact publishes no OMEMO device we could reach
        NoTrustedDevices, // the contact's devices are all distrusted or not yet verified
    };
    Q_ENUM(Failure)

    // store holds the identity (made on first use) and the sessions; not owned.
    explicit OmemoModule(OmemoStore& store, QObject* parent = nullptr);
    ~OmemoModule() override;

    quint32 deviceId() const { return m_store.identity().deviceId; }
    // Keys, sessions and the user's trust decisions.
    OmemoStore& store() { return m_store; }
    // A contact's (or our own) devices as last published; empty while unknown.
    QList<quint32> devices(const Jid& bare) const { return m_deviceLists.value(bare.bare()); }
    // Fetches a contact's device list now (notifications only come with presence).
    void refreshDevices(const Jid& bare, QObject* context, std::function<void()> done);

    // Starts a session with each device of these bare addresses that has none, from its
    // bundle, so that its identity key is known; done runs when every answer is in.
    void startSessions(const QList<Jid>& owners, QObject* context, std::function<void()> done);
    // The message to send instead of text to a contact: encrypted for each of its trusted
    // devices and our other trusted devices, with sessions started from their bundles first
    // where needed.
    using Encrypted = std::function<void(const std::optional<Message>& message, Failure failure)>;
    void encrypt(const Jid& to, const QString& text, QObject* context, Encrypted done);
    // The same for a room's members (bare addresses; ours is left out): each of them must be
    // reached, or nothing is encrypted. The message is addressed to the first of them.
    void encrypt(
        const QList<Jid>& recipients, const QString& text, QObject* context, Encrypted done);
    struct Decrypted
    {
        QString text;
        Failure failure = Failure::None;
        quint32 senderDevice = 0;
        bool trusted = false; // the sending device is one the user trusts
    };
    // What an encrypted message says, read by this device; sender is the bare address whose
    // device sent it (the contact, or our own account for a carbon of our own message).
    Decrypted decrypt(const Message& message, const Jid& sender);

    void attach(Client& client) override;
    QStringList discoFeatures() const override;

Q_SIGNALS:
    void devicesChanged(const Palaver::Xmpp::Jid& bare);
    void published();

private:
    void publishOwnDevice();
    void publishBundle();
    void publish(const QString& node, const XmlElement& payload, std::function<void(bool)> done);
    // payload is null when there is no item; known is false when the server could not say
    // (an error other than item-not-found, a timeout, a lost connection).
    void fetchItem(const Jid& bare, const QString& node, QObject* context,
        std::function<void(const XmlElement& payload, bool known)> done);
    void onMessage(const Message& message);
    void setDevices(const Jid& bare, const QList<quint32>& devices);
    // recipients: bare, without our own account, not empty.
    void seal(const QList<Jid>& recipients, const QString& text, Encrypted done);

    OmemoStore& m_store;
    std::unique_ptr<OmemoDevice> m_device;
    QHash<Jid, QList<quint32>> m_deviceLists;
};

} // namespace Palaver::Xmpp
