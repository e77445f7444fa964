#include "MessageActions.h"

#include "ConversationView.h"
#include "MessageDelegate.h"
#include "MessageInput.h"
#include "MessageMenu.h"
#include "RemoteText.h"
#include "im/models/MessagesModel.h"
#include "im/services/MessageService.h"
#include "xmpp/core/Jid.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;
using Palaver::Im::MessageRecord;
using Palaver::Im::MessagesModel;

namespace Palaver::Gui {

MessageActions::MessageActions(
    const Widgets& widgets, Im::MessagesModel& model, Backend backend, QObject* parent)
    : QObject(parent)
    , m_widgets(widgets)
    , m_model(model)
    , m_backend(std::move(backend))
{
    ConversationView* view = widgets.view;
    widgets.replyBanner->hide();
    widgets.editBanner->hide();
    connect(
        widgets.input, &MessageInput::editLastRequested, this, &MessageActions::startEditingLast);
    connect(widgets.input, &MessageInput::editCancelled, this, [this] {
        stopEditing();
        cancelReply();
    });
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& at) {
        const QModelIndex index = view->indexAt(at);
        if (!index.isValid()) {
            return;
        }
        showMenu(index.row(), view->viewport()->mapToGlobal(at),
            view->messageDelegate().linkAt(view->optionFor(index), index, at));
    });
    connect(view, &ConversationView::copyRequested, this, &MessageActions::copySelected);
    // X11 and Wayland keep a second clipboard, filled by selecting and pasted by middle click.
    connect(view, &ConversationView::textSelected, this, [this] {
        if (QGuiApplication::clipboard()->supportsSelection()) {
            QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
        }
    });
    connect(&view->messageDelegate(), &MessageDelegate::reactionClicked, this,
        [this](const QModelIndex& index, const QString& emoji) {
            toggleReaction(index.row(), emoji);
        });
    connect(&view->messageDelegate(), &MessageDelegate::menuRequested, this,
        [this](const QModelIndex& index, const QPoint& at) { showMenu(index.row(), at); });
    connect(&view->messageDelegate(), &MessageDelegate::quoteClicked, this,
        [this](const QModelIndex& index) { showAnswered(index.row()); });
    connect(&m_model, &MessagesModel::pageLoaded, this, &MessageActions::continueShowingAnswered);
}

MessageActions::~MessageActions() = default;

const MessageRecord* MessageActions::replyTarget() const
{
    return m_replyTarget.get();
}

void MessageActions::startReply(int row)
{
    const MessageRecord* record = m_model.record(row);
    if (!record || record->retracted || m_backend.referenceId(*record).isEmpty()) {
        return;
    }
    m_replyTarget = std::make_unique<MessageRecord>(*record);
    m_widgets.replyLabel->setText(
        tr("Replying to: %1").arg(RemoteText::line(Im::MessageService::quoteOf(record->body))));
    m_widgets.replyBanner->show();
    m_widgets.input->setFocus();
}

void MessageActions::cancelReply()
{
    m_replyTarget.reset();
    m_widgets.replyBanner->hide();
}

void MessageActions::startEditingLast()
{
    const MessageRecord* record = m_model.record(m_model.lastOutgoingRow());
    if (!record || record->messageId.isEmpty() || record->retracted || !mayAct()) {
        return;
    }
    m_editingId = record->messageId;
    m_stashedDraft = m_widgets.input->toPlainText(); // back once editing ends
    m_widgets.input->setDraft(record->body);
    m_widgets.input->moveCursor(QTextCursor::End);
    m_widgets.editBanner->show();
    m_widgets.input->setFocus();
}

void MessageActions::stopEditing()
{
    if (m_editingId.isEmpty()) {
        return;
    }
    m_editingId.clear();
    m_widgets.editBanner->hide();
    const QString stashed = std::exchange(m_stashedDraft, {});
    m_widgets.input->setDraft(stashed);
    // Sending the correction clears the input after this: the draft comes back after that.
    QTimer::singleShot(0, m_widgets.input, [input = m_widgets.input, stashed] {
        if (!stashed.isEmpty() && input->document()->isEmpty()) {
            input->setDraft(stashed);
        }
    });
}

void MessageActions::showMenu(int row, const QPoint& globalPosition, const QString& link)
{
    const MessageRecord* record = m_model.record(row);
    if (!record) {
        return;
    }
    const bool live = !record->retracted && mayAct();
    MessageMenu::Options options;
    options.canReply = live && !m_backend.referenceId(*record).isEmpty();
    options.canReact = options.canReply;
    options.canEdit = live && record->outgoing && m_model.lastOutgoingRow() == row;
    options.canRetract = live && record->outgoing;
    options.canModerate
        = !record->retracted && m_backend.mayModerate && m_backend.mayModerate(*record);
    options.link = link;
    options.ownReactions = m_model.ownReactions(row);
    MessageMenu menu(options, m_widgets.view);
    // Rows move while the menu is open (older history comes in above): the message is found
    // again by its id when an action is chosen.
    const auto rowNow = [this, id = record->id] { return m_model.rowOfId(id); };
    connect(&menu, &MessageMenu::copyRequested, this, [this, rowNow] {
        // The selected text when the menu is on it, else the whole message.
        if (m_widgets.view->textSelectionCovers(rowNow())) {
            copySelected();
            return;
        }
        m_widgets.view->clearTextSelection();
        m_widgets.view->selectionModel()->select(
            m_widgets.view->model()->index(rowNow(), 0), QItemSelectionModel::ClearAndSelect);
        copySelected();
    });
    connect(&menu, &MessageMenu::copyLinkRequested, this,
        [](const QString& url) { QGuiApplication::clipboard()->setText(url); });
    connect(&menu, &MessageMenu::quoteRequested, this, [this, body = record->body] {
        QString quoted;
        for (const QString& line : body.split(u'\n')) {
            quoted += u"> "_s + line + u'\n';
        }
        m_widgets.input->moveCursor(QTextCursor::End);
        m_widgets.input->insertPlainText(quoted);
        m_widgets.input->setFocus();
    });
    connect(&menu, &MessageMenu::replyRequested, this, [this, rowNow] { startReply(rowNow()); });
    connect(&menu, &MessageMenu::reactionToggled, this,
        [this, rowNow](const QString& emoji) { toggleReaction(rowNow(), emoji); });
    connect(&menu, &MessageMenu::editRequested, this, &MessageActions::startEditingLast);
    connect(&menu, &MessageMenu::retractRequested, this, [this, rowNow] { retract(rowNow()); });
    connect(&menu, &MessageMenu::moderateRequested, this, [this, rowNow] { moderate(rowNow()); });
    menu.exec(globalPosition);
}

void MessageActions::toggleReaction(int row, const QString& emoji)
{
    const MessageRecord* record = m_model.record(row);
    if (!record || record->retracted || !mayAct() || m_backend.referenceId(*record).isEmpty()) {
        return;
    }
    QStringList own = m_model.ownReactions(row);
    if (own.contains(emoji)) {
        own.removeAll(emoji);
    } else {
        own.append(emoji);
        MessageMenu::rememberReaction(emoji);
    }
    m_backend.react(*record, own);
}

void MessageActions::retract(int row)
{
    const MessageRecord* record = m_model.record(row);
    if (!record || !record->outgoing || record->retracted) {
        return;
    }
    const MessageRecord target = *record;
    const auto answer = QMessageBox::question(m_widgets.view->window(), tr("Delete Message"),
        tr("Delete this message for everyone? Clients that do not support deleting will still "
           "show it."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        m_backend.retract(target);
    }
}

void MessageActions::moderate(int row)
{
    const MessageRecord* record = m_model.record(row);
    if (!record || record->retracted || !m_backend.mayModerate || !m_backend.mayModerate(*record)) {
        return;
    }
    const MessageRecord target = *record;
    bool ok = false;
    const QString reason
        = QInputDialog::getText(m_widgets.view->window(), tr("Delete as Moderator"),
            tr("Delete this message for everyone in the room. Reason (optional, shown to "
               "everyone):"),
            QLineEdit::Normal, {}, &ok);
    if (ok) {
        m_backend.moderate(target, reason.trimmed());
    }
}

void MessageActions::copySelected() const
{
    if (const QString text = selectedText(); !text.isEmpty()) {
        QGuiApplication::clipboard()->setText(text);
    }
}

QString MessageActions::selectedText() const
{
    // The text selected with the mouse, or else whole messages selected as rows.
    QList<std::pair<int, QString>> selected = m_widgets.view->selectedTextParts();
    if (selected.isEmpty()) {
        QModelIndexList rows = m_widgets.view->selectionModel()->selectedIndexes();
        std::sort(rows.begin(), rows.end());
        for (const QModelIndex& index : std::as_const(rows)) {
            const MessageRecord* record = m_model.record(index.row());
            if (record && !record->retracted) {
                selected.append({index.row(), record->body});
            }
        }
    }
    if (selected.size() == 1) {
        return selected.first().second;
    }
    QStringList parts;
    const QLocale locale;
    for (const auto& [row, text] : std::as_const(selected)) {
        const MessageRecord* record = m_model.record(row);
        if (!record) {
            continue;
        }
        const QString when = locale.toString(record->timestamp.toLocalTime(), QLocale::ShortFormat);
        const Xmpp::Jid sender = Xmpp::Jid::fromString(record->sender);
        const QString who = record->outgoing             ? tr("Me")
            : record->kind == Im::ConversationKind::Room ? sender.resource()
                                                         : sender.bare().toString();
        parts.append(u"[%1] %2: %3"_s.arg(when, who, text));
    }
    return parts.join(u'\n');
}

void MessageActions::showAnswered(int row)
{
    const MessageRecord* record = m_model.record(row);
    if (!record || record->replyTo.isEmpty()) {
        return;
    }
    m_seeking = record->replyTo;
    continueShowingAnswered();
}

void MessageActions::continueShowingAnswered()
{
    if (m_seeking.isEmpty()) {
        return;
    }
    const int target = m_model.rowOfReference(m_seeking);
    if (target >= 0) {
        m_seeking.clear();
        m_widgets.view->scrollToRow(target);
        m_widgets.view->selectionModel()->select(
            m_widgets.view->model()->index(target, 0), QItemSelectionModel::ClearAndSelect);
        return;
    }
    if (m_model.isAtStart() || !m_model.canFetchMore({})) {
        m_seeking.clear(); // not in history: nothing more to load
        return;
    }
    m_model.fetchMore({});
}

} // namespace Palaver::Gui
