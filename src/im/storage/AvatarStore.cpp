#include "AvatarStore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace Palaver::Im {

AvatarStore::AvatarStore(const QString& directory)
    : m_directory(directory)
{
    QDir().mkpath(directory);
    for (const QString& name : QDir(directory).entryList(QDir::Files)) {
        if (isHash(name)) {
            m_known.insert(name);
        }
    }
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
    return m_known.contains(hash);
}

void AvatarStore::store(const QString& hash, const QByteArray& image)
{
    if (!isHash(hash) || m_known.contains(hash)) {
        return;
    }
    QSaveFile file(QDir(m_directory).filePath(hash));
    if (file.open(QIODevice::WriteOnly) && file.write(image) == image.size() && file.commit()) {
        m_known.insert(hash);
    }
}

QByteArray AvatarStore::image(const QString& hash) const
{
    QFile file(path(hash));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString AvatarStore::path(const QString& hash) const
{
    return m_known.contains(hash) ? QDir(m_directory).filePath(hash) : QString();
}

} // namespace Palaver::Im
