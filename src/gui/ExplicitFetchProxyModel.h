// ExplicitFetchProxyModel: passes a model through unchanged but hides canFetchMore() from the
// view. Qt's views fetch more whenever the last row is visible, which in a conversation
// (newest at the bottom, older pages fetched above) would load the whole history; the
// conversation view asks for older pages itself, when the user scrolls to the top.
#pragma once

#include <QIdentityProxyModel>

namespace Palaver::Gui {

class ExplicitFetchProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    bool canFetchMore(const QModelIndex& parent) const override;
    bool canFetchOlder() const;
    void fetchOlder();
};

} // namespace Palaver::Gui
