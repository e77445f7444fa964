#include "EmojiPicker.h"

#include "EmojiCatalog.h"

#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QTabBar>
#include <QVBoxLayout>

namespace Palaver::Gui {
namespace {
constexpr int Cell = 40;
}

EmojiPicker::EmojiPicker(QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_search(new QLineEdit(this))
    , m_groups(new QTabBar(this))
    , m_grid(new QListWidget(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    resize(Cell * 9 + 40, Cell * 7 + 90);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_search->setPlaceholderText(tr("Find an emoji"));
    m_search->setAccessibleName(tr("Find an emoji"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_groups->setExpanding(false);
    m_groups->setDrawBase(false);
    m_groups->setAccessibleName(tr("Emoji groups"));
    // The group's first emoji stands for it; its name is the tooltip.
    m_groups->addTab(QStringLiteral("🕘"));
    m_groups->setTabToolTip(0, tr("Recently used"));
    const EmojiCatalog& catalog = EmojiCatalog::instance();
    for (const QString& group : catalog.groups()) {
        const QList<EmojiCatalog::Emoji> members = catalog.inGroup(group);
        const int tab = m_groups->addTab(members.isEmpty() ? group : members.first().text);
        m_groups->setTabToolTip(tab, group);
    }
    layout->addWidget(m_groups);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setGridSize(QSize(Cell, Cell));
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setUniformItemSizes(true);
    m_grid->setAccessibleName(tr("Emoji"));
    m_grid->setTextElideMode(Qt::ElideNone);
    // In colour where the colour font is there (Debian: fonts-noto-color-emoji).
    QFont big = m_grid->font();
    big.setFamilies({QStringLiteral("Noto Color Emoji"), big.family()});
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_grid->setFont(big);
    QFont tabs = m_groups->font();
    tabs.setFamilies(big.families());
    m_groups->setFont(tabs);
    layout->addWidget(m_grid);

    connect(m_groups, &QTabBar::currentChanged, this, &EmojiPicker::showGroup);
    connect(m_search, &QLineEdit::textChanged, this, &EmojiPicker::showSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_grid->count() > 0) {
            Q_EMIT m_grid->itemActivated(m_grid->item(0));
        }
    });
    connect(m_grid, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        EmojiCatalog::remember(item->text());
        Q_EMIT emojiChosen(item->text());
        close();
    });
    connect(m_grid, &QListWidget::itemClicked, m_grid, &QListWidget::itemActivated);
    // Recently used first; with none yet, the first group.
    m_groups->setCurrentIndex(EmojiCatalog::recent().isEmpty() ? 1 : 0);
    showGroup(m_groups->currentIndex());
    m_search->setFocus();
}

void EmojiPicker::popUpAt(QWidget* anchor)
{
    QPoint at = anchor->mapToGlobal(QPoint(anchor->width() - width(), -height()));
    if (const QScreen* screen = anchor->screen()) {
        const QRect available = screen->availableGeometry();
        at.setX(qBound(available.left(), at.x(), available.right() - width()));
        at.setY(qBound(available.top(), at.y(), available.bottom() - height()));
    }
    move(at);
    show();
    m_search->setFocus();
}

void EmojiPicker::fill(const QStringList& texts, const QStringList& names)
{
    m_grid->clear();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto* item = new QListWidgetItem(texts.at(i), m_grid);
        item->setToolTip(names.value(i));
        item->setTextAlignment(Qt::AlignCenter);
        item->setSizeHint(QSize(Cell, Cell));
    }
}

void EmojiPicker::showGroup(int index)
{
    if (!m_search->text().isEmpty()) {
        return;
    }
    QStringList texts;
    QStringList names;
    const EmojiCatalog& catalog = EmojiCatalog::instance();
    if (index == 0) {
        texts = EmojiCatalog::recent();
        for (const QString& text : std::as_const(texts)) {
            const auto found = std::find_if(catalog.all().begin(), catalog.all().end(),
                [&](const EmojiCatalog::Emoji& emoji) { return emoji.text == text; });
            names.append(found != catalog.all().end() ? found->name : QString());
        }
    } else {
        for (const EmojiCatalog::Emoji& emoji :
            catalog.inGroup(catalog.groups().value(index - 1))) {
            texts.append(emoji.text);
            names.append(emoji.name);
        }
    }
    fill(texts, names);
}

void EmojiPicker::showSearch(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        showGroup(m_groups->currentIndex());
        return;
    }
    QStringList texts;
    QStringList names;
    for (const EmojiCatalog::Emoji& emoji : EmojiCatalog::instance().search(text)) {
        texts.append(emoji.text);
        names.append(emoji.name);
    }
    fill(texts, names);
}

} // namespace Palaver::Gui
