#include "ingest/chapeau_position.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace rectrack {

namespace {

bool mentions(const std::string& text, std::string_view phrase) { return text.find(phrase) != std::string::npos; }

template <std::size_t N>
bool mentions_any(const std::string& text, const std::array<std::string_view, N>& phrases) {
    return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) { return mentions(text, p); });
}

}  // namespace

std::optional<Position> chapeau_position(std::string_view chapeau) {
    std::string text(chapeau);
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    constexpr std::array<std::string_view, 4> rejected{"did not enjoy", "do not enjoy", "not accepted", "rejected"};
    constexpr std::array<std::string_view, 3> implemented{"already implemented", "have been implemented",
                                                          "being implemented"};
    constexpr std::array<std::string_view, 4> pending{"will be examined", "will examine", "will be considered",
                                                      "will provide responses"};
    constexpr std::array<std::string_view, 4> supported{"enjoy the support", "enjoyed the support", "are supported",
                                                        "accepted"};
    if (mentions_any(text, rejected)) return Position::noted;
    if (mentions_any(text, implemented)) return Position::supported;
    if (mentions_any(text, pending)) return Position::pending;
    if (mentions_any(text, supported)) return Position::supported;
    if (mentions(text, "noted") || mentions(text, "take note")) return Position::noted;
    return std::nullopt;
}

}  // namespace rectrack
