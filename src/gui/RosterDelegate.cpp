#include "RosterDelegate.h"

#include "PresenceStyle.h"
#include "RemoteText.h"
#include "im/models/RosterModel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;
using Palaver::Im::RosterModel;

namespace Palaver::Gui {

namespace {

constexpr int AvatarSize = 32;
constexpr int Margin = 6;
constexpr int PresenceSize = 12;

bool isRequest(const QModelIndex& index)
{
    return index.data(RosterModel::RequestPendingRole).toBool()
        && index.parent().data(RosterModel::GroupKindRole).toInt()
        == int(RosterModel::GroupKind::Requests);
}

} // namespace

RosterDelegate::RosterDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QSize RosterDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    if (index.data(RosterModel::GroupKindRole).toInt() == int(RosterModel::GroupKind::Account)) {
        return {option.rect.width(), metrics.height() + 4 * Margin};
    }
    if (index.data(RosterModel::IsGroupRole).toBool()) {
        return {option.rect.width(), metrics.height() + 2 * Margin};
    }
    return {option.rect.width(), qMax(AvatarSize, 2 * metrics.height() + 2) + 2 * Margin};
}

void RosterDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto kind = RosterModel::GroupKind(index.data(RosterModel::GroupKindRole).toInt());
    if (index.data(RosterModel::IsGroupRole).toBool() && kind == RosterModel::GroupKind::Account) {
        paintAccount(painter, option, index);
    } else if (index.data(RosterModel::IsGroupRole).toBool()) {
        paintGroup(painter, option, index);
    } else {
        paintContact(painter, option, index);
    }
    painter->restore();
}

void RosterDelegate::paintGroup(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole role = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->setPen(option.palette.color(QPalette::Active, role));
    QString name = RemoteText::name(index.data(RosterModel::NameRole).toString());
    const auto kind = RosterModel::GroupKind(index.data(RosterModel::GroupKindRole).toInt());
    if (kind == RosterModel::GroupKind::Ungrouped) {
        name = tr("Contacts");
    } else if (kind == RosterModel::GroupKind::Requests) {
        name = tr("Contact requests");
    }
    // A closed group says so (a long list of requests starts closed).
    if (!(option.state & QStyle::State_Open) && index.model()->hasChildren(index)) {
        name = u"▸ "_s + name;
    }
    const QRect text = option.rect.adjusted(Margin, 0, -Margin, 0);
    const QFontMetrics metrics(font);
    const QString counts = kind == RosterModel::GroupKind::Requests
        ? QString::number(index.data(RosterModel::ContactCountRole).toInt())
        : tr("%1/%2")
              .arg(index.data(RosterModel::OnlineCountRole).toInt())
              .arg(index.data(RosterModel::ContactCountRole).toInt());
    const int countsWidth = metrics.horizontalAdvance(counts) + Margin;
    painter->drawText(text.adjusted(0, 0, -countsWidth, 0), Qt::AlignVCenter | Qt::AlignLeft,
        metrics.elidedText(name, Qt::ElideRight, text.width() - countsWidth));
    painter->setFont(option.font);
    painter->setPen(
        option.palette.color(QPalette::Active, selected ? role : QPalette::PlaceholderText));
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignRight, counts);
}

// An account's section (when there are several): its address and how it is signed in.
void RosterDelegate::paintAccount(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole role = selected ? QPalette::HighlightedText : QPalette::Text;
    const int show = index.data(RosterModel::PresenceShowRole).toInt();
    const QRect rect = option.rect.adjusted(Margin, 0, -Margin, 0);
    const QRect iconRect(
        rect.left(), rect.top() + (rect.height() - PresenceSize) / 2, PresenceSize, PresenceSize);
    PresenceStyle::icon(show).paint(painter, iconRect);

    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics bold(font);
    const QString state = PresenceStyle::name(show);
    const int stateWidth = QFontMetrics(option.font).horizontalAdvance(state) + Margin;
    const QRect text = rect.adjusted(PresenceSize + Margin, 0, 0, 0);
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::Active, role));
    painter->drawText(text.adjusted(0, 0, -stateWidth, 0), Qt::AlignVCenter | Qt::AlignLeft,
        bold.elidedText(RemoteText::name(index.data(RosterModel::NameRole).toString()),
            Qt::ElideMiddle, text.width() - stateWidth));
    painter->setFont(option.font);
    painter->setPen(
        option.palette.color(QPalette::Active, selected ? role : QPalette::PlaceholderText));
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignRight, state);
    // A rule above each section but the first sets the accounts apart.
    if (index.row() > 0) {
        painter->setPen(option.palette.color(QPalette::Active, QPalette::Mid));
        painter->drawLine(option.rect.topLeft(), option.rect.topRight());
    }
}

void RosterDelegate::paintContact(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QRect rect = option.rect;
    const QString jid = index.data(RosterModel::JidRole).toString();
    const QString name = RemoteText::name(index.data(RosterModel::NameRole).toString());
    const int show = index.data(RosterModel::PresenceShowRole).toInt();
    const bool request = isRequest(index);
    const qreal ratio = painter->device()->devicePixelRatioF();

    const QRect avatarRect(rect.left() + Margin, rect.top() + (rect.height() - AvatarSize) / 2,
        AvatarSize, AvatarSize);
    painter->save();
    if (show == PresenceStyle::Offline && !request) {
        painter->setOpacity(0.55);
    }
    painter->drawPixmap(avatarRect,
        m_avatars.avatar(
            jid, name, index.data(RosterModel::AvatarPathRole).toString(), AvatarSize, ratio));
    painter->restore();
    const QRect presenceRect(avatarRect.right() - PresenceSize + 3,
        avatarRect.bottom() - PresenceSize + 3, PresenceSize, PresenceSize);
    painter->setBrush(option.palette.color(QPalette::Base));
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(presenceRect.adjusted(-1, -1, 1, 1));
    const QIcon presenceIcon = request ? PresenceStyle::requestIcon() : PresenceStyle::icon(show);
    presenceIcon.paint(painter, presenceRect);

    int right = rect.right() - Margin;
    const int unread = index.data(RosterModel::UnreadCountRole).toInt();
    if (request) {
        right = approveButtonRect(rect, index).left() - Margin;
        paintButton(painter, approveButtonRect(rect, index), approveText(index), true, option);
        paintButton(painter, denyButtonRect(rect, index), denyText(index), false, option);
    } else if (unread > 0) {
        const QFontMetrics metrics(option.font);
        const int width
            = qMax(metrics.height() + 4, metrics.horizontalAdvance(QString::number(unread)) + 12);
        const QRect badge(right - width, rect.center().y() - (metrics.height() + 4) / 2, width,
            metrics.height() + 4);
        paintBadge(painter, badge, unread, option);
        right = badge.left() - Margin;
    }

    const bool selected = option.state & QStyle::State_Selected;
    const QColor textColor = option.palette.color(
        QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = textColor;
    secondary.setAlphaF(0.65f);
    const int left = avatarRect.right() + Margin + 2;
    const int textWidth = qMax(0, right - left);
    QFont nameFont = option.font;
    nameFont.setBold(unread > 0);
    const QFontMetrics nameMetrics(nameFont);
    QString status = request ? index.data(RosterModel::RequestMessageRole).toString()
                             : index.data(RosterModel::StatusTextRole).toString();
    if (request && isMessageRequest(index)) {
        status = tr("Not a contact: “%1”").arg(status);
    } else if (request && status.isEmpty()) {
        status = tr("Wants to see when you are online");
    } else if (!request && index.data(RosterModel::AskPendingRole).toBool()) {
        status = tr("Waiting for approval");
    }
    status = RemoteText::line(status);
    const int lineHeight = nameMetrics.height();
    const int top
        = status.isEmpty() ? rect.center().y() - lineHeight / 2 : rect.center().y() - lineHeight;
    painter->setFont(nameFont);
    painter->setPen(textColor);
    painter->drawText(QRect(left, top, textWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(name, Qt::ElideRight, textWidth));
    if (!status.isEmpty()) {
        const QFontMetrics metrics(option.font);
        painter->setFont(option.font);
        painter->setPen(secondary);
        painter->drawText(QRect(left, top + lineHeight + 1, textWidth, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(status, Qt::ElideRight, textWidth));
    }
}

void RosterDelegate::paintBadge(
    QPainter* painter, const QRect& rect, int count, const QStyleOptionViewItem& option) const
{
    QPainterPath path;
    path.addRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
    painter->fillPath(path, QColor(0xe0, 0x31, 0x31));
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, count > 999 ? u"999+"_s : QString::number(count));
}

void RosterDelegate::paintButton(QPainter* painter, const QRect& rect, const QString& text,
    bool primary, const QStyleOptionViewItem& option) const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    const QColor accent = option.palette.color(QPalette::Active, QPalette::Highlight);
    if (primary) {
        painter->fillPath(path, accent);
        painter->setPen(option.palette.color(QPalette::Active, QPalette::HighlightedText));
    } else {
        painter->fillPath(path, option.palette.color(QPalette::Active, QPalette::Button));
        painter->setPen(option.palette.color(QPalette::Active, QPalette::Mid));
        painter->drawPath(path);
        painter->setPen(option.palette.color(QPalette::Active, QPalette::ButtonText));
    }
    painter->setFont(option.font);
    painter->drawText(rect, Qt::AlignCenter, text);
}

bool RosterDelegate::isMessageRequest(const QModelIndex& index)
{
    return index.data(RosterModel::RequestKindRole).value<RosterModel::RequestKind>()
        == RosterModel::RequestKind::Messages;
}

QString RosterDelegate::approveText(const QModelIndex& index) const
{
    return isMessageRequest(index) ? tr("Accept") : tr("Approve");
}

QString RosterDelegate::denyText(const QModelIndex& index) const
{
    return isMessageRequest(index) ? tr("Block") : tr("Deny");
}

int RosterDelegate::buttonWidth(const QString& text) const
{
    return QFontMetrics(QApplication::font()).horizontalAdvance(text) + 16;
}

QRect RosterDelegate::denyButtonRect(const QRect& row, const QModelIndex& index) const
{
    const int height = QFontMetrics(QApplication::font()).height() + 8;
    const int width = buttonWidth(denyText(index));
    return {row.right() - Margin - width, row.center().y() - height / 2, width, height};
}

QRect RosterDelegate::approveButtonRect(const QRect& row, const QModelIndex& index) const
{
    const QRect deny = denyButtonRect(row, index);
    const int width = buttonWidth(approveText(index));
    return {deny.left() - 4 - width, deny.top(), width, deny.height()};
}

bool RosterDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
    const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease && isRequest(index)) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            if (approveButtonRect(option.rect, index).contains(mouse->position().toPoint())) {
                Q_EMIT approveClicked(index);
                return true;
            }
            if (denyButtonRect(option.rect, index).contains(mouse->position().toPoint())) {
                Q_EMIT denyClicked(index);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Palaver::Gui
