// The archive catch-up (XEP-0313) against a scripted server that plays archives real servers
// rarely are: one whose position has expired, one that never moves on, one that sends more
// than it was asked for. Nothing the archive did send is lost, and none of them loops.
#include "ScriptedAccount.h"
#include "im/services/ArchiveService.h"
#include "im/storage/ArchiveStore.h"
#include "xmpp/core/Namespaces.h"

#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Im;
using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Qt::StringLiterals;

namespace {
QString result(const QString& queryId, const QString& id, const QString& body)
{
    return u"<message to='alice@localhost/assigned'><result xmlns='urn:xmpp:mam:2' "
           "queryid='%1' id='%2'><forwarded xmlns='urn:xmpp:forward:0'><delay "
           "xmlns='urn:xmpp:delay' stamp='2026-11-30T10:00:00Z'/><message "
           "xmlns='jabber:client' from='bob@localhost/phone' to='alice@localhost' type='chat' "
           "id='m-%2'><body>%3</body></message></forwarded></result></message>"_s.arg(
               queryId, id, body);
}

QString fin(const QString& iqId, const QString& last, bool complete)
{
    return u"<iq type='result' id='%1'><fin xmlns='urn:xmpp:mam:2' complete='%2'><set "
           "xmlns='http://jabber.org/protocol/rsm'><first>x</first><last>%3</last></set></fin>"
           "</iq>"_s.arg(iqId, complete ? u"true"_s : u"false"_s, last);
}
} // namespace

class ArchiveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void expiredPositionLosesNoPage();
    void archiveThatDoesNotMoveOnIsLeft();
    void morePerPageThanAskedIsNotKept();
    void serverWithoutArchiveLeavesNoGap();

private:
    // Signs in with this archive position stored; answers archive queries with m_archive.
    void signIn(const ArchivePosition& position);
    QStringList bodies() { return m_scripted->bodies(u"bob@localhost"_s); }

    std::function<void(const XmlElement& query, const QString& iqId, const QString& queryId)>
        m_archive;
    QList<XmlElement> m_queries;
    std::unique_ptr<ScriptedAccount> m_scripted;
};

void ArchiveTest::init()
{
    m_scripted = std::make_unique<ScriptedAccount>();
    QVERIFY(m_scripted->isReady());
    m_scripted->answer(Ns::Mam, [this](const XmlElement& iq) {
        const XmlElement query = iq.firstChild(u"query", Ns::Mam);
        m_queries.append(query);
        m_archive(query, iq.attribute(u"id"), query.attribute(u"queryid"));
    });
}

void ArchiveTest::cleanup()
{
    m_scripted.reset();
    m_queries.clear();
}

void ArchiveTest::signIn(const ArchivePosition& position)
{
    m_scripted->profile().stores().archive.save(u"alice@localhost"_s, position);
    m_scripted->signIn();
}

// XEP-0313 §4.3.2: the position we had is gone; the catch-up goes by time, and that first
// page is stored before paging on (it was dropped, and its messages lost for good).
void ArchiveTest::expiredPositionLosesNoPage()
{
    m_archive = [this](const XmlElement& query, const QString& iqId, const QString& queryId) {
        const QString after
            = query.firstChild(u"set", Ns::Rsm).firstChild(u"after", Ns::Rsm).text();
        if (after == u"gone") {
            m_scripted->server().send(
                u"<iq type='error' id='%1'><error type='cancel'><item-not-found "
                "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(iqId));
        } else if (after.isEmpty()) {
            m_scripted->server().send(result(queryId, u"r1"_s, u"one"_s)
                + result(queryId, u"r2"_s, u"two"_s) + fin(iqId, u"r2"_s, false));
        } else {
            m_scripted->server().send(
                result(queryId, u"r3"_s, u"three"_s) + fin(iqId, u"r3"_s, true));
        }
    };
    signIn({u"gone"_s, QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC)});
    QSignalSpy done(&m_scripted->account().archive(), &ArchiveService::catchUpFinished);
    QVERIFY(done.wait(10000));
    QVERIFY(done.first().at(1).toBool());
    QCOMPARE(bodies(), (QStringList {u"one"_s, u"two"_s, u"three"_s}));
    QCOMPARE(m_queries.size(), 3);
    QVERIFY(!m_scripted->account().archive().gapSince().isValid());
}

// An archive that answers every page with the same last id, never complete: the catch-up
// stops instead of asking for ever, and says that messages may be missing.
void ArchiveTest::archiveThatDoesNotMoveOnIsLeft()
{
    m_archive = [this](const XmlElement&, const QString& iqId, const QString& queryId) {
        m_scripted->server().send(
            result(queryId, u"same"_s, u"again"_s) + fin(iqId, u"same"_s, false));
    };
    signIn({u"start"_s, QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC)});
    QSignalSpy done(&m_scripted->account().archive(), &ArchiveService::catchUpFinished);
    QVERIFY(done.wait(10000));
    QVERIFY(!done.first().at(1).toBool());
    QTest::qWait(300);
    QVERIFY(m_queries.size() <= 2);
    QVERIFY(m_scripted->account().archive().gapSince().isValid());
    QCOMPARE(bodies(), QStringList {u"again"_s});
}

// Asked for a page, the archive sends a flood: no more than the page is kept.
void ArchiveTest::morePerPageThanAskedIsNotKept()
{
    m_archive = [this](const XmlElement& query, const QString& iqId, const QString& queryId) {
        const int max
            = query.firstChild(u"set", Ns::Rsm).firstChild(u"max", Ns::Rsm).text().toInt();
        QString flood;
        for (int i = 0; i < 3 * max; ++i) {
            flood += result(queryId, u"f%1"_s.arg(i), u"flood %1"_s.arg(i));
        }
        m_scripted->server().send(flood + fin(iqId, u"f%1"_s.arg(3 * max - 1), true));
    };
    signIn({u"start"_s, QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC)});
    QSignalSpy done(&m_scripted->account().archive(), &ArchiveService::catchUpFinished);
    QVERIFY(done.wait(10000));
    QCOMPARE(bodies().size(), ArchiveService::PageSize);
}

// Nothing to fetch is nothing missing: no "messages may be missing" for a server without one.
void ArchiveTest::serverWithoutArchiveLeavesNoGap()
{
    m_archive = [this](const XmlElement&, const QString& iqId, const QString&) {
        m_scripted->server().send(
            u"<iq type='error' id='%1'><error type='cancel'><service-unavailable "
            "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(iqId));
    };
    signIn({u"start"_s, QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC)});
    QSignalSpy done(&m_scripted->account().archive(), &ArchiveService::catchUpFinished);
    QVERIFY(done.wait(10000));
    QVERIFY(!m_scripted->account().archive().gapSince().isValid());
}

QTEST_GUILESS_MAIN(ArchiveTest)
#include "tst_archive.moc"
