#include "ingest/recommendation_texts.hpp"

#include <optional>
#include <string>

#include "ingest/state_list_parser.hpp"

namespace rectrack {

namespace {

constexpr int max_mended_names = 8;

// The name with one of its spaces removed that the directory knows, trying each space in turn.
std::optional<std::string> mended_name(const std::string& name, const StateDirectory& states) {
    for (auto space = name.find(' '); space != std::string::npos; space = name.find(' ', space + 1)) {
        std::string joined = name;
        joined.erase(space, 1);
        if (states.resolve(joined).ok()) return joined;
    }
    return std::nullopt;
}

// The names of a states column as one parenthesised list: one name per paragraph or comma.
std::string as_state_list(std::string_view column) {
    std::string list;
    for (const char c : column) {
        if (c == '\n' || c == ';') {
            list += ", ";
        } else {
            list += c;
        }
    }
    return " (" + list + ")";
}

}  // namespace

Result<std::vector<RecommendationText>> recommendation_texts(std::string_view text, std::string_view states_column,
                                                             const StateDirectory& states) {
    std::string printed(text);
    if (states_column.find_first_not_of(" \n") != std::string_view::npos) printed += as_state_list(states_column);
    const StateListParser lists(states);
    for (int mended = 0;; ++mended) {
        auto texts = lists.split(printed);
        if (texts.ok() || mended == max_mended_names) return texts;
        const auto name = texts.error().arg("name");
        const auto at = printed.find(name);
        const auto replacement = name.empty() ? std::nullopt : mended_name(name, states);
        if (!replacement || at == std::string::npos) return texts;
        printed.replace(at, name.size(), *replacement);
    }
}

}  // namespace rectrack
