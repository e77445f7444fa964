#include "OmemoDevicesDialog.h"

#include "EncryptionText.h"
#include "QrCode.h"
#include "im/services/OmemoService.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>

using namespace Qt::StringLiterals;
using Trust = Palaver::Xmpp::OmemoStore::Trust;

namespace Palaver::Gui {
namespace {
QLabel* fingerprintLabel(const QString& fingerprint, QWidget* parent)
{
    auto* label = new QLabel(fingerprint, parent);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setObjectName(u"fingerprintLabel"_s);
    return label;
}

void clear(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->deleteLater();
        }
        delete item;
    }
}
} // namespace

OmemoDevicesDialog::OmemoDevicesDialog(
    Im::OmemoService& omemo, const Xmpp::Jid& contact, QWidget* parent)
    : QDialog(parent)
    , m_omemo(omemo)
    , m_contact(contact.bare())
{
    setObjectName(u"omemoDevicesDialog"_s);
    setWindowTitle(tr("Encryption with %1").arg(m_contact.toString()));
    auto* layout = new QVBoxLayout(this);

    auto* own = new QGroupBox(tr("This device"), this);
    auto* ownLayout = new QHBoxLayout(own);
    auto* ownText = new QVBoxLayout;
    ownText->addWidget(fingerprintLabel(omemo.ownFingerprint(), own));
    auto* explanation = new QLabel(tr("Compare this fingerprint with the one the other side "
                                      "sees for this device, or let them scan the code."),
        own);
    explanation->setWordWrap(true);
    ownText->addWidget(explanation);
    ownText->addStretch();
    ownLayout->addLayout(ownText, 1);
    const QString hex = omemo.ownFingerprint().remove(u' ');
    // As Conversations and Dino read it: the account, the device and its fingerprint.
    const QImage code = QrCode::image(u"xmpp:"_s + omemo.ownAccount().toString() + u"?omemo-sid-"_s
        + QString::number(omemo.ownDeviceId()) + u'=' + hex);
    auto* qr = new QLabel(own);
    qr->setObjectName(u"qrCode"_s);
    qr->setPixmap(QPixmap::fromImage(code));
    qr->setAccessibleName(tr("QR code of this device's fingerprint"));
    ownLayout->addWidget(qr, 0, Qt::AlignTop);
    layout->addWidget(own);

    auto* contactBox = new QGroupBox(tr("Devices of %1").arg(m_contact.toString()), this);
    m_contactDevices = new QVBoxLayout(contactBox);
    layout->addWidget(contactBox);
    auto* ownBox = new QGroupBox(tr("Your other devices"), this);
    m_ownDevices = new QVBoxLayout(ownBox);
    layout->addWidget(ownBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_self = omemo.ownAccount();
    connect(&omemo, &Im::OmemoService::devicesChanged, this, [this](const Xmpp::Jid& owner) {
        if (owner == m_contact || owner == m_self) {
            rebuild();
        }
    });
    rebuild();
    omemo.fetchFingerprints(m_contact);
    resize(560, sizeHint().height());
}

void OmemoDevicesDialog::rebuild()
{
    fillDevices(m_contactDevices, m_contact);
    fillDevices(m_ownDevices, m_self);
}

void OmemoDevicesDialog::fillDevices(QVBoxLayout* layout, const Xmpp::Jid& owner)
{
    clear(layout);
    const QList<Im::OmemoService::Device> devices = m_omemo.devices(owner);
    if (devices.isEmpty()) {
        auto* none = new QLabel(owner == m_self
                ? tr("No other device of yours uses encryption.")
                : tr("No device of this contact has announced encryption (OMEMO)."));
        none->setWordWrap(true);
        layout->addWidget(none);
        return;
    }
    for (const Im::OmemoService::Device& device : devices) {
        auto* row = new QWidget;
        row->setObjectName(u"device-"_s + QString::number(device.id));
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 2, 0, 2);
        auto* text = new QVBoxLayout;
        text->addWidget(fingerprintLabel(device.fingerprint.isEmpty()
                ? tr("Key not known yet: it is fetched when a session starts.")
                : device.fingerprint,
            row));
        QString state = EncryptionText::trust(device.trust, device.trusted);
        if (!device.listed) {
            state += u" · "_s + tr("no longer announced");
        }
        auto* stateLabel = new QLabel(state, row);
        stateLabel->setObjectName(u"trustLabel"_s);
        text->addWidget(stateLabel);
        rowLayout->addLayout(text, 1);
        const auto action
            = [&](const QString& name, const QString& label, const QString& tip, auto&& apply) {
                  auto* button = new QPushButton(label, row);
                  button->setObjectName(name);
                  button->setToolTip(tip);
                  connect(button, &QPushButton::clicked, this, apply);
                  rowLayout->addWidget(button, 0, Qt::AlignTop);
                  return button;
              };
        const quint32 id = device.id;
        if (device.trust != Trust::Verified && !device.fingerprint.isEmpty()) {
            action(u"verifyButton"_s, tr("Verify"),
                tr("After comparing this fingerprint with the one the device shows: from then "
                   "on, new devices must be verified too."),
                [this, owner, id] { m_omemo.setTrust(owner, id, Trust::Verified); });
        }
        if (device.trust != Trust::Distrusted) {
            action(u"distrustButton"_s, tr("Distrust"),
                tr("Messages are no longer encrypted for this device, and its messages are "
                   "marked."),
                [this, owner, id] { m_omemo.setTrust(owner, id, Trust::Distrusted); });
        }
        action(u"removeButton"_s, tr("Forget"),
            tr("Forgets this device's key and your decision; if it is still in use, it comes "
               "back as a new device."),
            [this, owner, id] { m_omemo.removeDevice(owner, id); });
        layout->addWidget(row);
    }
}

} // namespace Palaver::Gui
