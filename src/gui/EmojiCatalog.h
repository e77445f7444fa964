// EmojiCatalog: every emoji Unicode lists (from Debian's unicode-data, turned into a resource
// at build time) with its group and name; found by words of the name or by a short code
// (":thumbs_up"); the recently used kept first.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Palaver::Gui {

class EmojiCatalog
{
public:
    struct Emoji
    {
        QString text;
        QString name; // "grinning face"
        QString group; // "Smileys & Emotion"
    };

    static const EmojiCatalog& instance();

    const QList<Emoji>& all() const { return m_emojis; }
    const QStringList& groups() const { return m_groups; }
    QList<Emoji> inGroup(const QString& group) const;
    // Every word typed starts a word of the name ("thu up" finds thumbs up).
    QList<Emoji> search(const QString& words, int max = 200) const;
    // ":name" completion: short codes (the name with underscores) that start with prefix.
    QList<Emoji> withShortCode(const QString& prefix, int max = 8) const;
    static QString shortCode(const Emoji& emoji);

    static QStringList recent();
    static void remember(const QString& emoji);

private:
    EmojiCatalog();

    QList<Emoji> m_emojis;
    QStringList m_groups;
};

} // namespace Palaver::Gui
