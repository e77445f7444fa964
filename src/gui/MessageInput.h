// MessageInput: where a message is written: Enter sends, Shift+Enter starts a new line, Up in
// an empty field edits the last message (XEP-0308), Escape cancels editing. Reports typing
// so the peer can see it (XEP-0085: composing, then paused after a pause).
#pragma once

#include <QPlainTextEdit>
#include <QTimer>

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

Q_SIGNALS:
    void sendRequested(const QString& text);
    void editLastRequested();
    void editCancelled();
    void composingChanged(bool composing);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onTextChanged();
    void setComposing(bool composing);
    void updateHeight();

    QTimer m_pauseTimer;
    bool m_composing = false;
    bool m_settingText = false;
};

} // namespace Palaver::Gui
