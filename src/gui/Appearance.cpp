#include "Appearance.h"

#include "SettingsKeys.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

Appearance::Appearance()
    : m_systemPalette(QApplication::palette())
    , m_systemFont(QApplication::font())
    , m_systemStyle(QApplication::style()->name())
{ }

void Appearance::apply(const QSettings& settings) const
{
    const int theme = settings.value(SettingsKeys::theme, 0).toInt();
    if (theme == 0) {
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
    } else {
        // Fusion follows a palette faithfully; native styles may not.
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(theme == 2 ? darkPalette() : lightPalette());
    }
    QFont font = m_systemFont;
    const int size = settings.value(SettingsKeys::fontSize, 0).toInt();
    if (size > 0) {
        font.setPointSize(size);
    }
    QApplication::setFont(font);
}

QPalette Appearance::lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf1, 0xf3));
    palette.setColor(QPalette::Highlight, QColor(0x1c, 0x7e, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1c, 0x64, 0xb8));
    return palette;
}

QPalette Appearance::darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x32, 0x34, 0x39));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa0));
    palette.setColor(QPalette::Button, QColor(0x38, 0x3a, 0x40));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x1c, 0x6e, 0xc0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x74, 0xb4, 0xf5));
    palette.setColor(QPalette::Mid, QColor(0x50, 0x52, 0x58));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7c, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7c, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7c, 0x80));
    return palette;
}

} // namespace Palaver::Gui
