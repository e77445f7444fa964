// Appearance: the colours (as the system, light or dark) and text size the user chose,
// applied to the whole application.
#pragma once

#include <QFont>
#include <QPalette>
#include <QSettings>

namespace Palaver::Gui {

class Appearance
{
public:
    // Remembers the system's look, to return to it.
    Appearance();

    void apply(const QSettings& settings) const;
    static QPalette darkPalette();
    static QPalette lightPalette();

private:
    QPalette m_systemPalette;
    QFont m_systemFont;
    QString m_systemStyle;
};

} // namespace Palaver::Gui
