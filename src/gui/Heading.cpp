#include "Heading.h"

#include <QWidget>

namespace Palaver::Gui::Heading {

void apply(QWidget* widget, double scale)
{
    QFont font = widget->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    widget->setFont(font);
}

} // namespace Palaver::Gui::Heading
