#include "InBandStream.h"

#include "../../Client.h"
#include "../../core/Namespaces.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

InBandStream::InBandStream(
    Client& client, const Jid& peer, const QString& sid, int blockSize, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_peer(peer)
    , m_sid(sid)
    , m_blockSize(qBound(1, blockSize, MaxBlockSize))
{ }

XmlElement InBandStream::transport() const
{
    XmlElement transport(u"transport"_s, Ns::JingleIbb);
    transport.setAttribute(u"block-size"_s, QString::number(m_blockSize));
    transport.setAttribute(u"sid"_s, m_sid);
    return transport;
}

void InBandStream::send(QIODevice* source, qint64 size)
{
    m_source = source;
    m_remaining = size;
    XmlElement open(u"open"_s, Ns::Ibb);
    open.setAttribute(u"block-size"_s, QString::number(m_blockSize));
    open.setAttribute(u"sid"_s, m_sid);
    open.setAttribute(u"stanza"_s, u"iq"_s);
    Iq request(Iq::Type::Set, open);
    request.setTo(m_peer);
    m_client.sendIq(request, this, [this](const IqResult& result) {
        if (!result.isSuccess()) {
            Q_EMIT failed();
            return;
        }
        m_open = true;
        Q_EMIT opened();
        sendNextBlock();
    });
}

void InBandStream::stop()
{
    m_open = false;
    m_source = nullptr;
}

void InBandStream::sendNextBlock()
{
    if (!m_open) {
        return;
    }
    if (m_remaining <= 0) {
        XmlElement close(u"close"_s, Ns::Ibb);
        close.setAttribute(u"sid"_s, m_sid);
        Iq request(Iq::Type::Set, close);
        request.setTo(m_peer);
        m_client.send(request);
        m_open = false;
        Q_EMIT closed();
        return;
    }
    const QByteArray block
        = m_source ? m_source->read(qMin<qint64>(m_blockSize, m_remaining)) : QByteArray();
    if (block.isEmpty()) {
        m_open = false;
        Q_EMIT failed(); // the file shrank or went
        return;
    }
    XmlElement data(u"data"_s, Ns::Ibb);
    data.setAttribute(u"seq"_s, QString::number(m_sequence));
    data.setAttribute(u"sid"_s, m_sid);
    data.setText(QString::fromLatin1(block.toBase64()));
    Iq request(Iq::Type::Set, data);
    request.setTo(m_peer);
    m_client.sendIq(request, this, [this, size = block.size()](const IqResult& result) {
        if (!m_open) {
            return;
        }
        if (!result.isSuccess()) {
            m_open = false;
            Q_EMIT failed();
            return;
        }
        ++m_sequence;
        m_remaining -= size;
        Q_EMIT sent(size);
        sendNextBlock();
    });
}

void InBandStream::handle(const Iq& request)
{
    const XmlElement payload = request.payload();
    const auto refuse = [this, &request](StanzaError::Condition condition) {
        m_client.send(request.makeError(StanzaError(StanzaError::Type::Cancel, condition)));
    };
    if (payload.name() == u"open") {
        const int blockSize = payload.attribute(u"block-size").toInt();
        if (m_open || blockSize <= 0 || blockSize > m_blockSize
            || (payload.hasAttribute(u"stanza") && payload.attribute(u"stanza") != u"iq")) {
            refuse(StanzaError::Condition::NotAcceptable);
            return;
        }
        m_blockSize = blockSize;
        m_open = true;
        m_client.send(request.makeResult());
        Q_EMIT opened();
    } else if (payload.name() == u"data") {
        if (!m_open) {
            refuse(StanzaError::Condition::ItemNotFound);
            return;
        }
        bool ok = false;
        const uint sequence = payload.attribute(u"seq").toUInt(&ok);
        const auto block = QByteArray::fromBase64Encoding(
            payload.text().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!ok || sequence != m_sequence || !block || block.decoded.size() > m_blockSize) {
            refuse(StanzaError::Condition::UnexpectedRequest);
            m_open = false;
            Q_EMIT failed();
            return;
        }
        ++m_sequence;
        m_client.send(request.makeResult());
        Q_EMIT received(*block);
    } else if (payload.name() == u"close") {
        m_client.send(request.makeResult());
        m_open = false;
        Q_EMIT closed();
    } else {
        refuse(StanzaError::Condition::BadRequest);
    }
}

} // namespace Palaver::Xmpp
