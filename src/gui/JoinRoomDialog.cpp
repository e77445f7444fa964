#include "JoinRoomDialog.h"

#include "im/Account.h"
#include "im/models/AccountsModel.h"
#include "xmpp/core/Jid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

JoinRoomDialog::JoinRoomDialog(Im::AccountsModel& accounts, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_account(new QComboBox)
    , m_room(new QLineEdit)
    , m_nick(new QLineEdit)
    , m_password(new QLineEdit)
    , m_remember(new QCheckBox(tr("&Remember this room (on all your devices)")))
    , m_autojoin(new QCheckBox(tr("Join it &whenever I sign in")))
    , m_error(new QLabel)
{
    setWindowTitle(tr("Join a room"));
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    // Rows made from text get a label that is the field's buddy (for Alt+letter).
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("&Nickname:"), m_nick);
    form->addRow(tr("&Password:"), m_password);
    m_room->setPlaceholderText(tr("An address like room@conference.example.org"));
    m_nick->setPlaceholderText(tr("How others in the room see you"));
    m_password->setPlaceholderText(tr("Only if the room has one"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);
    m_autojoin->setChecked(true);
    form->addRow(m_remember);
    form->addRow(m_autojoin);
    connect(m_remember, &QCheckBox::toggled, m_autojoin, &QCheckBox::setEnabled);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_join = buttons->addButton(tr("&Join"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    m_join->setDefault(true); // only once inside the dialog

    for (int row = 0; row < accounts.rowCount(); ++row) {
        m_account->addItem(accounts.account(row)->jid());
    }
    form->setRowVisible(m_account, accounts.rowCount() > 1);
    suggestNick();

    connect(m_room, &QLineEdit::textChanged, this, &JoinRoomDialog::validate);
    connect(m_nick, &QLineEdit::textChanged, this, &JoinRoomDialog::validate);
    connect(m_nick, &QLineEdit::textEdited, this, [this] { m_nickEdited = true; });
    connect(m_account, &QComboBox::currentIndexChanged, this, &JoinRoomDialog::suggestNick);
    connect(buttons, &QDialogButtonBox::accepted, this, &JoinRoomDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void JoinRoomDialog::setRoom(const QString& account, const QString& room, const QString& password)
{
    m_password->setText(password);
    if (const int index = m_account->findText(account); index >= 0) {
        m_account->setCurrentIndex(index);
    }
    m_room->setText(room);
    m_nick->setFocus();
    m_nick->selectAll();
}

// The account's own name is what most people use in rooms.
void JoinRoomDialog::suggestNick()
{
    if (!m_nickEdited) {
        m_nick->setText(m_account->currentText().section(u'@', 0, 0));
    }
}

void JoinRoomDialog::validate()
{
    const Xmpp::Jid room = Xmpp::Jid::fromString(m_room->text().trimmed());
    const QString nick = m_nick->text().trimmed();
    const bool roomOk = room.isValid() && !room.local().isEmpty() && room.resource().isEmpty();
    const bool nickOk = !nick.isEmpty() && room.withResource(nick).isValid();
    const bool typed = !m_room->text().trimmed().isEmpty();
    if (typed && !roomOk) {
        m_error->setText(tr("A room's address looks like room@conference.example.org."));
    } else if (roomOk && !nick.isEmpty() && !nickOk) {
        m_error->setText(tr("This nickname cannot be used."));
    }
    m_error->setVisible((typed && !roomOk) || (roomOk && !nick.isEmpty() && !nickOk));
    m_join->setEnabled(roomOk && nickOk && m_account->count() > 0);
}

bool JoinRoomDialog::remember() const
{
    return m_remember->isChecked();
}

bool JoinRoomDialog::autojoin() const
{
    return m_remember->isChecked() && m_autojoin->isChecked();
}

void JoinRoomDialog::accept()
{
    if (!m_join->isEnabled()) {
        return;
    }
    const Xmpp::Jid room = Xmpp::Jid::fromString(m_room->text().trimmed());
    Q_EMIT joinRequested(m_account->currentText(), room.bare().toString(), m_nick->text().trimmed(),
        m_password->text());
    QDialog::accept();
}

} // namespace Palaver::Gui
