// The archive catch-up (XEP-0313) against a scripted server that plays archives real servers
// rarely are: one whose position has expired, one that never moves on, one that sends more
// than it was asked for. Nothing the archive did send is lost, and none of them loops.
#include "ScriptedServer.h"
#include "im/Account.h"
#include "im/Profile.h"
#include "im/services/ArchiveService.h"
#include "im/storage/ArchiveStore.h"
#include "im/storage/MessageStore.h"
#include "xmpp/core/Namespaces.h"

#include <QSignalSpy>
#include <QTemporaryDir>
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

private:
    // Signs in with this archive position stored; answers archive queries with archive().
    void signIn(const ArchivePosition& position);
    QStringList bodies();

    std::function<void(const XmlElement& query, const QString& iqId, const QString& queryId)>
        m_archive;
    QList<XmlElement> m_queries;
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Account> m_account;
};

void ArchiveTest::init()
{
    m_server = std::make_unique<ScriptedServer>();
    const QString data = QStringLiteral(PALAVER_TEST_DATA_DIR);
    QVERIFY(m_server->start(data + u"/scripted-server.crt"_s, data + u"/scripted-server.key"_s));
    m_server->onStanza = [this](const XmlElement& stanza) {
        const XmlElement query = stanza.firstChild(u"query", Ns::Mam);
        if (stanza.name() != u"iq" || query.isNull()) {
            if (stanza.name() == u"iq" && stanza.attribute(u"type") == u"get") {
                m_server->send(u"<iq type='error' id='%1'><error type='cancel'>"
                               "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                               "</error></iq>"_s.arg(stanza.attribute(u"id")));
            }
            return;
        }
        m_queries.append(query);
        m_archive(query, stanza.attribute(u"id"), query.attribute(u"queryid"));
    };
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = std::make_unique<Profile>(m_dir->path());
    QVERIFY(m_profile->open());
}

void ArchiveTest::cleanup()
{
    m_account.reset();
    m_profile.reset();
    m_dir.reset();
    m_server.reset();
    m_queries.clear();
}

void ArchiveTest::signIn(const ArchivePosition& position)
{
    m_profile->stores().archive.save(u"alice@localhost"_s, position);
    ConnectionSettings settings;
    settings.jid = Jid::fromString(u"alice@localhost/desk");
    settings.password = u"secret"_s;
    settings.host = u"127.0.0.1"_s;
    settings.port = m_server->serverPort();
    settings.pinnedCertificate = m_server->fingerprint();
    m_account = std::make_unique<Account>(settings, m_profile->stores());
    m_account->goOnline();
}

QStringList ArchiveTest::bodies()
{
    std::optional<qint64> conversation;
    m_profile->messages().conversationId(u"alice@localhost"_s, u"bob@localhost"_s, this,
        [&](const qint64& id) { conversation = id; });
    if (!QTest::qWaitFor([&] { return conversation.has_value(); }, 5000)) {
        return {};
    }
    std::optional<QList<MessageRecord>> page;
    m_profile->messages().page(*conversation, {}, 0, 10000, this,
        [&](const QList<MessageRecord>& records) { page = records; });
    if (!QTest::qWaitFor([&] { return page.has_value(); }, 5000)) {
        return {};
    }
    QStringList result;
    for (const MessageRecord& record : page.value_or(QList<MessageRecord>())) {
        result << record.body;
    }
    return result;
}

// XEP-0313 §4.3.2: the position we had is gone; the catch-up goes by time, and that first
// page is stored before paging on (it was dropped, and its messages lost for good).
void ArchiveTest::expiredPositionLosesNoPage()
{
    m_archive = [this](const XmlElement& query, const QString& iqId, const QString& queryId) {
        const QString after
            = query.firstChild(u"set", Ns::Rsm).firstChild(u"after", Ns::Rsm).text();
        if (after == u"gone") {
            m_server->send(
                u"<iq type='error' id='%1'><error type='cancel'><item-not-found "
                "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(iqId));
        } else if (after.isEmpty()) {
            m_server->send(result(queryId, u"r1"_s, u"one"_s) + result(queryId, u"r2"_s, u"two"_s)
                + fin(iqId, u"r2"_s, false));
        } else {
            m_server->send(result(queryId, u"r3"_s, u"three"_s) + fin(iqId, u"r3"_s, true));
        }
    };
    signIn({u"gone"_s, QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC)});
    QSignalSpy done(&m_account->archive(), &ArchiveService::catchUpFinished);
    QVERIFY(done.wait(10000));
    QVERIFY(done.first().at(1).toBool());
    QCOMPARE(bodies(), (QStringList {u"one"_s, u"two"_s, u"three"_s}));
    QCOMPARE(m_queries.size(), 3);
    QVERIFY(!m_account->archive().gapSince().isValid());
}

// An archive that answers every page with the same last id, never complete: the catch-up
// stops instead of asking for ever, and says that messages may be missing.
void ArchiveTest::archiveThatDoesNotMoveOnIsLeft()
{
    m_archive = [this](const XmlElement&, const QString& iqId, const QString& queryId) {
        m_server->send(result(queryId, u"same"_s, u"again"_s) + fin(iqId, u"same"_s, false));
    };
    signIn({u"start"_s, QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC)});
    QSignalSpy done(&m_account->archive(), &ArchiveService::catchUpFinished);
    QVERIFY(done.wait(10000));
    QVERIFY(!done.first().at(1).toBool());
    QTest::qWait(300);
    QVERIFY(m_queries.size() <= 2);
    QVERIFY(m_account->archive().gapSince().isValid());
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
        m_server->send(flood + fin(iqId, u"f%1"_s.arg(3 * max - 1), true));
    };
    signIn({u"start"_s, QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC)});
    QSignalSpy done(&m_account->archive(), &ArchiveService::catchUpFinished);
    QVERIFY(done.wait(10000));
    QCOMPARE(bodies().size(), ArchiveService::PageSize);
}

QTEST_GUILESS_MAIN(ArchiveTest)
#include "tst_archive.moc"
