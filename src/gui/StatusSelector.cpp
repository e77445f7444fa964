#include "StatusSelector.h"

#include "PresenceStyle.h"
#include "ui_StatusSelector.h"

#include <QLineEdit>

namespace Palaver::Gui {

StatusSelector::StatusSelector(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StatusSelector>())
{
    m_ui->setupUi(this);
    for (const int show : PresenceStyle::choices()) {
        m_ui->showCombo->addItem(PresenceStyle::icon(show), PresenceStyle::name(show), show);
    }
    m_ui->messageCombo->lineEdit()->setPlaceholderText(tr("Set a status message"));
    m_ui->messageCombo->lineEdit()->setClearButtonEnabled(true);
    m_ui->messageCombo->lineEdit()->setMaxLength(500);
    setStatus(PresenceStyle::Offline, {});

    connect(m_ui->showCombo, &QComboBox::activated, this, &StatusSelector::choose);
    connect(
        m_ui->messageCombo->lineEdit(), &QLineEdit::returnPressed, this, &StatusSelector::choose);
    connect(m_ui->messageCombo, &QComboBox::activated, this, &StatusSelector::choose);
}

StatusSelector::~StatusSelector() = default;

int StatusSelector::chosenShow() const
{
    return m_ui->showCombo->currentData().toInt();
}

QString StatusSelector::message() const
{
    return m_ui->messageCombo->currentText().trimmed();
}

void StatusSelector::setStatus(int show, const QString& message)
{
    m_updating = true;
    m_ui->showCombo->setCurrentIndex(qMax(0, m_ui->showCombo->findData(show)));
    m_ui->messageCombo->setEditText(message);
    m_ui->messageCombo->setEnabled(show != PresenceStyle::Offline);
    m_announced = {show, message};
    m_updating = false;
    setConnecting(m_connecting);
}

void StatusSelector::setRecentMessages(const QStringList& messages)
{
    m_recent = messages.mid(0, MaxRecentMessages);
    fillRecent();
}

void StatusSelector::setConnecting(bool connecting)
{
    m_connecting = connecting;
    const int row = m_ui->showCombo->currentIndex();
    const int current = chosenShow();
    m_ui->showCombo->setItemIcon(
        row, connecting ? PresenceStyle::connectingIcon() : PresenceStyle::icon(current));
    m_ui->showCombo->setToolTip(connecting ? tr("Connecting…") : tr("Your status"));
}

void StatusSelector::choose()
{
    if (m_updating) {
        return;
    }
    const int chosen = chosenShow();
    const QString text = message();
    // Enter in the field can arrive twice (the field, then the list): announce once.
    if (m_announced && m_announced->first == chosen && m_announced->second == text) {
        return;
    }
    m_announced = {chosen, text};
    m_ui->messageCombo->setEnabled(chosen != PresenceStyle::Offline);
    if (!text.isEmpty()) {
        remember(text);
    }
    for (int row = 0; row < m_ui->showCombo->count(); ++row) {
        m_ui->showCombo->setItemIcon(
            row, PresenceStyle::icon(m_ui->showCombo->itemData(row).toInt()));
    }
    Q_EMIT statusChosen(chosen, text);
}

void StatusSelector::remember(const QString& message)
{
    QStringList recent = m_recent;
    recent.removeAll(message);
    recent.prepend(message);
    recent = recent.mid(0, MaxRecentMessages);
    if (recent == m_recent) {
        return;
    }
    m_recent = recent;
    fillRecent();
    Q_EMIT recentMessagesChanged(m_recent);
}

void StatusSelector::fillRecent()
{
    const QString text = m_ui->messageCombo->currentText();
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_ui->messageCombo->clear();
    m_ui->messageCombo->addItems(m_recent);
    m_ui->messageCombo->setEditText(text);
    m_updating = wasUpdating;
}

} // namespace Palaver::Gui
