#include "ChatTab.h"

#include "ConversationView.h"
#include "DirectTransfersPanel.h"
#include "EmojiPicker.h"
#include "FileActions.h"
#include "MessageDelegate.h"
#include "MessageInput.h"
#include "NotificationLevel.h"
#include "RoomWidget.h"
#include "SettingsKeys.h"
#include "SpellChecker.h"
#include "UploadsPanel.h"
#include "im/Account.h"
#include "im/models/MessagesModel.h"
#include "im/services/MessageService.h"
#include "im/services/OmemoService.h"
#include "im/services/RoomService.h"
#include "im/storage/MessageStore.h"
#include "im/transfers/DirectTransfers.h"
#include "im/transfers/MediaPreviews.h"
#include "im/transfers/UploadService.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTimer>
#include <QToolButton>

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

void ChatTab::offerFiles(QBoxLayout* inputLayout, bool room)
{
    m_room = room;
    m_sharesFiles = true;
    setAcceptDrops(true);
    auto* attach = new QToolButton(this);
    attach->setObjectName(u"attachButton"_s);
    attach->setText(u"📎"_s);
    attach->setAutoRaise(true);
    attach->setToolTip(tr("Share files (or drop them here)"));
    attach->setAccessibleName(tr("Share files"));
    inputLayout->insertWidget(inputLayout->count() - 2, attach);
    connect(attach, &QToolButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Share Files"));
        if (!paths.isEmpty()) {
            sendFiles(paths);
        }
    });
    // Photos lose where they were taken unless the user asks for them as taken.
    auto* menu = new QMenu(attach);
    menu->addAction(tr("Share Files…"), attach, &QToolButton::click);
    menu->addAction(tr("Share Photos as Taken (with Place and Camera)…"), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Share Photos as Taken"), {}, tr("Photos (*.jpg *.jpeg)"));
        if (!paths.isEmpty()) {
            sendFiles(paths, true);
        }
    });
    attach->setMenu(menu);
    attach->setPopupMode(QToolButton::MenuButtonPopup);
    if (auto* input = qobject_cast<MessageInput*>(m_draftInput)) {
        connect(input, &MessageInput::filesPasted, this, [this](const QStringList& paths) {
            QStringList names;
            for (const QString& path : paths) {
                names.append(QFileInfo(path).fileName());
            }
            const auto answer = QMessageBox::question(this, tr("Share Files"),
                tr("Share the pasted files here? %1").arg(QLocale().createSeparatedList(names)));
            if (answer == QMessageBox::Yes) {
                sendFiles(paths);
            }
        });
        connect(input, &MessageInput::imagePasted, this, &ChatTab::sendPastedImage);
    }
    if (auto* view = findChild<ConversationView*>()) {
        view->setFileSources(&m_account.previews(), &m_account.downloads());
        auto* files = new FileActions(m_account, this);
        connect(&view->messageDelegate(), &MessageDelegate::fileActionRequested, files,
            [files](const QModelIndex& index, MessageAttachments::Action action) {
                files->trigger(
                    index.data(Im::MessagesModel::AttachmentRole).value<Xmpp::SharedFile>(),
                    action);
            });
    }
    if (auto* outer = qobject_cast<QBoxLayout*>(inputLayout->parent())) {
        outer->insertWidget(
            outer->indexOf(inputLayout), new UploadsPanel(m_account.uploads(), m_peer, this));
        if (!m_room) {
            outer->insertWidget(
                outer->indexOf(inputLayout), new DirectTransfersPanel(m_account, m_peer, this));
        }
    }
}

bool ChatTab::sendFiles(const QStringList& paths, bool keepOriginals)
{
    Im::UploadService& uploads = m_account.uploads();
    // Straight to the contact's device what the server cannot take, when the device can.
    Im::DirectTransfers& direct = m_account.directTransfers();
    const bool directly = !m_room && direct.deviceFor(m_peer).has_value();
    if (!uploads.isAvailable() && !directly) {
        QMessageBox::information(this, tr("Cannot Share Files"),
            tr("Your server offers no file sharing, or you are offline. Try again once you "
               "are connected."));
        return false;
    }
    // Never sent readable without the user knowing, in a conversation they encrypt.
    const bool encrypting = m_account.omemo().isEncrypting(m_peer)
        && (!m_room || m_account.rooms().allowsEncryption(m_peer));
    if (encrypting) {
        const auto answer = QMessageBox::question(this, tr("Share Files Unencrypted?"),
            tr("Files are not encrypted end to end yet: your server, and anyone who gets the "
               "link, can read them. Share %n file(s) anyway?",
                nullptr, int(paths.size())));
        if (answer != QMessageBox::Yes) {
            return false;
        }
    }
    QStringList tooLarge;
    bool sent = false;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!uploads.isAvailable()
            || (uploads.maxFileSize() > 0 && info.size() > uploads.maxFileSize())) {
            if (directly && direct.send(m_peer, path)) {
                sent = true;
            } else {
                tooLarge.append(info.fileName());
            }
            continue;
        }
        uploads.send(m_peer, path, m_room, {false, keepOriginals});
        sent = true;
    }
    if (!tooLarge.isEmpty()) {
        QMessageBox::warning(this, tr("Files Too Large"),
            tr("Your server takes files of up to %1. Not sent: %2")
                .arg(UploadsPanel::sizeText(uploads.maxFileSize()),
                    QLocale().createSeparatedList(tooLarge)));
    }
    return sent;
}

bool ChatTab::sendPastedImage(const QImage& image)
{
    if (image.isNull()) {
        return false;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Send Picture"),
        tr("Send this picture from the clipboard (%1 × %2)?")
            .arg(image.width())
            .arg(image.height()),
        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setIconPixmap(QPixmap::fromImage(image.scaled(
        QSize(240, 180).boundedTo(image.size()), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    if (confirm.exec() != QMessageBox::Yes) {
        return false;
    }
    if (!m_account.uploads().isAvailable()) {
        return sendFiles({}); // says why
    }
    // The user's own cache, a name made exclusively: not a folder others can prepare.
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(directory);
    QTemporaryFile file(QDir(directory).filePath(u"pasted-XXXXXX.png"_s));
    file.setAutoRemove(false);
    const QString path = file.open() ? file.fileName() : QString();
    if (path.isEmpty() || !image.save(&file, "PNG")) {
        QFile::remove(path);
        QMessageBox::warning(
            this, tr("Send Picture"), tr("The picture could not be saved to send."));
        return false;
    }
    m_account.uploads().send(m_peer, path, m_room, {true, false});
    return true;
}

void ChatTab::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool files = m_sharesFiles && !urls.isEmpty()
        && std::all_of(urls.begin(), urls.end(), [](const QUrl& url) { return url.isLocalFile(); });
    if (files) {
        event->acceptProposedAction();
    }
}

void ChatTab::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) {
            paths.append(url.toLocalFile());
        }
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        sendFiles(paths);
    }
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
