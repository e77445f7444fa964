// Heading: the look of titles and names at the top of a window: bold, somewhat larger than
// the text around them, following the user's chosen text size.
#pragma once

class QWidget;

namespace Palaver::Gui::Heading {

void apply(QWidget* widget, double scale);

} // namespace Palaver::Gui::Heading
