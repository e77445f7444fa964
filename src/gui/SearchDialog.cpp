#include "SearchDialog.h"

#include "SearchResultDelegate.h"
#include "im/models/SearchResultsModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

using Palaver::Im::SearchResultsModel;

namespace Palaver::Gui {

SearchDialog::SearchDialog(Im::MessageStore& store, NameOf nameOf, QWidget* parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QListView(this))
    , m_results(new SearchResultsModel(store, this))
{
    setWindowTitle(tr("Search All Messages"));
    resize(520, 480);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_view);
    m_edit->setPlaceholderText(tr("Search every chat and room"));
    m_edit->setAccessibleName(tr("Search all messages"));
    m_edit->setClearButtonEnabled(true);
    m_status->setText(tr("Type a word or the start of one; every word must appear."));
    m_view->setAccessibleName(tr("Messages found"));
    m_view->setModel(m_results);
    auto* delegate = new SearchResultDelegate(std::move(nameOf), m_view);
    m_view->setItemDelegate(delegate);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    // Searched as the user pauses, not at every key.
    auto* pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(250);
    connect(m_edit, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    const auto search = [this, delegate] {
        delegate->setText(m_edit->text().trimmed());
        m_results->search(m_edit->text());
    };
    connect(pause, &QTimer::timeout, this, search);
    connect(m_edit, &QLineEdit::returnPressed, this, [this, pause, search] {
        if (pause->isActive()) {
            pause->stop();
            search();
        } else if (m_results->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_results->index(0));
        }
    });
    connect(m_results, &SearchResultsModel::searchFinished, this, [this](int found) {
        if (m_results->text().isEmpty()) {
            m_status->setText(tr("Type a word or the start of one; every word must appear."));
        } else if (found == 0) {
            m_status->setText(tr("No message has these words."));
        } else if (found >= SearchResultsModel::MaxResults) {
            m_status->setText(tr("The newest %n messages with these words:", nullptr, found));
        } else {
            m_status->setText(tr("Messages found: %n", nullptr, found));
        }
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openRequested(index.data(SearchResultsModel::AccountRole).toString(),
            index.data(SearchResultsModel::PeerRole).toString(),
            index.data(SearchResultsModel::IsRoomRole).toBool(),
            index.data(SearchResultsModel::RecordIdRole).toLongLong());
    });
}

} // namespace Palaver::Gui
