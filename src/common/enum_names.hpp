#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace rectrack {

// The one table that spells an enum's values, used both ways.
template <typename E, std::size_t N>
struct EnumNames {
    std::array<std::pair<E, std::string_view>, N> entries;

    [[nodiscard]] constexpr std::string_view name(E value) const {
        for (const auto& [e, text] : entries) {
            if (e == value) return text;
        }
        return {};
    }
    [[nodiscard]] constexpr std::optional<E> parse(std::string_view text) const {
        for (const auto& [e, name] : entries) {
            if (name == text) return e;
        }
        return std::nullopt;
    }
};

template <typename E, typename... T>
constexpr auto enum_names(std::pair<E, T>... entries) {
    return EnumNames<E, sizeof...(T)>{{std::pair<E, std::string_view>{entries.first, entries.second}...}};
}

}  // namespace rectrack
