// XmppUri: an xmpp: URI or IRI (RFC 5122) with its XEP-0147 query, as links and the desktop
// hand them to us: "xmpp:romeo@montague.net?message;body=Hello".
#pragma once

#include "Jid.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Palaver::Xmpp {

class XmppUri
{
public:
    XmppUri() = default;
    // Parses a URI; anything that is not a well-formed xmpp: URI with a valid address gives an
    // invalid XmppUri.
    static XmppUri parse(const QString& text);

    bool isValid() const { return m_jid.isValid(); }
    // The address the URI is about (the "path"); the authority part, naming which of the
    // user's accounts should act, is kept apart.
    const Jid& jid() const { return m_jid; }
    const Jid& authority() const { return m_authority; }
    // The query type ("message", "roster", "subscribe", "join"…), empty when there is none.
    const QString& action() const { return m_action; }
    // The value of the first pair with this key, decoded; empty when absent.
    QString value(const QString& key) const;
    bool hasValue(const QString& key) const;

private:
    Jid m_jid;
    Jid m_authority;
    QString m_action;
    QList<QPair<QString, QString>> m_pairs;
};

} // namespace Palaver::Xmpp
