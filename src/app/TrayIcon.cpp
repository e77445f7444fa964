#include "TrayIcon.h"

#include "gui/PresenceStyle.h"

#include <QMenu>
#include <QPainter>

using namespace Qt::StringLiterals;
using Palaver::Gui::PresenceStyle;

namespace Palaver::App {

TrayIcon::TrayIcon(QObject* parent)
    : QSystemTrayIcon(parent)
    , m_menu(new QMenu)
{
    m_menu->addAction(tr("Show or hide Palaver"), this, &TrayIcon::toggleWindowRequested);
    m_menu->addSeparator();
    for (const int show : PresenceStyle::choices()) {
        m_menu->addAction(PresenceStyle::icon(show), PresenceStyle::name(show), this,
            [this, show] { Q_EMIT statusChosen(show); });
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    setContextMenu(m_menu);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger) {
            Q_EMIT toggleWindowRequested();
        }
    });
    connect(this, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastPeer.isEmpty()) {
            Q_EMIT conversationRequested(m_lastAccount, m_lastPeer);
        }
    });
    updateIcon();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::setUnreadCount(int count)
{
    if (count != m_unread) {
        m_unread = count;
        updateIcon();
    }
}

void TrayIcon::setShow(int show)
{
    if (show != m_show) {
        m_show = show;
        updateIcon();
    }
}

void TrayIcon::notify(
    const QString& account, const QString& peer, const QString& title, const QString& text)
{
    m_lastAccount = account;
    m_lastPeer = peer;
    // Shown by the desktop's notification service on Linux, which takes the body as markup,
    // and by Qt's own balloon elsewhere, which takes it as plain text: look-alikes for the
    // three markup characters read right in both.
    QString body = text;
    body.replace(u'<', QChar(0x2039)).replace(u'>', QChar(0x203A)).replace(u'&', QChar(0xFF06));
    showMessage(title, body, QIcon(u":/icons/palaver.svg"_s), 8000);
}

// The application icon with the presence in a corner and the unread count as a badge.
void TrayIcon::updateIcon()
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QIcon(u":/icons/palaver.svg"_s).paint(&painter, QRect(0, 0, 64, 64));
    PresenceStyle::icon(m_show).paint(&painter, QRect(36, 36, 28, 28));
    if (m_unread > 0) {
        const QRect badge(30, 0, 34, 30);
        painter.setBrush(QColor(0xe0, 0x31, 0x31));
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(badge, 14, 14);
        QFont font;
        font.setPixelSize(20);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(
            badge, Qt::AlignCenter, m_unread > 99 ? u"99+"_s : QString::number(m_unread));
    }
    painter.end();
    setIcon(QIcon(pixmap));
    setToolTip(m_unread > 0 ? tr("Palaver: %n unread message(s)", nullptr, m_unread)
                            : tr("Palaver: %1").arg(PresenceStyle::name(m_show)));
}

} // namespace Palaver::App
