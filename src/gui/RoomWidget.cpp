#include "RoomWidget.h"

#include "ConversationSearch.h"
#include "DataFormWidget.h"
#include "EncryptionButton.h"
#include "Heading.h"
#include "MessageActions.h"
#include "MessageDelegate.h"
#include "OccupantDelegate.h"
#include "OccupantMenu.h"
#include "RemoteText.h"
#include "RoomText.h"
#include "im/Account.h"
#include "im/models/MessagesModel.h"
#include "im/models/OccupantsModel.h"
#include "im/services/BookmarkService.h"
#include "im/services/MessageService.h"
#include "im/services/RoomService.h"
#include "im/storage/MessageStore.h"
#include "ui_RoomWidget.h"

#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Palaver::Im::MessageRecord;
using Palaver::Im::OccupantsModel;
using Palaver::Xmpp::MucAffiliation;
using Palaver::Xmpp::MucRole;
using Palaver::Xmpp::MucRoom;

namespace Palaver::Gui {

RoomWidget::RoomWidget(Im::Account& account, const Xmpp::Jid& room, QWidget* parent)
    : ChatTab(account, room, parent)
    , m_ui(std::make_unique<Ui::RoomWidget>())
    , m_room(account.rooms().room(room))
    , m_occupants(new OccupantsModel(*m_room, this))
{
    Q_ASSERT(m_room);
    m_ui->setupUi(this);
    Heading::apply(m_ui->nameLabel, 1.1);
    m_ui->iconLabel->setPixmap(
        QIcon(u":/icons/room.svg"_s).pixmap(QSize(28, 28), devicePixelRatioF()));
    m_ui->messageView->setModel(m_model);
    m_ui->messageView->messageDelegate().setGroupChat(m_room->nick());
    m_ui->occupantView->setModel(m_occupants);
    m_ui->occupantView->setItemDelegate(new OccupantDelegate(m_ui->occupantView));
    m_ui->occupantView->setAccessibleName(tr("People in the room"));
    m_ui->retryEdit->setAccessibleName(tr("Nickname or password for joining again"));
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setSizes({520, 180});
    m_ui->eventLabel->setMinimumHeight(m_ui->eventLabel->fontMetrics().height() + 4);
    m_ui->input->setCompletions([this] { return otherNicks(); });
    setFocusProxy(m_ui->input);
    keepDraftOf(m_ui->input);
    offerEmoji(m_ui->emojiButton, m_ui->input);
    offerFiles(m_ui->inputLayout, true);
    m_ui->inputLayout->insertWidget(
        m_ui->inputLayout->count() - 2, new EncryptionButton(account, room, true, this));

    auto* menu = new QMenu(this);
    menu->addAction(tr("Invite someone…"), this, &RoomWidget::invite);
    menu->addAction(tr("Change nickname…"), this, &RoomWidget::changeNick);
    QAction* configureAction = menu->addAction(tr("Room settings…"), this, &RoomWidget::configure);
    menu->addAction(tr("Copy room address"), this,
        [this] { QGuiApplication::clipboard()->setText(m_peer.toString()); });
    QAction* notifyAction = menu->addAction(tr("&Notify Me About"));
    menu->addSeparator();
    menu->addAction(tr("Leave room"), this, [this] { m_account.rooms().close(m_peer); });
    connect(menu, &QMenu::aboutToShow, this, [this, configureAction, notifyAction] {
        configureAction->setEnabled(m_room->isOwner());
        delete notifyAction->menu(); // built anew: the choice may have changed
        QMenu* levels = notificationMenu(this);
        notifyAction->setMenu(levels);
        notifyAction->setVisible(levels != nullptr);
    });
    m_ui->menuButton->setMenu(menu);

    setUpMessageActions();
    m_search = new ConversationSearch(
        {m_ui->searchBar, m_ui->searchEdit, m_ui->searchResultLabel, m_ui->searchOlderButton,
            m_ui->searchNewerButton, m_ui->searchCloseButton, m_ui->messageView, m_ui->input},
        *m_model, m_account.messages().store(), this);
    connect(m_ui->searchButton, &QToolButton::clicked, m_search, &ConversationSearch::show);
    connect(m_ui->input, &MessageInput::sendRequested, this, &RoomWidget::sendText);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &RoomWidget::send);
    connect(m_ui->subjectButton, &QToolButton::clicked, this, &RoomWidget::changeSubject);
    connect(m_ui->rejoinButton, &QPushButton::clicked, this, &RoomWidget::rejoin);
    connect(m_ui->retryEdit, &QLineEdit::returnPressed, this, &RoomWidget::rejoin);
    connect(&m_ui->messageView->messageDelegate(), &MessageDelegate::retryRequested, this,
        [this](const QModelIndex& index) {
            if (const MessageRecord* record = m_model->record(index.row())) {
                m_account.rooms().resend(*record);
            }
        });
    connect(&m_ui->messageView->messageDelegate(), &MessageDelegate::linkActivated, this,
        [this](const QString& url) {
            if (url.startsWith(u"xmpp:"_s, Qt::CaseInsensitive)) {
                Q_EMIT xmppLinkActivated(url);
            }
        });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex&, int, int last) {
            const MessageRecord* record = m_model->record(last);
            if (record && !record->outgoing && last == m_model->rowCount() - 1) {
                Q_EMIT incomingMessage();
            }
        });
    connect(
        m_ui->occupantView, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
            const QModelIndex index = m_ui->occupantView->indexAt(at);
            if (index.isValid() && !index.data(OccupantsModel::IsGroupRole).toBool()) {
                QMenu* actions = occupantMenu(index.data(OccupantsModel::NickRole).toString());
                actions->popup(m_ui->occupantView->viewport()->mapToGlobal(at));
            }
        });
    connect(m_ui->occupantView, &QAbstractItemView::doubleClicked, this,
        [this](const QModelIndex& index) {
            if (!index.data(OccupantsModel::IsGroupRole).toBool()) {
                m_ui->input->insertPlainText(
                    index.data(OccupantsModel::NickRole).toString() + u": "_s);
                m_ui->input->setFocus();
            }
        });
    connect(m_occupants, &QAbstractItemModel::modelReset, this, &RoomWidget::updateGroupVisibility);
    connect(
        m_occupants, &QAbstractItemModel::rowsInserted, this, &RoomWidget::updateGroupVisibility);
    connect(
        m_occupants, &QAbstractItemModel::rowsRemoved, this, &RoomWidget::updateGroupVisibility);

    connect(m_room, &MucRoom::joined, this, [this] {
        m_subjectSeen = false; // the subject follows the join
        if (m_room->wasCreated()) {
            showEvent(tr("You made this room. Room → Room settings… gives it a name and "
                         "decides who may come in."));
        }
        m_stateText.clear();
        m_ui->messageView->messageDelegate().setGroupChat(m_room->nick());
        m_ui->messageView->viewport()->update();
        updateState();
    });
    connect(m_room, &MucRoom::joinFailed, this, &RoomWidget::onJoinFailed);
    connect(m_room, &MucRoom::exited, this, [this](MucRoom::Exit exit, const QString& reason) {
        m_stateText = RoomText::exit(exit, reason);
        m_retry = Retry::Join;
        updateState();
    });
    connect(m_room, &MucRoom::nickChanged, this, [this](const QString& nick) {
        m_ui->messageView->messageDelegate().setGroupChat(nick);
        m_ui->messageView->viewport()->update();
        updateState();
    });
    connect(m_room, &MucRoom::subjectChanged, this,
        [this](const QString& subject, const QString& byNick) {
            // The subject that comes with joining is no news; a change while we are in is.
            if (m_room->state() == MucRoom::State::Joined && m_subjectSeen && !byNick.isEmpty()) {
                const QString who = RemoteText::name(byNick);
                showEvent(subject.trimmed().isEmpty() ? tr("%1 removed the subject").arg(who)
                                                      : tr("%1 changed the subject").arg(who));
            }
            m_subjectSeen = m_room->state() == MucRoom::State::Joined;
            updateHeader();
        });
    connect(m_room, &MucRoom::exited, this, [this] { m_subjectSeen = false; });
    connect(&m_account.rooms(), &Im::RoomService::gapLeft, this,
        [this](const Xmpp::Jid& gapRoom, const QDateTime& since) {
            if (gapRoom == m_peer) {
                showEvent(tr("Messages since %1 may be missing here: the room's archive did "
                             "not send them all.")
                              .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)));
            }
        });
    connect(m_room, &MucRoom::occupantJoined, this, [this](const QString& nick) {
        if (m_room->state() == MucRoom::State::Joined) {
            showEvent(tr("%1 joined").arg(RemoteText::name(nick)));
        }
    });
    connect(m_room, &MucRoom::occupantLeft, this,
        [this](const QString& occupant, MucRoom::Exit exit, const QString& reason) {
            const QString nick = RemoteText::name(occupant);
            const QString why = RemoteText::line(reason, 200);
            if (exit == MucRoom::Exit::Kicked) {
                showEvent(reason.isEmpty()
                        ? tr("%1 was removed by a moderator").arg(nick)
                        : tr("%1 was removed by a moderator: %2").arg(nick, why));
            } else if (exit == MucRoom::Exit::Banned) {
                showEvent(reason.isEmpty() ? tr("%1 was banned").arg(nick)
                                           : tr("%1 was banned: %2").arg(nick, why));
            } else {
                showEvent(tr("%1 left").arg(nick));
            }
        });
    connect(m_room, &MucRoom::occupantRenamed, this,
        [this](const QString& oldNick, const QString& newNick) {
            showEvent(tr("%1 is now known as %2")
                          .arg(RemoteText::name(oldNick), RemoteText::name(newNick)));
        });
    connect(m_room, &MucRoom::occupantChanged, this, [this] { updateState(); });
    // A refused subject or invitation; refused messages are marked in the list themselves.
    connect(m_room, &MucRoom::errorReceived, this,
        [this](const QString&, const Xmpp::StanzaError& error) { reportRefusal(error); });
    updateHeader();
    updateState();
    updateGroupVisibility();
}

RoomWidget::~RoomWidget() = default;

// Closing the tab is leaving the room.
void RoomWidget::closing()
{
    m_account.rooms().close(m_peer);
}

QString RoomWidget::title() const
{
    // The name the room was bookmarked with (on any of the user's devices), else its address.
    if (const auto bookmark = m_account.bookmarks().bookmark(m_peer);
        bookmark && !bookmark->name.isEmpty()) {
        return RemoteText::name(bookmark->name);
    }
    return m_peer.local().isEmpty() ? m_peer.toString() : m_peer.local();
}

QIcon RoomWidget::icon() const
{
    return QIcon(u":/icons/room.svg"_s);
}

void RoomWidget::markRead()
{
    if (m_model->conversationId() != 0) {
        m_account.messages().store().markRead(m_model->conversationId());
    }
}

bool RoomWidget::isEditing() const
{
    return m_actions && !m_actions->editingId().isEmpty();
}

void RoomWidget::reveal(qint64 id)
{
    m_search->reveal(id);
}

void RoomWidget::focusInput()
{
    m_ui->input->setFocus();
}

void RoomWidget::setDraft(const QString& text)
{
    if (m_ui->input->document()->isEmpty() && m_actions->editingId().isEmpty()) {
        m_ui->input->setDraft(text);
    }
}

QString RoomWidget::draft() const
{
    return m_ui->input->toPlainText();
}

void RoomWidget::setUpMessageActions()
{
    MessageActions::Backend backend;
    backend.referenceId = &Im::RoomRevisions::referenceId;
    backend.react = [this](const MessageRecord& target, const QStringList& emojis) {
        m_account.rooms().react(m_peer, target, emojis);
    };
    backend.retract
        = [this](const MessageRecord& target) { m_account.rooms().retract(m_peer, target); };
    backend.mayAct
        = [this] { return m_room->state() == MucRoom::State::Joined && m_room->canSpeak(); };
    backend.mayModerate = [this](const MessageRecord& target) {
        return !target.outgoing && m_room->state() == MucRoom::State::Joined
            && m_room->canModerate() && m_room->moderation() != MucRoom::Moderation::None;
    };
    backend.moderate = [this](const MessageRecord& target, const QString& reason) {
        m_account.rooms().moderate(
            m_peer, target, reason, this, [this](const std::optional<Xmpp::StanzaError>& refused) {
                if (refused) {
                    reportRefusal(*refused);
                }
            });
    };
    m_actions = new MessageActions(
        {m_ui->messageView, m_ui->input, m_ui->replyBanner, m_ui->replyLabel, m_ui->editBanner},
        *m_model, std::move(backend), this);
    connect(
        m_ui->replyCancelButton, &QToolButton::clicked, m_actions, &MessageActions::cancelReply);
    connect(&m_account.rooms(), &Im::RoomService::reactionRefused, this,
        [this](const Xmpp::Jid& room, const QString& why) {
            if (room == m_peer) {
                showEvent(why.isEmpty() ? tr("The room did not accept your reaction.")
                                        : tr("The room did not accept your reaction: %1")
                                              .arg(RemoteText::line(why, 200)));
            }
        });
}

void RoomWidget::sendText(const QString& text)
{
    Im::RoomService& rooms = m_account.rooms();
    if (!m_actions->editingId().isEmpty()) {
        if (!rooms.correctMessage(m_peer, m_actions->editingId(), text)) {
            refuseTooLong(m_ui->input, text);
            return;
        }
        m_actions->stopEditing();
    } else if (!rooms.sendMessage(m_peer, text, m_actions->replyTarget())) {
        refuseTooLong(m_ui->input, text);
        return;
    }
    m_actions->cancelReply();
    m_ui->messageView->scrollToNewest();
}

void RoomWidget::send()
{
    const QString text = m_ui->input->toPlainText().trimmed();
    if (!text.isEmpty()) {
        m_ui->input->clear();
        sendText(text);
    }
    m_ui->input->setFocus();
}

QStringList RoomWidget::otherNicks() const
{
    QStringList nicks = m_room->occupants().keys();
    nicks.removeOne(m_room->nick());
    return nicks;
}

void RoomWidget::updateHeader()
{
    m_ui->nameLabel->setText(title());
    m_ui->nameLabel->setToolTip(m_peer.toString());
    const QString subject = RemoteText::line(m_room->subject());
    m_ui->subjectLabel->setText(subject.isEmpty() ? tr("No subject") : subject);
    m_ui->subjectLabel->setToolTip(RemoteText::asRichText(m_room->subject()));
    m_ui->subjectLabel->setEnabled(!subject.isEmpty());
}

void RoomWidget::updateState()
{
    const bool joined = m_room->state() == MucRoom::State::Joined;
    m_ui->subjectButton->setVisible(joined && m_room->canModerate());
    m_ui->input->setPlaceholderText(joined
            ? tr("Write to the room as %1").arg(RemoteText::name(m_room->nick()))
            : tr("Write a message; it is sent once you are in the room"));
    if (joined) {
        m_ui->stateBanner->hide();
        return;
    }
    const bool joining = m_room->state() == MucRoom::State::Joining;
    m_ui->stateLabel->setText(
        joining || m_stateText.isEmpty() ? tr("Joining the room…") : m_stateText);
    m_ui->rejoinButton->setVisible(!joining && !m_stateText.isEmpty());
    m_ui->retryEdit->setVisible(!joining && m_retry != Retry::Join);
    m_ui->retryEdit->setEchoMode(
        m_retry == Retry::Password ? QLineEdit::Password : QLineEdit::Normal);
    m_ui->retryEdit->setPlaceholderText(
        m_retry == Retry::Password ? tr("Room password") : tr("Nickname"));
    m_ui->stateBanner->show();
}

void RoomWidget::onJoinFailed(const Xmpp::StanzaError& error)
{
    m_stateText = RoomText::joinError(error);
    m_ui->retryEdit->clear();
    if (error.condition() == Xmpp::StanzaError::Condition::Conflict
        || error.condition() == Xmpp::StanzaError::Condition::JidMalformed
        || error.condition() == Xmpp::StanzaError::Condition::NotAcceptable) {
        m_retry = Retry::Nickname;
        // A suggestion the user can take as it is.
        m_ui->retryEdit->setText(m_room->nick() + u'_');
    } else if (error.condition() == Xmpp::StanzaError::Condition::NotAuthorized) {
        m_retry = Retry::Password;
    } else {
        m_retry = Retry::Join;
    }
    updateState();
    if (m_retry != Retry::Join) {
        m_ui->retryEdit->setFocus();
        m_ui->retryEdit->selectAll();
    }
}

void RoomWidget::rejoin()
{
    const QString entered = m_ui->retryEdit->text().trimmed();
    QString nick = m_room->nick();
    QString password;
    if (m_retry == Retry::Nickname && !entered.isEmpty()) {
        nick = entered;
    } else if (m_retry == Retry::Password) {
        password = m_ui->retryEdit->text();
    }
    m_stateText.clear();
    m_retry = Retry::Join;
    m_account.rooms().join(m_peer, nick, password);
    updateState();
}

void RoomWidget::showEvent(const QString& text)
{
    m_ui->eventLabel->setText(text);
}

void RoomWidget::updateGroupVisibility()
{
    for (int row = 0; row < m_occupants->rowCount(); ++row) {
        const QModelIndex group = m_occupants->index(row, 0);
        m_ui->occupantView->setRowHidden(row, {}, m_occupants->rowCount(group) == 0);
        m_ui->occupantView->expand(group);
    }
}

void RoomWidget::changeSubject()
{
    bool ok = false;
    const QString subject = QInputDialog::getMultiLineText(
        this, tr("Room subject"), tr("What the room is about now:"), m_room->subject(), &ok);
    if (ok) {
        m_room->setSubject(subject.trimmed());
    }
}

void RoomWidget::invite()
{
    bool ok = false;
    const QString address = QInputDialog::getText(this, tr("Invite to %1").arg(title()),
        tr("Address of the person to invite, like name@example.org:"), QLineEdit::Normal, {}, &ok)
                                .trimmed();
    if (!ok || address.isEmpty()) {
        return;
    }
    const Xmpp::Jid invitee = Xmpp::Jid::fromString(address);
    if (!invitee.isValid() || invitee.local().isEmpty()) {
        showEvent(tr("“%1” is not an address like name@example.org.").arg(address.left(100)));
        return;
    }
    m_account.rooms().invite(m_peer, invitee);
    showEvent(tr("Invitation sent to %1").arg(invitee.bare().toString()));
}

void RoomWidget::changeNick()
{
    bool ok = false;
    const QString nick = QInputDialog::getText(this, tr("Change nickname"),
        RemoteText::asRichText(tr("Your nickname in %1:").arg(title())), QLineEdit::Normal,
        m_room->nick(), &ok)
                             .trimmed();
    if (ok && !nick.isEmpty() && nick != m_room->nick()) {
        m_room->changeNick(nick);
    }
}

void RoomWidget::configure()
{
    QPointer<RoomWidget> self(this);
    m_room->requestConfiguration(
        this, [self](const std::optional<Xmpp::DataForm>& form, const Xmpp::StanzaError& error) {
            if (!self) {
                return;
            }
            if (!form) {
                self->reportRefusal(error);
                return;
            }
            QDialog dialog(self);
            dialog.setWindowTitle(tr("Settings of %1").arg(self->title()));
            auto* layout = new QVBoxLayout(&dialog);
            auto* editor = new DataFormWidget(&dialog);
            editor->setForm(*form);
            layout->addWidget(editor);
            auto* buttons
                = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
            layout->addWidget(buttons);
            buttons->button(QDialogButtonBox::Save)->setDefault(true);
            connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
            connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
            if (dialog.exec() == QDialog::Accepted && self) {
                self->m_room->submitConfiguration(
                    editor->form(), self, [self](const std::optional<Xmpp::StanzaError>& refused) {
                        if (self && refused) {
                            self->reportRefusal(*refused);
                        }
                    });
            }
        });
}

QMenu* RoomWidget::occupantMenu(const QString& nick)
{
    auto* menu = new OccupantMenu(*m_room, nick, this);
    menu->setRefusalHandler([this](const Xmpp::StanzaError& error) { reportRefusal(error); });
    connect(menu, &OccupantMenu::mentionRequested, this, [this](const QString& mentioned) {
        m_ui->input->insertPlainText(mentioned + u": "_s);
        m_ui->input->setFocus();
    });
    connect(menu, &OccupantMenu::privateChatRequested, this, &ChatTab::chatRequested);
    return menu;
}

void RoomWidget::reportRefusal(const Xmpp::StanzaError& error)
{
    showEvent(RoomText::refusal(error));
}

} // namespace Palaver::Gui
