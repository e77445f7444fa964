#include "DemoCard.h"

#include "DemoAvatar.h"
#include "DemoPersona.h"
#include "xmpp/Client.h"
#include "xmpp/modules/avatars/AvatarModule.h"
#include "xmpp/modules/xep0054_vcard/VCardModule.h"

using namespace Qt::StringLiterals;

namespace Palaver::Demo {

void publishCard(Xmpp::Client& client, const DemoPersona& persona, QObject* context,
    std::function<void(const QString& error)> done)
{
    Xmpp::VCard card;
    card.fullName = persona.name;
    card.nickname = persona.nick;
    card.organisation = persona.organisation;
    card.description = persona.about;
    card.photo = drawAvatar(persona);
    card.photoType = u"image/png"_s;
    client.findModule<Xmpp::VCardModule>()->publish(card, {}, context,
        [&client, photo = card.photo, done = std::move(done)](const Xmpp::StanzaError* error) {
            if (error) {
                done(u"the vCard was refused: "_s + error->text());
                return;
            }
            client.findModule<Xmpp::AvatarModule>()->setOwnAvatar(photo, u"image/png"_s);
            done({});
        });
}

} // namespace Palaver::Demo
