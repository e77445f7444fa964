#include "RosterModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRoster, "palaver.xmpp.roster")

namespace Palaver::Xmpp {

RosterModule::RosterModule(QObject* parent)
    : Module(parent)
{ }

void RosterModule::attach(Client& client)
{
    Module::attach(client);
    connect(&client, &Client::sessionStarted, this, [this](bool resumed) {
        if (!resumed) {
            requestRoster(); // a resumed session missed no push
        }
    });
}

QStringList RosterModule::iqNamespaces() const
{
    return {Ns::Roster};
}

void RosterModule::requestRoster()
{
    XmlElement query(u"query"_s, Ns::Roster);
    // XEP-0237 / RFC 6121 §2.6: only when the server offers versioning; an empty ver asks
    // for the full roster and its version.
    const bool versioning = client()->streamFeatures().hasChild(u"ver", Ns::RosterVersioning);
    if (versioning) {
        query.setAttribute(u"ver"_s, m_cachedVersion);
    }
    client()->sendIq(Iq(Iq::Type::Get, query), this, [this, versioning](const IqResult& result) {
        if (!result.isSuccess()) {
            qCWarning(lcRoster) << "roster request failed:"
                                << StanzaError::conditionName(result.error.condition());
            Q_EMIT rosterRequestFailed(result.error);
            return;
        }
        const XmlElement answer = result.response.payload(u"query", Ns::Roster);
        if (answer.isNull() && versioning && !m_cachedVersion.isEmpty()) {
            Q_EMIT rosterUnchanged(); // RFC 6121 §2.6.3: empty result, pushes follow
            return;
        }
        QList<RosterItem> items;
        for (const XmlElement& element : answer.childElements(u"item", Ns::Roster)) {
            const RosterItem item = RosterItem::fromElement(element);
            if (item.jid.isValid() && item.subscription != RosterItem::Subscription::Remove) {
                items.append(item);
            }
        }
        m_cachedVersion = answer.attribute(u"ver");
        Q_EMIT rosterReceived(items, m_cachedVersion);
    });
}

bool RosterModule::handleIqRequest(const Iq& request)
{
    if (request.type() != Iq::Type::Set) {
        return false;
    }
    // RFC 6121 §2.1.6: a push is ours only without "from" or from our own bare JID; anything
    // else is someone trying to edit our contacts.
    const Jid own = client()->jid();
    if (!request.rawFrom().isEmpty() && request.from() != own.bare()) {
        qCWarning(lcRoster) << "ignoring a roster push from" << request.rawFrom();
        client()->send(request.makeError(
            StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::ServiceUnavailable)));
        return true;
    }
    const QList<XmlElement> items = request.payload().childElements(u"item", Ns::Roster);
    const RosterItem item
        = items.size() == 1 ? RosterItem::fromElement(items.first()) : RosterItem();
    if (!item.jid.isValid()) {
        client()->send(request.makeError(
            StanzaError(StanzaError::Type::Modify, StanzaError::Condition::BadRequest)));
        return true;
    }
    const QString version = request.payload().attribute(u"ver");
    if (!version.isEmpty()) {
        m_cachedVersion = version;
    }
    client()->send(request.makeResult());
    Q_EMIT itemPushed(item, version);
    return true;
}

void RosterModule::addOrUpdate(const RosterItem& item, QObject* context, Completion done)
{
    RosterItem set = item;
    set.subscription = RosterItem::Subscription::None;
    XmlElement query(u"query"_s, Ns::Roster);
    query.appendChild(set.toSetElement());
    send(Iq(Iq::Type::Set, query), context, std::move(done));
}

void RosterModule::remove(const Jid& jid, QObject* context, Completion done)
{
    RosterItem item;
    item.jid = jid.bare();
    item.subscription = RosterItem::Subscription::Remove;
    XmlElement query(u"query"_s, Ns::Roster);
    query.appendChild(item.toSetElement());
    send(Iq(Iq::Type::Set, query), context, std::move(done));
}

void RosterModule::send(Iq request, QObject* context, Completion done)
{
    client()->sendIq(std::move(request), context ? context : this, [done](const IqResult& result) {
        if (done) {
            done(result.isSuccess() ? nullptr : &result.error);
        }
    });
}

} // namespace Palaver::Xmpp
