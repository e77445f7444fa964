#include "MarkersModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

MarkersModule::MarkersModule(QObject* parent)
    : Module(parent)
{ }

QStringList MarkersModule::discoFeatures() const
{
    return {Ns::ChatMarkers};
}

bool MarkersModule::isMarkable(const Message& message)
{
    return !message.payload(u"markable", Ns::ChatMarkers).isNull();
}

QString MarkersModule::displayedId(const Message& message)
{
    return message.payload(u"displayed", Ns::ChatMarkers).attribute(u"id");
}

void MarkersModule::sendDisplayed(const Jid& to, const QString& messageId, Message::Type type)
{
    if (!m_sending || messageId.isEmpty()) {
        return;
    }
    Message marker(type == Message::Type::GroupChat ? type : Message::Type::Chat, to.bare());
    XmlElement displayed(u"displayed"_s, Ns::ChatMarkers);
    displayed.setAttribute(u"id"_s, messageId);
    marker.appendPayload(displayed);
    // XEP-0333 §5: markers are archived, so other devices of ours learn what we have read.
    marker.appendPayload(XmlElement(u"store"_s, Ns::Hints));
    client()->send(marker);
}

void MarkersModule::decorateOutgoing(XmlElement& stanza)
{
    if (stanza.name() != u"message" || stanza.attribute(u"type") == u"error"
        || !stanza.hasChild(u"body", Ns::Client) || stanza.hasChild(u"markable", Ns::ChatMarkers)) {
        return;
    }
    stanza.appendChild(XmlElement(u"markable"_s, Ns::ChatMarkers));
}

} // namespace Palaver::Xmpp
