#include "AttachmentDetails.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Palaver::Im::AttachmentDetails {

QString toJson(const Xmpp::SharedFile& file)
{
    QJsonObject details;
    if (!file.name.isEmpty()) {
        details.insert(u"name"_s, file.name);
    }
    if (!file.mediaType.isEmpty()) {
        details.insert(u"type"_s, file.mediaType);
    }
    if (file.size >= 0) {
        details.insert(u"size"_s, file.size); // exact below 2^53, more than any file here
    }
    if (file.dimensions.isValid()) {
        details.insert(u"width"_s, file.dimensions.width());
        details.insert(u"height"_s, file.dimensions.height());
    }
    if (!file.sha256.isEmpty()) {
        details.insert(u"sha256"_s, QString::fromLatin1(file.sha256.toBase64()));
    }
    return details.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

Xmpp::SharedFile fromJson(const QString& url, const QString& json)
{
    Xmpp::SharedFile file;
    file.url = url;
    if (url.isEmpty() || json.isEmpty()) {
        return file;
    }
    const QJsonObject details = QJsonDocument::fromJson(json.toUtf8()).object();
    file.name = details.value(u"name"_s).toString();
    file.mediaType = details.value(u"type"_s).toString();
    file.size = qMax(qint64(-1), details.value(u"size"_s).toInteger(-1)); // unknown: -1
    const QSize dimensions(details.value(u"width"_s).toInt(), details.value(u"height"_s).toInt());
    if (dimensions.isValid() && !dimensions.isEmpty()) {
        file.dimensions = dimensions;
    }
    file.sha256 = QByteArray::fromBase64(details.value(u"sha256"_s).toString().toLatin1());
    if (file.sha256.size() != 32) {
        file.sha256.clear(); // not a SHA-256: nothing to check against
    }
    return file;
}

} // namespace Palaver::Im::AttachmentDetails
