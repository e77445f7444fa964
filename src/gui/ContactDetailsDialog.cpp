#include "ContactDetailsDialog.h"

#include "AvatarRenderer.h"
#include "Heading.h"
#include "PresenceStyle.h"
#include "RemoteText.h"
#include "im/Account.h"
#include "im/services/PresenceService.h"
#include "im/services/RosterService.h"
#include "ui_ContactDetailsDialog.h"
#include "xmpp/modules/xep0054_vcard/VCardModule.h"
#include "xmpp/modules/xep0092_version/VersionModule.h"
#include "xmpp/modules/xep0115_caps/CapsModule.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

namespace {

constexpr int AvatarSize = 64;
// Remote profile text is shown in a form; a novel in the "about" field is cut short.
constexpr int MaxFieldLength = 2000;

} // namespace

ContactDetailsDialog::ContactDetailsDialog(
    Im::Account& account, const Xmpp::Jid& contact, const QString& avatarPath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactDetailsDialog>())
    , m_account(account)
    , m_contact(contact.bare())
    , m_avatarPath(avatarPath)
{
    m_ui->setupUi(this);
    Heading::apply(m_ui->nameLabel, 1.3);
    m_ui->devicesTree->header()->setStretchLastSection(true);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttons->button(QDialogButtonBox::Close)->setDefault(true);

    connect(&account.roster(), &Im::RosterService::itemChanged, this, [this](const Xmpp::Jid& jid) {
        if (jid == m_contact) {
            showIdentity();
        }
    });
    connect(&account.presence(), &Im::PresenceService::presencesChanged, this,
        [this](const QList<Xmpp::Jid>& contacts) {
            if (contacts.contains(m_contact)) {
                updateDevices();
            }
        });
    if (auto* caps = account.client().findModule<Xmpp::CapsModule>()) {
        connect(
            caps, &Xmpp::CapsModule::capabilitiesChanged, this, [this](const Xmpp::Jid& resource) {
                if (resource.bare() == m_contact) {
                    updateDevices();
                }
            });
    }
    showIdentity();
    updateDevices();
    loadProfile();
}

ContactDetailsDialog::~ContactDetailsDialog() = default;

QString ContactDetailsDialog::accountJid() const
{
    return m_account.jid();
}

QString ContactDetailsDialog::displayName() const
{
    const auto item = m_account.roster().item(m_contact);
    if (item && !item->name.isEmpty()) {
        return RemoteText::name(item->name);
    }
    return m_profileName.isEmpty() ? m_contact.toString() : RemoteText::name(m_profileName);
}

void ContactDetailsDialog::showIdentity()
{
    const QString name = displayName();
    setWindowTitle(tr("%1 — Details").arg(name));
    m_ui->nameLabel->setText(name);
    m_ui->addressLabel->setText(m_contact.toString());
    m_ui->subscriptionLabel->setText(subscriptionText());
    AvatarRenderer renderer(1);
    m_ui->avatarLabel->setPixmap(
        renderer.avatar(m_contact.toString(), name, m_avatarPath, AvatarSize, devicePixelRatioF()));
    m_ui->avatarLabel->setAccessibleName(tr("Picture of %1").arg(name));
}

QString ContactDetailsDialog::subscriptionText() const
{
    const auto item = m_account.roster().item(m_contact);
    if (!item) {
        return tr("Not in your contacts.");
    }
    if (item->theyShareWithUs() && item->weShareWithThem()) {
        return tr("You see each other's status.");
    }
    if (item->theyShareWithUs()) {
        return tr("You see their status; they do not see yours.");
    }
    if (item->weShareWithThem()) {
        return item->askSubscribe ? tr("They see your status; you asked to see theirs.")
                                  : tr("They see your status; you do not see theirs.");
    }
    return item->askSubscribe ? tr("You asked to see their status; no answer yet.")
                              : tr("You do not share your status with each other.");
}

void ContactDetailsDialog::loadProfile()
{
    if (!m_account.client().isConnected()) {
        m_ui->profileStatusLabel->setText(tr("Sign in to see the profile."));
        return;
    }
    m_ui->profileStatusLabel->setText(tr("Loading the profile…"));
    m_account.vcards().request(m_contact, this,
        [this](const std::optional<Xmpp::VCard>& card, const Xmpp::XmlElement&,
            const Xmpp::StanzaError& error) {
            if (card) {
                showProfile(*card);
            } else if (error.condition() == Xmpp::StanzaError::Condition::ItemNotFound
                || error.condition() == Xmpp::StanzaError::Condition::ServiceUnavailable) {
                m_ui->profileStatusLabel->setText(
                    tr("%1 has not published a profile.").arg(displayName()));
            } else {
                m_ui->profileStatusLabel->setText(
                    tr("The profile could not be loaded. Try again later."));
            }
            Q_EMIT profileAnswered();
        });
}

void ContactDetailsDialog::showProfile(const Xmpp::VCard& card)
{
    QString name = card.fullName;
    if (name.isEmpty()) {
        name = QStringList {card.givenName, card.familyName}.join(u' ').trimmed();
    }
    m_profileName = name.isEmpty() ? card.nickname : name;
    addField(tr("Name:"), name);
    addField(tr("Nickname:"), card.nickname);
    addField(tr("Email:"), card.emails.join(u'\n'));
    addField(tr("Phone:"), card.phones.join(u'\n'));
    addField(tr("Website:"), card.url);
    addField(tr("Organisation:"), card.organisation);
    addField(tr("Birthday:"), card.birthday);
    addField(tr("About:"), card.description);
    if (m_ui->profileForm->rowCount() == 0) {
        m_ui->profileStatusLabel->setText(tr("The profile is empty."));
    } else {
        m_ui->profileStatusLabel->hide();
    }
    showIdentity();
}

void ContactDetailsDialog::addField(const QString& label, const QString& value)
{
    const QString text = value.trimmed().left(MaxFieldLength);
    if (text.isEmpty()) {
        return;
    }
    auto* field = new QLabel(text);
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setAccessibleName(label);
    auto* caption = new QLabel(label);
    caption->setBuddy(field);
    m_ui->profileForm->addRow(caption, field);
}

QList<QPair<QString, QString>> ContactDetailsDialog::profileFields() const
{
    QList<QPair<QString, QString>> fields;
    for (int row = 0; row < m_ui->profileForm->rowCount(); ++row) {
        const auto* label = qobject_cast<QLabel*>(
            m_ui->profileForm->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto* value = qobject_cast<QLabel*>(
            m_ui->profileForm->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value) {
            fields.append({label->text(), value->text()});
        }
    }
    return fields;
}

void ContactDetailsDialog::updateDevices()
{
    const QList<Xmpp::ContactPresence> resources = m_account.presence().resources(m_contact);
    m_ui->devicesTree->clear();
    auto* caps = m_account.client().findModule<Xmpp::CapsModule>();
    for (const Xmpp::ContactPresence& resource : resources) {
        const int show = resource.available ? int(resource.show) : PresenceStyle::Offline;
        auto* row = new QTreeWidgetItem(m_ui->devicesTree);
        row->setText(0,
            resource.jid.resource().isEmpty() ? tr("(unnamed)")
                                              : RemoteText::name(resource.jid.resource()));
        row->setIcon(1, PresenceStyle::icon(show));
        row->setText(1,
            resource.status.isEmpty() ? PresenceStyle::name(show)
                                      : tr("%1 — %2").arg(PresenceStyle::name(show),
                                          RemoteText::line(resource.status, 200)));
        QString software = m_software.value(resource.jid);
        if (software.isEmpty() && caps) {
            if (const auto info = caps->capabilities(resource.jid)) {
                for (const Xmpp::DiscoIdentity& identity : info->identities) {
                    if (identity.category == u"client" && !identity.name.isEmpty()) {
                        software = identity.name.simplified().left(100);
                        break;
                    }
                }
            }
        }
        row->setText(2, software.isEmpty() ? tr("Asking…") : RemoteText::name(software, 100));
        row->setToolTip(2, RemoteText::asRichText(row->text(2)));
        askSoftware(resource.jid);
    }
    m_ui->devicesStatusLabel->setText(resources.isEmpty()
            ? tr("%1 is not signed in anywhere you can see.").arg(displayName())
            : tr("Signed in on:"));
    m_ui->devicesTree->setVisible(!resources.isEmpty());
    m_ui->devicesTree->resizeColumnToContents(0);
    m_ui->devicesTree->resizeColumnToContents(1);
}

void ContactDetailsDialog::askSoftware(const Xmpp::Jid& resource)
{
    if (m_asked.contains(resource) || !resource.isFull() || !m_account.client().isConnected()) {
        return;
    }
    m_asked.insert(resource);
    m_account.version().query(resource, this,
        [this, resource](
            const std::optional<Xmpp::SoftwareVersion>& version, const Xmpp::StanzaError&) {
            if (!version) {
                m_software.insert(resource, tr("Unknown"));
            } else {
                QString text = version->version.isEmpty()
                    ? version->name
                    : tr("%1 %2").arg(version->name, version->version);
                if (!version->os.isEmpty()) {
                    text = tr("%1 on %2").arg(text, version->os);
                }
                m_software.insert(resource, text);
            }
            updateDevices();
        });
}

} // namespace Palaver::Gui
