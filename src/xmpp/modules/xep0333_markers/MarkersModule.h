// MarkersModule: chat markers (XEP-0333): our messages are markable, and we say when we have
// displayed theirs, unless the user keeps read markers to themselves.
#pragma once

#include "../../Module.h"
#include "../../core/Message.h"

namespace Palaver::Xmpp {

class MarkersModule : public Module
{
    Q_OBJECT

public:
    explicit MarkersModule(QObject* parent = nullptr);

    void setSending(bool enabled) { m_sending = enabled; }
    bool isSending() const { return m_sending; }

    // Everything up to and including this message was displayed.
    void sendDisplayed(const Jid& to, const QString& messageId, Message::Type type);

    static bool isMarkable(const Message& message);
    // The id a "displayed" marker points at; empty for other messages.
    static QString displayedId(const Message& message);

    QStringList discoFeatures() const override;
    void decorateOutgoing(XmlElement& stanza) override;

private:
    bool m_sending = true;
};

} // namespace Palaver::Xmpp
