// HttpUploadModule: finds the server's file upload service (XEP-0363 §4) and its size limit
// at each sign-in, and asks it for slots (§5). The HTTP transfer itself is not the stream's.
#pragma once

#include "../../Module.h"
#include "UploadSlot.h"

#include <functional>

namespace Palaver::Xmpp {

struct DiscoInfo;

class HttpUploadModule : public Module
{
    Q_OBJECT

public:
    explicit HttpUploadModule(QObject* parent = nullptr);

    bool isAvailable() const { return m_service.isValid(); }
    const Jid& service() const { return m_service; }
    // The largest file the service takes, in bytes; 0 when it names no limit.
    qint64 maxFileSize() const { return m_maxFileSize; }

    // The slot, or why there is none (error text from the service, or a local reason), and
    // tooLarge set to the service's limit (or -1 without one) when the file is too large.
    using SlotCallback = std::function<void(const std::optional<UploadSlot>& slot,
        const StanzaError& error, std::optional<qint64> tooLarge)>;
    void requestSlot(const QString& fileName, qint64 size, const QString& contentType,
        QObject* context, SlotCallback callback);

    void attach(Client& client) override;

Q_SIGNALS:
    void availabilityChanged();

private:
    void discover();
    // Whether this entity's answer names it an upload service; takes it if so.
    bool adopt(const Jid& entity, const DiscoInfo& info);

    Jid m_service;
    qint64 m_maxFileSize = 0;
    int m_discovery = 0; // which sign-in the answers belong to
};

} // namespace Palaver::Xmpp
