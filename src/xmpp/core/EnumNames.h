// EnumNames: tables of the names an enumeration has on the wire, looked up both ways.
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace Palaver::Xmpp {

template<typename Enum> using EnumName = std::pair<Enum, QStringView>;

// The name of value, or an empty string when it has none on the wire.
template<typename Enum, std::size_t Count>
QString nameOf(const std::array<EnumName<Enum>, Count>& table, Enum value)
{
    for (const auto& [candidate, name] : table) {
        if (candidate == value) {
            return name.toString();
        }
    }
    return {};
}

template<typename Enum, std::size_t Count>
std::optional<Enum> valueOf(const std::array<EnumName<Enum>, Count>& table, QStringView name)
{
    for (const auto& [value, candidate] : table) {
        if (candidate == name) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace Palaver::Xmpp
