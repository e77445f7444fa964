// ChatStatesModule: typing notifications (XEP-0085): composing, paused, active, inactive, gone.
#pragma once

#include "../../Module.h"
#include "../../core/Message.h"

#include <optional>

namespace Palaver::Xmpp {

enum class ChatState {
    Active,
    Composing,
    Paused,
    Inactive,
    Gone
};

class ChatStatesModule : public Module
{
    Q_OBJECT

public:
    explicit ChatStatesModule(QObject* parent = nullptr);

    // The user's choice: when off, we neither send states nor announce the feature.
    void setSending(bool enabled) { m_sending = enabled; }
    bool isSending() const { return m_sending; }

    // Sends a standalone state notification in a one-to-one chat.
    void sendState(const Jid& to, ChatState state);

    static std::optional<ChatState> stateOf(const Message& message);
    static XmlElement element(ChatState state);

    QStringList discoFeatures() const override;
    // XEP-0085 §5.4: a message with content says the sender is active.
    void decorateOutgoing(XmlElement& stanza) override;

private:
    bool m_sending = true;
};

} // namespace Palaver::Xmpp
