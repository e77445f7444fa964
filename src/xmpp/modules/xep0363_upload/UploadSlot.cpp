#include "UploadSlot.h"

#include "../../core/Namespaces.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

namespace {
bool isHttps(const QUrl& url)
{
    return url.isValid() && url.scheme() == u"https" && !url.host().isEmpty();
}
} // namespace

std::optional<UploadSlot> UploadSlot::fromElement(const XmlElement& slot)
{
    if (slot.name() != u"slot" || slot.namespaceUri() != Ns::HttpUpload) {
        return std::nullopt;
    }
    const XmlElement put = slot.firstChild(u"put", Ns::HttpUpload);
    const XmlElement get = slot.firstChild(u"get", Ns::HttpUpload);
    UploadSlot result;
    result.putUrl = QUrl(put.attribute(u"url"), QUrl::StrictMode);
    result.getUrl = QUrl(get.attribute(u"url"), QUrl::StrictMode);
    if (!isHttps(result.putUrl) || !isHttps(result.getUrl)) {
        return std::nullopt;
    }
    for (const XmlElement& header : put.childElements(u"header", Ns::HttpUpload)) {
        const QString name = header.attribute(u"name");
        const QString value = header.text();
        const bool allowed = name.compare(u"Authorization", Qt::CaseInsensitive) == 0
            || name.compare(u"Cookie", Qt::CaseInsensitive) == 0
            || name.compare(u"Expires", Qt::CaseInsensitive) == 0;
        if (allowed && !value.contains(u'\n') && !value.contains(u'\r')) {
            result.headers.append({name.toLatin1(), value.toUtf8()});
        }
    }
    return result;
}

XmlElement UploadSlot::request(const QString& fileName, qint64 size, const QString& contentType)
{
    XmlElement request(u"request"_s, Ns::HttpUpload);
    request.setAttribute(u"filename"_s, baseName(fileName));
    request.setAttribute(u"size"_s, QString::number(size));
    if (!contentType.isEmpty()) {
        request.setAttribute(u"content-type"_s, contentType);
    }
    return request;
}

QString UploadSlot::baseName(const QString& fileName)
{
    QString name = fileName.section(u'/', -1).section(u'\\', -1);
    QString clean;
    for (const QChar c : std::as_const(name)) {
        // No controls, no direction marks that would show "gpj.exe" as "exe.jpg", nothing a
        // shell or a file system gives meaning to.
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == u':'
            || c == u'*' || c == u'?' || c == u'"' || c == u'<' || c == u'>' || c == u'|') {
            clean += u'_';
        } else {
            clean += c;
        }
    }
    clean = clean.trimmed();
    while (clean.startsWith(u'.') || clean.startsWith(u' ')) {
        clean.remove(0, 1);
    }
    clean = clean.left(200).trimmed();
    // Names Windows keeps for devices, with any extension.
    static const QRegularExpression device(u"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (device.match(clean).hasMatch()) {
        clean.prepend(u'_');
    }
    return clean.isEmpty() ? u"file"_s : clean;
}

} // namespace Palaver::Xmpp
