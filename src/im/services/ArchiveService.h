// ArchiveService: after every session that is not a resumption, reads our server's archive
// (XEP-0313) from where we last stopped, so messages sent while we were offline or handled by
// the archive after a failed resumption arrive here, once each. Bounded: at most MaxPages
// pages, stopping when the archive does not move on; what could not be read is reported as
// a gap.
#pragma once

#include "../storage/ArchiveStore.h"
#include "xmpp/modules/xep0313_mam/MamModule.h"

#include <QObject>

namespace Palaver::Xmpp {
class Client;
} // namespace Palaver::Xmpp

namespace Palaver::Im {

class MessageService;

class ArchiveService : public QObject
{
    Q_OBJECT

public:
    // How much history a first sign-in fetches: the newest messages, not the whole archive.
    static constexpr int FirstSyncMessages = 50;
    static constexpr int PageSize = 100;
    static constexpr int MaxPages = 200;

    ArchiveService(Xmpp::Client& client, Xmpp::MamModule& mam, MessageService& messages,
        ArchiveStore& store, QObject* parent = nullptr);

    bool isCatchingUp() const { return m_running; }
    void catchUp();
    // Since when messages may be missing: the last catch-up stopped short of the present.
    // Invalid when nothing is known to be missing.
    QDateTime gapSince() const { return m_gapSince; }

Q_SIGNALS:
    void catchUpFinished(int messages, bool complete);
    void gapChanged(const QDateTime& since);

private:
    void requestPage(const QString& afterId, bool first);
    void fallBackToTime(int generation);
    void handlePage(
        const Xmpp::MamModule::Page& page, const QString& afterId, bool seeding, int generation);
    void finish(bool complete, bool gapLeft = true);
    QString account() const;

    Xmpp::Client& m_client;
    Xmpp::MamModule& m_mam;
    MessageService& m_messages;
    ArchiveStore& m_store;
    ArchivePosition m_position;
    bool m_running = false;
    bool m_caughtUp = false;
    int m_received = 0;
    int m_pages = 0;
    int m_generation = 0;
    QDateTime m_gapSince;
};

} // namespace Palaver::Im
