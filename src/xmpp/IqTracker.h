// IqTracker: matches iq results and errors to our requests by id and sender (RFC 6120 §8.2.3,
// §10.1), and times out requests that get no answer.
#pragma once

#include "core/Iq.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Palaver::Xmpp {

struct IqResult
{
    Iq response; // the result or error as received; null for a local timeout or disconnect
    StanzaError error; // meaningful when !isSuccess()
    bool success = false;

    bool isSuccess() const { return success; }
};

using IqCallback = std::function<void(const IqResult&)>;

class IqTracker : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 30000;

    explicit IqTracker(QObject* parent = nullptr);
    ~IqTracker() override;

    static QString newId();

    // Gives the request a fresh id (when it has none) and remembers whom it went to. The
    // callback runs once, unless context is destroyed first.
    void track(Iq& request, QObject* context, IqCallback callback, int timeoutMs = -1);
    // Delivers a result or error if it answers one of our requests from the expected sender;
    // false for anything else, which the caller drops.
    bool handleResponse(const Iq& response, const Jid& ownJid);
    // The server has the request (XEP-0198 acknowledgement).
    void markDelivered(const QString& id);
    // A fresh session replaced the old one: answers to requests the server already had are
    // lost, so those fail now instead of at their timeout.
    void failDelivered(StanzaError::Condition condition);
    void failAll(StanzaError::Condition condition);
    qsizetype pendingCount() const { return m_pending.size(); }

private:
    struct Pending
    {
        Jid to;
        QPointer<QObject> context;
        bool hasContext = false;
        IqCallback callback;
        QDeadlineTimer deadline;
        bool delivered = false;
    };

    void finish(Pending pending, const IqResult& result);
    void expire();
    void rearm();

    QHash<QString, Pending> m_pending;
    QTimer m_timer;
};

} // namespace Palaver::Xmpp
