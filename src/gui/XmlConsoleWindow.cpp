#include "XmlConsoleWindow.h"

#include "im/Account.h"
#include "im/models/AccountsModel.h"
#include "ui_XmlConsoleWindow.h"
#include "xmpp/stream/XmlFragment.h"

#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

XmlConsoleWindow::XmlConsoleWindow(Im::AccountsModel& accounts, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::XmlConsoleWindow>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_ui->logView->setFont(mono);
    m_ui->inputEdit->setFont(mono);
    m_ui->logView->setMaximumBlockCount(MaxEntries * 4);
    m_ui->splitter->setSizes({400, 100});
    for (int row = 0; row < accounts.rowCount(); ++row) {
        m_ui->accountCombo->addItem(accounts.account(row)->jid());
    }
    m_ui->accountCombo->setVisible(accounts.rowCount() > 1);
    m_ui->inputEdit->installEventFilter(this);
    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this, &XmlConsoleWindow::follow);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &XmlConsoleWindow::refill);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        m_entries.clear();
        m_ui->logView->clear();
    });
    connect(m_ui->pauseButton, &QPushButton::toggled, this,
        [this](bool paused) { m_ui->pauseButton->setText(paused ? tr("Resume") : tr("Pause")); });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &XmlConsoleWindow::send);
}

XmlConsoleWindow::~XmlConsoleWindow()
{
    setLogging(false);
}

QString XmlConsoleWindow::logText() const
{
    return m_ui->logView->toPlainText();
}

void XmlConsoleWindow::showEvent(QShowEvent* event)
{
    follow(m_ui->accountCombo->currentIndex());
    QWidget::showEvent(event);
}

void XmlConsoleWindow::hideEvent(QHideEvent* event)
{
    // Formatting every stanza costs time: only while someone looks.
    setLogging(false);
    QWidget::hideEvent(event);
}

bool XmlConsoleWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->inputEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void XmlConsoleWindow::setLogging(bool enabled)
{
    Im::Account* account = m_accounts.account(m_followed);
    if (!account) {
        return;
    }
    account->client().setTrafficLogging(enabled);
    if (!enabled) {
        disconnect(&account->client(), &Xmpp::Client::trafficLogged, this, nullptr);
    }
}

void XmlConsoleWindow::follow(int row)
{
    setLogging(false);
    m_followed = row;
    Im::Account* account = m_accounts.account(row);
    if (!account) {
        return;
    }
    setWindowTitle(tr("XML console — %1").arg(account->jid()));
    connect(&account->client(), &Xmpp::Client::trafficLogged, this, &XmlConsoleWindow::record,
        Qt::UniqueConnection);
    account->client().setTrafficLogging(true);
}

void XmlConsoleWindow::record(Xmpp::TrafficDirection direction, const QString& xml)
{
    if (m_ui->pauseButton->isChecked()) {
        return;
    }
    m_entries.append({QDateTime::currentDateTime(), direction, xml});
    if (m_entries.size() > MaxEntries) {
        m_entries.removeFirst();
    }
    append(m_entries.last());
}

void XmlConsoleWindow::append(const Entry& entry)
{
    const QString filter = m_ui->filterEdit->text();
    if (!filter.isEmpty() && !entry.xml.contains(filter, Qt::CaseInsensitive)) {
        return;
    }
    const QString arrow
        = entry.direction == Xmpp::TrafficDirection::Incoming ? tr("received") : tr("sent");
    m_ui->logView->appendPlainText(u"— "_s + entry.time.toString(u"HH:mm:ss.zzz"_s) + u' ' + arrow
        + u'\n' + entry.xml + u'\n');
}

void XmlConsoleWindow::refill()
{
    m_ui->logView->clear();
    for (const Entry& entry : std::as_const(m_entries)) {
        append(entry);
    }
}

void XmlConsoleWindow::send()
{
    Im::Account* account = m_accounts.account(m_followed);
    const QString text = m_ui->inputEdit->toPlainText().trimmed();
    if (!account || text.isEmpty()) {
        return;
    }
    const std::optional<Xmpp::XmlElement> element = Xmpp::parseXmlFragment(text);
    if (!element) {
        m_ui->sendStatusLabel->setText(tr("This is not well-formed XML; nothing was sent."));
        return;
    }
    const QString name = element->name();
    if (name == u"message"_s || name == u"presence"_s || name == u"iq"_s) {
        account->client().send(Xmpp::Stanza(*element));
    } else if (!account->client().sendNonza(*element)) {
        m_ui->sendStatusLabel->setText(tr("Not connected; nothing was sent."));
        return;
    }
    m_ui->sendStatusLabel->setText(account->client().isConnected()
            ? tr("Sent.")
            : tr("Not connected; it will be sent when the account reconnects."));
    m_ui->inputEdit->clear();
}

} // namespace Palaver::Gui
