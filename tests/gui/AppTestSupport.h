// AppTestSupport: what the whole-application GUI tests share: answering message boxes,
// finding controls a screen reader could not name, and saving screenshots when asked.
#pragma once

#include <QMessageBox>
#include <QStringList>

class QWidget;

namespace Palaver::Testing {

// Answers the next message box that opens with this button.
void answerNextMessageBox(QMessageBox::StandardButton button);
// Controls a screen reader could not name: no text of their own, no accessible name and no
// label pointing at them.
QStringList unnamedControls(QWidget* window);
// With PALAVER_SCREENSHOT_DIR set, saves the widget there (and, with
// PALAVER_SCREENSHOT_SCREEN, the whole X screen too).
void saveScreenshot(QWidget* widget, const QString& name);

} // namespace Palaver::Testing
