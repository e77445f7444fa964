#include "AccountRegistration.h"

#include "Client.h"
#include "core/Iq.h"
#include "core/Namespaces.h"

using namespace Qt::StringLiterals;

namespace Palaver::Xmpp {

namespace {

// XEP-0077 §14.2: the fields a server may ask for without a data form.
const QStringList legacyFields {u"username"_s, u"nick"_s, u"password"_s, u"name"_s, u"first"_s,
    u"last"_s, u"email"_s, u"address"_s, u"city"_s, u"state"_s, u"zip"_s, u"phone"_s, u"url"_s,
    u"date"_s};

} // namespace

AccountRegistration::AccountRegistration(QObject* parent)
    : QObject(parent)
    , m_client(new Client(this))
{
    // One attempt: a failure goes back to the person, not into a retry loop.
    ReconnectPolicy once;
    once.enabled = false;
    m_client->setReconnectPolicy(once);
    connect(m_client, &Client::sessionStarted, this, &AccountRegistration::requestForm);
    connect(m_client, &Client::errorOccurred, this, [this](const ConnectionError& error) {
        if (!m_done) {
            Q_EMIT failed(error);
        }
    });
}

AccountRegistration::~AccountRegistration()
{
    m_client->disconnectFromServer();
}

void AccountRegistration::start(ConnectionSettings settings)
{
    m_done = false;
    m_domain = settings.jid.domain();
    m_username = settings.jid.local();
    settings.jid = settings.jid.domainJid();
    settings.password.clear();
    settings.registration = true;
    m_client->setSettings(settings);
    m_client->connectToServer();
}

void AccountRegistration::cancel()
{
    m_done = true;
    m_client->disconnectFromServer();
}

void AccountRegistration::requestForm()
{
    Iq request(Iq::Type::Get, XmlElement(u"query"_s, Ns::Register));
    m_client->sendIq(request, this, [this](const IqResult& result) {
        if (!result.isSuccess()) {
            // Stream features promised registration, the form itself is refused.
            Q_EMIT failed(ConnectionError::make(ConnectionError::Kind::RegistrationUnavailable,
                u"the registration form was refused: "_s
                    + StanzaError::conditionName(result.error.condition())));
            cancel();
            return;
        }
        onForm(result.response.payload(u"query", Ns::Register));
    });
}

void AccountRegistration::onForm(const XmlElement& query)
{
    std::optional<DataForm> form = DataForm::fromElement(query.firstChild(u"x", Ns::DataForms));
    m_legacy = !form;
    if (!form) {
        form = formFromLegacyQuery(query);
    } else if (form->instructions.isEmpty()) {
        const QString instructions = query.firstChild(u"instructions", Ns::Register).text();
        if (!instructions.isEmpty()) {
            form->instructions.append(instructions);
        }
    }
    if (DataFormField* username = form->field(u"username");
        username && username->value().isEmpty() && !m_username.isEmpty()) {
        username->values = {m_username};
    }
    Q_EMIT formReceived(*form);
}

DataForm AccountRegistration::formFromLegacyQuery(const XmlElement& query)
{
    DataForm form;
    const QString instructions = query.firstChild(u"instructions", Ns::Register).text();
    if (!instructions.isEmpty()) {
        form.instructions.append(instructions);
    }
    for (const XmlElement& child : query.childElements()) {
        if (child.namespaceUri() != Ns::Register || !legacyFields.contains(child.name())) {
            continue;
        }
        DataFormField field;
        field.var = child.name();
        field.type = field.var == u"password" ? DataFormField::Type::TextPrivate
                                              : DataFormField::Type::TextSingle;
        // Without a form, every field the server lists is one it wants (XEP-0077 §3.1).
        field.required = true;
        if (!child.text().isEmpty()) {
            field.values = {child.text()};
        }
        form.fields.append(field);
    }
    return form;
}

void AccountRegistration::submit(const DataForm& filled)
{
    XmlElement query(u"query"_s, Ns::Register);
    if (m_legacy) {
        for (const DataFormField& field : filled.fields) {
            query.appendTextChild(field.var, Ns::Register, field.value());
        }
    } else {
        query.appendChild(filled.toSubmitElement());
    }
    const DataFormField* username = filled.field(u"username");
    const DataFormField* password = filled.field(u"password");
    const Jid jid = Jid::fromParts(username ? username->value().trimmed() : QString(), m_domain);
    const QString secret = password ? password->value() : QString();
    m_client->sendIq(Iq(Iq::Type::Set, query), this, [this, jid, secret](const IqResult& result) {
        if (!result.isSuccess()) {
            Q_EMIT rejected(result.error);
            return;
        }
        m_done = true;
        m_client->disconnectFromServer();
        Q_EMIT succeeded(jid, secret);
    });
}

} // namespace Palaver::Xmpp
