#include "HttpUploadModule.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"
#include "../xep0030_disco/DiscoModule.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

HttpUploadModule::HttpUploadModule(QObject* parent)
    : Module(parent)
{ }

void HttpUploadModule::attach(Client& client)
{
    Module::attach(client);
    if (auto* disco = client.findModule<DiscoModule>()) {
        connect(disco, &DiscoModule::serverInfoReceived, this, [this](const DiscoInfo& info) {
            ++m_discovery;
            const bool had = isAvailable();
            m_service = {};
            m_maxFileSize = 0;
            if (!adopt(this->client()->jid().domainJid(), info)) {
                discover();
            }
            if (had != isAvailable()) {
                Q_EMIT availabilityChanged();
            }
        });
    }
}

bool HttpUploadModule::adopt(const Jid& entity, const DiscoInfo& info)
{
    if (!info.hasFeature(Ns::HttpUpload)) {
        return false;
    }
    m_service = entity;
    m_maxFileSize = info.extensionValue(Ns::HttpUpload, u"max-file-size").toLongLong();
    return true;
}

void HttpUploadModule::discover()
{
    // Only services of our own server: one elsewhere could read every file.
    const int discovery = m_discovery;
    client()->findModule<DiscoModule>()->requestOwnServices(
        this, [this, discovery](const Jid& service, const DiscoInfo& info) {
            if (discovery == m_discovery && !isAvailable() && adopt(service, info)) {
                Q_EMIT availabilityChanged();
            }
        });
}

void HttpUploadModule::requestSlot(const QString& fileName, qint64 size, const QString& contentType,
    QObject* context, SlotCallback callback)
{
    if (!isAvailable()) {
        callback(std::nullopt,
            StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::ServiceUnavailable),
            std::nullopt);
        return;
    }
    Iq request(Iq::Type::Get, UploadSlot::request(fileName, size, contentType));
    request.setTo(m_service);
    client()->sendIq(request, context, [callback](const IqResult& result) {
        if (!result.isSuccess()) {
            // §5: <file-too-large> beside the error condition, with the limit if it names one.
            const XmlElement tooLarge = result.response.element()
                                            .firstChild(u"error", Ns::Client)
                                            .firstChild(u"file-too-large", Ns::HttpUpload);
            std::optional<qint64> limit;
            if (!tooLarge.isNull()) {
                bool ok = false;
                const qint64 max
                    = tooLarge.firstChild(u"max-file-size", Ns::HttpUpload).text().toLongLong(&ok);
                limit = ok && max > 0 ? max : -1;
            }
            callback(std::nullopt, result.error, limit);
            return;
        }
        const std::optional<UploadSlot> slot
            = UploadSlot::fromElement(result.response.payload(u"slot", Ns::HttpUpload));
        callback(slot,
            slot
                ? StanzaError()
                : StanzaError(StanzaError::Type::Cancel, StanzaError::Condition::UndefinedCondition,
                    u"the upload service gave no usable slot"_s),
            std::nullopt);
    });
}

} // namespace Palaver::Xmpp
