// What the demo people answer: each kind of question, and each persona's twist.
#include "demo/DemoPersona.h"
#include "demo/DemoReply.h"

#include <QTest>

using namespace Palaver::Demo;
using namespace Qt::StringLiterals;

class DemoReplyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data();
    void answers();
    void everyoneAnswersDifferently();
    void roomLinesVary();
    void generatedPeopleAreNamed();
};

void DemoReplyTest::answers_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("time") << u"alice"_s << u"What time is it?"_s << u"It's 14:05 here."_s;
    QTest::newRow("joke") << u"bruno"_s << u"Tell me a joke"_s
                          << u"Why do programmers mix up Halloween and Christmas? Because OCT 31 "
                             "= DEC 25."_s;
    QTest::newRow("greeting") << u"emma"_s << u"Hello there"_s
                              << u"Hi Sam! Writes the documentation nobody else will. Ask me the "
                                 "time, or for a joke."_s;
    QTest::newRow("question") << u"emma"_s << u"Is it raining?"_s
                              << u"Good question. I only know the time and a few jokes, though."_s;
    QTest::newRow("backwards") << u"alice"_s << u"see you at noon"_s
                               << u"Backwards, that reads: “noon at you see”. Still makes sense "
                                  "to me!"_s;
    QTest::newRow("counting") << u"bruno"_s << u"bread is good"_s
                              << u"3 words, 11 letters. I counted twice, like the flour."_s;
    QTest::newRow("shouting") << u"chiara"_s << u"new icons"_s
                              << u"“NEW ICONS!” Sorry, I get excited. Tell me more!"_s;
    QTest::newRow("rhyming") << u"dmitri"_s << u"the server is down"_s
                             << u"“down” rhymes with “bown”. I'll be here all week."_s;
    QTest::newRow("plain") << u"emma"_s << u"ship it"_s
                           << u"Noted: “ship it”. That's going in the docs."_s;
}

void DemoReplyTest::answers()
{
    QFETCH(QString, user);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    QCOMPARE(replyTo(DemoPersona::named(user), body, u"Sam"_s, QTime(14, 5), 0), expected);
}

void DemoReplyTest::everyoneAnswersDifferently()
{
    QSet<QString> answers;
    for (const DemoPersona& persona : DemoPersona::cast()) {
        answers.insert(replyTo(persona, u"lunch at the harbour"_s, u"Sam"_s, QTime(12, 0), 0));
    }
    QCOMPARE(answers.size(), DemoPersona::cast().size());
    // Jokes take turns.
    const DemoPersona alice = DemoPersona::named(u"alice"_s);
    QCOMPARE_NE(replyTo(alice, u"joke"_s, u"Sam"_s, QTime(), 0),
        replyTo(alice, u"joke"_s, u"Sam"_s, QTime(), 1));
}

void DemoReplyTest::roomLinesVary()
{
    const DemoPersona alice = DemoPersona::named(u"alice"_s);
    QSet<QString> lines;
    for (int turn = 0; turn < 5; ++turn) {
        lines.insert(roomLine(alice, turn));
    }
    QCOMPARE(lines.size(), 5);
}

void DemoReplyTest::generatedPeopleAreNamed()
{
    const DemoPersona peer = DemoPersona::named(u"peer0042"_s);
    QCOMPARE(peer.user, u"peer0042"_s);
    QCOMPARE(peer.name, u"Peer 0042"_s);
    QVERIFY(!peer.moods.isEmpty());
}

QTEST_GUILESS_MAIN(DemoReplyTest)
#include "tst_demoreply.moc"
