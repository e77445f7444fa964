// CarbonsModule: message carbons (XEP-0280), so every device of ours sees the whole
// conversation. Enables them on each new session and unwraps the copies, accepting only
// copies from our own account (a forged carbon from anyone else is dropped).
#pragma once

#include "../../Module.h"
#include "../messaging/ReceivedMessage.h"

#include <optional>

namespace Palaver::Xmpp {

class CarbonsModule : public Module
{
    Q_OBJECT

public:
    explicit CarbonsModule(QObject* parent = nullptr);

    bool isEnabled() const { return m_enabled; }

    // What a carbon wrapper holds. Result: not a carbon (nothing to do), a carbon to use,
    // or a forged one to drop.
    enum class Unwrap {
        NotCarbon,
        Carbon,
        Forged
    };
    Unwrap unwrap(const Message& wrapper, ReceivedMessage& result) const;

    // Keeps one message out of carbons and archives (XEP-0280 §7, XEP-0334).
    static void markPrivate(Message& message);

    void attach(Client& client) override;

Q_SIGNALS:
    void enabledChanged(bool enabled);

private:
    void enable();

    bool m_enabled = false;
};

} // namespace Palaver::Xmpp
