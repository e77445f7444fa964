// Auto-away: away after the idle delay, extended away later, back to the chosen status on
// return, and never touching a status the user chose themselves (do not disturb, away).
#include "app/AutoAway.h"
#include "xmpp/core/Presence.h"

#include <QSignalSpy>
#include <QTest>

using Palaver::App::AutoAway;
using Show = Palaver::Xmpp::Presence::Show;

class AutoAwayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsAndReturn();
    void leavesChosenStatusesAlone_data();
    void leavesChosenStatusesAlone();
    void switchedOff();
};

void AutoAwayTest::stepsAndReturn()
{
    qint64 idle = 0;
    AutoAway autoAway([&idle] { return idle; });
    autoAway.setDelays(5, 30);
    autoAway.setChosenShow(int(Show::Online));
    QSignalSpy away(&autoAway, &AutoAway::awayChanged);
    QSignalSpy returned(&autoAway, &AutoAway::returned);

    idle = 4 * 60 * 1000;
    autoAway.poll();
    QCOMPARE(away.size(), 0);
    idle = 5 * 60 * 1000;
    autoAway.poll();
    autoAway.poll(); // once is enough
    QCOMPARE(away.size(), 1);
    QCOMPARE(away.last().at(0).toInt(), int(Show::Away));
    idle = 31 * 60 * 1000;
    autoAway.poll();
    QCOMPARE(away.size(), 2);
    QCOMPARE(away.last().at(0).toInt(), int(Show::ExtendedAway));
    QVERIFY(autoAway.isActive());
    idle = 1000;
    autoAway.poll();
    QCOMPARE(returned.size(), 1);
    QVERIFY(!autoAway.isActive());
}

void AutoAwayTest::leavesChosenStatusesAlone_data()
{
    QTest::addColumn<int>("show");
    QTest::newRow("do not disturb") << int(Show::DoNotDisturb);
    QTest::newRow("away") << int(Show::Away);
    QTest::newRow("extended away") << int(Show::ExtendedAway);
    QTest::newRow("offline") << -1;
}

void AutoAwayTest::leavesChosenStatusesAlone()
{
    QFETCH(int, show);
    qint64 idle = 3600 * 1000;
    AutoAway autoAway([&idle] { return idle; });
    autoAway.setDelays(5, 30);
    autoAway.setChosenShow(show);
    QSignalSpy away(&autoAway, &AutoAway::awayChanged);
    autoAway.poll();
    QCOMPARE(away.size(), 0);
}

void AutoAwayTest::switchedOff()
{
    qint64 idle = 3600 * 1000;
    AutoAway autoAway([&idle] { return idle; });
    autoAway.setDelays(0, 0);
    autoAway.setChosenShow(int(Show::Chat));
    QSignalSpy away(&autoAway, &AutoAway::awayChanged);
    autoAway.poll();
    QCOMPARE(away.size(), 0);
    // Only the later step set: it comes after its own delay.
    autoAway.setDelays(0, 30);
    autoAway.poll();
    QCOMPARE(away.size(), 1);
    QCOMPARE(away.last().at(0).toInt(), int(Show::ExtendedAway));
}

QTEST_MAIN(AutoAwayTest)
#include "tst_autoaway.moc"
