// The IM models under QAbstractItemModelTester, fed through the services as the protocol
// modules would feed them (signals emitted here stand in for the server).
#include "im/Account.h"
#include "im/Profile.h"
#include "im/models/AccountsModel.h"
#include "im/models/CombinedRosterModel.h"
#include "im/models/ConversationsModel.h"
#include "im/models/MessagesModel.h"
#include "im/models/RosterModel.h"
#include "im/models/RosterProxyModel.h"
#include "im/services/MessageService.h"
#include "im/services/PresenceService.h"
#include "im/services/RosterService.h"
#include "im/storage/ArchiveStore.h"
#include "im/storage/CapsStore.h"
#include "im/storage/Database.h"
#include "im/storage/MessageStore.h"
#include "im/storage/RosterStore.h"
#include "im/storage/Schema.h"
#include "xmpp/core/Namespaces.h"
#include "xmpp/modules/messaging/MessageExtensions.h"
#include "xmpp/modules/messaging/MessageModule.h"
#include "xmpp/modules/presence/PresenceModule.h"
#include "xmpp/modules/presence/SubscriptionModule.h"
#include "xmpp/modules/roster/RosterModule.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Palaver::Im;
using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

namespace {
RosterItem contact(const QString& jid, const QString& name, const QStringList& groups,
    RosterItem::Subscription subscription = RosterItem::Subscription::Both)
{
    RosterItem item;
    item.jid = Jid::fromString(jid);
    item.name = name;
    item.groups = groups;
    item.subscription = subscription;
    return item;
}

ContactPresence online(const QString& fullJid, Presence::Show show = Presence::Show::Online)
{
    ContactPresence presence;
    presence.jid = Jid::fromString(fullJid);
    presence.available = true;
    presence.show = show;
    presence.received = QDateTime::currentDateTimeUtc();
    return presence;
}

QStringList childNames(const QAbstractItemModel& model, const QModelIndex& parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        names << model.index(row, 0, parent).data(RosterModel::NameRole).toString();
    }
    return names;
}

QModelIndex requestsGroup(const QAbstractItemModel& model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(RosterModel::GroupKindRole).value<RosterModel::GroupKind>()
            == RosterModel::GroupKind::Requests) {
            return index;
        }
    }
    return {};
}

QModelIndex groupNamed(const QAbstractItemModel& model, const QString& name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(RosterModel::NameRole).toString() == name) {
            return index;
        }
    }
    return {};
}
} // namespace

class ModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rosterTree();
    void rosterFollowsPushesAndRequests();
    void strangersAskingByTheThousand();
    void strangersPresenceIsNotKept();
    void privateMessagesFromRoomsNotJoined();
    void proxyHidesOfflineAndFilters();
    void combinedRosterSections();
    void proxySortsByPresenceThenName();
    void messagesLoadLazily();
    void messagesUpdateLive();
    void conversationsAndUnread();
    void accounts();

private:
    void loadRoster(const QList<RosterItem>& items);
    void announce(const ContactPresence& presence);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    MessageStore* m_messages = nullptr;
    std::unique_ptr<Account> m_account;
};

void ModelsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = std::make_unique<Profile>(m_dir->path());
    QVERIFY(m_profile->open());
    m_messages = &m_profile->messages();
    ConnectionSettings settings;
    settings.jid = Jid::fromString(u"me@example.com/pc");
    m_account = std::make_unique<Account>(settings, m_profile->stores());
    QVERIFY(QTest::qWaitFor([this] { return m_account->roster().isLoaded(); }, 5000));
}

void ModelsTest::cleanup()
{
    m_account.reset();
    m_profile.reset();
    m_dir.reset();
}

void ModelsTest::loadRoster(const QList<RosterItem>& items)
{
    Q_EMIT m_account->client().findModule<RosterModule>()->rosterReceived(items, u"v1"_s);
}

void ModelsTest::announce(const ContactPresence& presence)
{
    Q_EMIT m_account->client().findModule<PresenceModule>()->presenceChanged(presence);
}

void ModelsTest::rosterTree()
{
    RosterModel model(*m_account);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loadRoster({contact(u"romeo@example.net"_s, u"Romeo"_s, {u"Friends"_s, u"Montagues"_s}),
        contact(u"juliet@example.com"_s, u"Juliet"_s, {u"Friends"_s}),
        contact(u"nurse@example.com"_s, {}, {})});
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex friends = groupNamed(model, u"Friends"_s);
    QVERIFY(friends.isValid());
    QVERIFY(friends.data(RosterModel::IsGroupRole).toBool());
    QCOMPARE(childNames(model, friends).size(), 2);
    const QModelIndex ungrouped = groupNamed(model, QString());
    QCOMPARE(ungrouped.data(RosterModel::GroupKindRole).value<RosterModel::GroupKind>(),
        RosterModel::GroupKind::Ungrouped);
    // No name: the address's local part stands in.
    QCOMPARE(childNames(model, ungrouped), QStringList {u"nurse"_s});

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    announce(online(u"romeo@example.net/orchard"_s, Presence::Show::Away));
    QVERIFY(changed.wait(1000));
    // Romeo is in two groups: both rows change, with their groups' counts, in one batch.
    QCOMPARE(changed.size(), 4);
    for (int row = 0; row < model.rowCount(friends); ++row) {
        const QModelIndex index = model.index(row, 0, friends);
        if (index.data(RosterModel::JidRole).toString() == u"romeo@example.net") {
            QCOMPARE(index.data(RosterModel::PresenceShowRole).toInt(), int(Presence::Show::Away));
        } else {
            QCOMPARE(index.data(RosterModel::PresenceShowRole).toInt(), -1);
        }
    }
    QCOMPARE(friends.data(RosterModel::OnlineCountRole).toInt(), 1);
    QCOMPARE(friends.data(RosterModel::ContactCountRole).toInt(), 2);
    model.setUnreadCount(Jid::fromString(u"juliet@example.com"), 3);
    for (int row = 0; row < model.rowCount(friends); ++row) {
        const QModelIndex index = model.index(row, 0, friends);
        const bool juliet = index.data(RosterModel::JidRole).toString() == u"juliet@example.com";
        QCOMPARE(index.data(RosterModel::UnreadCountRole).toInt(), juliet ? 3 : 0);
    }
}

void ModelsTest::rosterFollowsPushesAndRequests()
{
    RosterModel model(*m_account);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loadRoster({contact(u"romeo@example.net"_s, u"Romeo"_s, {u"Friends"_s})});
    auto* roster = m_account->client().findModule<RosterModule>();
    // Moved to another group: the old group empties and goes away.
    Q_EMIT roster->itemPushed(contact(u"romeo@example.net"_s, u"Romeo"_s, {u"Family"_s}), u"v2"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(RosterModel::NameRole).toString(), u"Family"_s);
    // A request from someone not in the roster shows in its own group.
    Q_EMIT m_account->client().findModule<SubscriptionModule>()->subscriptionRequested(
        Jid::fromString(u"tybalt@example.com"), u"Let me in"_s);
    QTRY_VERIFY(requestsGroup(model).isValid());
    const QModelIndex requests = requestsGroup(model);
    const QModelIndex tybalt = model.index(0, 0, requests);
    QVERIFY(tybalt.data(RosterModel::RequestPendingRole).toBool());
    QCOMPARE(tybalt.data(RosterModel::RequestMessageRole).toString(), u"Let me in"_s);
    m_account->roster().deny(Jid::fromString(u"tybalt@example.com"));
    QTRY_COMPARE(model.rowCount(), 1);
    Q_EMIT roster->itemPushed(
        contact(u"romeo@example.net"_s, {}, {}, RosterItem::Subscription::Remove), u"v3"_s);
    QCOMPARE(model.rowCount(), 0);
}

// Each request once rescanned and re-signalled the whole list: 1,000 took over 7 CPU seconds.
// Now a burst is one insertion, and what is kept is capped in number and length.
void ModelsTest::strangersAskingByTheThousand()
{
    RosterModel model(*m_account);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loadRoster({contact(u"romeo@example.net"_s, u"Romeo"_s, {u"Friends"_s})});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    auto* subscriptions = m_account->client().findModule<SubscriptionModule>();
    const QString longMessage = QString(u"Let me in! "_s).repeated(1000);
    for (int i = 0; i < 1000; ++i) {
        Q_EMIT subscriptions->subscriptionRequested(
            Jid::fromString(u"stranger%1@example.com"_s.arg(i)), longMessage);
    }
    // A contact asking again, in the same burst, is the same request.
    Q_EMIT subscriptions->subscriptionRequested(
        Jid::fromString(u"stranger7@example.com"), u"again"_s);
    QTRY_VERIFY(requestsGroup(model).isValid());
    const QModelIndex requests = requestsGroup(model);
    QCOMPARE(model.rowCount(requests), RosterService::MaxRequests);
    QCOMPARE(m_account->roster().requests().size(), RosterService::MaxRequests);
    QCOMPARE(inserted.size(), 2); // the group, then all its rows at once
    QCOMPARE(model.index(0, 0, requests).data(RosterModel::RequestMessageRole).toString().size(),
        RosterService::MaxRequestMessageLength);
    QCOMPARE(model.index(0, 0, requests).data(RosterModel::JidRole).toString(),
        u"stranger0@example.com"_s);

    // Answering one moves one row; the rest stay.
    m_account->roster().deny(Jid::fromString(u"stranger3@example.com"));
    QTRY_COMPARE(model.rowCount(requests), RosterService::MaxRequests - 1);
    // Kept across a restart, in the order they came.
    m_account = std::make_unique<Account>(m_account->client().settings(), m_profile->stores());
    QVERIFY(QTest::qWaitFor([this] { return m_account->roster().isLoaded(); }, 5000));
    RosterModel reloaded(*m_account);
    QCOMPARE(reloaded.rowCount(requestsGroup(reloaded)), RosterService::MaxRequests - 1);
    QCOMPARE(reloaded.index(0, 0, requestsGroup(reloaded)).data(RosterModel::JidRole).toString(),
        u"stranger0@example.com"_s);
}

// Presence from strangers is not kept, and a contact's resources are capped.
void ModelsTest::strangersPresenceIsNotKept()
{
    loadRoster({contact(u"romeo@example.net"_s, u"Romeo"_s, {u"Friends"_s})});
    for (int i = 0; i < 40; ++i) {
        announce(online(u"romeo@example.net/device%1"_s.arg(i)));
        announce(online(u"stranger%1@example.com/x"_s.arg(i)));
    }
    announce(online(u"me@example.com/phone"_s));
    const PresenceService& presence = m_account->presence();
    QCOMPARE(presence.resources(Jid::fromString(u"romeo@example.net")).size(),
        PresenceService::MaxResources);
    QVERIFY(!presence.isAvailable(Jid::fromString(u"stranger1@example.com")));
    QVERIFY(presence.isAvailable(Jid::fromString(u"me@example.com")));
}

// XEP-0045 §7.5: a message marked private within a room is the occupant's conversation, even
// for a room we have not joined in this run; filed under the room's address it mixed with
// the room's public history and opened a chat with the room itself.
void ModelsTest::privateMessagesFromRoomsNotJoined()
{
    ReceivedMessage received;
    received.message = Message(
        Message::Type::Chat, Jid::fromString(u"me@example.com/pc"), u"psst, just between us"_s);
    received.message.setFrom(Jid::fromString(u"lounge@conference.example.com/Mallory"));
    received.message.appendPayload(XmlElement(u"x"_s, Ns::MucUser));
    received.mucPrivate = isMucPrivate(received.message, false);
    QVERIFY(received.mucPrivate);
    received.timestamp = QDateTime::currentDateTimeUtc();
    std::optional<QList<MessageStore::Stored>> stored;
    m_account->messages().process(
        {received}, true, true, this, [&](const QList<MessageStore::Stored>& s) { stored = s; });
    QTRY_VERIFY(stored.has_value());
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().record.peer, u"lounge@conference.example.com/Mallory"_s);
    const Jid occupant = Jid::fromString(u"lounge@conference.example.com/Mallory");
    QVERIFY(m_account->messages().isPrivateChat(occupant));
    // Still a private chat after a restart.
    m_account = std::make_unique<Account>(m_account->client().settings(), m_profile->stores());
    QTRY_VERIFY(m_account->messages().isPrivateChat(occupant));
}

void ModelsTest::proxyHidesOfflineAndFilters()
{
    RosterModel model(*m_account);
    RosterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loadRoster({contact(u"romeo@example.net"_s, u"Romeo"_s, {u"Friends"_s}),
        contact(u"juliet@example.com"_s, u"Juliet"_s, {u"Friends"_s}),
        contact(u"tybalt@example.com"_s, u"Tybalt"_s, {u"Enemies"_s})});
    QCOMPARE(proxy.rowCount(), 0); // everyone offline
    announce(online(u"juliet@example.com/balcony"_s));
    QTRY_COMPARE(proxy.rowCount(), 1);
    QCOMPARE(childNames(proxy, proxy.index(0, 0)), QStringList {u"Juliet"_s});
    proxy.setShowOffline(true);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setShowOffline(false);
    proxy.setFilterText(u"tyb"_s); // typing finds offline contacts too
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(childNames(proxy, proxy.index(0, 0)), QStringList {u"Tybalt"_s});
    proxy.setFilterText(u"EXAMPLE.NET"_s);
    QCOMPARE(childNames(proxy, proxy.index(0, 0)), QStringList {u"Romeo"_s});
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 1);
}

void ModelsTest::combinedRosterSections()
{
    CombinedRosterModel combined;
    QAbstractItemModelTester tester(
        &combined, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RosterProxyModel proxy;
    proxy.setSourceModel(&combined);
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    RosterModel mine(*m_account);
    loadRoster({contact(u"romeo@example.net"_s, u"Romeo"_s, {u"Friends"_s}),
        contact(u"nurse@example.com"_s, u"Nurse"_s, {})});
    combined.addRoster(*m_account, mine);
    // One account: its groups at the top, as if alone.
    QVERIFY(!combined.hasSections());
    QCOMPARE(combined.rowCount(), 2);
    QCOMPARE(childNames(combined, groupNamed(combined, u"Friends"_s)), QStringList {u"Romeo"_s});

    ConnectionSettings workSettings;
    workSettings.jid = Jid::fromString(u"me@work.example/pc");
    Account work(workSettings, m_profile->stores());
    QVERIFY(QTest::qWaitFor([&] { return work.roster().isLoaded(); }, 5000));
    RosterModel workRoster(work);
    Q_EMIT work.client().findModule<RosterModule>()->rosterReceived(
        {contact(u"tybalt@example.com"_s, u"Tybalt"_s, {u"Colleagues"_s})}, u"w1"_s);
    combined.addRoster(work, workRoster);

    // Several: one section per account, in the order they were added, groups beneath.
    QVERIFY(combined.hasSections());
    QCOMPARE(combined.rowCount(), 2);
    const QModelIndex mySection = combined.index(0, 0);
    const QModelIndex workSection = combined.index(1, 0);
    QCOMPARE(mySection.data(RosterModel::GroupKindRole).value<RosterModel::GroupKind>(),
        RosterModel::GroupKind::Account);
    QCOMPARE(mySection.data(RosterModel::AccountRole).toString(), u"me@example.com"_s);
    QCOMPARE(workSection.data(RosterModel::AccountRole).toString(), u"me@work.example"_s);
    QCOMPARE(mySection.data(RosterModel::PresenceShowRole).toInt(), -1); // not connected
    QCOMPARE(combined.rowCount(mySection), 2);
    QCOMPARE(childNames(combined, workSection), QStringList {u"Colleagues"_s});
    const QModelIndex colleagues = combined.index(0, 0, workSection);
    const QModelIndex tybalt = combined.index(0, 0, colleagues);
    QCOMPARE(tybalt.data(RosterModel::JidRole).toString(), u"tybalt@example.com"_s);
    QCOMPARE(tybalt.data(RosterModel::AccountRole).toString(), u"me@work.example"_s);
    QCOMPARE(tybalt.parent(), colleagues);
    QCOMPARE(colleagues.parent(), workSection);

    // Changes in one account's roster arrive in its section: presence, a new group, a move
    // that empties a group.
    QSignalSpy changed(&combined, &QAbstractItemModel::dataChanged);
    Q_EMIT work.client().findModule<PresenceModule>()->presenceChanged(
        online(u"tybalt@example.com/sword"_s, Presence::Show::DoNotDisturb));
    QVERIFY(changed.wait(1000));
    QCOMPARE(tybalt.data(RosterModel::PresenceShowRole).toInt(), int(Presence::Show::DoNotDisturb));
    const QPersistentModelIndex keptTybalt(tybalt);
    Q_EMIT m_account->client().findModule<RosterModule>()->itemPushed(
        contact(u"romeo@example.net"_s, u"Romeo"_s, {u"Family"_s}), u"v2"_s);
    QCOMPARE(childNames(combined, combined.index(0, 0)).size(), 2);
    QVERIFY(childNames(combined, combined.index(0, 0)).contains(u"Family"_s));
    QVERIFY(!childNames(combined, combined.index(0, 0)).contains(u"Friends"_s));
    QVERIFY(keptTybalt.isValid()); // the other section is untouched
    Q_EMIT work.client().findModule<RosterModule>()->itemPushed(
        contact(u"mercutio@example.com"_s, u"Mercutio"_s, {u"Colleagues"_s}), u"w2"_s);
    QCOMPARE(combined.rowCount(combined.index(0, 0, combined.index(1, 0))), 2);

    // Filtering keeps every section in sight and shows only the matching contacts.
    proxy.setFilterText(u"tyb"_s);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 0);
    const QModelIndex workInProxy = proxy.index(1, 0);
    QCOMPARE(workInProxy.data(RosterModel::AccountRole).toString(), u"me@work.example"_s);
    QCOMPARE(childNames(proxy, proxy.index(0, 0, workInProxy)), QStringList {u"Tybalt"_s});
    proxy.setFilterText({});

    // Back to one account: flat again.
    combined.removeRoster(workRoster);
    QVERIFY(!combined.hasSections());
    QCOMPARE(combined.rowCount(), 2);
    QVERIFY(groupNamed(combined, u"Family"_s).isValid());
}

void ModelsTest::proxySortsByPresenceThenName()
{
    RosterModel model(*m_account);
    RosterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setShowOffline(true);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loadRoster({contact(u"a@x"_s, u"anna"_s, {u"G"_s}), contact(u"b@x"_s, u"Bert"_s, {u"G"_s}),
        contact(u"c@x"_s, u"carl"_s, {u"G"_s}), contact(u"d@x"_s, u"Dora"_s, {u"G"_s})});
    announce(online(u"d@x/1"_s, Presence::Show::DoNotDisturb));
    announce(online(u"c@x/1"_s));
    announce(online(u"b@x/1"_s, Presence::Show::Away));
    QTRY_COMPARE(childNames(proxy, proxy.index(0, 0)),
        (QStringList {u"carl"_s, u"Bert"_s, u"Dora"_s, u"anna"_s}));
}

void ModelsTest::messagesLoadLazily()
{
    QList<ReceivedMessage> history;
    for (int i = 0; i < 120; ++i) {
        ReceivedMessage received;
        received.message = Message(
            Message::Type::Chat, Jid::fromString(u"me@example.com/pc"), u"message %1"_s.arg(i));
        received.message.setFrom(Jid::fromString(u"romeo@example.net/orchard"));
        received.message.setId(u"id%1"_s.arg(i));
        if (i != 119) {
            received.message.appendPayload(XmlElement(u"markable"_s, u"urn:xmpp:chat-markers:0"_s));
        }
        received.timestamp = QDateTime::fromSecsSinceEpoch(1700000000 + i, Qt::UTC);
        history.append(received);
    }
    bool stored = false;
    m_account->messages().process(
        history, false, false, this, [&](const QList<MessageStore::Stored>&) { stored = true; });
    QTRY_VERIFY(stored);

    MessagesModel model(*m_messages, m_account->messages(), m_account->jid(),
        Jid::fromString(u"romeo@example.net"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), MessagesModel::PageSize);
    QCOMPARE(model.index(0).data(MessagesModel::BodyRole).toString(), u"message 70"_s);
    QCOMPARE(model.index(49).data(MessagesModel::BodyRole).toString(), u"message 119"_s);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 100);
    QCOMPARE(model.index(0).data(MessagesModel::BodyRole).toString(), u"message 20"_s);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 120);
    QTRY_VERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(0).data(MessagesModel::BodyRole).toString(), u"message 0"_s);
    // Read markers only for messages that asked for them (XEP-0333 §4).
    QCOMPARE(model.lastIncomingMessageId(), u"id118"_s);
}

void ModelsTest::messagesUpdateLive()
{
    MessagesModel model(*m_messages, m_account->messages(), m_account->jid(),
        Jid::fromString(u"juliet@example.com"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(!model.isLoading());
    m_account->messages().sendMessage(Jid::fromString(u"juliet@example.com"), u"Hello"_s);
    QTRY_COMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0).data(MessagesModel::OutgoingRole).toBool());
    QCOMPARE(model.index(0).data(MessagesModel::DeliveryStateRole).toInt(),
        int(MessageRecord::State::Pending));

    // Her receipt, and an older message from the archive, arrive.
    const QString id = model.index(0).data(MessagesModel::MessageIdRole).toString();
    ReceivedMessage receipt;
    receipt.message = Message(Message::Type::Normal, Jid::fromString(u"me@example.com/pc"));
    receipt.message.setFrom(Jid::fromString(u"juliet@example.com/balcony"));
    XmlElement received(u"received"_s, u"urn:xmpp:receipts"_s);
    received.setAttribute(u"id"_s, id);
    receipt.message.appendPayload(received);
    ReceivedMessage older;
    older.message = Message(Message::Type::Chat, Jid::fromString(u"me@example.com"), u"Earlier"_s);
    older.message.setFrom(Jid::fromString(u"juliet@example.com/balcony"));
    older.timestamp = QDateTime::currentDateTimeUtc().addDays(-1);
    m_account->messages().process({receipt, older}, false, true, this, {});
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(MessagesModel::BodyRole).toString(), u"Earlier"_s);
    QTRY_COMPARE(model.index(1).data(MessagesModel::DeliveryStateRole).toInt(),
        int(MessageRecord::State::Delivered));

    QSignalSpy typing(&model, &MessagesModel::peerChatStateChanged);
    ReceivedMessage composing;
    composing.message = Message(Message::Type::Chat, Jid::fromString(u"me@example.com/pc"));
    composing.message.setFrom(Jid::fromString(u"juliet@example.com/balcony"));
    composing.message.appendPayload(ChatStatesModule::element(ChatState::Composing));
    Q_EMIT m_account->client().findModule<MessageModule>()->messageReceived(composing);
    QTRY_COMPARE(typing.size(), 1);
    QCOMPARE(model.peerChatState(), ChatState::Composing);
}

void ModelsTest::conversationsAndUnread()
{
    ConversationsModel model(*m_messages);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addAccount(m_account->jid(), m_account->messages());
    QSignalSpy unread(&model, &ConversationsModel::unreadCountChanged);
    const auto incoming = [](const QString& from, const QString& body, int secondsAgo) {
        ReceivedMessage received;
        received.message
            = Message(Message::Type::Chat, Jid::fromString(u"me@example.com/pc"), body);
        received.message.setFrom(Jid::fromString(from));
        received.timestamp = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
        return received;
    };
    m_account->messages().process({incoming(u"romeo@example.net/o"_s, u"Hi"_s, 100),
                                      incoming(u"juliet@example.com/b"_s, u"Yo"_s, 50)},
        false, true, this, {});
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(ConversationsModel::PeerRole).toString(), u"juliet@example.com"_s);
    QCOMPARE(model.totalUnread(), 2);
    model.setActiveConversation(m_account->jid(), u"romeo@example.net"_s);
    QCOMPARE(model.unreadCount(m_account->jid(), u"romeo@example.net"_s), 0);
    m_account->messages().process(
        {incoming(u"romeo@example.net/o"_s, u"Again"_s, 0)}, false, true, this, {});
    QTRY_COMPARE(
        model.index(0).data(ConversationsModel::PeerRole).toString(), u"romeo@example.net"_s);
    QCOMPARE(model.unreadCount(m_account->jid(), u"romeo@example.net"_s), 0); // on screen
    QCOMPARE(model.index(0).data(ConversationsModel::LastBodyRole).toString(), u"Again"_s);
    QVERIFY(!unread.isEmpty());
}

void ModelsTest::accounts()
{
    AccountsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addAccount(m_account.get());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(AccountsModel::JidRole).toString(), u"me@example.com"_s);
    QCOMPARE(model.index(0).data(AccountsModel::ConnectedRole).toBool(), false);
    // No password: the attempt fails at once with a clear kind.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_account->goOnline();
    QTRY_COMPARE(model.index(0).data(AccountsModel::ErrorKindRole).toInt(),
        int(ConnectionError::Kind::InvalidSettings));
    m_account.reset();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(ModelsTest)
#include "tst_models.moc"
