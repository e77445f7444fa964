// OmemoKeyStore: an account's OMEMO keys and sessions in the profile database, so that they
// outlive the program: read into the account's OmemoStore at start, and every change the store
// reports written behind it, in the order it happened.
#pragma once

#include "Database.h"
#include "xmpp/modules/xep0384_omemo/OmemoStore.h"

#include <QObject>

namespace Palaver::Im {

class OmemoKeyStore : public QObject
{
    Q_OBJECT

public:
    OmemoKeyStore(Database& database, const QString& account, Xmpp::OmemoStore& store,
        QObject* parent = nullptr);

    // Fills the store with what was kept, then follows its changes; done when it is in memory.
    void load(QObject* context, std::function<void()> done);

private:
    void write(Xmpp::OmemoStore::Record record, const QString& name, const QByteArray& value);

    Database& m_database;
    QString m_account;
    Xmpp::OmemoStore& m_store;
};

} // namespace Palaver::Im
