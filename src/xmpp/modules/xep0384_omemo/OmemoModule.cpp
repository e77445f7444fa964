#include "OmemoModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"
#include "../xep0004_dataforms/DataForm.h"
#include "OmemoPayload.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
constexpr int PreKeyCount = 100;
constexpr int SgErrUntrustedIdentity = -1010;

// Open to anyone: others must read our devices and bundles to write to us at all.
XmlElement openPublishOptions()
{
    XmlElement options(u"publish-options"_s, Ns::PubSub);
    options.appendChild(submittedForm(Ns::PubSubPublishOptions,
        {{u"pubsub#persist_items"_s, u"true"_s}, {u"pubsub#access_model"_s, u"open"_s}}));
    return options;
}
} // namespace

OmemoModule::OmemoModule(OmemoStore& store, QObject* parent)
    : Module(parent)
    , m_store(store)
    , m_device(std::make_unique<OmemoDevice>(store))
{
    if (m_store.identity().publicKey.isEmpty()) {
        m_device->generate(PreKeyCount);
    }
}

OmemoModule::~OmemoModule() = default;

QStringList OmemoModule::discoFeatures() const
{
    return {OmemoNodes::DeviceList + u"+notify"_s};
}

void OmemoModule::attach(Client& client)
{
    Module::attach(client);
    connect(&client, &Client::messageReceived, this, &OmemoModule::onMessage);
    connect(&client, &Client::sessionStarted, this, [this](bool resumed) {
        if (!resumed) {
            publishOwnDevice();
        }
    });
}

void OmemoModule::publish(
    const QString& node, const XmlElement& payload, std::function<void(bool)> done)
{
    XmlElement item(u"item"_s, Ns::PubSub);
    item.setAttribute(u"id"_s, u"current"_s);
    item.appendChild(payload);
    XmlElement publish(u"publish"_s, Ns::PubSub);
    publish.setAttribute(u"node"_s, node);
    publish.appendChild(item);
    XmlElement pubsub(u"pubsub"_s, Ns::PubSub);
    pubsub.appendChild(publish);
    pubsub.appendChild(openPublishOptions());
    client()->sendIq(Iq(Iq::Type::Set, pubsub), this,
        [done = std::move(done)](const IqResult& result) { done(result.isSuccess()); });
}

void OmemoModule::fetchItem(const Jid& bare, const QString& node, QObject* context,
    std::function<void(const XmlElement&, bool)> done)
{
    XmlElement items(u"items"_s, Ns::PubSub);
    items.setAttribute(u"node"_s, node);
    items.setAttribute(u"max_items"_s, u"1"_s);
    XmlElement pubsub(u"pubsub"_s, Ns::PubSub);
    pubsub.appendChild(items);
    Iq request(Iq::Type::Get, pubsub);
    if (bare != client()->jid().bare()) {
        request.setTo(bare);
    }
    client()->sendIq(request, context, [done = std::move(done)](const IqResult& result) {
        const XmlElement item = result.response.payload(u"pubsub", Ns::PubSub)
                                    .firstChild(u"items", Ns::PubSub)
                                    .firstChild(u"item", Ns::PubSub);
        const bool known = result.isSuccess()
            || result.error.condition() == StanzaError::Condition::ItemNotFound;
        done(result.isSuccess() ? item.firstChildElement() : XmlElement(), known);
    });
}

void OmemoModule::publishOwnDevice()
{
    const Jid self = client()->jid().bare();
    fetchItem(self, OmemoNodes::DeviceList, this, [this, self](const XmlElement& list, bool known) {
        // Not knowing our list is no reason to replace it: the other devices would go.
        if (!known) {
            return;
        }
        QList<quint32> devices = OmemoElements::readDeviceList(list);
        if (!devices.contains(deviceId())) {
            devices.append(deviceId());
        }
        setDevices(self, devices);
        publish(OmemoNodes::DeviceList, OmemoElements::deviceList(devices),
            [this](bool) { publishBundle(); });
    });
}

void OmemoModule::publishBundle()
{
    m_device->topUpPreKeys(PreKeyCount);
    publish(
        OmemoNodes::bundle(deviceId()), OmemoElements::bundle(m_device->bundle()), [this](bool ok) {
            if (ok) {
                Q_EMIT published();
            }
        });
}

void OmemoModule::refreshDevices(const Jid& bare, QObject* context, std::function<void()> done)
{
    fetchItem(bare.bare(), OmemoNodes::DeviceList, context,
        [this, bare = bare.bare(), done = std::move(done)](const XmlElement& list, bool) {
            if (!list.isNull()) {
                setDevices(bare, OmemoElements::readDeviceList(list));
            }
            done();
        });
}

void OmemoModule::setDevices(const Jid& bare, const QList<quint32>& devices)
{
    if (m_deviceLists.value(bare) == devices) {
        return;
    }
    m_deviceLists.insert(bare, devices);
    Q_EMIT devicesChanged(bare);
}

void OmemoModule::onMessage(const Message& message)
{
    const XmlElement items
        = message.payload(u"event", Ns::PubSubEvent).firstChild(u"items", Ns::PubSubEvent);
    if (items.attribute(u"node") != OmemoNodes::DeviceList) {
        return;
    }
    // A list is its owner's only when it comes from the owner's bare address (our own
    // account's has none); a full address or one that does not parse is nobody's.
    const bool own = message.rawFrom().isEmpty();
    if (!own && (!message.from().isValid() || !message.from().isBare())) {
        return;
    }
    const Jid owner = own ? client()->jid().bare() : message.from();
    const XmlElement list
        = items.firstChild(u"item", Ns::PubSubEvent).firstChild(u"list", OmemoNodes::Namespace);
    if (list.isNull()) {
        return; // a retraction or purge names no devices: the last list stands
    }
    QList<quint32> devices = OmemoElements::readDeviceList(list);
    setDevices(owner, devices);
    // Another of our devices published without us: put this one back.
    if (owner == client()->jid().bare() && !devices.contains(deviceId())) {
        devices.append(deviceId());
        setDevices(owner, devices);
        publish(OmemoNodes::DeviceList, OmemoElements::deviceList(devices), [](bool) {});
    }
}

void OmemoModule::startSessions(
    const QList<Jid>& owners, QObject* context, std::function<void()> done)
{
    const Jid self = client()->jid().bare();
    QList<OmemoStore::Address> missing;
    for (const Jid& owner : owners) {
        for (quint32 device : devices(owner)) {
            const OmemoStore::Address address {owner.bare().toString(), qint32(device)};
            if ((owner.bare() != self || device != deviceId()) && !m_store.hasSession(address)) {
                missing.append(address);
            }
        }
    }
    if (missing.isEmpty()) {
        done();
        return;
    }
    auto pending = std::make_shared<qsizetype>(missing.size());
    for (const OmemoStore::Address& address : std::as_const(missing)) {
        fetchItem(Jid::fromString(address.first), OmemoNodes::bundle(quint32(address.second)),
            context, [this, address, pending, done](const XmlElement& bundle, bool) {
                if (const auto read = OmemoElements::readBundle(bundle)) {
                    const auto& preKey = read->preKeys.at(
                        QRandomGenerator::system()->bounded(int(read->preKeys.size())));
                    m_device->startSession(address, *read, preKey);
                }
                if (--*pending == 0) {
                    done();
                }
            });
    }
}

void OmemoModule::encrypt(const Jid& to, const QString& text, QObject* context, Encrypted done)
{
    encrypt(QList<Jid> {to.bare()}, text, context, std::move(done));
}

void OmemoModule::encrypt(
    const QList<Jid>& recipients, const QString& text, QObject* context, Encrypted done)
{
    // The devices to reach: the recipients' and our other ones, each with a session.
    const Jid self = client()->jid().bare();
    QList<Jid> owners;
    for (const Jid& recipient : recipients) {
        if (recipient.bare() != self && !owners.contains(recipient.bare())) {
            owners.append(recipient.bare());
        }
    }
    // Lists not heard of yet (a room's member outside the roster) are asked for first.
    QList<Jid> unknown;
    for (const Jid& owner : std::as_const(owners)) {
        if (!m_deviceLists.contains(owner)) {
            unknown.append(owner);
        }
    }
    const auto start = [this, owners, self, text, context, done] {
        startSessions(owners + QList<Jid> {self}, context,
            [this, owners, text, done] { seal(owners, text, done); });
    };
    if (unknown.isEmpty()) {
        start();
        return;
    }
    auto left = std::make_shared<qsizetype>(unknown.size());
    for (const Jid& owner : std::as_const(unknown)) {
        refreshDevices(owner, context, [left, start] {
            if (--*left == 0) {
                start();
            }
        });
    }
}

void OmemoModule::seal(const QList<Jid>& recipients, const QString& text, Encrypted done)
{
    const OmemoPayload payload = OmemoPayload::seal(text.toUtf8());
    if (recipients.isEmpty()) {
        done(std::nullopt, Failure::NoDevices); // no one to write to (a room of our own)
        return;
    }
    if (payload.keyAndTag.size() != 32) {
        done(std::nullopt, Failure::Damaged); // no randomness or no cipher: nothing sent
        return;
    }
    OmemoEncrypted encrypted;
    encrypted.sender = deviceId();
    encrypted.iv = payload.iv;
    encrypted.payload = payload.ciphertext;
    const Jid self = client()->jid().bare();
    Failure failure = Failure::None;
    for (const Jid& owner : recipients + QList<Jid> {self}) {
        bool reached = false;
        bool hasSession = false;
        for (quint32 device : devices(owner)) {
            const OmemoStore::Address address {owner.toString(), qint32(device)};
            if (owner == self && device == deviceId()) {
                continue;
            }
            hasSession = hasSession || m_store.hasSession(address);
            if (!m_store.isTrusted(address)) {
                continue;
            }
            if (const auto sealed = m_device->encrypt(address, payload.keyAndTag)) {
                encrypted.keys.append({device, sealed->data, sealed->preKey});
                reached = true;
            }
        }
        // Never a silent fallback: every recipient must be able to read it, or nothing goes.
        if (!reached && owner != self && failure == Failure::None) {
            failure = hasSession ? Failure::NoTrustedDevices : Failure::NoDevices;
        }
    }
    if (failure != Failure::None) {
        done(std::nullopt, failure);
        return;
    }
    Message message(Message::Type::Chat, recipients.first());
    // For clients without OMEMO: a word on what this is (XEP-0380), kept in archives.
    message.setBody(u"This message is encrypted with OMEMO, which your client does not "
                    u"support."_s);
    message.appendPayload(encrypted.toElement());
    XmlElement encryption(u"encryption"_s, u"urn:xmpp:eme:0"_s);
    encryption.setAttribute(u"namespace"_s, OmemoNodes::Namespace);
    encryption.setAttribute(u"name"_s, u"OMEMO"_s);
    message.appendPayload(encryption);
    message.appendPayload(XmlElement(u"store"_s, u"urn:xmpp:hints"_s));
    done(message, Failure::None);
}

OmemoModule::Decrypted OmemoModule::decrypt(const Message& message, const Jid& sender)
{
    Decrypted result;
    const auto encrypted
        = OmemoEncrypted::fromElement(message.payload(u"encrypted", OmemoNodes::Namespace));
    if (!encrypted) {
        result.failure = Failure::NotEncrypted;
        return result;
    }
    result.senderDevice = encrypted->sender;
    const auto key = std::find_if(encrypted->keys.cbegin(), encrypted->keys.cend(),
        [this](const OmemoEncrypted::Key& k) { return k.recipient == deviceId(); });
    if (key == encrypted->keys.cend()) {
        result.failure = Failure::NotForThisDevice;
        return result;
    }
    int error = 0;
    const OmemoStore::Address from {sender.bare().toString(), qint32(encrypted->sender)};
    const auto keyAndTag = m_device->decrypt(from, key->data, key->preKey, &error);
    if (!keyAndTag) {
        result.failure = error == SgErrUntrustedIdentity ? Failure::Untrusted : Failure::NoSession;
        return result;
    }
    if (key->preKey) {
        publishBundle(); // a one-time key was used up: replace it
    }
    if (encrypted->payload.isEmpty()) {
        return result; // a key transport message: the session is up, nothing to read
    }
    const auto text = OmemoPayload::open(encrypted->payload, encrypted->iv, *keyAndTag);
    if (!text) {
        result.failure = Failure::Damaged;
        return result;
    }
    result.text = QString::fromUtf8(*text);
    result.trusted = m_store.isTrusted(from);
    return result;
}

} // namespace Palaver::Xmpp
