#include "EmojiCatalog.h"

#include <QFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {
namespace {
const QString RecentKey = u"emoji/recent"_s;
constexpr int RecentKept = 24;
} // namespace

const EmojiCatalog& EmojiCatalog::instance()
{
    static const EmojiCatalog catalog;
    return catalog;
}

EmojiCatalog::EmojiCatalog()
{
    QFile table(u":/emoji/emoji.tsv"_s);
    if (!table.open(QIODevice::ReadOnly)) {
        return;
    }
    const QString text = QString::fromUtf8(table.readAll());
    for (const QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() != 3) {
            continue;
        }
        const QString group = fields.at(0).toString();
        if (m_groups.isEmpty() || m_groups.last() != group) {
            m_groups.append(group);
        }
        m_emojis.append({fields.at(1).toString(), fields.at(2).toString(), group});
    }
}

QList<EmojiCatalog::Emoji> EmojiCatalog::inGroup(const QString& group) const
{
    QList<Emoji> found;
    for (const Emoji& emoji : m_emojis) {
        if (emoji.group == group) {
            found.append(emoji);
        }
    }
    return found;
}

QList<EmojiCatalog::Emoji> EmojiCatalog::search(const QString& words, int max) const
{
    const QStringList wanted = words.toLower().split(u' ', Qt::SkipEmptyParts);
    QList<Emoji> found;
    if (wanted.isEmpty()) {
        return found;
    }
    for (const Emoji& emoji : m_emojis) {
        const QStringList nameWords = emoji.name.toLower().split(u' ', Qt::SkipEmptyParts);
        const bool matches = std::all_of(wanted.begin(), wanted.end(), [&](const QString& word) {
            return std::any_of(nameWords.begin(), nameWords.end(),
                [&](const QString& nameWord) { return nameWord.startsWith(word); });
        });
        if (matches) {
            found.append(emoji);
            if (found.size() >= max) {
                break;
            }
        }
    }
    return found;
}

QString EmojiCatalog::shortCode(const Emoji& emoji)
{
    QString code = emoji.name.toLower();
    code.replace(u' ', u'_');
    return code;
}

QList<EmojiCatalog::Emoji> EmojiCatalog::withShortCode(const QString& prefix, int max) const
{
    QList<Emoji> found;
    const QString wanted = prefix.toLower();
    // Whole-word starts first ("smile" before "grinning_face_with_smiling_eyes").
    for (const bool atStart : {true, false}) {
        for (const Emoji& emoji : m_emojis) {
            const QString code = shortCode(emoji);
            const bool matches = atStart ? code.startsWith(wanted)
                                         : !code.startsWith(wanted) && code.contains(u'_' + wanted);
            if (matches) {
                found.append(emoji);
                if (found.size() >= max) {
                    return found;
                }
            }
        }
    }
    return found;
}

QStringList EmojiCatalog::recent()
{
    return QSettings().value(RecentKey).toStringList();
}

void EmojiCatalog::remember(const QString& emoji)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(emoji);
    recent.prepend(emoji);
    settings.setValue(RecentKey, recent.mid(0, RecentKept));
}

} // namespace Palaver::Gui
