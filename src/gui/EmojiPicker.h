// EmojiPicker: the emoji button's popup beside the input: the recently used first, the
// groups as tabs, a field to find one by name; a click inserts it.
#pragma once

#include <QFrame>

class QLineEdit;
class QListWidget;
class QTabBar;

namespace Palaver::Gui {

class EmojiPicker : public QFrame
{
    Q_OBJECT

public:
    explicit EmojiPicker(QWidget* parent = nullptr);

    QLineEdit& searchEdit() { return *m_search; }
    QListWidget& grid() { return *m_grid; }
    QTabBar& groups() { return *m_groups; }
    // Opens above the widget (the button), as a popup.
    void popUpAt(QWidget* anchor);

Q_SIGNALS:
    void emojiChosen(const QString& emoji);

private:
    void showGroup(int index);
    void showSearch(const QString& text);
    void fill(const QStringList& texts, const QStringList& names);

    QLineEdit* m_search;
    QTabBar* m_groups;
    QListWidget* m_grid;
};

} // namespace Palaver::Gui
