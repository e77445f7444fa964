#include "ScramMechanism.h"

#include "SaslPrep.h"

#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {
namespace {

// RFC 5802 §5.1: "=" and "," in the user name are written as "=3D" and "=2C".
QByteArray escapeUsername(const QString& username)
{
    QByteArray escaped = username.toUtf8();
    escaped.replace("=", "=3D");
    escaped.replace(",", "=2C");
    return escaped;
}

QByteArray xorBytes(const QByteArray& a, const QByteArray& b)
{
    QByteArray result(a.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < a.size(); ++i) {
        result[i] = char(a[i] ^ b[i]);
    }
    return result;
}

// Splits "a=1,b=2" into attributes; a repeated or malformed attribute fails.
bool parseAttributes(const QByteArray& message, QHash<char, QByteArray>& attributes)
{
    for (const QByteArray& part : message.split(',')) {
        if (part.size() < 2 || part[1] != '=' || attributes.contains(part[0])) {
            return false;
        }
        attributes.insert(part[0], part.mid(2));
    }
    return true;
}

QByteArray randomNonce()
{
    // 24 random bytes, base64: printable and free of ','.
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32*>(bytes.data()), bytes.size() / int(sizeof(quint32)));
    return bytes.toBase64();
}

} // namespace

ScramMechanism::ScramMechanism(Hash hash, Gs2Flag flag, const ChannelBinding& binding,
    const QString& username, const QString& password)
    : m_algorithm(hash == Hash::Sha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256)
    , m_hash(hash)
    , m_flag(flag)
    , m_binding(binding)
    , m_clientNonce(randomNonce())
{
    const std::optional<QString> preparedUser = saslPrep(username);
    const std::optional<QString> preparedPassword = saslPrep(password);
    m_valid
        = preparedUser && preparedPassword && (flag != Gs2Flag::Bound || !binding.data.isEmpty());
    if (m_valid) {
        m_username = escapeUsername(*preparedUser);
        m_password = preparedPassword->toUtf8();
    }
}

QString ScramMechanism::name() const
{
    QString name = m_hash == Hash::Sha1 ? u"SCRAM-SHA-1"_s : u"SCRAM-SHA-256"_s;
    if (m_flag == Gs2Flag::Bound) {
        name += u"-PLUS"_s;
    }
    return name;
}

QByteArray ScramMechanism::gs2Header() const
{
    switch (m_flag) {
    case Gs2Flag::NotSupported:
        return "n,,";
    case Gs2Flag::ServerLacksSupport:
        return "y,,";
    case Gs2Flag::Bound:
        return "p=" + m_binding.type.toLatin1() + ",,";
    }
    return "n,,";
}

QByteArray ScramMechanism::initialResponse()
{
    m_clientFirstBare = "n=" + m_username + ",r=" + m_clientNonce;
    return gs2Header() + m_clientFirstBare;
}

QByteArray ScramMechanism::hmac(const QByteArray& key, const QByteArray& message) const
{
    return QMessageAuthenticationCode::hash(message, key, m_algorithm);
}

std::optional<QByteArray> ScramMechanism::respond(const QByteArray& challenge)
{
    if (!m_valid || m_clientFirstBare.isEmpty() || m_serverVerified) {
        return std::nullopt;
    }
    if (!m_expectedServerSignature.isEmpty()) {
        // RFC 6120 §6.3.10: some servers send server-final as a last challenge and answer our
        // empty response with an empty <success/>.
        m_serverVerified = checkServerFinal(challenge);
        return m_serverVerified ? std::optional<QByteArray>(QByteArray()) : std::nullopt;
    }
    const std::function<QByteArray()> derive = slowWorkFor(challenge);
    return derive ? respondWith(challenge, derive()) : std::nullopt;
}

std::optional<ScramMechanism::ServerFirst> ScramMechanism::parseServerFirst(
    const QByteArray& serverFirst) const
{
    QHash<char, QByteArray> attributes;
    if (!parseAttributes(serverFirst, attributes) || attributes.contains('m')) {
        return std::nullopt; // RFC 5802 §5.1: an unknown mandatory extension aborts
    }
    ServerFirst parsed;
    parsed.nonce = attributes.value('r');
    // Strictly: lenient decoding would take garbage for a salt.
    const QByteArray::FromBase64Result salt = QByteArray::fromBase64Encoding(
        attributes.value('s'), QByteArray::AbortOnBase64DecodingErrors);
    parsed.salt = salt ? salt.decoded : QByteArray();
    bool numeric = false;
    parsed.iterations = attributes.value('i').toInt(&numeric);
    // RFC 5802 §7: the nonce is printable ASCII other than ','.
    const bool printable = std::all_of(parsed.nonce.cbegin(), parsed.nonce.cend(),
        [](char c) { return c > 0x20 && c < 0x7F && c != ','; });
    // The server's nonce must extend ours, or this is a replay or a confused server.
    if (parsed.nonce.size() <= m_clientNonce.size() || !parsed.nonce.startsWith(m_clientNonce)
        || !printable || parsed.salt.isEmpty() || !numeric || parsed.iterations < MinIterations
        || parsed.iterations > MaxIterations) {
        return std::nullopt;
    }
    return parsed;
}

std::function<QByteArray()> ScramMechanism::slowWorkFor(const QByteArray& challenge)
{
    if (!m_valid || m_clientFirstBare.isEmpty() || !m_expectedServerSignature.isEmpty()) {
        return {};
    }
    const std::optional<ServerFirst> parsed = parseServerFirst(challenge);
    if (!parsed) {
        return {};
    }
    const int keyLength = m_hash == Hash::Sha1 ? 20 : 32;
    return [algorithm = m_algorithm, password = m_password, salt = parsed->salt,
               iterations = parsed->iterations, keyLength] {
        return QPasswordDigestor::deriveKeyPbkdf2(algorithm, password, salt, iterations, keyLength);
    };
}

std::optional<QByteArray> ScramMechanism::respondWith(
    const QByteArray& challenge, const QByteArray& saltedPassword)
{
    const std::optional<ServerFirst> parsed = parseServerFirst(challenge);
    if (!m_valid || !parsed || saltedPassword.isEmpty() || !m_expectedServerSignature.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray& serverFirst = challenge;
    const QByteArray clientKey = hmac(saltedPassword, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, m_algorithm);
    QByteArray channelData = gs2Header();
    if (m_flag == Gs2Flag::Bound) {
        channelData += m_binding.data;
    }
    const QByteArray clientFinalWithoutProof
        = "c=" + channelData.toBase64() + ",r=" + parsed->nonce;
    const QByteArray authMessage
        = m_clientFirstBare + ',' + serverFirst + ',' + clientFinalWithoutProof;
    const QByteArray clientSignature = hmac(storedKey, authMessage);
    const QByteArray proof = xorBytes(clientKey, clientSignature);
    const QByteArray serverKey = hmac(saltedPassword, "Server Key");
    m_expectedServerSignature = hmac(serverKey, authMessage);
    return clientFinalWithoutProof + ",p=" + proof.toBase64();
}

bool ScramMechanism::verifySuccess(const QByteArray& serverFinal)
{
    if (serverFinal.isEmpty()) {
        return m_serverVerified;
    }
    return checkServerFinal(serverFinal);
}

bool ScramMechanism::checkServerFinal(const QByteArray& serverFinal) const
{
    if (m_expectedServerSignature.isEmpty()) {
        return false; // success before the exchange finished proves nothing
    }
    QHash<char, QByteArray> attributes;
    if (!parseAttributes(serverFinal, attributes) || attributes.contains('e')) {
        return false;
    }
    const QByteArray signature = QByteArray::fromBase64(attributes.value('v'));
    // Compare in constant time: the signature is a secret until it matches.
    if (signature.size() != m_expectedServerSignature.size()) {
        return false;
    }
    char difference = 0;
    for (qsizetype i = 0; i < signature.size(); ++i) {
        difference |= char(signature[i] ^ m_expectedServerSignature[i]);
    }
    return difference == 0;
}

} // namespace Palaver::Xmpp
