#include "ConversationWidget.h"

#include "AvatarRenderer.h"
#include "ConversationSearch.h"
#include "EncryptionButton.h"
#include "Heading.h"
#include "MessageActions.h"
#include "MessageDelegate.h"
#include "PresenceStyle.h"
#include "RemoteText.h"
#include "im/Account.h"
#include "im/models/MessagesModel.h"
#include "im/services/ArchiveService.h"
#include "im/services/MessageService.h"
#include "im/services/PresenceService.h"
#include "im/services/RosterService.h"
#include "im/storage/MessageStore.h"
#include "ui_ConversationWidget.h"

#include <QApplication>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QShortcut>
#include <QUrl>

using namespace Qt::StringLiterals;
using Palaver::Im::MessageRecord;
using Palaver::Xmpp::ChatState;

namespace Palaver::Gui {

ConversationWidget::ConversationWidget(Im::Account& account, const Xmpp::Jid& peer, QWidget* parent)
    : ChatTab(account, peer, parent)
    , m_ui(std::make_unique<Ui::ConversationWidget>())
    , m_avatars(std::make_unique<AvatarRenderer>(8))
{
    m_ui->setupUi(this);
    connect(&account.archive(), &Im::ArchiveService::gapChanged, this,
        &ConversationWidget::updateGapBanner);
    connect(m_ui->gapRetryButton, &QPushButton::clicked, this, [this] {
        if (m_account.client().isConnected() && !m_account.archive().isCatchingUp()) {
            m_account.archive().catchUp();
        }
    });
    updateGapBanner();
    Heading::apply(m_ui->nameLabel, 1.1);
    m_ui->messageView->setModel(m_model);
    m_ui->chatStateLabel->setMinimumHeight(m_ui->chatStateLabel->fontMetrics().height() + 4);
    setFocusProxy(m_ui->input);
    keepDraftOf(m_ui->input);
    offerEmoji(m_ui->emojiButton, m_ui->input);
    offerFiles(m_ui->inputLayout, false);
    if (!isPrivateChat()) {
        // Beside the input, as it says what becomes of what is written there.
        m_ui->inputLayout->insertWidget(
            m_ui->inputLayout->count() - 2, new EncryptionButton(account, peer, false, this));
    }

    connect(m_ui->input, &MessageInput::sendRequested, this, &ConversationWidget::send);
    connect(m_ui->sendButton, &QPushButton::clicked, this, [this] {
        const QString text = m_ui->input->toPlainText().trimmed();
        if (!text.isEmpty()) {
            send(text);
            m_ui->input->clear();
        }
        m_ui->input->setFocus();
    });
    MessageActions::Backend backend;
    backend.referenceId = &Im::MessageService::referenceId;
    backend.react = [this](const MessageRecord& target, const QStringList& emojis) {
        m_account.messages().react(m_peer, target, emojis);
    };
    backend.retract
        = [this](const MessageRecord& target) { m_account.messages().retract(m_peer, target); };
    m_actions = new MessageActions(
        {m_ui->messageView, m_ui->input, m_ui->replyBanner, m_ui->replyLabel, m_ui->editBanner},
        *m_model, std::move(backend), this);
    connect(
        m_ui->replyCancelButton, &QToolButton::clicked, m_actions, &MessageActions::cancelReply);
    connect(m_ui->input, &MessageInput::composingChanged, this,
        &ConversationWidget::onComposingChanged);
    connect(&m_ui->messageView->messageDelegate(), &MessageDelegate::retryRequested, this,
        &ConversationWidget::retry);
    connect(&m_ui->messageView->messageDelegate(), &MessageDelegate::linkActivated, this,
        &ConversationWidget::openLink);
    connect(m_model, &Im::MessagesModel::peerChatStateChanged, this,
        &ConversationWidget::updateChatState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex&, int first, int last) {
            for (int row = first; row <= last; ++row) {
                const MessageRecord* record = m_model->record(row);
                if (record && !record->outgoing && row == m_model->rowCount() - 1) {
                    Q_EMIT incomingMessage();
                    break;
                }
            }
        });
    connect(&account.presence(), &Im::PresenceService::presencesChanged, this,
        [this](const QList<Xmpp::Jid>& changed) {
            if (changed.contains(m_peer)) {
                updateHeader();
                Q_EMIT titleChanged(); // the tab's presence icon
            }
        });
    connect(&account.roster(), &Im::RosterService::itemChanged, this, [this](const Xmpp::Jid& jid) {
        if (jid == m_peer) {
            updateHeader();
            Q_EMIT titleChanged();
        }
    });

    connect(m_ui->notifyButton, &QToolButton::clicked, this, [this] {
        if (QMenu* menu = notificationMenu(this)) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_ui->notifyButton->mapToGlobal(QPoint(0, m_ui->notifyButton->height())));
        }
    });
    m_search = new ConversationSearch(
        {m_ui->searchBar, m_ui->searchEdit, m_ui->searchResultLabel, m_ui->searchOlderButton,
            m_ui->searchNewerButton, m_ui->searchCloseButton, m_ui->messageView, m_ui->input},
        *m_model, m_account.messages().store(), this);
    connect(m_ui->searchButton, &QToolButton::clicked, m_search, &ConversationSearch::show);
    updateHeader();
    updateChatState();
}

ConversationWidget::~ConversationWidget()
{
    if (m_sendChatStates && m_ui->input->isComposing()) {
        m_account.messages().sendChatState(m_peer, ChatState::Active);
    }
}

// The archive catch-up stopped short: what came while we were away may not all be here.
void ConversationWidget::updateGapBanner()
{
    const QDateTime since = m_account.archive().gapSince();
    m_ui->gapBanner->setVisible(since.isValid());
    if (since.isValid()) {
        m_ui->gapLabel->setText(
            tr("Messages since %1 may be missing here: the server did not send them all.")
                .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)));
    }
}

QString ConversationWidget::peerName() const
{
    if (isPrivateChat()) {
        return RemoteText::name(m_peer.resource()); // the occupant's nickname
    }
    const auto item = m_account.roster().item(m_peer);
    if (item && !item->name.isEmpty()) {
        return RemoteText::name(item->name);
    }
    return m_peer.local().isEmpty() ? m_peer.toString() : m_peer.local();
}

QString ConversationWidget::title() const
{
    return isPrivateChat() ? tr("%1 in %2").arg(peerName(), RemoteText::name(m_peer.local()))
                           : peerName();
}

bool ConversationWidget::isPrivateChat() const
{
    return m_account.messages().isPrivateChat(m_peer);
}

QIcon ConversationWidget::icon() const
{
    if (isPrivateChat()) {
        return QIcon(u":/icons/room.svg"_s);
    }
    const auto& best = m_account.presence().best(m_peer);
    return PresenceStyle::icon(best.available ? int(best.show) : PresenceStyle::Offline);
}

void ConversationWidget::setAvatarPath(const QString& path)
{
    m_avatarPath = path;
    updateHeader();
}

void ConversationWidget::updateHeader()
{
    const QString name = peerName();
    m_ui->nameLabel->setText(name);
    m_ui->nameLabel->setToolTip(RemoteText::asRichText(RemoteText::name(m_peer.toString())));
    const auto& best = m_account.presence().best(m_peer);
    const int show = best.available ? int(best.show) : PresenceStyle::Offline;
    QString status = PresenceStyle::name(show);
    if (isPrivateChat()) {
        status = tr("Private chat in the room %1").arg(m_peer.bare().toString());
    } else if (!best.status.isEmpty()) {
        status += u" — "_s + RemoteText::line(best.status);
    }
    m_ui->statusLabel->setText(
        m_ui->statusLabel->fontMetrics().elidedText(status, Qt::ElideRight, 400));
    m_ui->statusLabel->setToolTip(RemoteText::asRichText(best.status));
    m_ui->avatarLabel->setPixmap(
        m_avatars->avatar(m_peer.toString(), name, m_avatarPath, 36, devicePixelRatioF()));
    m_ui->messageView->messageDelegate().setNames(
        m_account.jid().section(u'@', 0, 0), name, m_peer.toString());
}

void ConversationWidget::updateChatState()
{
    QString text;
    switch (m_model->peerChatState()) {
    case ChatState::Composing:
        text = tr("%1 is typing…").arg(peerName());
        break;
    case ChatState::Paused:
        text = tr("%1 stopped typing.").arg(peerName());
        break;
    case ChatState::Gone:
        text = tr("%1 has left the conversation.").arg(peerName());
        break;
    default:
        break;
    }
    m_ui->chatStateLabel->setText(text);
}

void ConversationWidget::send(const QString& text)
{
    if (!m_actions->editingId().isEmpty()) {
        if (!m_account.messages().correctMessage(m_peer, m_actions->editingId(), text)) {
            refuseTooLong(m_ui->input, text);
            return;
        }
        m_actions->stopEditing();
    } else if (!m_account.messages().sendMessage(m_peer, text, m_actions->replyTarget())) {
        refuseTooLong(m_ui->input, text);
        return;
    }
    m_actions->cancelReply();
    m_ui->messageView->scrollToNewest();
}

void ConversationWidget::setDraft(const QString& text)
{
    if (m_ui->input->document()->isEmpty() && m_actions->editingId().isEmpty()) {
        m_ui->input->setDraft(text);
    }
}

QString ConversationWidget::draft() const
{
    return m_ui->input->toPlainText();
}

void ConversationWidget::onComposingChanged(bool composing)
{
    if (m_sendChatStates) {
        m_account.messages().sendChatState(
            m_peer, composing ? ChatState::Composing : ChatState::Paused);
    }
}

void ConversationWidget::markRead()
{
    const QString last = m_model->lastIncomingMessageId();
    if (m_sendReadMarkers && !last.isEmpty() && m_model->conversationId() != 0) {
        m_account.messages().markDisplayed(m_peer, m_model->conversationId(), last);
    } else if (m_model->conversationId() != 0) {
        m_account.messages().store().markRead(m_model->conversationId());
    }
}

void ConversationWidget::focusInput()
{
    m_ui->input->setFocus();
}

void ConversationWidget::openLink(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (scheme == u"xmpp"_s) {
        Q_EMIT xmppLinkActivated(url);
    } else if (scheme == u"http"_s || scheme == u"https"_s) {
        QDesktopServices::openUrl(parsed);
    }
}

void ConversationWidget::retry(const QModelIndex& index)
{
    if (const MessageRecord* record = m_model->record(index.row())) {
        m_account.messages().resend(*record);
    }
}

void ConversationWidget::showSearch()
{
    m_search->show();
}

bool ConversationWidget::isEditing() const
{
    return m_actions && !m_actions->editingId().isEmpty();
}

void ConversationWidget::reveal(qint64 id)
{
    m_search->reveal(id);
}

} // namespace Palaver::Gui
