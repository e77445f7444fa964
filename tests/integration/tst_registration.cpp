// Creating an account in-band (XEP-0077) on a real Prosody: the form, a taken name, a missing
// password, success and signing in with the new account; a server that does not allow it.
#include "ServerTest.h"
#include "localserver/ProsodyServer.h"
#include "xmpp/AccountRegistration.h"
#include "xmpp/Client.h"

#include <QSignalSpy>
#include <QTest>

using namespace Palaver::Xmpp;
using namespace Palaver::Testing;
using namespace Palaver::LocalServer;
using namespace Qt::StringLiterals;

namespace {

ProsodyServer::Options openRegistration()
{
    ProsodyServer::Options options;
    options.allowRegistration = true;
    // A required extra field, so the form is more than the fixed pair.
    options.extraConfig = u"additional_registration_fields = { \"email+\" }"_s;
    return options;
}

} // namespace

class RegistrationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createAccountAndSignIn();
    void closedServerSaysSo();

private:
    // Starts a registration for the address and waits for the form.
    std::optional<DataForm> fetchForm(
        AccountRegistration& registration, const QString& address, LocalXmppServer& server);

    ProsodyServer m_open {openRegistration()};
    ProsodyServer m_closed;
};

void RegistrationTest::initTestCase()
{
    PALAVER_START_SERVER(m_open, (QList<ServerAccount> {{u"taken"_s, u"pw"_s}}));
    PALAVER_START_SERVER(m_closed, QList<ServerAccount> {});
}

std::optional<DataForm> RegistrationTest::fetchForm(
    AccountRegistration& registration, const QString& address, LocalXmppServer& server)
{
    QSignalSpy forms(&registration, &AccountRegistration::formReceived);
    ConnectionSettings settings = server.settingsFor(u"nobody"_s);
    settings.jid = Jid::fromString(address);
    registration.start(settings);
    if (!forms.wait(15000)) {
        return std::nullopt;
    }
    return forms.first().first().value<DataForm>();
}

void RegistrationTest::createAccountAndSignIn()
{
    AccountRegistration registration;
    QSignalSpy rejected(&registration, &AccountRegistration::rejected);
    QSignalSpy succeeded(&registration, &AccountRegistration::succeeded);
    std::optional<DataForm> form = fetchForm(registration, u"newbie@localhost"_s, m_open);
    QVERIFY(form);
    // Prosody sends a data form; the name typed in the address is already filled in.
    QCOMPARE(form->formType(), u"jabber:iq:register"_s);
    QVERIFY(form->field(u"username"));
    QCOMPARE(form->field(u"username")->value(), u"newbie"_s);
    QCOMPARE(form->field(u"password")->type, DataFormField::Type::TextPrivate);
    QVERIFY(form->field(u"email") && form->field(u"email")->required);
    QVERIFY(!form->instructions.isEmpty());
    QCOMPARE(form->missingRequired().size(), 2); // password and email

    // A name that exists already is refused, and the form can be sent again.
    form->field(u"username")->values = {u"taken"_s};
    form->field(u"password")->values = {u"new secret"_s};
    form->field(u"email")->values = {u"newbie@example.org"_s};
    registration.submit(*form);
    QVERIFY(rejected.wait(10000));
    QCOMPARE(rejected.first().first().value<StanzaError>().condition(),
        StanzaError::Condition::Conflict);

    form->field(u"username")->values = {u"newbie"_s};
    registration.submit(*form);
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(succeeded.first().at(0).value<Jid>(), Jid::fromString(u"newbie@localhost"));
    QCOMPARE(succeeded.first().at(1).toString(), u"new secret"_s);
    QVERIFY(waitForState(registration.client(), Client::State::Disconnected));

    // The new account signs in like any other.
    ConnectionSettings settings = m_open.settingsFor(u"newbie"_s);
    settings.password = u"new secret"_s;
    auto client = makeTestClient(settings);
    client->connectToServer();
    QVERIFY(waitForState(*client, Client::State::Connected));
}

void RegistrationTest::closedServerSaysSo()
{
    AccountRegistration registration;
    QSignalSpy failed(&registration, &AccountRegistration::failed);
    QSignalSpy forms(&registration, &AccountRegistration::formReceived);
    ConnectionSettings settings = m_closed.settingsFor(u"nobody"_s);
    settings.jid = Jid::fromString(u"localhost");
    registration.start(settings);
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().first().value<ConnectionError>().kind,
        ConnectionError::Kind::RegistrationUnavailable);
    QVERIFY(forms.isEmpty());
    QVERIFY(waitForState(registration.client(), Client::State::Disconnected));
}

QTEST_GUILESS_MAIN(RegistrationTest)
#include "tst_registration.moc"
