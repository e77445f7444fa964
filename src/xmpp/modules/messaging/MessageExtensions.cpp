#include "MessageExtensions.h"

#include "../../core/Namespaces.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

QString originId(const Message& message)
{
    return message.payload(u"origin-id", Ns::StanzaIds).attribute(u"id");
}

void setOriginId(Message& message, const QString& id)
{
    message.removePayloads(u"origin-id", Ns::StanzaIds);
    XmlElement origin(u"origin-id"_s, Ns::StanzaIds);
    origin.setAttribute(u"id"_s, id);
    message.appendPayload(origin);
}

QString stanzaIdBy(const Message& message, const Jid& by)
{
    for (const XmlElement& element : message.element().childElements(u"stanza-id", Ns::StanzaIds)) {
        if (Jid::fromString(element.attribute(u"by")) == by) {
            return element.attribute(u"id");
        }
    }
    return {};
}

std::optional<QDateTime> parseXmppDateTime(const QString& text)
{
    // XEP-0082: CCYY-MM-DDThh:mm:ss[.sss]TZD, where TZD is Z or an offset.
    QDateTime stamp = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!stamp.isValid()) {
        return std::nullopt;
    }
    return stamp.toUTC();
}

std::optional<Delay> delayOf(const XmlElement& element)
{
    const XmlElement delay = element.firstChild(u"delay", Ns::Delay);
    if (delay.isNull()) {
        return std::nullopt;
    }
    const std::optional<QDateTime> stamp = parseXmppDateTime(delay.attribute(u"stamp"));
    if (!stamp) {
        return std::nullopt;
    }
    // A stamp in the future is a clock that is wrong, or a lie.
    return Delay {
        qMin(*stamp, QDateTime::currentDateTimeUtc()), Jid::fromString(delay.attribute(u"from"))};
}

bool isMucPrivate(const Message& message, bool outgoing)
{
    if (message.type() == Message::Type::GroupChat || message.type() == Message::Type::Error) {
        return false;
    }
    const XmlElement x = message.payload(u"x", Ns::MucUser);
    const Jid& occupant = outgoing ? message.to() : message.from();
    return !x.isNull() && !x.hasChild(u"invite", Ns::MucUser) && occupant.isFull();
}

QString outOfBandUrl(const Message& message)
{
    const QString text
        = message.payload(u"x", Ns::OutOfBand).firstChild(u"url", Ns::OutOfBand).text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const bool web = url.scheme() == u"https" || url.scheme() == u"http";
    return url.isValid() && web && !url.host().isEmpty() ? text : QString();
}

void setOutOfBandUrl(Message& message, const QString& url)
{
    message.removePayloads(u"x", Ns::OutOfBand);
    XmlElement x(u"x"_s, Ns::OutOfBand);
    XmlElement child(u"url"_s, Ns::OutOfBand);
    child.setText(url);
    x.appendChild(child);
    message.appendPayload(x);
}

QString replacedId(const Message& message)
{
    return message.payload(u"replace", Ns::Correction).attribute(u"id");
}

void setReplacedId(Message& message, const QString& id)
{
    message.removePayloads(u"replace", Ns::Correction);
    XmlElement replace(u"replace"_s, Ns::Correction);
    replace.setAttribute(u"id"_s, id);
    message.appendPayload(replace);
}

} // namespace Palaver::Xmpp
