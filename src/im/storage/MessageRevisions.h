// MessageRevisions: the SQL for what later messages do to stored ones: reactions (XEP-0444)
// and retraction (XEP-0424, XEP-0425). Database thread only.
#pragma once

#include "MessageRecord.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace Palaver::Im {

class MessageRevisions
{
public:
    // A message's reactions now, after a change.
    struct Reacted
    {
        qint64 messageRow = 0;
        QList<Reaction> reactions;
    };

    // The reactor's whole set replaces their earlier one on the message the id names in the
    // conversation (by the sender's id, or the room's stanza id); nothing when there is no
    // such message or it was taken back.
    static std::optional<Reacted> react(QSqlDatabase& db, qint64 conversation,
        const QString& targetId, const QString& reactor, const QStringList& emojis);
    // Takes back the message: only its sender may (see Reviser). Its text leaves history and
    // the search index.
    struct Cleared
    {
        qint64 row = 0;
        QString attachmentUrl; // the file it shared, whose copies are to go too
    };
    static std::optional<Cleared> retract(
        QSqlDatabase& db, qint64 conversation, const Reviser& reviser, const QString& targetId);
    // A moderator's retraction, announced by the room: by the room's stanza id.
    static std::optional<Cleared> moderate(
        QSqlDatabase& db, qint64 conversation, const QString& stanzaId, const QString& reason);
    // messages.retracted: 1 taken back by the sender, Moderated by a room's moderator.
    static constexpr int Moderated = 2;

    // The reactions column of a history query: reactor, U+001D, emojis (U+001F between),
    // reactors separated by U+001E.
    static QList<Reaction> parseReactions(const QString& aggregated);

private:
    // Position query on the conversation's message the id names (by the sender's id, or the
    // room's stanza id), selecting columns.
    static bool findRow(
        QSqlQuery& query, qint64 conversation, const QString& id, const QString& columns);
    static bool findByStanzaId(
        QSqlQuery& query, qint64 conversation, const QString& id, const QString& columns);
    static std::optional<Cleared> clear(
        QSqlDatabase& db, qint64 row, int retracted = 1, const QString& moderationReason = {});
};

} // namespace Palaver::Im
