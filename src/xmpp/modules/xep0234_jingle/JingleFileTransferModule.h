// JingleFileTransferModule: files sent straight to a contact's device (XEP-0234 on XEP-0166),
// through SOCKS5 bytestreams (XEP-0260, direct or through the server's proxy found by
// XEP-0030 and XEP-0065) or in-band through the server (XEP-0261, XEP-0047). Routes the
// signalling and in-band data to the sessions, only from the device each session is with.
#pragma once

#include "../../Module.h"
#include "JingleSession.h"

#include <QHostAddress>

#include <functional>
#include <optional>

namespace Palaver::Xmpp {

struct DiscoInfo;

class JingleFileTransferModule : public Module
{
    Q_OBJECT

public:
    struct Proxy
    {
        Jid jid;
        QString host;
        quint16 port = 0;
    };

    explicit JingleFileTransferModule(QObject* parent = nullptr);
    ~JingleFileTransferModule() override;

    // Who may offer us files (say, contacts in the roster); nobody until set.
    void setOfferFilter(std::function<bool(const Jid& from)> filter);
    // Where we listen for direct connections. By default this device's addresses, and only
    // its loopback address when the server is on this device too.
    void setDirectAddresses(const std::optional<QList<QHostAddress>>& addresses);
    QList<QHostAddress> directAddresses() const;
    // Whether the server's bytestream proxy is offered (on by default, when there is one).
    void setProxyAllowed(bool allowed) { m_proxyAllowed = allowed; }
    std::optional<Proxy> proxy() const;

    // Whether a device can take files this way (from its disco#info or capabilities).
    static bool canReceive(const DiscoInfo& info);
    // Offers the file to a device (a full address); source is read as the transfer goes
    // (open, not owned; it must outlive the session's end).
    JingleSession* offer(const Jid& to, const JingleFile& file, QIODevice* source);
    // Forgets a session that is over (or cancels it first).
    void discard(JingleSession* session);
    Jid ownJid() const;
    using Module::client;

    void attach(Client& client) override;
    QStringList discoFeatures() const override;
    QStringList iqNamespaces() const override;
    bool handleIqRequest(const Iq& request) override;

Q_SIGNALS:
    void offerReceived(Palaver::Xmpp::JingleSession* session);

private:
    void discoverProxy();
    void onInitiate(const Iq& request, const XmlElement& jingle);
    JingleSession* findSession(const Jid& peer, const QString& sid) const;

    std::function<bool(const Jid&)> m_offerFilter;
    std::optional<QList<QHostAddress>> m_directAddresses;
    bool m_proxyAllowed = true;
    std::optional<Proxy> m_proxy;
    int m_discovery = 0;
    QList<JingleSession*> m_sessions;
};

} // namespace Palaver::Xmpp
