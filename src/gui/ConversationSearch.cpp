#include "ConversationSearch.h"

#include "ConversationView.h"
#include "MessageDelegate.h"
#include "im/models/MessagesModel.h"
#include "im/storage/MessageStore.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QToolButton>

using Palaver::Im::MessageRecord;

namespace Palaver::Gui {

ConversationSearch::ConversationSearch(
    const Widgets& widgets, Im::MessagesModel& model, Im::MessageStore& store, QWidget* owner)
    : QObject(owner)
    , m_widgets(widgets)
    , m_model(model)
    , m_store(store)
{
    widgets.bar->hide();
    auto* find = new QShortcut(QKeySequence::Find, owner);
    connect(find, &QShortcut::activated, this, &ConversationSearch::show);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), widgets.bar);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ConversationSearch::close);
    connect(widgets.edit, &QLineEdit::textChanged, this, &ConversationSearch::search);
    connect(widgets.edit, &QLineEdit::returnPressed, this,
        [this] { showMatch(QApplication::keyboardModifiers() & Qt::ShiftModifier ? -1 : 1); });
    connect(widgets.olderButton, &QToolButton::clicked, this, [this] { showMatch(1); });
    connect(widgets.newerButton, &QToolButton::clicked, this, [this] { showMatch(-1); });
    connect(widgets.closeButton, &QToolButton::clicked, this, &ConversationSearch::close);
    const auto continueRevealing = [this] {
        if (m_revealing != 0) {
            reveal(m_revealing);
        }
    };
    connect(&model, &QAbstractItemModel::rowsInserted, this, continueRevealing);
    connect(&model, &Im::MessagesModel::pageLoaded, this, continueRevealing);
}

void ConversationSearch::show()
{
    m_widgets.bar->show();
    m_widgets.edit->setFocus();
    m_widgets.edit->selectAll();
}

void ConversationSearch::close()
{
    m_widgets.edit->clear();
    m_widgets.bar->hide();
    if (m_widgets.input) {
        m_widgets.input->setFocus();
    }
}

bool ConversationSearch::isOpen() const
{
    return m_widgets.bar->isVisible();
}

void ConversationSearch::search(const QString& text)
{
    m_widgets.view->messageDelegate().setHighlight(text.trimmed());
    m_widgets.view->viewport()->update();
    m_matches.clear();
    m_match = -1;
    m_widgets.resultLabel->clear();
    if (text.trimmed().isEmpty() || m_model.conversationId() == 0) {
        return;
    }
    const QString query = text.trimmed();
    m_store.search(query, m_model.conversationId(), 500, this,
        [this, query](const QList<MessageRecord>& found) {
            if (query != m_widgets.edit->text().trimmed()) {
                return; // the user typed on
            }
            for (const MessageRecord& record : found) {
                m_matches.append(record.id);
            }
            m_widgets.resultLabel->setText(m_matches.isEmpty()
                    ? tr("No match")
                    : tr("%n match(es)", nullptr, int(m_matches.size())));
            if (!m_matches.isEmpty()) {
                showMatch(1);
            }
        });
}

void ConversationSearch::showMatch(int step)
{
    if (m_matches.isEmpty()) {
        return;
    }
    m_match = qBound(0, m_match + step, int(m_matches.size()) - 1);
    m_widgets.resultLabel->setText(tr("%1 of %2").arg(m_match + 1).arg(m_matches.size()));
    reveal(m_matches.at(m_match));
}

void ConversationSearch::reveal(qint64 id)
{
    const int row = m_model.rowOfId(id);
    if (row >= 0) {
        m_revealing = 0;
        m_widgets.view->scrollToRow(row);
        m_widgets.view->selectionModel()->select(
            m_widgets.view->model()->index(row, 0), QItemSelectionModel::ClearAndSelect);
        return;
    }
    m_revealing = m_model.isAtStart() ? 0 : id;
    if (m_revealing != 0 && m_model.canFetchMore({})) {
        m_model.fetchMore({});
    }
}

} // namespace Palaver::Gui
