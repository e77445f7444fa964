#include "MessageInput.h"

#include <QKeyEvent>
#include <QTextBlock>

namespace Palaver::Gui {

MessageInput::MessageInput(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setPlaceholderText(tr("Write a message"));
    setAccessibleName(tr("Message"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_pauseTimer.setSingleShot(true);
    m_pauseTimer.setInterval(PausedAfterMs);
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] { setComposing(false); });
    connect(this, &QPlainTextEdit::textChanged, this, &MessageInput::onTextChanged);
    updateHeight();
}

QSize MessageInput::sizeHint() const
{
    const int lines = qBound(1, int(document()->size().height()), MaxVisibleLines);
    const int height = lines * fontMetrics().lineSpacing() + 2 * frameWidth()
        + int(2 * document()->documentMargin()) + contentsMargins().top()
        + contentsMargins().bottom();
    return {QPlainTextEdit::sizeHint().width(), height};
}

QSize MessageInput::minimumSizeHint() const
{
    return {100, sizeHint().height()};
}

void MessageInput::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        const QString text = toPlainText().trimmed();
        if (!text.isEmpty()) {
            m_pauseTimer.stop();
            m_composing = false; // sending the message ends composing (XEP-0085 §5.4)
            Q_EMIT sendRequested(text);
            m_settingText = true;
            clear();
            m_settingText = false;
        }
        return;
    }
    if (event->key() == Qt::Key_Up && document()->isEmpty()
        && event->modifiers() == Qt::NoModifier) {
        Q_EMIT editLastRequested();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT editCancelled();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MessageInput::setDraft(const QString& text)
{
    m_settingText = true; // text put there for the user is not the user typing
    setPlainText(text);
    m_settingText = false;
    moveCursor(QTextCursor::End);
}

void MessageInput::onTextChanged()
{
    updateHeight();
    if (m_settingText) {
        return;
    }
    if (document()->isEmpty()) {
        m_pauseTimer.stop();
        setComposing(false);
        return;
    }
    setComposing(true);
    m_pauseTimer.start();
}

void MessageInput::setComposing(bool composing)
{
    if (composing != m_composing) {
        m_composing = composing;
        Q_EMIT composingChanged(composing);
    }
}

void MessageInput::updateHeight()
{
    setFixedHeight(sizeHint().height());
}

} // namespace Palaver::Gui
