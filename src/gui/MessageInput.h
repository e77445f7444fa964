// MessageInput: where a message is written: Enter sends, Shift+Enter starts a new line, Up in
// an empty field edits the last message (XEP-0308), Escape cancels editing. Reports typing
// so the peer can see it (XEP-0085: composing, then paused after a pause). Checks spelling.
#pragma once

#include <QPlainTextEdit>
#include <QTimer>

#include <functional>

class QMenu;

namespace Palaver::Gui {

class EmojiCompletion;
class SpellChecker;
class SpellHighlighter;

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
    // ":" and the start of an emoji's name offer emoji (for tests too).
    EmojiCompletion& emojiCompletion() { return *m_emoji; }
    // Underlines misspelt words in this language (empty: none); the context menu offers
    // suggestions, "Add to Dictionary" and the languages there are.
    void setSpellChecking(SpellChecker* checker, const QString& language);
    QString spellingLanguage() const;
    SpellHighlighter* spellHighlighter() const { return m_spelling; }
    // The context menu as it would open at this point of the text (for tests too).
    QMenu* createContextMenu(const QPoint& position);

Q_SIGNALS:
    void sendRequested(const QString& text);
    void editLastRequested();
    void editCancelled();
    void composingChanged(bool composing);
    void spellingLanguageChosen(const QString& language);
    // A picture or files were pasted (or dropped) here: to share, not to write as text.
    void imagePasted(const QImage& image);
    void filesPasted(const QStringList& paths);

protected:
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
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
    EmojiCompletion* m_emoji;
    SpellChecker* m_checker = nullptr;
    SpellHighlighter* m_spelling = nullptr;
};

} // namespace Palaver::Gui
