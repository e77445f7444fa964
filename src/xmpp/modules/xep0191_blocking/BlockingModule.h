// BlockingModule: the server-side block list (XEP-0191): blocked addresses can neither write
// to us nor see our presence. Fetched on every new session; changes from our other devices
// arrive as pushes, accepted only from our own account.
#pragma once

#include "../../Module.h"

#include <QSet>

namespace Palaver::Xmpp {

class BlockingModule : public Module
{
    Q_OBJECT

public:
    explicit BlockingModule(QObject* parent = nullptr);

    bool isSupported() const { return m_supported; }
    const QSet<Jid>& blocked() const { return m_blocked; }
    bool isBlocked(const Jid& jid) const;

    using Completion = std::function<void(const StanzaError* error)>;
    void block(const QList<Jid>& jids, QObject* context = nullptr, Completion done = {});
    // An empty list unblocks everyone (XEP-0191 §3.4).
    void unblock(const QList<Jid>& jids, QObject* context = nullptr, Completion done = {});
    void requestBlocklist();

    void attach(Client& client) override;
    QStringList iqNamespaces() const override;
    bool handleIqRequest(const Iq& request) override;

Q_SIGNALS:
    void blocklistChanged();

private:
    void change(const QString& element, const QList<Jid>& jids, QObject* context, Completion done);
    static QList<Jid> itemsOf(const XmlElement& element);

    QSet<Jid> m_blocked;
    bool m_supported = false;
};

} // namespace Palaver::Xmpp
