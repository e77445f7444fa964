// MessageInput: where a message is written: Enter sends, Shift+Enter starts a new line, Up in
// an empty field edits the last message (XEP-0308), Escape cancels editing. Reports typing
// so the peer can see it (XEP-0085: composing, then paused after a pause).
#pragma once

#include <QPlainTextEdit>
#include <QTimer>

#include <functional>

namespace Palaver::Gui {

class MessageInput : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int PausedAfterMs = 5000;
    static constexpr int MaxVisibleLines = 6;

    explicit MessageInput(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool isComposing() const { return m_composing; }
    // Puts text in the field (from an xmpp: link, say) without telling the peer it is typed.
    void setDraft(const QString& text);
    // In a room: Tab completes the word before the cursor from these nicknames (again: the
    // next match); at the start of the message it adds ": " as an address.
    void setCompletions(std::function<QStringList()> nicknames);

Q_SIGNALS:
    void sendRequested(const QString& text);
    void editLastRequested();
    void editCancelled();
    void composingChanged(bool composing);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void onTextChanged();
    void setComposing(bool composing);
    void updateHeight();
    bool complete();

    struct Completion
    {
        int start = -1; // where the completed word begins; -1: not completing
        int end = -1; // where the cursor was left
        QStringList candidates;
        int index = 0;
    };

    QTimer m_pauseTimer;
    bool m_composing = false;
    bool m_settingText = false;
    std::function<QStringList()> m_nicknames;
    Completion m_completion;
};

} // namespace Palaver::Gui
