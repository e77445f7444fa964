#include "MainWindow.h"

#include "ui_MainWindow.h"

#include <QApplication>
#include <QMessageBox>

namespace Palaver::Gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->statusBar->showMessage(tr("Offline"));
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Palaver"),
        tr("<p><b>Palaver %1</b></p><p>A desktop messenger for XMPP.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace Palaver::Gui
