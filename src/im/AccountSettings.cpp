#include "AccountSettings.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Palaver::Im {

Xmpp::ConnectionSettings AccountSettings::connectionSettings(const QString& password) const
{
    Xmpp::ConnectionSettings settings;
    settings.jid = resource.isEmpty() ? jid.bare() : jid.bare().withResource(resource);
    settings.password = password;
    settings.host = host;
    settings.port = port;
    settings.directTls = directTls;
    settings.pinnedCertificate = pinnedCertificate;
    settings.proxy = parseProxy(proxy).value_or(QNetworkProxy(QNetworkProxy::DefaultProxy));
    return settings;
}

QString AccountSettings::proxyWithoutPassword(const QString& proxy)
{
    const QUrl url(proxy.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.password().isEmpty()
        ? url.toString(QUrl::RemovePassword | QUrl::FullyEncoded)
        : proxy;
}

QString AccountSettings::proxyPassword(const QString& proxy)
{
    const QUrl url(proxy.trimmed(), QUrl::StrictMode);
    return url.isValid() ? url.password() : QString();
}

QString AccountSettings::proxyWithPassword(const QString& proxy, const QString& password)
{
    QUrl url(proxy.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.userName().isEmpty() || password.isEmpty()) {
        return proxy;
    }
    url.setPassword(password);
    return url.toString(QUrl::FullyEncoded);
}

std::optional<QNetworkProxy> AccountSettings::parseProxy(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0) {
        return std::nullopt;
    }
    if (scheme == u"socks5"_s) {
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, url.host(), quint16(url.port()),
            url.userName(), url.password());
    }
    if (scheme == u"http"_s) {
        return QNetworkProxy(QNetworkProxy::HttpProxy, url.host(), quint16(url.port()),
            url.userName(), url.password());
    }
    return std::nullopt;
}

} // namespace Palaver::Im
