#include "DemoPersona.h"

using namespace Qt::StringLiterals;
using Show = Palaver::Xmpp::Presence::Show;

namespace Palaver::Demo {

const QList<DemoPersona>& DemoPersona::cast()
{
    static const QList<DemoPersona> people = {
        {u"alice"_s, u"Alice Martin"_s, u"Alice"_s, u"Friends"_s, u"Lisbon Sailing Club"_s,
            u"Sails on weekends, codes on weekdays."_s, QColor(0x4f, 0x8a, 0xd6),
            QColor(0x5a, 0x3a, 0x22), QColor(0xf1, 0xc2, 0x9b), Twist::Backwards,
            {{Show::Online, u"In Lisbon this week ⛵"_s}, {Show::Away, u"Lunch by the river"_s},
                {Show::Online, u"Back at the desk"_s},
                {Show::DoNotDisturb, u"Call with the harbour office"_s}}},
        {u"bruno"_s, u"Bruno Costa"_s, u"Bruno"_s, u"Friends"_s, u"Costa Bakery"_s,
            u"Bakes bread at four in the morning."_s, QColor(0xe0, 0x8a, 0x3c),
            QColor(0x22, 0x1a, 0x14), QColor(0xc6, 0x8c, 0x62), Twist::Counting,
            {{Show::Away, u"Out for a run"_s}, {Show::Online, u"Coffee time ☕"_s},
                {Show::ExtendedAway, u"Asleep, early shift"_s}, {Show::Online, u""_s}}},
        {u"chiara"_s, u"Chiara Rossi"_s, u"Chiara"_s, u"Work"_s, u"Palaver"_s,
            u"Designs things people use every day."_s, QColor(0x9a, 0x5c, 0xc6),
            QColor(0xb5, 0x4a, 0x2a), QColor(0xf6, 0xd5, 0xb8), Twist::Shouting,
            {{Show::DoNotDisturb, u"Focus time until 16:00"_s},
                {Show::Online, u"Sketching the new icons"_s}, {Show::Away, u"Tea break"_s},
                {Show::Online, u"Reviewing designs"_s}}},
        {u"dmitri"_s, u"Dmitri Volkov"_s, u"Dmitri"_s, u"Work"_s, u"Palaver"_s,
            u"Keeps the servers happy."_s, QColor(0x3c, 0xa8, 0x7a), QColor(0xd9, 0xc0, 0x8c),
            QColor(0xf3, 0xcf, 0xb0), Twist::Rhyming,
            {{Show::Online, u"Upgrading Prosody"_s}, {Show::Away, u"Walking the dog"_s},
                {Show::Online, u"On call this week"_s},
                {Show::DoNotDisturb, u"Fixing production"_s}}},
        {u"emma"_s, u"Emma Lindqvist"_s, u"Emma"_s, u"Work"_s, u"Palaver"_s,
            u"Writes the documentation nobody else will."_s, QColor(0xd6, 0x4f, 0x6e),
            QColor(0xe8, 0xd0, 0x7a), QColor(0xf5, 0xd9, 0xc4), Twist::Plain,
            {{Show::Online, u"Writing release notes"_s},
                {Show::ExtendedAway, u"Gone for the day"_s}, {Show::Online, u"Morning!"_s},
                {Show::Away, u"In a meeting"_s}}},
    };
    return people;
}

DemoPersona DemoPersona::you()
{
    DemoPersona persona;
    persona.user = u"sam"_s;
    persona.name = u"Sam Taylor"_s;
    persona.nick = u"Sam"_s;
    persona.about = u"Trying Palaver."_s;
    persona.background = QColor(0x2f, 0x6f, 0x8f);
    persona.hair = QColor(0x3b, 0x2b, 0x20);
    persona.skin = QColor(0xe8, 0xb9, 0x92);
    persona.moods = {{Show::Online, u""_s}};
    return persona;
}

DemoPersona DemoPersona::generated(int index)
{
    const QString number = QString::number(index).rightJustified(4, u'0');
    DemoPersona persona;
    persona.user = u"peer"_s + number;
    persona.name = u"Peer "_s + number;
    persona.nick = persona.name;
    persona.group = u"Crowd"_s;
    persona.background = QColor::fromHsv((index * 47) % 360, 120, 200);
    persona.hair = QColor(0x33, 0x2a, 0x22);
    persona.skin = QColor(0xe9, 0xc2, 0xa0);
    persona.moods = {{Show::Online, u""_s}, {Show::Away, u"Away"_s}};
    return persona;
}

DemoPersona DemoPersona::named(const QString& user)
{
    for (const DemoPersona& persona : cast()) {
        if (persona.user == user) {
            return persona;
        }
    }
    return generated(user.mid(4).toInt());
}

} // namespace Palaver::Demo
