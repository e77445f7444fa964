#include "ChatTab.h"

#include "EmojiPicker.h"
#include "MessageInput.h"
#include "NotificationLevel.h"
#include "RoomWidget.h"
#include "SettingsKeys.h"
#include "SpellChecker.h"
#include "im/Account.h"
#include "im/models/MessagesModel.h"
#include "im/services/MessageService.h"
#include "im/storage/MessageStore.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

ChatTab::ChatTab(Im::Account& account, const Xmpp::Jid& peer, QWidget* parent)
    : QWidget(parent)
    , m_account(account)
    , m_peer(peer)
    , m_model(new Im::MessagesModel(
          account.messages().store(), account.messages(), account.jid(), peer, this))
{ }

void ChatTab::setSettings(QSettings* settings)
{
    const bool first = !m_settings;
    m_settings = settings;
    if (first && m_settings && m_draftInput) {
        setDraft(m_settings->value(draftKey()).toString());
    }
}

void ChatTab::keepDraftOf(QPlainTextEdit* input)
{
    m_draftInput = input;
    connect(input, &QPlainTextEdit::textChanged, this, &ChatTab::saveDraft);
}

void ChatTab::offerEmoji(QAbstractButton* button, QPlainTextEdit* input)
{
    button->setAccessibleName(tr("Insert an emoji"));
    connect(button, &QAbstractButton::clicked, this, [button, input] {
        auto* picker = new EmojiPicker(button);
        connect(picker, &EmojiPicker::emojiChosen, input, [input](const QString& emoji) {
            input->insertPlainText(emoji);
            input->setFocus();
        });
        picker->popUpAt(button);
    });
}

QString ChatTab::settingsKey(const QString& group) const
{
    return SettingsKeys::forConversation(group, m_account.jid(), m_peer.toString());
}

QString ChatTab::draftKey() const
{
    return settingsKey(u"drafts"_s);
}

void ChatTab::setSpellChecker(SpellChecker* checker)
{
    auto* input = qobject_cast<MessageInput*>(m_draftInput);
    if (!input || !m_settings || !checker || input->spellHighlighter()) {
        return; // set up once, when the tab is made
    }
    const QString key = settingsKey(u"spelling"_s);
    const QVariant chosen = m_settings->value(key);
    input->setSpellChecking(
        checker, chosen.isValid() ? chosen.toString() : SpellChecker::defaultLanguage());
    connect(input, &MessageInput::spellingLanguageChosen, this,
        [this, key](const QString& language) { m_settings->setValue(key, language); });
}

void ChatTab::saveDraft()
{
    if (!m_settings || isEditing()) {
        return;
    }
    const QString text = m_draftInput->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_settings->remove(draftKey());
    } else {
        m_settings->setValue(draftKey(), text);
    }
}

QMenu* ChatTab::notificationMenu(QWidget* parent)
{
    if (!m_settings) {
        return nullptr;
    }
    return NotificationLevel::menu(*m_settings, m_account.jid(), m_peer.toString(),
        qobject_cast<RoomWidget*>(this) != nullptr, parent);
}

void ChatTab::refuseTooLong(QPlainTextEdit* input, const QString& text)
{
    QPointer<QPlainTextEdit> field(input);
    QTimer::singleShot(0, this, [field, text] {
        if (field && field->document()->isEmpty()) {
            field->setPlainText(text);
            field->moveCursor(QTextCursor::End);
        }
    });
    const qsizetype kilobytes = m_account.client().maxStanzaBytes() / 1024;
    QMessageBox::warning(this, tr("Message too long"),
        tr("This message is too long to send: your server takes messages of up to about %1 KB, "
           "and this one has %2 characters. Shorten it, or send it in parts.")
            .arg(kilobytes)
            .arg(text.size()));
}

} // namespace Palaver::Gui
