// EmojiCompletion: typing ":" and the start of an emoji's name in a text field offers the
// emoji whose short codes start so (":thu" → 👍 thumbs_up); choosing one puts it in place of
// what was typed.
#pragma once

#include <QObject>

class QCompleter;
class QPlainTextEdit;
class QStringListModel;

namespace Palaver::Gui {

class EmojiCompletion : public QObject
{
    Q_OBJECT

public:
    explicit EmojiCompletion(QPlainTextEdit* field);

    // While the list is open, Enter, Tab and Escape are the list's.
    bool isOpen() const;
    QCompleter& completer() { return *m_completer; }

private:
    void update();
    void insert(const QString& choice);

    QPlainTextEdit* m_field;
    QCompleter* m_completer;
    QStringListModel* m_model;
    int m_start = -1; // where the ":" is
};

} // namespace Palaver::Gui
