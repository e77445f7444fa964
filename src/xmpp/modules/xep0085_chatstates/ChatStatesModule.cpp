#include "ChatStatesModule.h"

#include "../../Client.h"
#include "../../core/EnumNames.h"
#include "../../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {
constexpr auto stateNames = std::to_array<EnumName<ChatState>>({
    {ChatState::Active, u"active"},
    {ChatState::Composing, u"composing"},
    {ChatState::Paused, u"paused"},
    {ChatState::Inactive, u"inactive"},
    {ChatState::Gone, u"gone"},
});
} // namespace

ChatStatesModule::ChatStatesModule(QObject* parent)
    : Module(parent)
{ }

QStringList ChatStatesModule::discoFeatures() const
{
    return m_sending ? QStringList {Ns::ChatStates} : QStringList();
}

std::optional<ChatState> ChatStatesModule::stateOf(const Message& message)
{
    for (const XmlElement& child : message.element().childElements()) {
        if (child.namespaceUri() == Ns::ChatStates) {
            return valueOf(stateNames, child.name());
        }
    }
    return std::nullopt;
}

XmlElement ChatStatesModule::element(ChatState state)
{
    return XmlElement(nameOf(stateNames, state), Ns::ChatStates);
}

void ChatStatesModule::sendState(const Jid& to, ChatState state)
{
    if (!m_sending) {
        return;
    }
    Message message(Message::Type::Chat, to);
    message.appendPayload(element(state));
    // Notifications are not worth keeping in any archive (XEP-0334).
    message.appendPayload(XmlElement(u"no-store"_s, Ns::Hints));
    client()->send(message);
}

void ChatStatesModule::decorateOutgoing(XmlElement& stanza)
{
    if (!m_sending || stanza.name() != u"message" || stanza.attribute(u"type") != u"chat"
        || !stanza.hasChild(u"body", Ns::Client)) {
        return;
    }
    for (const XmlElement& child : stanza.childElements()) {
        if (child.namespaceUri() == Ns::ChatStates) {
            return;
        }
    }
    stanza.appendChild(element(ChatState::Active));
}

} // namespace Palaver::Xmpp
