#include "MamModule.h"

#include "../../Client.h"
#include "../../IqTracker.h"
#include "../../core/Namespaces.h"
#include "../messaging/MessageExtensions.h"
#include "../xep0004_dataforms/DataForm.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMam, "palaver.xmpp.mam")

namespace Palaver::Xmpp {
namespace {
QString xmppDateTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

MamModule::MamModule(QObject* parent)
    : Module(parent)
{ }

void MamModule::attach(Client& client)
{
    Module::attach(client);
}

void MamModule::queryPage(const Query& query, QObject* context, PageCallback callback)
{
    const QString queryId = IqTracker::newId();
    QList<QPair<QString, QString>> filters;
    if (query.with.isValid()) {
        filters.append({u"with"_s, query.with.toString()});
    }
    if (query.start) {
        filters.append({u"start"_s, xmppDateTime(*query.start)});
    }
    const XmlElement form = submittedForm(Ns::Mam, filters);
    XmlElement set(u"set"_s, Ns::Rsm);
    set.appendTextChild(u"max"_s, Ns::Rsm, QString::number(query.max));
    if (!query.afterId.isEmpty()) {
        set.appendTextChild(u"after"_s, Ns::Rsm, query.afterId);
    } else if (query.latest) {
        set.appendChild(XmlElement(u"before"_s, Ns::Rsm));
    }
    XmlElement payload(u"query"_s, Ns::Mam);
    payload.setAttribute(u"queryid"_s, queryId);
    payload.appendChild(form);
    payload.appendChild(set);
    Iq request(Iq::Type::Set, payload);
    if (query.archive.isValid()) {
        request.setTo(query.archive);
    }
    const Jid archive = query.archive.isValid() ? query.archive : client()->jid().bare();
    m_running.insert(queryId, {archive, {}, query.max, 0});
    client()->sendIq(
        request, context ? context : this,
        [this, queryId, callback](const IqResult& result) {
            Running running = m_running.take(queryId);
            if (running.dropped > 0) {
                qCWarning(lcMam) << "the archive sent" << running.dropped << "results more than the"
                                 << running.max << "asked for";
            }
            if (!result.isSuccess()) {
                callback(std::nullopt, result.error);
                return;
            }
            const XmlElement fin = result.response.payload(u"fin", Ns::Mam);
            Page page;
            page.messages = std::move(running.messages);
            const QString complete = fin.attribute(u"complete");
            page.complete = complete == u"true" || complete == u"1";
            const XmlElement rsm = fin.firstChild(u"set", Ns::Rsm);
            page.firstId = rsm.firstChild(u"first", Ns::Rsm).text();
            page.lastId = rsm.firstChild(u"last", Ns::Rsm).text();
            // An empty page has no ids; it is the end whatever "complete" says.
            page.complete = page.complete || page.messages.isEmpty();
            callback(page, {});
        },
        // Large archives take a while to page through on busy servers.
        120000);
}

bool MamModule::consumeResult(const Message& message)
{
    const XmlElement result = message.payload(u"result", Ns::Mam);
    if (result.isNull()) {
        return false;
    }
    const auto running = m_running.find(result.attribute(u"queryid"));
    // Results come from the archive itself (our bare JID may be left out for our own).
    const bool fromArchive = running != m_running.end()
        && (message.from() == running->archive
            || (message.rawFrom().isEmpty() && running->archive == client()->jid().bare()));
    if (!fromArchive) {
        qCWarning(lcMam) << "dropping an archive result nobody asked for, from"
                         << message.rawFrom();
        return true;
    }
    if (running->messages.size() >= running->max) {
        ++running->dropped; // a page is what we asked for, not whatever the archive sends
        return true;
    }
    const XmlElement forwarded = result.firstChild(u"forwarded", Ns::Forward);
    const XmlElement inner = forwarded.firstChild(u"message", Ns::Client);
    if (inner.isNull()) {
        return true;
    }
    ReceivedMessage received;
    received.message = Message(inner);
    received.origin = ReceivedMessage::Origin::Archive;
    received.archiveId = result.attribute(u"id");
    // The archive's stamp orders it; the message's own delay is only its sender's claim.
    const std::optional<Delay> stamp = delayOf(forwarded);
    received.delayed = stamp.has_value();
    received.timestamp = stamp ? stamp->stamp : QDateTime::currentDateTimeUtc();
    if (const std::optional<Delay> claimed = delayOf(inner)) {
        received.sentAt = claimed->stamp;
    }
    const Jid own = client()->jid().bare();
    received.outgoing = running->archive == own && received.message.from().bare() == own;
    received.mucPrivate = isMucPrivate(received.message, received.outgoing);
    running->messages.append(received);
    return true;
}

} // namespace Palaver::Xmpp
