#include "Account.h"

#include "services/ArchiveService.h"
#include "services/BookmarkService.h"
#include "services/MessageService.h"
#include "services/OmemoService.h"
#include "services/PresenceService.h"
#include "services/RoomService.h"
#include "services/RosterService.h"
#include "storage/AvatarStore.h"
#include "storage/CapsStore.h"
#include "storage/MessageStore.h"
#include "transfers/DirectTransfers.h"
#include "transfers/FileDownloads.h"
#include "transfers/MediaPreviews.h"
#include "transfers/UploadService.h"
#include "xmpp/modules/avatars/AvatarModule.h"
#include "xmpp/modules/messaging/MessageModule.h"
#include "xmpp/modules/presence/PresenceModule.h"
#include "xmpp/modules/presence/SubscriptionModule.h"
#include "xmpp/modules/roster/RosterModule.h"
#include "xmpp/modules/xep0030_disco/DiscoModule.h"
#include "xmpp/modules/xep0045_muc/MucModule.h"
#include "xmpp/modules/xep0054_vcard/VCardModule.h"
#include "xmpp/modules/xep0085_chatstates/ChatStatesModule.h"
#include "xmpp/modules/xep0092_version/VersionModule.h"
#include "xmpp/modules/xep0115_caps/CapsModule.h"
#include "xmpp/modules/xep0184_receipts/ReceiptsModule.h"
#include "xmpp/modules/xep0191_blocking/BlockingModule.h"
#include "xmpp/modules/xep0199_ping/PingModule.h"
#include "xmpp/modules/xep0234_jingle/JingleFileTransferModule.h"
#include "xmpp/modules/xep0280_carbons/CarbonsModule.h"
#include "xmpp/modules/xep0313_mam/MamModule.h"
#include "xmpp/modules/xep0333_markers/MarkersModule.h"
#include "xmpp/modules/xep0352_csi/CsiModule.h"
#include "xmpp/modules/xep0363_upload/HttpUploadModule.h"
#include "xmpp/modules/xep0402_bookmarks/BookmarksModule.h"

#include <QDir>
#include <QUrl>

using namespace Palaver::Xmpp;
using namespace Qt::StringLiterals;

namespace Palaver::Im {

Account::Account(const ConnectionSettings& settings, const Stores& stores, QObject* parent)
    : QObject(parent)
    , m_client(std::make_unique<Client>())
    , m_avatarStore(stores.avatars)
{
    m_client->setSettings(settings);
    // Disco first: the others announce their features through it.
    m_disco = new DiscoModule;
    m_client->addModule(m_disco);
    m_ping = new PingModule;
    m_client->addModule(m_ping);
    auto* caps = new CapsModule;
    caps->setCache(&stores.caps);
    m_client->addModule(caps);
    auto* presence = new PresenceModule;
    auto* subscriptions = new SubscriptionModule;
    auto* roster = new RosterModule;
    auto* messages = new MessageModule;
    auto* mam = new MamModule;
    auto* receipts = new ReceiptsModule;
    auto* markers = new MarkersModule;
    auto* chatStates = new ChatStatesModule;
    auto* muc = new MucModule;
    auto* bookmarks = new BookmarksModule;
    // The roster first: RFC 6121 §2.2 asks for it before initial presence, so that contacts'
    // presence arrives after it (presence of anyone else is not kept).
    for (Module* module :
        std::initializer_list<Module*> {roster, presence, subscriptions, new CarbonsModule, mam,
            messages, receipts, markers, chatStates, new BlockingModule, muc, bookmarks}) {
        m_client->addModule(module);
    }
    m_vcards = new VCardModule;
    m_avatars = new AvatarModule;
    m_avatars->setCache(&stores.avatars);
    // Pictures of contacts and our own only: a stranger announcing pictures fills nothing.
    m_avatars->setFetchCheck([this](const Jid& contact) {
        return m_roster->items().contains(contact) || contact == m_client->settings().jid.bare();
    });
    m_csi = new CsiModule;
    m_version = new VersionModule;
    m_version->setSoftware(QStringLiteral("Palaver"), QStringLiteral(PALAVER_VERSION));
    auto* upload = new HttpUploadModule;
    auto* jingle = new JingleFileTransferModule;
    for (Module* module :
        std::initializer_list<Module*> {m_vcards, m_avatars, m_csi, m_version, upload, jingle}) {
        m_client->addModule(module);
    }

    m_roster = new RosterService(*m_client, *roster, *subscriptions, stores.roster, this);
    m_presence = new PresenceService(*m_client, *presence, this);
    m_presence->setKnownCheck([this](const Jid& bare) {
        return m_roster->items().contains(bare) || bare == m_client->settings().jid.bare();
    });
    m_messages = new MessageService(
        *m_client, {messages, receipts, markers, chatStates}, stores.messages, *m_roster, this);
    m_archive = new ArchiveService(*m_client, *mam, *m_messages, stores.archive, this);
    m_rooms = new RoomService(*m_client, {*muc, *mam, *presence, *m_disco}, *m_messages, this);
    m_messages->setRoomCheck([this, muc](const Jid& jid) {
        return muc->existingRoom(jid) != nullptr || m_bookmarks->bookmark(jid).has_value();
    });
    m_bookmarks = new BookmarkService(*m_client, *bookmarks, *m_rooms, this);
    m_uploads = new UploadService(*upload, *m_messages, *m_rooms,
        {settings.additionalCaCertificates, settings.pinnedCertificate}, settings.proxy, this);
    m_previews = new MediaPreviews(stores.mediaDirectory, settings.jid.domain(),
        {settings.additionalCaCertificates, settings.pinnedCertificate}, settings.proxy, this);
    // Small records kept per account in the profile's folder.
    const auto recordFile = [this, &stores](const QString& kind) {
        return QDir(stores.directory)
            .filePath(kind + u'/' + QString::fromLatin1(jid().toUtf8().toHex()) + u".ini"_s);
    };
    m_uploads->restore(recordFile(u"uploads"_s));
    // Which shared files were downloaded, and where to.
    m_downloads = new FileDownloads(recordFile(u"downloads"_s),
        {settings.additionalCaCertificates, settings.pinnedCertificate}, settings.proxy, this);
    m_directTransfers
        = new DirectTransfers(*jingle, *caps, *m_presence, *m_roster, *m_downloads, this);
    connect(upload, &HttpUploadModule::availabilityChanged, m_previews,
        [this, upload] { m_previews->trustHost(upload->service().domain()); });
    connect(m_uploads, &UploadService::fileSent, m_previews,
        [this](const Jid&, const QString& url) { m_previews->trustHost(QUrl(url).host()); });
    connect(m_uploads, &UploadService::trustChanged, m_previews, [this] {
        m_previews->allowPinnedCertificateForFiles(m_uploads->trust().pinnedAllowedForFiles);
        m_downloads->allowPinnedCertificateForFiles(m_uploads->trust().pinnedAllowedForFiles);
    });
    connect(&stores.messages, &MessageStore::attachmentRemoved, m_previews, &MediaPreviews::forget);
    // Pictures only from people the user knows, ourselves, and rooms the user is in.
    m_previews->setFetchCheck([this, muc](const Jid& sender) {
        const Jid bare = sender.bare();
        return bare == m_client->settings().jid.bare() || m_roster->items().contains(bare)
            || muc->existingRoom(bare) != nullptr;
    });

    // End-to-end encryption for chats; which conversations encrypt is remembered per account.
    m_omemo = new OmemoService(*m_client, stores.messages.database(), recordFile(u"omemo"_s), this);
    m_messages->setOmemo(m_omemo);
    m_rooms->setOmemo(m_omemo);

    // Connected only once the roster and the encryption keys are in memory.
    m_roster->load([this] {
        m_omemo->load(this, [this] {
            m_loaded = true;
            Q_EMIT loaded();
            if (m_connectWhenLoaded) {
                m_client->connectToServer();
            }
        });
    });
}

Account::~Account()
{
    Q_EMIT aboutToBeDestroyed();
}

void Account::goOnline(Presence::Show show, const QString& status)
{
    m_client->findModule<PresenceModule>()->setOwnPresence(show, status);
    if (!m_loaded) {
        m_connectWhenLoaded = true; // the stored roster version goes with the first request
        return;
    }
    m_client->connectToServer();
}

void Account::goOffline(const QString& status)
{
    m_connectWhenLoaded = false;
    if (m_client->isConnected()) {
        m_client->findModule<PresenceModule>()->sendUnavailable(status);
    }
    m_client->disconnectFromServer();
}

} // namespace Palaver::Im
