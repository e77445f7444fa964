#include "DemoReply.h"

#include "DemoPersona.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Palaver::Demo {
namespace {

const QStringList& jokes()
{
    static const QStringList list = {
        u"Why do programmers mix up Halloween and Christmas? Because OCT 31 = DEC 25."_s,
        u"I told my server a joke about UDP. I don't know if it got it."_s,
        u"There are 10 kinds of people: those who read binary and those who don't."_s,
        u"A stanza walks into a bar. The bartender says: <iq type='error'/>."_s,
        u"Why did the XMPP client break up? It needed more presence in the relationship."_s,
    };
    return list;
}

QStringList wordsOf(const QString& text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    return text.split(spaces, Qt::SkipEmptyParts);
}

QString rhymeFor(const QString& word, int turn)
{
    static const QStringList starts = {u"b"_s, u"fl"_s, u"sp"_s, u"gr"_s, u"m"_s};
    static const QRegularExpression leadingConsonants(u"^[^aeiouyAEIOUY]+"_s);
    QString ending = word.toLower();
    ending.remove(QRegularExpression(u"[^\\p{L}\\p{N}]"_s));
    ending.remove(leadingConsonants);
    if (ending.isEmpty()) {
        return {};
    }
    QString rhyme = starts.at(turn % starts.size()) + ending;
    if (rhyme == word.toLower()) {
        rhyme = starts.at((turn + 1) % starts.size()) + ending;
    }
    return rhyme;
}

QString twisted(const DemoPersona& persona, const QString& body, int turn)
{
    QStringList words = wordsOf(body);
    switch (persona.twist) {
    case DemoPersona::Twist::Backwards:
        std::reverse(words.begin(), words.end());
        return u"Backwards, that reads: “%1”. Still makes sense to me!"_s.arg(words.join(u' '));
    case DemoPersona::Twist::Counting: {
        qsizetype letters = 0;
        for (const QChar c : body) {
            letters += c.isLetter() ? 1 : 0;
        }
        return u"%1 words, %2 letters. I counted twice, like the flour."_s.arg(words.size())
            .arg(letters);
    }
    case DemoPersona::Twist::Shouting:
        return u"“%1!” Sorry, I get excited. Tell me more!"_s.arg(body.toUpper());
    case DemoPersona::Twist::Rhyming: {
        const QString last = words.isEmpty() ? QString() : words.constLast();
        const QString rhyme = rhymeFor(last, turn);
        if (rhyme.isEmpty()) {
            return u"I tried to make that rhyme, but production needs me."_s;
        }
        return u"“%1” rhymes with “%2”. I'll be here all week."_s.arg(last, rhyme);
    }
    case DemoPersona::Twist::Plain:
        break;
    }
    return u"Noted: “%1”. That's going in the docs."_s.arg(body);
}

} // namespace

QString replyTo(const DemoPersona& persona, const QString& body, const QString& askerName,
    const QTime& now, int turn)
{
    const QString text = body.trimmed();
    const QString lower = text.toLower();
    static const QRegularExpression greeting(
        u"^(hi|hello|hey|hallo|hej|ciao|good (morning|afternoon|evening))\\b"_s);
    if (lower.contains(u"time"_s) || lower.contains(u"clock"_s)) {
        return u"It's %1 here."_s.arg(now.toString(u"HH:mm"_s));
    }
    if (lower.contains(u"joke"_s) || lower.contains(u"funny"_s)) {
        return jokes().at(turn % jokes().size());
    }
    if (lower.contains(u"how are you"_s)) {
        const QString mood = persona.moods.isEmpty() ? QString() : persona.moods.first().status;
        return mood.isEmpty() ? u"Fine, thanks! And you?"_s
                              : u"Fine, thanks! %1, as you can see in my status."_s.arg(mood);
    }
    if (greeting.match(lower).hasMatch()) {
        return u"Hi %1! %2 Ask me the time, or for a joke."_s.arg(askerName, persona.about);
    }
    if (text.endsWith(u'?')) {
        return u"Good question. I only know the time and a few jokes, though."_s;
    }
    return twisted(persona, text, turn);
}

QString roomLine(const DemoPersona& persona, int turn)
{
    static const QStringList lines = {
        u"Has anyone tried the new build yet?"_s,
        u"Coffee machine on the second floor is fixed, finally."_s,
        u"Reminder: demo day on Friday!"_s,
        u"I just pushed the translation updates."_s,
        u"Who's up for lunch at noon?"_s,
        u"The release notes are ready for review."_s,
        u"Prosody restarted cleanly, no messages lost."_s,
        u"Nice weather for once ☀️"_s,
        u"Did you see the new room list? Unread counts!"_s,
        u"Tab completes nicknames in here, try it."_s,
    };
    // Each persona starts somewhere else in the list, so they do not say the same things.
    const int offset = int(qHash(persona.user) % uint(lines.size()));
    return lines.at((offset + turn) % lines.size());
}

} // namespace Palaver::Demo
