#include "PasswordStore.h"

#include "Profile.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Palaver::Im {
namespace {
PasswordStore::Result resultOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return PasswordStore::Result::Ok;
    case QKeychain::EntryNotFound:
        return PasswordStore::Result::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // QtKeychain reports an unreachable service (no D-Bus session, say) as "other": for the
    // user it is the same, there is no keychain to use.
    case QKeychain::OtherError:
        return PasswordStore::Result::KeychainUnavailable;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return PasswordStore::Result::Denied;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return PasswordStore::Result::Failed;
}

QString keyFor(const Xmpp::Jid& account, PasswordStore::Secret secret)
{
    const QString jid = account.bare().toString();
    return secret == PasswordStore::Secret::Proxy ? u"proxy:"_s + jid : jid;
}
} // namespace

PasswordStore::PasswordStore(Profile& profile, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
{ }

QString PasswordStore::serviceName()
{
    return u"Palaver"_s;
}

void PasswordStore::read(const Xmpp::Jid& account, QObject* context,
    std::function<void(Result, const QString&)> done, Secret secret)
{
    const std::optional<AccountSettings> settings = m_profile.account(account);
    if (settings && settings->passwordInProfile) {
        const QString password = m_profile.storedPassword(account, secret);
        done(password.isEmpty() ? Result::NotFound : Result::Ok, password);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(keyFor(account, secret));
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, done] {
        m_lastError = job->errorString();
        if (guard) {
            done(resultOf(job->error()), job->textData());
        }
        job->deleteLater();
    });
    job->start();
}

void PasswordStore::write(const Xmpp::Jid& account, const QString& password, QObject* context,
    std::function<void(Result)> done, Secret secret)
{
    const std::optional<AccountSettings> settings = m_profile.account(account);
    if (settings && settings->passwordInProfile) {
        m_profile.setStoredPassword(account, password, secret);
        done(Result::Ok);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(keyFor(account, secret));
    job->setTextData(password);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, done] {
        m_lastError = job->errorString();
        if (guard) {
            done(resultOf(job->error()));
        }
        job->deleteLater();
    });
    job->start();
}

void PasswordStore::remove(const Xmpp::Jid& account)
{
    for (const Secret secret : {Secret::Account, Secret::Proxy}) {
        m_profile.setStoredPassword(account, {}, secret);
        auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
        job->setKey(keyFor(account, secret));
        connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
        job->start();
    }
}

} // namespace Palaver::Im
