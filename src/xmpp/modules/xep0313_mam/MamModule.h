// MamModule: pages through a message archive (XEP-0313 with RSM, XEP-0059), our own or a
// room's. Results are accepted only from the archive asked and for a query we made.
#pragma once

#include "../../Module.h"
#include "../messaging/ReceivedMessage.h"

#include <QHash>

#include <functional>
#include <optional>

namespace Palaver::Xmpp {

class MamModule : public Module
{
    Q_OBJECT

public:
    struct Query
    {
        Jid archive; // empty: our own account's archive
        Jid with; // only the conversation with this address
        std::optional<QDateTime> start; // only messages from then on
        QString afterId; // the page after this archive id
        bool latest = false; // the last page (RSM <before/>) instead of the first
        int max = 100;
    };

    struct Page
    {
        QList<ReceivedMessage> messages; // oldest first
        bool complete = false; // nothing more in this direction
        QString firstId;
        QString lastId;
    };

    using PageCallback
        = std::function<void(const std::optional<Page>& page, const StanzaError& error)>;

    explicit MamModule(QObject* parent = nullptr);

    void queryPage(const Query& query, QObject* context, PageCallback callback);
    // Takes a message if it is a result of one of our queries (true). Results from anyone but
    // the archive we asked, or for queries we did not make, are dropped (also true).
    bool consumeResult(const Message& message);

    void attach(Client& client) override;

private:
    struct Running
    {
        Jid archive;
        QList<ReceivedMessage> messages;
        int max = 0; // what we asked for; more is not kept (XEP-0059 §2.1)
        int dropped = 0;
    };

    QHash<QString, Running> m_running; // by queryid
};

} // namespace Palaver::Xmpp
