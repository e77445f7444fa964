#include "AvatarStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Palaver::Im {

AvatarStore::AvatarStore(const QString& directory)
    : AvatarStore(directory, Limits())
{ }

AvatarStore::AvatarStore(const QString& directory, Limits limits)
    : m_directory(directory)
    , m_limits(limits)
{
    QDir().mkpath(directory);
    const QFileInfoList files = QDir(directory).entryInfoList(QDir::Files);
    for (const QFileInfo& info : files) {
        if (isHash(info.fileName())) {
            m_files.insert(info.fileName(), {info.size(), info.lastModified().toMSecsSinceEpoch()});
            m_bytes += info.size();
        }
    }
    evict({});
}

bool AvatarStore::isHash(const QString& text)
{
    // A file name made from what a contact sent: only 40 hex digits pass.
    if (text.size() != 40) {
        return false;
    }
    return std::all_of(text.begin(), text.end(),
        [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

bool AvatarStore::contains(const QString& hash) const
{
    return m_files.contains(hash);
}

void AvatarStore::store(const QString& hash, const QByteArray& image)
{
    if (!isHash(hash) || m_files.contains(hash)) {
        return;
    }
    QSaveFile file(QDir(m_directory).filePath(hash));
    if (file.open(QIODevice::WriteOnly) && file.write(image) == image.size() && file.commit()) {
        m_files.insert(hash, {image.size(), QDateTime::currentMSecsSinceEpoch()});
        m_bytes += image.size();
        evict(hash);
    }
}

// Past a limit, the pictures used longest ago go, down to nine tenths of it, so that the
// next few stores need no eviction.
void AvatarStore::evict(const QString& keep)
{
    if (m_bytes <= m_limits.maxBytes && m_files.size() <= m_limits.maxFiles) {
        return;
    }
    QList<QPair<qint64, QString>> byUse;
    byUse.reserve(m_files.size());
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        byUse.append({it->used, it.key()});
    }
    std::sort(byUse.begin(), byUse.end());
    const qint64 bytesGoal = m_limits.maxBytes / 10 * 9;
    const qsizetype filesGoal = qsizetype(m_limits.maxFiles) * 9 / 10;
    for (const auto& [used, hash] : std::as_const(byUse)) {
        if (m_bytes <= bytesGoal && m_files.size() <= filesGoal) {
            break;
        }
        if (hash == keep) {
            continue;
        }
        QFile::remove(QDir(m_directory).filePath(hash));
        m_bytes -= m_files.take(hash).bytes;
    }
}

QByteArray AvatarStore::image(const QString& hash) const
{
    QFile file(path(hash));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString AvatarStore::path(const QString& hash) const
{
    const auto it = m_files.find(hash);
    if (it == m_files.end()) {
        return {};
    }
    it->used = QDateTime::currentMSecsSinceEpoch();
    return QDir(m_directory).filePath(hash);
}

} // namespace Palaver::Im
