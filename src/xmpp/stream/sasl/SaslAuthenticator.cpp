#include "SaslAuthenticator.h"

#include "../../core/Namespaces.h"
#include "ChannelBinding.h"
#include "PlainMechanism.h"
#include "SaslSelection.h"
#include "ScramMechanism.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSasl, "palaver.xmpp.sasl")

namespace Palaver::Xmpp {
namespace {
std::optional<QByteArray> decode(const XmlElement& element)
{
    const QString text = element.text().trimmed();
    if (text == u"=") {
        return QByteArray(); // RFC 6120 §6.4.2: "=" is an empty payload
    }
    const auto result
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result) {
        return std::nullopt;
    }
    return *result;
}

XmlElement payloadElement(const QString& name, const QByteArray& payload)
{
    XmlElement element(name, Ns::Sasl);
    element.setText(payload.isEmpty() ? u"="_s : QString::fromLatin1(payload.toBase64()));
    return element;
}
} // namespace

SaslAuthenticator::SaslAuthenticator() = default;
SaslAuthenticator::~SaslAuthenticator() = default;

SaslAuthenticator::Step SaslAuthenticator::start(const XmlElement& features, const Jid& jid,
    const QString& password, const QSslCertificate& serverCertificate, bool encrypted)
{
    QStringList offered;
    for (const XmlElement& mechanism :
        features.firstChild(u"mechanisms", Ns::Sasl).childElements(u"mechanism", Ns::Sasl)) {
        offered.append(mechanism.text().trimmed());
    }
    std::optional<QStringList> bindingTypes;
    const XmlElement cb = features.firstChild(u"sasl-channel-binding", Ns::SaslChannelBinding);
    if (!cb.isNull()) {
        bindingTypes = QStringList();
        for (const XmlElement& type :
            cb.childElements(u"channel-binding", Ns::SaslChannelBinding)) {
            bindingTypes->append(type.attribute(u"type"));
        }
    }
    const std::optional<ChannelBinding> binding
        = encrypted ? tlsServerEndPoint(serverCertificate) : std::nullopt;
    const SaslSelection selection
        = SaslSelection::choose(offered, bindingTypes, binding.has_value(), encrypted);

    using M = SaslSelection::Mechanism;
    const Gs2Flag flag = selection.flag;
    switch (selection.mechanism) {
    case M::None:
        return fail(SaslFailure::Condition::NoUsableMechanism,
            u"the server offers no mechanism we accept: "_s + offered.join(u", "), false);
    case M::ScramSha256Plus:
    case M::ScramSha256:
        m_mechanism = std::make_unique<ScramMechanism>(ScramMechanism::Hash::Sha256, flag,
            binding.value_or(ChannelBinding()), jid.local(), password);
        break;
    case M::ScramSha1Plus:
    case M::ScramSha1:
        m_mechanism = std::make_unique<ScramMechanism>(ScramMechanism::Hash::Sha1, flag,
            binding.value_or(ChannelBinding()), jid.local(), password);
        break;
    case M::Plain:
        m_mechanism = std::make_unique<PlainMechanism>(jid.local(), password);
        break;
    }
    if (auto* scram = dynamic_cast<ScramMechanism*>(m_mechanism.get());
        scram && !scram->isValid()) {
        return fail(SaslFailure::Condition::UnusableCredentials,
            u"the user name or password contains characters SASL does not allow"_s, false);
    }
    qCDebug(lcSasl) << "authenticating with" << m_mechanism->name() << "out of" << offered;
    XmlElement auth = payloadElement(u"auth"_s, m_mechanism->initialResponse());
    auth.setAttribute(u"mechanism"_s, m_mechanism->name());
    return {Step::Kind::Send, auth, {}, {}};
}

SaslAuthenticator::Step SaslAuthenticator::handle(const XmlElement& element)
{
    if (!m_mechanism) {
        return fail(SaslFailure::Condition::Aborted, u"SASL element before <auth/>"_s, false);
    }
    if (element.name() == u"failure") {
        Step step;
        step.kind = Step::Kind::Failed;
        step.failure = SaslFailure::fromElement(element);
        return step;
    }
    const std::optional<QByteArray> payload = decode(element);
    if (!payload) {
        return fail(SaslFailure::Condition::ServerNotVerified,
            u"the server's SASL data is not valid base64"_s, element.name() == u"challenge");
    }
    if (element.name() == u"challenge") {
        if (std::function<QByteArray()> work = m_mechanism->slowWorkFor(*payload)) {
            m_pendingChallenge = *payload;
            Step step;
            step.kind = Step::Kind::Compute;
            step.work = std::move(work);
            return step;
        }
        const std::optional<QByteArray> response = m_mechanism->respond(*payload);
        if (!response) {
            return fail(SaslFailure::Condition::ServerNotVerified,
                u"the server's challenge is invalid"_s, true);
        }
        return {Step::Kind::Send, payloadElement(u"response"_s, *response), {}, {}};
    }
    if (element.name() == u"success") {
        if (!m_mechanism->verifySuccess(*payload)) {
            return fail(SaslFailure::Condition::ServerNotVerified,
                u"the server could not prove that it knows the password"_s, false);
        }
        return {Step::Kind::Succeeded, {}, {}, {}};
    }
    return fail(
        SaslFailure::Condition::Aborted, u"unexpected SASL element "_s + element.name(), true);
}

SaslAuthenticator::Step SaslAuthenticator::resume(const QByteArray& workResult)
{
    const std::optional<QByteArray> response = m_mechanism
        ? m_mechanism->respondWith(std::exchange(m_pendingChallenge, {}), workResult)
        : std::nullopt;
    if (!response) {
        return fail(SaslFailure::Condition::ServerNotVerified,
            u"the server's challenge is invalid"_s, true);
    }
    return {Step::Kind::Send, payloadElement(u"response"_s, *response), {}, {}};
}

QString SaslAuthenticator::mechanismName() const
{
    return m_mechanism ? m_mechanism->name() : QString();
}

SaslAuthenticator::Step SaslAuthenticator::fail(
    SaslFailure::Condition condition, const QString& text, bool abort)
{
    Step step;
    step.kind = Step::Kind::Failed;
    step.failure.condition = condition;
    step.failure.text = text;
    if (abort) {
        step.element = XmlElement(u"abort"_s, Ns::Sasl);
    }
    return step;
}

} // namespace Palaver::Xmpp
