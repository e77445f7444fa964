#include "ChatMessageActions.h"

#include "ConversationView.h"
#include "MessageDelegate.h"
#include "MessageMenu.h"
#include "RemoteText.h"
#include "im/models/MessagesModel.h"
#include "im/services/MessageService.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QShortcut>

using namespace Qt::StringLiterals;
using Palaver::Im::MessageRecord;
using Palaver::Im::MessagesModel;

namespace Palaver::Gui {

ChatMessageActions::ChatMessageActions(const Widgets& widgets, Im::MessagesModel& model,
    Im::MessageService& messages, const Xmpp::Jid& peer, QObject* parent)
    : QObject(parent)
    , m_widgets(widgets)
    , m_model(model)
    , m_messages(messages)
    , m_peer(peer)
{
    ConversationView* view = widgets.view;
    widgets.replyBanner->hide();
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& at) {
        const QModelIndex index = view->indexAt(at);
        if (!index.isValid()) {
            return;
        }
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(index);
        option.font = view->font();
        showMenu(index.row(), view->viewport()->mapToGlobal(at),
            view->messageDelegate().linkAt(option, index, at));
    });
    auto* copy = new QShortcut(QKeySequence::Copy, view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &ChatMessageActions::copySelected);
    connect(&view->messageDelegate(), &MessageDelegate::reactionClicked, this,
        [this](const QModelIndex& index, const QString& emoji) {
            toggleReaction(index.row(), emoji);
        });
    connect(&view->messageDelegate(), &MessageDelegate::quoteClicked, this,
        [this](const QModelIndex& index) { showAnswered(index.row()); });
    connect(
        &m_model, &MessagesModel::pageLoaded, this, &ChatMessageActions::continueShowingAnswered);
}

ChatMessageActions::~ChatMessageActions() = default;

const MessageRecord* ChatMessageActions::replyTarget() const
{
    return m_replyTarget.get();
}

void ChatMessageActions::startReply(int row)
{
    const MessageRecord* record = m_model.record(row);
    if (!record || record->retracted) {
        return;
    }
    m_replyTarget = std::make_unique<MessageRecord>(*record);
    m_widgets.replyLabel->setText(
        tr("Replying to: %1").arg(RemoteText::line(Im::MessageService::quoteOf(record->body))));
    m_widgets.replyBanner->show();
    m_widgets.input->setFocus();
}

void ChatMessageActions::cancelReply()
{
    m_replyTarget.reset();
    m_widgets.replyBanner->hide();
}

void ChatMessageActions::showMenu(int row, const QPoint& globalPosition, const QString& link)
{
    const MessageRecord* record = m_model.record(row);
    if (!record) {
        return;
    }
    MessageMenu::Options options;
    options.canReply = !record->retracted;
    options.canReact = !record->retracted && !Im::MessageService::referenceId(*record).isEmpty();
    options.canEdit = record->outgoing && !record->retracted && m_model.lastOutgoingRow() == row;
    options.canRetract = record->outgoing && !record->retracted;
    options.link = link;
    options.ownReactions = m_model.ownReactions(row);
    MessageMenu menu(options, m_widgets.view);
    connect(&menu, &MessageMenu::copyRequested, this, [this, row] {
        m_widgets.view->selectionModel()->select(
            m_widgets.view->model()->index(row, 0), QItemSelectionModel::ClearAndSelect);
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
    connect(&menu, &MessageMenu::replyRequested, this, [this, row] { startReply(row); });
    connect(&menu, &MessageMenu::reactionToggled, this,
        [this, row](const QString& emoji) { toggleReaction(row, emoji); });
    connect(&menu, &MessageMenu::editRequested, this, &ChatMessageActions::editLastRequested);
    connect(&menu, &MessageMenu::retractRequested, this, [this, row] { retract(row); });
    menu.exec(globalPosition);
}

void ChatMessageActions::toggleReaction(int row, const QString& emoji)
{
    const MessageRecord* record = m_model.record(row);
    if (!record || record->retracted) {
        return;
    }
    QStringList own = m_model.ownReactions(row);
    if (own.contains(emoji)) {
        own.removeAll(emoji);
    } else {
        own.append(emoji);
        MessageMenu::rememberReaction(emoji);
    }
    m_messages.react(m_peer, *record, own);
}

void ChatMessageActions::retract(int row)
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
        m_messages.retract(m_peer, target);
    }
}

void ChatMessageActions::copySelected() const
{
    QModelIndexList selected = m_widgets.view->selectionModel()->selectedIndexes();
    std::sort(selected.begin(), selected.end());
    QStringList parts;
    const QLocale locale;
    for (const QModelIndex& index : std::as_const(selected)) {
        const MessageRecord* record = m_model.record(index.row());
        if (!record || record->retracted) {
            continue;
        }
        if (selected.size() == 1) {
            parts.append(record->body);
            break;
        }
        const QString when = locale.toString(record->timestamp.toLocalTime(), QLocale::ShortFormat);
        const QString who
            = record->outgoing ? tr("Me") : Xmpp::Jid::fromString(record->sender).bare().toString();
        parts.append(u"[%1] %2: %3"_s.arg(when, who, record->body));
    }
    if (!parts.isEmpty()) {
        QGuiApplication::clipboard()->setText(parts.join(u'\n'));
    }
}

void ChatMessageActions::showAnswered(int row)
{
    const MessageRecord* record = m_model.record(row);
    if (!record || record->replyTo.isEmpty()) {
        return;
    }
    m_seeking = record->replyTo;
    continueShowingAnswered();
}

void ChatMessageActions::continueShowingAnswered()
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
