// DemoReply: what a demo persona answers to a message: the time, a joke, a greeting, or the
// message back with the persona's own twist.
#pragma once

#include <QString>
#include <QTime>

namespace Palaver::Demo {

struct DemoPersona;

// turn counts the answers given so far, so jokes and lines do not repeat at once.
QString replyTo(const DemoPersona& persona, const QString& body, const QString& askerName,
    const QTime& now, int turn);

// The next line a persona says in the room, unprompted.
QString roomLine(const DemoPersona& persona, int turn);

} // namespace Palaver::Demo
