#include "IqTracker.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIq, "palaver.xmpp.iq")

namespace Palaver::Xmpp {

IqTracker::IqTracker(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IqTracker::expire);
}

IqTracker::~IqTracker() = default;

QString IqTracker::newId()
{
    // 96 random bits: unguessable, so nobody can answer a request they did not see.
    QRandomGenerator* random = QRandomGenerator::system();
    return QString::number(random->generate64(), 36) + QString::number(random->generate(), 36);
}

void IqTracker::track(Iq& request, QObject* context, IqCallback callback, int timeoutMs)
{
    if (request.id().isEmpty() || m_pending.contains(request.id())) {
        request.setId(newId());
    }
    Pending pending;
    pending.to = request.to();
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.callback = std::move(callback);
    pending.deadline = QDeadlineTimer(timeoutMs < 0 ? DefaultTimeoutMs : timeoutMs);
    const qint64 remaining = pending.deadline.remainingTime();
    m_pending.insert(request.id(), std::move(pending));
    // Only an earlier deadline moves the timer; a late one is found when the timer fires.
    if (!m_timer.isActive() || remaining < m_timer.remainingTime()) {
        m_timer.start(int(std::clamp<qint64>(remaining, 0, std::numeric_limits<int>::max())));
    }
}

bool IqTracker::handleResponse(const Iq& response, const Jid& ownJid)
{
    const auto it = m_pending.find(response.id());
    if (it == m_pending.end()) {
        qCDebug(lcIq) << "dropping an iq response nobody asked for, id" << response.id();
        return false;
    }
    // RFC 6120 §10.1.1 (and the known spoofing attacks): only the addressee answers; a request
    // without "to" went to our own account, which the server answers for.
    const Jid& from = response.from();
    const QString rawFrom = response.rawFrom();
    bool expected = false;
    if (it->to.isValid()) {
        expected = from == it->to || (rawFrom.isEmpty() && it->to == ownJid.bare());
    } else {
        expected = rawFrom.isEmpty() || from == ownJid.bare() || from == ownJid.domainJid();
    }
    if (!expected) {
        qCWarning(lcIq) << "dropping an iq response from" << rawFrom << "to a request sent to"
                        << (it->to.isValid() ? it->to.toString() : u"our server"_s);
        return false;
    }
    Pending pending = std::move(*it);
    m_pending.erase(it);
    IqResult result;
    result.response = response;
    result.success = response.type() == Iq::Type::Result;
    if (!result.success) {
        result.error = response.error();
    }
    finish(std::move(pending), result);
    if (m_pending.isEmpty()) {
        m_timer.stop();
    }
    return true;
}

void IqTracker::markDelivered(const QString& id)
{
    const auto it = m_pending.find(id);
    if (it != m_pending.end()) {
        it->delivered = true;
    }
}

void IqTracker::failDelivered(StanzaError::Condition condition)
{
    QList<Pending> lost;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->delivered) {
            lost.append(std::move(*it));
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    IqResult result;
    result.error = StanzaError(StanzaError::Type::Wait, condition);
    for (Pending& pending : lost) {
        finish(std::move(pending), result);
    }
    rearm();
}

void IqTracker::failAll(StanzaError::Condition condition)
{
    QHash<QString, Pending> all = std::exchange(m_pending, {});
    IqResult result;
    result.error = StanzaError(StanzaError::Type::Wait, condition);
    for (Pending& pending : all) {
        finish(std::move(pending), result);
    }
    rearm();
}

void IqTracker::finish(Pending pending, const IqResult& result)
{
    if (pending.hasContext && !pending.context) {
        return; // whoever asked is gone
    }
    if (pending.callback) {
        pending.callback(result);
    }
}

void IqTracker::expire()
{
    QList<Pending> expired;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->deadline.hasExpired()) {
            expired.append(std::move(*it));
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    IqResult result;
    result.error = StanzaError(StanzaError::Type::Wait, StanzaError::Condition::Timeout);
    for (Pending& pending : expired) {
        finish(std::move(pending), result);
    }
    rearm();
}

void IqTracker::rearm()
{
    if (m_pending.isEmpty()) {
        m_timer.stop();
        return;
    }
    qint64 soonest = std::numeric_limits<qint64>::max();
    for (const Pending& pending : std::as_const(m_pending)) {
        soonest = std::min(soonest, pending.deadline.remainingTime());
    }
    m_timer.start(int(std::clamp<qint64>(soonest, 0, std::numeric_limits<int>::max())));
}

} // namespace Palaver::Xmpp
