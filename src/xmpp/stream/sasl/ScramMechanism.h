// ScramMechanism: SCRAM-SHA-1 and SCRAM-SHA-256, with or without -PLUS (RFC 5802, RFC 7677).
#pragma once

#include "ChannelBinding.h"
#include "SaslMechanism.h"

#include <QCryptographicHash>

namespace Palaver::Xmpp {

class ScramMechanism : public SaslMechanism
{
public:
    enum class Hash {
        Sha1,
        Sha256,
    };

    // Iteration counts outside these bounds are refused: too few is weak (RFC 7677 §4), too
    // many would let a hostile server burn the user's CPU.
    static constexpr int MinIterations = 4096;
    static constexpr int MaxIterations = 1000000;

    ScramMechanism(Hash hash, Gs2Flag flag, const ChannelBinding& binding, const QString& username,
        const QString& password);

    // False when the user name or password cannot be prepared (RFC 4013 prohibits them).
    bool isValid() const { return m_valid; }
    // Tests fix the nonce to replay the RFC examples.
    void setClientNonce(const QByteArray& nonce) { m_clientNonce = nonce; }

    QString name() const override;
    QByteArray initialResponse() override;
    std::optional<QByteArray> respond(const QByteArray& challenge) override;
    // The key derivation (PBKDF2, up to MaxIterations rounds) for the server-first message.
    std::function<QByteArray()> slowWorkFor(const QByteArray& challenge) override;
    std::optional<QByteArray> respondWith(
        const QByteArray& challenge, const QByteArray& saltedPassword) override;
    bool verifySuccess(const QByteArray& additionalData) override;

private:
    QByteArray gs2Header() const;
    QByteArray hmac(const QByteArray& key, const QByteArray& message) const;
    bool checkServerFinal(const QByteArray& serverFinal) const;
    struct ServerFirst
    {
        QByteArray nonce;
        QByteArray salt;
        int iterations = 0;
    };
    std::optional<ServerFirst> parseServerFirst(const QByteArray& serverFirst) const;

    QCryptographicHash::Algorithm m_algorithm;
    Hash m_hash;
    Gs2Flag m_flag;
    ChannelBinding m_binding;
    QByteArray m_username;
    QByteArray m_password;
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_expectedServerSignature;
    bool m_serverVerified = false;
    bool m_valid = true;
};

} // namespace Palaver::Xmpp
