#include "OccupantDelegate.h"

#include "ContactColor.h"
#include "PresenceStyle.h"
#include "RemoteText.h"
#include "RoomText.h"
#include "im/models/OccupantsModel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

using namespace Qt::StringLiterals;
using Palaver::Im::OccupantsModel;

namespace Palaver::Gui {

void OccupantDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(OccupantsModel::IsGroupRole).toBool()) {
        option->text
            = RoomText::roleGroup(Xmpp::MucRole(index.data(OccupantsModel::RoleRole).toInt()),
                index.data(OccupantsModel::CountRole).toInt());
        option->font.setBold(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        return;
    }
    option->text = RemoteText::name(index.data(OccupantsModel::NickRole).toString());
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = PresenceStyle::icon(index.data(OccupantsModel::ShowRole).toInt());
    option->decorationSize = QSize(12, 12);
    const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
    option->palette.setColor(QPalette::Text,
        ContactColor::forIdentifier(index.data(OccupantsModel::NickRole).toString(), dark));
    if (index.data(OccupantsModel::IsSelfRole).toBool()) {
        option->font.setBold(true);
    }
}

bool OccupantDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
    const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid()
        || index.data(OccupantsModel::IsGroupRole).toBool()) {
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }
    QStringList lines {
        RemoteText::name(index.data(OccupantsModel::NickRole).toString()).toHtmlEscaped()};
    const auto role = Xmpp::MucRole(index.data(OccupantsModel::RoleRole).toInt());
    const auto affiliation
        = Xmpp::MucAffiliation(index.data(OccupantsModel::AffiliationRole).toInt());
    lines << tr("%1, %2").arg(RoomText::role(role), RoomText::affiliation(affiliation));
    if (const QString jid = index.data(OccupantsModel::RealJidRole).toString(); !jid.isEmpty()) {
        lines << jid.toHtmlEscaped();
    }
    QString presence = PresenceStyle::name(index.data(OccupantsModel::ShowRole).toInt());
    if (const QString status = index.data(OccupantsModel::StatusRole).toString();
        !status.isEmpty()) {
        presence += u" — "_s + RemoteText::line(status, 200).toHtmlEscaped();
    }
    lines << presence;
    QToolTip::showText(event->globalPos(), lines.join(u"<br>"_s), view);
    return true;
}

} // namespace Palaver::Gui
