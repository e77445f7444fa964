#include "CapsStore.h"

#include "xmpp/core/Namespaces.h"
#include "xmpp/stream/XmlFragment.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Palaver::Im {

CapsStore::CapsStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

void CapsStore::load(QObject* context, std::function<void()> done)
{
    using Rows = QList<std::pair<QString, QString>>;
    m_database.read<Rows>(
        [](QSqlDatabase& db) {
            Rows rows;
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.exec(u"SELECT key, info FROM capabilities"_s);
            while (query.next()) {
                rows.append({query.value(0).toString(), query.value(1).toString()});
            }
            return rows;
        },
        context ? context : this,
        [this, done](const Rows& rows) {
            for (const auto& [key, xml] : rows) {
                const std::optional<Xmpp::XmlElement> query = Xmpp::parseXmlFragment(xml);
                if (query && query->is(u"query", Xmpp::Ns::DiscoInfo)) {
                    m_entries.insert(key, Xmpp::DiscoInfo::fromQuery(*query));
                }
            }
            if (done) {
                done();
            }
        });
}

std::optional<Xmpp::DiscoInfo> CapsStore::find(const QString& key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? std::nullopt : std::optional<Xmpp::DiscoInfo>(*it);
}

void CapsStore::store(const QString& key, const Xmpp::DiscoInfo& info)
{
    m_entries.insert(key, info);
    const QString xml = info.toQuery().toXml();
    m_database.write([key, xml](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(u"INSERT OR REPLACE INTO capabilities (key, info) VALUES (?, ?)"_s);
        query.addBindValue(key);
        query.addBindValue(xml);
        query.exec();
    });
}

} // namespace Palaver::Im
