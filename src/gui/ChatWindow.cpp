#include "ChatWindow.h"

#include "ConversationWidget.h"
#include "RemoteText.h"
#include "RoomWidget.h"
#include "im/Account.h"
#include "im/models/ConversationsModel.h"
#include "ui_ChatWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QShortcut>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

ChatWindow::ChatWindow(Im::ConversationsModel& conversations, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChatWindow>())
    , m_conversations(conversations)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_ui->tabs, &QTabWidget::tabCloseRequested, this, &ChatWindow::closeTab);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &ChatWindow::onCurrentChanged);
    connect(&m_conversations, &Im::ConversationsModel::unreadCountChanged, this,
        [this](const QString& account, const QString& peer, int) {
            if (ChatTab* found = tab(account, Xmpp::Jid::fromString(peer))) {
                updateTab(found);
            }
        });
    auto* closeShortcut = new QShortcut(QKeySequence::Close, this);
    connect(closeShortcut, &QShortcut::activated, this,
        [this] { closeTab(m_ui->tabs->currentIndex()); });
    auto* next = new QShortcut(QKeySequence::NextChild, this);
    connect(next, &QShortcut::activated, this, [this] {
        m_ui->tabs->setCurrentIndex((m_ui->tabs->currentIndex() + 1) % qMax(1, count()));
    });
    auto* previous = new QShortcut(QKeySequence::PreviousChild, this);
    connect(previous, &QShortcut::activated, this, [this] {
        m_ui->tabs->setCurrentIndex((m_ui->tabs->currentIndex() + count() - 1) % qMax(1, count()));
    });
}

ChatWindow::~ChatWindow() = default;

int ChatWindow::count() const
{
    return m_ui->tabs->count();
}

QList<ChatTab*> ChatWindow::tabs() const
{
    QList<ChatTab*> found;
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        if (auto* widget = qobject_cast<ChatTab*>(m_ui->tabs->widget(i))) {
            found << widget;
        }
    }
    return found;
}

ChatTab* ChatWindow::current() const
{
    return qobject_cast<ChatTab*>(m_ui->tabs->currentWidget());
}

ChatTab* ChatWindow::tab(const QString& account, const Xmpp::Jid& peer) const
{
    for (ChatTab* widget : tabs()) {
        if (widget->account().jid() == account && widget->peer() == peer) {
            return widget;
        }
    }
    return nullptr;
}

ConversationWidget* ChatWindow::open(Im::Account& account, const Xmpp::Jid& peer, bool makeCurrent)
{
    auto* widget = qobject_cast<ConversationWidget*>(tab(account.jid(), peer));
    if (!widget) {
        widget = new ConversationWidget(account, peer, this);
        addTab(widget);
        Q_EMIT conversationOpened(widget);
    }
    showTab(widget, makeCurrent);
    return widget;
}

RoomWidget* ChatWindow::openRoom(Im::Account& account, const Xmpp::Jid& room, bool makeCurrent)
{
    auto* widget = qobject_cast<RoomWidget*>(tab(account.jid(), room));
    if (!widget) {
        widget = new RoomWidget(account, room, this);
        addTab(widget);
        Q_EMIT roomOpened(widget);
    }
    showTab(widget, makeCurrent);
    return widget;
}

void ChatWindow::showTab(ChatTab* widget, bool makeCurrent)
{
    if (makeCurrent) {
        m_ui->tabs->setCurrentWidget(widget);
        widget->focusInput();
    }
}

void ChatWindow::addTab(ChatTab* widget)
{
    widget->setParent(this);
    m_ui->tabs->addTab(widget, QString());
    m_ui->tabs->tabBar()->setVisible(!m_single);
    connect(widget, &ChatTab::titleChanged, this, [this, widget] { updateTab(widget); });
    connect(widget, &ChatTab::incomingMessage, this, [this, widget] { onIncoming(widget); });
    connect(widget, &ChatTab::chatRequested, this,
        [this, widget](const Xmpp::Jid& peer) { Q_EMIT chatRequested(&widget->account(), peer); });
    updateTab(widget);
}

void ChatWindow::closeAccount(const QString& account)
{
    for (int i = m_ui->tabs->count() - 1; i >= 0; --i) {
        auto* widget = qobject_cast<ChatTab*>(m_ui->tabs->widget(i));
        if (widget && widget->account().jid() == account) {
            closeTab(i);
        }
    }
}

void ChatWindow::take(ChatTab* widget)
{
    const int index = m_ui->tabs->indexOf(widget);
    if (index < 0) {
        return;
    }
    disconnect(widget, nullptr, this, nullptr);
    m_ui->tabs->removeTab(index);
    widget->setParent(nullptr);
    if (m_ui->tabs->count() == 0) {
        hide();
        Q_EMIT empty();
    }
}

void ChatWindow::close(ChatTab* widget)
{
    if (const int index = m_ui->tabs->indexOf(widget); index >= 0) {
        closeTab(index);
    }
}

void ChatWindow::setSingleConversation(bool single)
{
    m_single = single;
    m_ui->tabs->tabBar()->setVisible(!single);
}

void ChatWindow::closeTab(int index)
{
    QWidget* widget = m_ui->tabs->widget(index);
    if (!widget) {
        return;
    }
    m_ui->tabs->removeTab(index);
    if (auto* closed = qobject_cast<ChatTab*>(widget)) {
        closed->closing();
    }
    widget->deleteLater();
    if (m_ui->tabs->count() == 0) {
        m_conversations.setActiveConversation({}, {});
        hide();
        Q_EMIT empty();
    }
}

void ChatWindow::updateTab(ChatTab* widget)
{
    const int index = m_ui->tabs->indexOf(widget);
    if (index < 0) {
        return;
    }
    const int unread
        = m_conversations.unreadCount(widget->account().jid(), widget->peer().toString());
    const QString title = widget->title();
    // A remote "&" would make a keyboard shortcut of the next letter.
    QString tabText = unread > 0 ? tr("%1 (%2)").arg(title).arg(unread) : title;
    m_ui->tabs->setTabText(index, tabText.replace(u'&', u"&&"_s));
    m_ui->tabs->setTabIcon(index, widget->icon());
    m_ui->tabs->setTabToolTip(
        index, RemoteText::asRichText(RemoteText::name(widget->peer().toString())));
    if (widget == current()) {
        updateTitle();
    }
}

void ChatWindow::updateTitle()
{
    ChatTab* widget = current();
    setWindowTitle(widget ? widget->title() : tr("Conversations"));
}

// The conversation in front, in an active window, is being read.
void ChatWindow::onCurrentChanged()
{
    ChatTab* widget = current();
    updateTitle();
    if (!widget || !isActiveWindow()) {
        return;
    }
    m_conversations.setActiveConversation(widget->account().jid(), widget->peer().toString());
    m_conversations.markRead(widget->account().jid(), widget->peer().toString());
    widget->markRead();
    widget->focusInput();
}

void ChatWindow::onIncoming(ChatTab* widget)
{
    if (widget == current() && isActiveWindow()) {
        widget->markRead();
        m_conversations.markRead(widget->account().jid(), widget->peer().toString());
    }
    // Asking for attention is the notifier's: it knows what the user wants to hear about.
}

bool ChatWindow::event(QEvent* event)
{
    if (event->type() == QEvent::WindowActivate) {
        onCurrentChanged();
    } else if (event->type() == QEvent::WindowDeactivate) {
        m_conversations.setActiveConversation({}, {});
    }
    return QWidget::event(event);
}

void ChatWindow::closeEvent(QCloseEvent* event)
{
    // Closing the window closes its conversations; history keeps them.
    while (m_ui->tabs->count() > 0) {
        closeTab(0);
    }
    event->accept();
}

} // namespace Palaver::Gui
