#include "ExplicitFetchProxyModel.h"

namespace Palaver::Gui {

bool ExplicitFetchProxyModel::canFetchMore(const QModelIndex&) const
{
    return false;
}

bool ExplicitFetchProxyModel::canFetchOlder() const
{
    return sourceModel() && sourceModel()->canFetchMore({});
}

void ExplicitFetchProxyModel::fetchOlder()
{
    if (canFetchOlder()) {
        sourceModel()->fetchMore({});
    }
}

} // namespace Palaver::Gui
