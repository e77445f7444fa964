// DemoPersona: who a demo contact is: names, picture colours, the moods they go through and
// how they answer.
#pragma once

#include "xmpp/core/Presence.h"

#include <QColor>
#include <QList>
#include <QString>

namespace Palaver::Demo {

struct DemoMood
{
    Xmpp::Presence::Show show;
    QString status;
};

struct DemoPersona
{
    enum class Twist {
        Backwards, // says your words in reverse order
        Counting, // counts what you wrote
        Shouting, // repeats it, louder
        Rhyming, // makes a (bad) rhyme of it
        Plain, // just acknowledges it
    };

    QString user; // account name on the demo server
    QString name; // full name, as in their vCard and your roster
    QString nick; // in the room
    QString group; // in your roster
    QString organisation;
    QString about;
    QColor background;
    QColor hair;
    QColor skin;
    Twist twist = Twist::Plain;
    QList<DemoMood> moods; // the first is how they sign in; then in turn

    // The person trying Palaver, as the demo contacts know them.
    static DemoPersona you();
    // The people of the demo, always the same.
    static const QList<DemoPersona>& cast();
    // Extra, plainer people for load tests: "peer0001" and so on.
    static DemoPersona generated(int index);
    // The cast member with this account name, or a generated one.
    static DemoPersona named(const QString& user);
};

} // namespace Palaver::Demo
