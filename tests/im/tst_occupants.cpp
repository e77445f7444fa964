// OccupantsModel on a room fed by a scripted server: everyone shown at once when we are in,
// grouped by role and sorted by nickname; arrivals, role changes, renames (ours too) and
// departures move single rows; leaving empties it. QAbstractItemModelTester watches throughout.
#include "ModuleHarness.h"
#include "im/models/OccupantsModel.h"
#include "xmpp/modules/xep0045_muc/MucModule.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Im;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString room = u"coven@chat.shakespeare.lit"_s;

QString occupant(
    const QString& nick, const QString& role, const QString& extra = {}, const QString& type = {})
{
    return u"<presence from='%1/%2'%5><x xmlns='http://jabber.org/protocol/muc#user'>"
           "<item affiliation='none' role='%3'/>%4</x></presence>"_s.arg(
               room, nick, role, extra, type.isEmpty() ? QString() : u" type='"_s + type + u"'"_s);
}

QStringList nicks(const OccupantsModel& model, MucRole role)
{
    QStringList list;
    const QModelIndex group = model.groupIndex(role);
    for (int row = 0; row < model.rowCount(group); ++row) {
        list << model.index(row, 0, group).data().toString();
    }
    return list;
}
} // namespace

class OccupantsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheRoom();
};

void OccupantsTest::followsTheRoom()
{
    ModuleHarness harness;
    auto* muc = new MucModule;
    harness.addModule(muc);
    QVERIFY(harness.start());
    MucRoom* coven = muc->room(Jid::fromString(room));
    OccupantsModel model(*coven);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy joined(coven, &MucRoom::joined);
    coven->join(u"thirdwitch"_s);

    harness.inject(occupant(u"firstwitch"_s, u"moderator"_s));
    harness.inject(occupant(u"Secondwitch"_s, u"participant"_s));
    harness.inject(occupant(u"banquo"_s, u"visitor"_s));
    QCOMPARE(model.rowCount(model.groupIndex(MucRole::Moderator)), 0); // not in yet
    harness.inject(occupant(u"thirdwitch"_s, u"participant"_s, u"<status code='110'/>"_s));
    QVERIFY(joined.wait(2000));
    QCOMPARE(nicks(model, MucRole::Moderator), QStringList {u"firstwitch"_s});
    QCOMPARE(nicks(model, MucRole::Participant), (QStringList {u"Secondwitch"_s, u"thirdwitch"_s}));
    QCOMPARE(nicks(model, MucRole::Visitor), QStringList {u"banquo"_s});
    QCOMPARE(model.groupIndex(MucRole::Participant).data(OccupantsModel::CountRole).toInt(), 2);
    QVERIFY(model.indexOfNick(u"thirdwitch"_s).data(OccupantsModel::IsSelfRole).toBool());

    // An arrival, sorted in without regard to case; a visitor gets voice.
    harness.inject(occupant(u"Hecate"_s, u"participant"_s));
    harness.inject(occupant(u"banquo"_s, u"participant"_s));
    QTRY_COMPARE(nicks(model, MucRole::Participant),
        (QStringList {u"banquo"_s, u"Hecate"_s, u"Secondwitch"_s, u"thirdwitch"_s}));
    QCOMPARE(nicks(model, MucRole::Visitor), QStringList {});

    // A status change stays in place.
    harness.inject(
        u"<presence from='%1/Hecate'><show>away</show><status>Brewing</status>"
        "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' "
        "role='participant' jid='hecate@shakespeare.lit/cauldron'/></x></presence>"_s.arg(room));
    QTRY_COMPARE(
        model.indexOfNick(u"Hecate"_s).data(OccupantsModel::StatusRole).toString(), u"Brewing"_s);
    QCOMPARE(model.indexOfNick(u"Hecate"_s).data(OccupantsModel::ShowRole).toInt(),
        int(Presence::Show::Away));
    QCOMPARE(model.indexOfNick(u"Hecate"_s).data(OccupantsModel::RealJidRole).toString(),
        u"hecate@shakespeare.lit"_s);
    QCOMPARE(model.indexOfNick(u"Hecate"_s).data(OccupantsModel::AffiliationRole).toInt(),
        int(MucAffiliation::Member));

    // Renames: someone else's, then ours.
    harness.inject(
        u"<presence from='%1/Secondwitch' type='unavailable'>"
        "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' "
        "role='participant' nick='oldwitch'/><status code='303'/></x></presence>"_s.arg(room));
    harness.inject(occupant(u"oldwitch"_s, u"participant"_s));
    harness.inject(u"<presence from='%1/thirdwitch' type='unavailable'>"
                   "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' "
                   "role='participant' nick='Witch3'/><status code='303'/><status code='110'/>"
                   "</x></presence>"_s.arg(room));
    harness.inject(occupant(u"Witch3"_s, u"participant"_s, u"<status code='110'/>"_s));
    QTRY_COMPARE(nicks(model, MucRole::Participant),
        (QStringList {u"banquo"_s, u"Hecate"_s, u"oldwitch"_s, u"Witch3"_s}));
    QVERIFY(model.indexOfNick(u"Witch3"_s).data(OccupantsModel::IsSelfRole).toBool());

    // A departure, then we are kicked: the list empties.
    harness.inject(occupant(u"banquo"_s, u"participant"_s, {}, u"unavailable"_s));
    QTRY_COMPARE(nicks(model, MucRole::Participant),
        (QStringList {u"Hecate"_s, u"oldwitch"_s, u"Witch3"_s}));
    QSignalSpy exited(coven, &MucRoom::exited);
    harness.inject(
        u"<presence from='%1/Witch3' type='unavailable'>"
        "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' "
        "role='none'/><status code='307'/><status code='110'/></x></presence>"_s.arg(room));
    QVERIFY(exited.wait(2000));
    QCOMPARE(model.rowCount(model.groupIndex(MucRole::Moderator)), 0);
    QCOMPARE(model.rowCount(model.groupIndex(MucRole::Participant)), 0);
}

QTEST_GUILESS_MAIN(OccupantsTest)
#include "tst_occupants.moc"
