// TestFiles: files for the transfer tests: reproducible random bytes, written to a folder, and
// fetched back over https as any other program would, trusting a fixture's authority.
#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace Palaver::Testing {

QByteArray randomBytes(qsizetype size, quint32 seed = 42);
// The path written, or empty when it could not be.
QString writeTestFile(const QString& directory, const QString& name, const QByteArray& bytes);
// The body at url (empty on any error), trusting authority besides the system's.
QByteArray fetchTrusting(const QUrl& url, const QSslCertificate& authority);

} // namespace Palaver::Testing
