#include "ServerResolver.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcResolver, "palaver.xmpp.resolver")

namespace Palaver::Xmpp {

ServerResolver::ServerResolver(QObject* parent)
    : QObject(parent)
{ }

void ServerResolver::resolve(const QString& domain)
{
    cancel();
    m_domain = domain;
    m_records.clear();
    m_pending = 2;
    lookUp(u"_xmpps-client._tcp."_s + domain, true);
    lookUp(u"_xmpp-client._tcp."_s + domain, false);
}

void ServerResolver::cancel()
{
    for (const QPointer<QDnsLookup>& lookup : std::as_const(m_lookups)) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->abort();
            lookup->deleteLater();
        }
    }
    m_lookups.clear();
    m_pending = 0;
}

void ServerResolver::lookUp(const QString& name, bool directTls)
{
    auto* lookup = new QDnsLookup(QDnsLookup::SRV, name, this);
    if (!m_nameserver.isNull()) {
        lookup->setNameserver(m_nameserver);
    }
    connect(lookup, &QDnsLookup::finished, this,
        [this, lookup, directTls] { finishLookup(lookup, directTls); });
    m_lookups.append(lookup);
    lookup->lookup();
}

void ServerResolver::finishLookup(QDnsLookup* lookup, bool directTls)
{
    if (lookup->error() == QDnsLookup::NoError) {
        for (const QDnsServiceRecord& record : lookup->serviceRecords()) {
            m_records.append(
                {record.target(), record.port(), record.priority(), record.weight(), directTls});
        }
    } else {
        qCDebug(lcResolver) << lookup->name() << "lookup failed:" << lookup->errorString();
    }
    m_lookups.removeAll(lookup);
    lookup->deleteLater();
    if (--m_pending > 0) {
        return;
    }
    const QList<ServerTarget> targets = order(m_records, m_domain, *QRandomGenerator::global());
    qCDebug(lcResolver) << "targets for" << m_domain << ":" << targets.size();
    Q_EMIT resolved(targets);
}

QList<ServerTarget> ServerResolver::order(
    QList<SrvRecord> records, const QString& domain, QRandomGenerator& random)
{
    // RFC 2782 / RFC 6120 §3.2.1: a lone record with target "." means the service is
    // decidedly not offered; then there is no fallback to the domain either.
    bool refused = false;
    for (bool directTls : {true, false}) {
        const auto isService = [directTls](const SrvRecord& r) { return r.directTls == directTls; };
        const auto count = std::count_if(records.begin(), records.end(), isService);
        refused = refused || std::any_of(records.begin(), records.end(), [&](const SrvRecord& r) {
            return count == 1 && isService(r) && (r.target.isEmpty() || r.target == u".");
        });
    }
    records.removeIf([](const SrvRecord& r) { return r.target.isEmpty() || r.target == u"."; });
    if (records.isEmpty()) {
        return refused ? QList<ServerTarget>() : QList<ServerTarget> {{domain, 5222, false}};
    }
    std::stable_sort(records.begin(), records.end(),
        [](const SrvRecord& a, const SrvRecord& b) { return a.priority < b.priority; });

    QList<ServerTarget> ordered;
    while (!records.isEmpty()) {
        const quint16 priority = records.first().priority;
        const qsizetype groupEnd = std::find_if(records.begin(), records.end(),
                                       [&](const SrvRecord& r) { return r.priority != priority; })
            - records.begin();
        // Zero-weight records first so they get a small chance, as RFC 2782 asks.
        std::stable_partition(records.begin(), records.begin() + groupEnd,
            [](const SrvRecord& r) { return r.weight == 0; });
        qsizetype remaining = groupEnd;
        while (remaining > 0) {
            quint32 total = 0;
            for (qsizetype i = 0; i < remaining; ++i) {
                total += records[i].weight;
            }
            const quint32 pick = total == 0 ? 0 : random.bounded(total + 1);
            quint32 running = 0;
            qsizetype chosen = 0;
            for (qsizetype i = 0; i < remaining; ++i) {
                running += records[i].weight;
                if (running >= pick) {
                    chosen = i;
                    break;
                }
            }
            const SrvRecord& r = records[chosen];
            ordered.append(
                {r.target.endsWith(u'.') ? r.target.chopped(1) : r.target, r.port, r.directTls});
            records.removeAt(chosen);
            --remaining;
        }
    }
    return ordered;
}

} // namespace Palaver::Xmpp
