#include "EmojiCompletion.h"

#include "EmojiCatalog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace Palaver::Gui {
namespace {
constexpr int MinimumTyped = 2;

bool isCodeCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'+';
}
} // namespace

EmojiCompletion::EmojiCompletion(QPlainTextEdit* field)
    : QObject(field)
    , m_field(field)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setWidget(field);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    connect(field, &QPlainTextEdit::textChanged, this, &EmojiCompletion::update);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
        &EmojiCompletion::insert);
}

bool EmojiCompletion::isOpen() const
{
    return m_completer->popup()->isVisible();
}

void EmojiCompletion::update()
{
    const QTextCursor cursor = m_field->textCursor();
    const QString block = cursor.block().text();
    const int end = cursor.positionInBlock();
    int colon = end;
    while (colon > 0 && isCodeCharacter(block.at(colon - 1))) {
        --colon;
    }
    const bool typing = colon > 0 && block.at(colon - 1) == u':' && end - colon >= MinimumTyped
        && (colon == 1 || block.at(colon - 2).isSpace());
    if (!typing) {
        m_start = -1;
        m_completer->popup()->hide();
        return;
    }
    m_start = cursor.block().position() + colon - 1;
    QStringList choices;
    for (const EmojiCatalog::Emoji& emoji :
        EmojiCatalog::instance().withShortCode(block.mid(colon, end - colon))) {
        choices.append(emoji.text + u' ' + EmojiCatalog::shortCode(emoji));
    }
    if (choices.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_model->setStringList(choices);
    QRect rect = m_field->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
        + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void EmojiCompletion::insert(const QString& choice)
{
    if (m_start < 0) {
        return;
    }
    const QString emoji = choice.section(u' ', 0, 0);
    QTextCursor cursor = m_field->textCursor();
    cursor.setPosition(m_start, QTextCursor::KeepAnchor);
    cursor.insertText(emoji);
    m_field->setTextCursor(cursor);
    EmojiCatalog::remember(emoji);
    m_start = -1;
}

} // namespace Palaver::Gui
