// ServerResolver: finds where to connect for a domain through DNS SRV (RFC 6120 §3.2,
// RFC 2782, XEP-0368).
#pragma once

#include "ServerTarget.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

class QRandomGenerator;

namespace Palaver::Xmpp {

struct SrvRecord
{
    QString target;
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
    bool directTls = false;
};

class ServerResolver : public QObject
{
    Q_OBJECT

public:
    explicit ServerResolver(QObject* parent = nullptr);

    // Tests point this at their own DNS server.
    void setNameserver(const QHostAddress& nameserver) { m_nameserver = nameserver; }
    // Looks up _xmpps-client._tcp and _xmpp-client._tcp for the (ACE) domain; resolved() follows.
    void resolve(const QString& domain);
    void cancel();

    // Orders records by priority, then by RFC 2782 weighted random choice within a priority,
    // mixing direct TLS and STARTTLS records. With no record: the domain on 5222; with the
    // service refused by a "." record: nothing.
    static QList<ServerTarget> order(
        QList<SrvRecord> records, const QString& domain, QRandomGenerator& random);

Q_SIGNALS:
    void resolved(const QList<Palaver::Xmpp::ServerTarget>& targets);

private:
    void lookUp(const QString& name, bool directTls);
    void finishLookup(QDnsLookup* lookup, bool directTls);

    QHostAddress m_nameserver;
    QString m_domain;
    QList<QPointer<QDnsLookup>> m_lookups;
    QList<SrvRecord> m_records;
    int m_pending = 0;
};

} // namespace Palaver::Xmpp
