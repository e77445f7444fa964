#include "ArchiveService.h"

#include "MessageService.h"
#include "xmpp/Client.h"
#include "xmpp/modules/xep0313_mam/MamModule.h"

#include <QLoggingCategory>

using namespace Palaver::Xmpp;

Q_LOGGING_CATEGORY(lcArchive, "palaver.im.archive")

namespace Palaver::Im {

ArchiveService::ArchiveService(
    Client& client, MamModule& mam, MessageService& messages, ArchiveStore& store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_mam(mam)
    , m_messages(messages)
    , m_store(store)
{
    connect(&client, &Client::sessionStarted, this, [this](bool resumed) {
        if (!resumed) {
            catchUp(); // a resumed session lost nothing; any other may have
        }
    });
    connect(&messages, &MessageService::liveArchiveIdStored, this,
        [this](const QString& id, const QDateTime& time) {
            // Only once we have read up to now may live messages move the position: before
            // that, a gap would be skipped.
            if (m_caughtUp && !m_running) {
                m_position = {id, time};
                m_store.save(account(), m_position);
            }
        });
}

QString ArchiveService::account() const
{
    return m_client.settings().jid.bare().toString();
}

void ArchiveService::catchUp()
{
    ++m_generation;
    m_running = true;
    m_caughtUp = false;
    m_received = 0;
    m_pages = 0;
    const int generation = m_generation;
    m_store.load(account(), this, [this, generation](const ArchivePosition& position) {
        if (generation != m_generation) {
            return;
        }
        m_position = position;
        requestPage(position.lastId, true);
    });
}

void ArchiveService::requestPage(const QString& afterId, bool first)
{
    MamModule::Query query;
    query.max = PageSize;
    if (!afterId.isEmpty()) {
        query.afterId = afterId;
    } else if (first && !m_position.isValid()) {
        query.latest = true; // first sign-in here: the newest messages only
        query.max = FirstSyncMessages;
    }
    const bool seeding = query.latest;
    const int generation = m_generation;
    ++m_pages;
    m_mam.queryPage(query, this,
        [this, generation, seeding, afterId](
            const std::optional<MamModule::Page>& page, const StanzaError& error) {
            if (generation != m_generation) {
                return;
            }
            if (page) {
                handlePage(*page, afterId, seeding, generation);
                return;
            }
            // XEP-0313 §4.3.2: the id we had is gone from the archive (expired); go by time.
            if (error.condition() == StanzaError::Condition::ItemNotFound && !afterId.isEmpty()
                && m_position.lastTime.isValid()) {
                fallBackToTime(generation);
                return;
            }
            qCWarning(lcArchive) << "archive query failed:"
                                 << StanzaError::conditionName(error.condition());
            // A server without an archive leaves nothing to fetch: that is no gap.
            const bool noArchive = error.condition() == StanzaError::Condition::ServiceUnavailable
                || error.condition() == StanzaError::Condition::FeatureNotImplemented;
            finish(false, !noArchive);
        });
}

void ArchiveService::fallBackToTime(int generation)
{
    qCInfo(lcArchive) << "archive position expired; reading from" << m_position.lastTime;
    MamModule::Query byTime;
    byTime.start = m_position.lastTime;
    byTime.max = PageSize;
    m_position.lastId.clear();
    ++m_pages;
    m_mam.queryPage(byTime, this,
        [this, generation](const std::optional<MamModule::Page>& page, const StanzaError&) {
            if (generation != m_generation) {
                return;
            }
            if (page) {
                // This first page by time is stored like any other before paging on.
                handlePage(*page, {}, false, generation);
            } else {
                finish(false);
            }
        });
}

void ArchiveService::handlePage(
    const MamModule::Page& page, const QString& afterId, bool seeding, int generation)
{
    m_received += int(page.messages.size());
    // Stored first; only then does the position move past these messages.
    m_messages.process(page.messages, false, !seeding, this,
        [this, generation, seeding, page, afterId](const QList<MessageStore::Stored>&) {
            if (generation != m_generation) {
                return;
            }
            if (!page.lastId.isEmpty()) {
                m_position.lastId = page.lastId;
                m_position.lastTime = page.messages.isEmpty() ? m_position.lastTime
                                                              : page.messages.last().timestamp;
                m_store.save(account(), m_position);
            }
            // A first sign-in reads one page backwards; catching up reads to the end.
            if (seeding || page.complete) {
                finish(true);
            } else if (page.lastId.isEmpty() || page.lastId == afterId) {
                qCWarning(lcArchive) << "the archive does not move on past" << afterId;
                finish(false);
            } else if (m_pages >= MaxPages) {
                qCWarning(lcArchive) << "stopped reading the archive after" << m_pages << "pages";
                finish(false);
            } else {
                requestPage(page.lastId, false);
            }
        });
}

void ArchiveService::finish(bool complete, bool gapLeft)
{
    m_running = false;
    m_caughtUp = complete;
    qCDebug(lcArchive) << "archive read:" << m_received << "messages,"
                       << (complete ? "up to date" : "incomplete");
    // Whatever was not read lies between the position and now.
    const QDateTime gap = complete || !gapLeft
        ? QDateTime()
        : (m_position.lastTime.isValid() ? m_position.lastTime : QDateTime::currentDateTimeUtc());
    if (gap != m_gapSince) {
        m_gapSince = gap;
        Q_EMIT gapChanged(gap);
    }
    Q_EMIT catchUpFinished(m_received, complete);
}

} // namespace Palaver::Im
