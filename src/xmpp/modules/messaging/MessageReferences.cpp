#include "MessageReferences.h"

#include "../../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

namespace {

// XEP-0428 counts offsets in Unicode code points; QString indexes UTF-16 units.
qsizetype unitsForCodePoints(const QString& text, qsizetype codePoints)
{
    qsizetype units = 0;
    for (qsizetype counted = 0; counted < codePoints && units < text.size(); ++counted) {
        units += (text.at(units).isHighSurrogate() && units + 1 < text.size()) ? 2 : 1;
    }
    return units;
}

qsizetype codePointsIn(const QString& text)
{
    return text.size()
        - std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLowSurrogate(); });
}

// The UTF-16 range of the body a fallback for `feature` covers, if the message marks one.
std::optional<std::pair<qsizetype, qsizetype>> fallbackRange(
    const Message& message, const QString& feature)
{
    const QString body = message.body();
    for (const QString& ns : {Ns::Fallback, Ns::FeatureFallback}) {
        for (const XmlElement& fallback : message.element().childElements(u"fallback", ns)) {
            if (fallback.attribute(u"for") != feature) {
                continue;
            }
            const XmlElement range = fallback.firstChild(u"body", ns);
            bool startOk = false;
            bool endOk = false;
            const qsizetype start = range.attribute(u"start").toLongLong(&startOk);
            const qsizetype end = range.attribute(u"end").toLongLong(&endOk);
            if (range.isNull() || !startOk || !endOk || start < 0 || end < start) {
                // No range: the whole body is the fallback (XEP-0428 §4).
                return std::pair<qsizetype, qsizetype> {0, body.size()};
            }
            const qsizetype from = unitsForCodePoints(body, start);
            return std::pair<qsizetype, qsizetype> {from, unitsForCodePoints(body, end)};
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<Reactions> reactionsOf(const Message& message)
{
    const XmlElement element = message.payload(u"reactions", Ns::Reactions);
    if (element.isNull() || element.attribute(u"id").isEmpty()) {
        return std::nullopt;
    }
    Reactions reactions {element.attribute(u"id"), {}};
    for (const XmlElement& reaction : element.childElements(u"reaction", Ns::Reactions)) {
        const QString emoji = reaction.text().trimmed();
        if (emoji.isEmpty() || emoji.size() > MaxReactionLength
            || reactions.emojis.contains(emoji)) {
            continue;
        }
        reactions.emojis.append(emoji);
        if (reactions.emojis.size() == MaxReactions) {
            break;
        }
    }
    return reactions;
}

void setReactions(Message& message, const Reactions& reactions)
{
    message.removePayloads(u"reactions", Ns::Reactions);
    XmlElement element(u"reactions"_s, Ns::Reactions);
    element.setAttribute(u"id"_s, reactions.id);
    for (const QString& emoji : reactions.emojis) {
        element.appendTextChild(u"reaction"_s, Ns::Reactions, emoji);
    }
    message.appendPayload(element);
    message.appendPayload(XmlElement(u"store"_s, Ns::Hints)); // archived without a body
}

std::optional<Reply> replyOf(const Message& message)
{
    const XmlElement element = message.payload(u"reply", Ns::Reply);
    if (element.isNull() || element.attribute(u"id").isEmpty()) {
        return std::nullopt;
    }
    return Reply {element.attribute(u"id"), Jid::fromString(element.attribute(u"to"))};
}

void setReply(Message& message, const Reply& reply, const QString& quote, const QString& text)
{
    message.removePayloads(u"reply", Ns::Reply);
    XmlElement element(u"reply"_s, Ns::Reply);
    element.setAttribute(u"id"_s, reply.id);
    if (reply.to.isValid()) {
        element.setAttribute(u"to"_s, reply.to.toString());
    }
    message.appendPayload(element);
    if (quote.isEmpty()) {
        message.setBody(text);
        return;
    }
    QString fallback;
    for (const QString& line : quote.split(u'\n')) {
        fallback += u"> "_s + line + u'\n';
    }
    message.setBody(fallback + text);
    XmlElement marker(u"fallback"_s, Ns::Fallback);
    marker.setAttribute(u"for"_s, Ns::Reply);
    XmlElement range(u"body"_s, Ns::Fallback);
    range.setAttribute(u"start"_s, u"0"_s);
    range.setAttribute(u"end"_s, QString::number(codePointsIn(fallback)));
    marker.appendChild(range);
    message.appendPayload(marker);
}

QString bodyWithoutFallback(const Message& message)
{
    QString body = message.body();
    if (!replyOf(message)) {
        return body;
    }
    if (const auto range = fallbackRange(message, Ns::Reply)) {
        body.remove(range->first, range->second - range->first);
    }
    return body;
}

QString replyFallbackQuote(const Message& message)
{
    const auto range = fallbackRange(message, Ns::Reply);
    if (!range || !replyOf(message)) {
        return {};
    }
    QStringList lines;
    for (QString line :
        message.body().mid(range->first, range->second - range->first).split(u'\n')) {
        if (line.startsWith(u'>')) {
            line.remove(0, line.startsWith(u"> ") ? 2 : 1);
            lines.append(line);
        }
    }
    return lines.join(u'\n').trimmed();
}

QString retractedId(const Message& message)
{
    if (const XmlElement retract = message.payload(u"retract", Ns::Retract); !retract.isNull()) {
        if (retract.hasChild(u"moderated", Ns::Moderate)
            || retract.hasChild(u"moderated", Ns::ModerateLegacy)) {
            return {}; // a moderator's, announced by a room: see moderationOf
        }
        return retract.attribute(u"id");
    }
    const XmlElement applyTo = message.payload(u"apply-to", Ns::Fasten);
    if (!applyTo.isNull() && applyTo.hasChild(u"retract", Ns::RetractLegacy)) {
        return applyTo.attribute(u"id");
    }
    return {};
}

void setRetraction(
    Message& message, const QString& id, const QString& fallbackText, const QString& legacyId)
{
    XmlElement retract(u"retract"_s, Ns::Retract);
    retract.setAttribute(u"id"_s, id);
    message.appendPayload(retract);
    XmlElement applyTo(u"apply-to"_s, Ns::Fasten);
    applyTo.setAttribute(u"id"_s, legacyId.isEmpty() ? id : legacyId);
    applyTo.appendChild(XmlElement(u"retract"_s, Ns::RetractLegacy));
    message.appendPayload(applyTo);
    message.setBody(fallbackText);
    for (const QString& feature : {Ns::Retract, Ns::RetractLegacy}) {
        XmlElement fallback(u"fallback"_s, Ns::Fallback);
        fallback.setAttribute(u"for"_s, feature);
        message.appendPayload(fallback);
    }
    message.appendPayload(XmlElement(u"store"_s, Ns::Hints));
}

std::optional<Moderation> moderationOf(const Message& message)
{
    // Current form: <retract id><moderated by/><reason/></retract>.
    if (const XmlElement retract = message.payload(u"retract", Ns::Retract); !retract.isNull()) {
        for (const QString& ns : {Ns::Moderate, Ns::ModerateLegacy}) {
            if (const XmlElement moderated = retract.firstChild(u"moderated", ns);
                !moderated.isNull()) {
                return Moderation {retract.attribute(u"id"), moderated.attribute(u"by"),
                    retract.firstChild(u"reason", Ns::Retract).text()};
            }
        }
    }
    // Earlier form: <apply-to id><moderated by><retract/><reason/></moderated></apply-to>.
    const XmlElement applyTo = message.payload(u"apply-to", Ns::Fasten);
    const XmlElement moderated = applyTo.firstChild(u"moderated", Ns::ModerateLegacy);
    if (moderated.isNull() || !moderated.hasChild(u"retract", Ns::RetractLegacy)) {
        return std::nullopt;
    }
    return Moderation {applyTo.attribute(u"id"), moderated.attribute(u"by"),
        moderated.firstChild(u"reason", Ns::ModerateLegacy).text()};
}

XmlElement moderationRequest(const QString& stanzaId, const QString& reason, bool current)
{
    if (current) {
        XmlElement moderate(u"moderate"_s, Ns::Moderate);
        moderate.setAttribute(u"id"_s, stanzaId);
        moderate.appendChild(XmlElement(u"retract"_s, Ns::Retract));
        if (!reason.isEmpty()) {
            moderate.appendTextChild(u"reason"_s, Ns::Moderate, reason);
        }
        return moderate;
    }
    XmlElement moderate(u"moderate"_s, Ns::ModerateLegacy);
    moderate.appendChild(XmlElement(u"retract"_s, Ns::RetractLegacy));
    if (!reason.isEmpty()) {
        moderate.appendTextChild(u"reason"_s, Ns::ModerateLegacy, reason);
    }
    XmlElement applyTo(u"apply-to"_s, Ns::Fasten);
    applyTo.setAttribute(u"id"_s, stanzaId);
    applyTo.appendChild(moderate);
    return applyTo;
}

bool actsOnAnother(const Message& message)
{
    return reactionsOf(message).has_value() || !retractedId(message).isEmpty()
        || moderationOf(message).has_value();
}

} // namespace Palaver::Xmpp
