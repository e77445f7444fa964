#include "WindowSnapshot.h"

#include "AccountSessions.h"
#include "gui/MainWindow.h"
#include "im/Account.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QWidget>

#include <cstdio>

namespace Palaver::App {
namespace {
// After signing in, presences, pictures and room history keep arriving for a moment.
constexpr int SettleMs = 6000;
// A picture is taken anyway after this long, and the exit status says it is incomplete.
constexpr int GiveUpMs = 45000;
constexpr int Gap = 16;
} // namespace

WindowSnapshot::WindowSnapshot(
    const AccountSessions& sessions, const QString& fileName, QObject* parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_fileName(fileName)
{
    m_sinceStart.start();
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, &WindowSnapshot::check);
    m_poll.start();
}

void WindowSnapshot::check()
{
    const QList<Im::Account*> accounts = m_sessions.accounts();
    const bool signedIn = !accounts.isEmpty()
        && std::all_of(accounts.begin(), accounts.end(),
            [](Im::Account* account) { return account->client().isConnected(); });
    if (!signedIn) {
        m_sinceSignedIn.invalidate();
    } else if (!m_sinceSignedIn.isValid()) {
        m_sinceSignedIn.start();
    }
    if ((m_sinceSignedIn.isValid() && m_sinceSignedIn.elapsed() >= SettleMs)
        || m_sinceStart.elapsed() >= GiveUpMs) {
        m_poll.stop();
        take(signedIn);
    }
}

QImage WindowSnapshot::compose()
{
    QList<QWidget*> windows;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        const Qt::WindowType type = widget->windowType();
        if (widget->isVisible() && (type == Qt::Window || type == Qt::Dialog)) {
            windows.append(widget);
        }
    }
    std::stable_sort(windows.begin(), windows.end(), [](QWidget* a, QWidget* b) {
        return qobject_cast<Gui::MainWindow*>(a) && !qobject_cast<Gui::MainWindow*>(b);
    });
    QList<QPixmap> pictures;
    QSize size(Gap, 0);
    for (QWidget* window : std::as_const(windows)) {
        pictures.append(window->grab());
        const QSize picture = pictures.constLast().deviceIndependentSize().toSize();
        size.rwidth() += picture.width() + Gap;
        size.rheight() = qMax(size.height(), picture.height() + 2 * Gap);
    }
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x3a, 0x3f, 0x4b));
    QPainter painter(&image);
    int x = Gap;
    for (const QPixmap& picture : std::as_const(pictures)) {
        painter.drawPixmap(x, Gap, picture);
        x += picture.deviceIndependentSize().toSize().width() + Gap;
    }
    return image;
}

void WindowSnapshot::take(bool signedIn)
{
    const QImage image = compose();
    const bool saved = !image.isNull() && image.save(m_fileName, "PNG");
    if (!saved) {
        std::fprintf(stderr, "palaver: %s\n",
            qPrintable(tr("The picture could not be saved as %1.").arg(m_fileName)));
    } else if (!signedIn) {
        std::fprintf(stderr, "palaver: %s\n",
            qPrintable(tr("Not every account was signed in when the picture was taken.")));
    }
    QCoreApplication::exit(saved && signedIn ? 0 : 1);
}

} // namespace Palaver::App
