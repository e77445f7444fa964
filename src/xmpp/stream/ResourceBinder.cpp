#include "ResourceBinder.h"

#include "../core/Namespaces.h"
#include "../core/StanzaError.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
XmlElement setRequest(const QString& id, const XmlElement& payload)
{
    XmlElement iq(u"iq"_s, Ns::Client);
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.setAttribute(u"id"_s, id);
    iq.appendChild(payload);
    return iq;
}

QString randomId(QStringView prefix)
{
    return prefix + QString::number(QRandomGenerator::global()->generate64(), 36);
}
} // namespace

ResourceBinder::Step ResourceBinder::start(const Jid& account, const XmlElement& features)
{
    m_account = account;
    m_features = features;
    m_bound = {};
    m_requestedResource = !account.resource().isEmpty();
    return bindRequest(m_requestedResource);
}

ResourceBinder::Step ResourceBinder::bindRequest(bool withResource)
{
    // RFC 6120 §7.6: ask for our resource, or let the server pick one.
    XmlElement bind(u"bind"_s, Ns::Bind);
    if (withResource) {
        bind.appendTextChild(u"resource"_s, Ns::Bind, m_account.resource());
    }
    m_pendingId = randomId(u"bind-");
    Step step;
    step.kind = Step::Kind::Send;
    step.request = setRequest(m_pendingId, bind);
    return step;
}

ResourceBinder::Step ResourceBinder::sessionRequest()
{
    m_pendingId = randomId(u"session-");
    Step step;
    step.kind = Step::Kind::Send;
    step.request = setRequest(m_pendingId, XmlElement(u"session"_s, Ns::Session));
    return step;
}

ResourceBinder::Step ResourceBinder::fail(ConnectionError::Kind kind, const QString& detail)
{
    m_pendingId.clear();
    Step step;
    step.kind = Step::Kind::Failed;
    step.error = ConnectionError::make(kind, detail);
    return step;
}

ResourceBinder::Step ResourceBinder::handle(const XmlElement& iq)
{
    const QString from = iq.attribute(u"from");
    const bool fromServer = from.isEmpty() || from == m_account.domain()
        || Jid::fromString(from).bare() == m_account.bare();
    if (m_pendingId.isEmpty() || iq.attribute(u"id") != m_pendingId || !fromServer) {
        return {};
    }
    const bool isResult = iq.attribute(u"type") == u"result";
    const StanzaError error = StanzaError::fromStanzaElement(iq);
    if (m_pendingId.startsWith(u"session-")) {
        if (!isResult) {
            return fail(ConnectionError::Kind::SessionFailed,
                StanzaError::conditionName(error.condition()));
        }
    } else {
        if (!isResult) {
            // RFC 6120 §7.7.2.2: our resource is taken; take one the server assigns.
            if (m_requestedResource && error.condition() == StanzaError::Condition::Conflict) {
                m_requestedResource = false;
                return bindRequest(false);
            }
            return fail(ConnectionError::Kind::ResourceBindingFailed,
                StanzaError::conditionName(error.condition()));
        }
        const XmlElement jid = iq.firstChild(u"bind", Ns::Bind).firstChild(u"jid", Ns::Bind);
        m_bound = Jid::fromString(jid.text());
        if (!m_bound.isFull() || m_bound.bare() != m_account.bare()) {
            return fail(ConnectionError::Kind::ServerProtocolError,
                u"the server bound an address that is not ours"_s);
        }
        // RFC 6121 Appendix E: only a session feature without <optional/> needs the request.
        const XmlElement session = m_features.firstChild(u"session", Ns::Session);
        if (!session.isNull() && !session.hasChild(u"optional", Ns::Session)) {
            return sessionRequest();
        }
    }
    m_pendingId.clear();
    Step step;
    step.kind = Step::Kind::Bound;
    step.jid = m_bound;
    return step;
}

} // namespace Palaver::Xmpp
