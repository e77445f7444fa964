// StreamError: a stream-level error, sent or received (RFC 6120 §4.9).
#pragma once

#include "XmlElement.h"

namespace Palaver::Xmpp {

class StreamError
{
public:
    // RFC 6120 §4.9.3
    enum class Condition {
        BadFormat,
        BadNamespacePrefix,
        Conflict,
        ConnectionTimeout,
        HostGone,
        HostUnknown,
        ImproperAddressing,
        InternalServerError,
        InvalidFrom,
        InvalidNamespace,
        InvalidXml,
        NotAuthorized,
        NotWellFormed,
        PolicyViolation,
        RemoteConnectionFailed,
        Reset,
        ResourceConstraint,
        RestrictedXml,
        SeeOtherHost,
        SystemShutdown,
        UndefinedCondition,
        UnsupportedEncoding,
        UnsupportedFeature,
        UnsupportedStanzaType,
        UnsupportedVersion,
    };

    StreamError() = default;
    explicit StreamError(Condition condition, const QString& text = {});

    // Reads <stream:error/>; an unknown condition reads as undefined-condition.
    static StreamError fromElement(const XmlElement& element);
    XmlElement toElement() const;

    Condition condition() const { return m_condition; }
    const QString& text() const { return m_text; }
    // For see-other-host (RFC 6120 §4.9.3.19): "host", "host:port" or "[v6]:port".
    const QString& otherHost() const { return m_otherHost; }
    void setOtherHost(const QString& host) { m_otherHost = host; }

    static QString conditionName(Condition condition);

private:
    Condition m_condition = Condition::UndefinedCondition;
    QString m_text;
    QString m_otherHost;
};

} // namespace Palaver::Xmpp
