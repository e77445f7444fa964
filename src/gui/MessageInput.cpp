#include "MessageInput.h"

#include "EmojiCompletion.h"
#include "SpellChecker.h"
#include "SpellHighlighter.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

MessageInput::MessageInput(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_emoji(new EmojiCompletion(this))
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

void MessageInput::setCompletions(std::function<QStringList()> nicknames)
{
    m_nicknames = std::move(nicknames);
}

bool MessageInput::focusNextPrevChild(bool next)
{
    if (next && m_nicknames && complete()) {
        return true;
    }
    return QPlainTextEdit::focusNextPrevChild(next);
}

bool MessageInput::complete()
{
    QTextCursor cursor = textCursor();
    const QString text = toPlainText();
    if (m_completion.start < 0 || cursor.position() != m_completion.end) {
        int start = cursor.position();
        while (start > 0 && !text.at(start - 1).isSpace()) {
            --start;
        }
        const QString prefix = text.mid(start, cursor.position() - start);
        if (prefix.isEmpty()) {
            return false;
        }
        QStringList candidates;
        for (const QString& nick : m_nicknames()) {
            if (nick.startsWith(prefix, Qt::CaseInsensitive)) {
                candidates << nick;
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        candidates.sort(Qt::CaseInsensitive);
        m_completion = {start, -1, candidates, 0};
    } else {
        m_completion.index = (m_completion.index + 1) % int(m_completion.candidates.size());
    }
    const QString nick = m_completion.candidates.at(m_completion.index);
    cursor.setPosition(m_completion.start);
    cursor.setPosition(
        m_completion.end < 0 ? textCursor().position() : m_completion.end, QTextCursor::KeepAnchor);
    cursor.insertText(
        nick + (m_completion.start == 0 ? QStringLiteral(": ") : QStringLiteral(" ")));
    setTextCursor(cursor);
    m_completion.end = cursor.position();
    return true;
}

namespace {
QStringList localFiles(const QMimeData* source)
{
    QStringList paths;
    for (const QUrl& url : source->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) {
            paths.append(url.toLocalFile());
        }
    }
    return paths;
}
} // namespace

bool MessageInput::canInsertFromMimeData(const QMimeData* source) const
{
    return source->hasImage() || !localFiles(source).isEmpty()
        || QPlainTextEdit::canInsertFromMimeData(source);
}

void MessageInput::insertFromMimeData(const QMimeData* source)
{
    if (const QStringList files = localFiles(source); !files.isEmpty()) {
        Q_EMIT filesPasted(files);
    } else if (source->hasImage() && !source->hasText()) {
        Q_EMIT imagePasted(qvariant_cast<QImage>(source->imageData()));
    } else {
        QPlainTextEdit::insertFromMimeData(source);
    }
}

void MessageInput::keyPressEvent(QKeyEvent* event)
{
    if (m_emoji->isOpen()
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
            || event->key() == Qt::Key_Tab || event->key() == Qt::Key_Escape)) {
        event->ignore(); // the emoji list takes them
        return;
    }
    m_completion.start = -1;
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

void MessageInput::setSpellChecking(SpellChecker* checker, const QString& language)
{
    m_checker = checker;
    if (!checker) {
        delete m_spelling;
        m_spelling = nullptr;
        return;
    }
    if (!m_spelling) {
        m_spelling = new SpellHighlighter(*checker, document());
    }
    m_spelling->setLanguage(language);
}

QString MessageInput::spellingLanguage() const
{
    return m_spelling ? m_spelling->language() : QString();
}

QMenu* MessageInput::createContextMenu(const QPoint& position)
{
    QMenu* menu = createStandardContextMenu(position);
    if (!m_checker) {
        return menu;
    }
    QAction* first = menu->actions().value(0);
    QTextCursor cursor = cursorForPosition(position);
    cursor.select(QTextCursor::WordUnderCursor);
    const QString word = cursor.selectedText();
    const QString language = spellingLanguage();
    if (!word.isEmpty() && m_spelling && m_spelling->misspelt(word).contains(word)) {
        const QStringList suggestions = m_checker->suggestions(language, word);
        for (const QString& suggestion : suggestions) {
            auto* replace = new QAction(suggestion, menu);
            connect(replace, &QAction::triggered, this,
                [cursor, suggestion]() mutable { cursor.insertText(suggestion); });
            menu->insertAction(first, replace);
        }
        if (suggestions.isEmpty()) {
            auto* none = new QAction(tr("No suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        auto* add = new QAction(tr("Add “%1” to Dictionary").arg(word), menu);
        connect(add, &QAction::triggered, this, [this, word] { m_checker->addToDictionary(word); });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
    }
    QMenu* languages = menu->addMenu(tr("Spelling &Language"));
    auto* group = new QActionGroup(languages);
    const auto addChoice = [&](const QString& code, const QString& name) {
        QAction* choice = languages->addAction(name);
        choice->setCheckable(true);
        choice->setChecked(code == language);
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code] {
            m_spelling->setLanguage(code);
            Q_EMIT spellingLanguageChosen(code);
        });
    };
    addChoice({}, tr("No Spell Checking"));
    languages->addSeparator();
    for (const QString& code : SpellChecker::availableLanguages()) {
        const QLocale locale(code);
        addChoice(code, u"%1 (%2)"_s.arg(locale.nativeLanguageName(), code));
    }
    return menu;
}

void MessageInput::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace Palaver::Gui
