#include "ingest/theme_cell.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

#include "ingest/sdg_reference.hpp"

namespace rectrack {

namespace {

enum class ItemKind { theme, affected_group, sdg };

constexpr std::string_view en_dash = "\xE2\x80\x93";
constexpr std::string_view bullet = "\xE2\x80\xA2";

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

// The kind of items a heading such as "Affected persons:" or "SDGs:" announces; nullopt for no heading.
// Only known labels count: "Persons with disabilities: accessibility" is a theme, not a heading.
std::optional<ItemKind> heading_kind(std::string_view label) {
    static const std::vector<std::pair<std::string_view, ItemKind>> headings = {
        {"affected persons", ItemKind::affected_group},
        {"persons affected", ItemKind::affected_group},
        {"affected groups", ItemKind::affected_group},
        {"groups of persons", ItemKind::affected_group},
        {"groups of persons affected", ItemKind::affected_group},
        {"sdgs", ItemKind::sdg},
        {"sdg", ItemKind::sdg},
        {"relevant sdgs", ItemKind::sdg},
        {"sustainable development goals", ItemKind::sdg},
        {"themes", ItemKind::theme},
        {"theme", ItemKind::theme},
        {"human rights themes", ItemKind::theme},
    };
    const auto title = lower(list_item_text(label));
    for (const auto& [name, kind] : headings) {
        if (title == name) return kind;
    }
    return std::nullopt;
}

void add_unique(std::vector<std::string>& values, std::string value) {
    if (value.empty() || std::find(values.begin(), values.end(), value) != values.end()) return;
    values.push_back(std::move(value));
}

void add_item(ThemeCell& cell, ItemKind kind, std::string_view item) {
    if (kind == ItemKind::sdg) {
        for (auto& sdg : sdg_references(item)) add_unique(cell.sdgs, std::move(sdg));
        return;
    }
    add_unique(kind == ItemKind::theme ? cell.themes : cell.affected_groups, list_item_text(item));
}

}  // namespace

std::string list_item_text(std::string_view item) {
    std::string out;
    bool space = false;
    for (const char c : item) {
        if (std::isspace(static_cast<unsigned char>(c)) != 0) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    std::string_view text = out;
    while (true) {
        if (text.starts_with("- ") || text.starts_with("* ")) {
            text.remove_prefix(2);
        } else if (text.starts_with(en_dash) || text.starts_with(bullet)) {
            text.remove_prefix(3);
        } else if (text.starts_with(' ')) {
            text.remove_prefix(1);
        } else {
            break;
        }
    }
    return std::string(text);
}

ThemeCell ThemeCell::read(const std::vector<std::string>& paragraphs) {
    ThemeCell cell;
    ItemKind kind = ItemKind::theme;
    for (const auto& paragraph : paragraphs) {
        const auto item = list_item_text(paragraph);
        const auto colon = item.find(':');
        const auto heading = colon == std::string::npos ? std::nullopt : heading_kind(item.substr(0, colon));
        if (heading) {
            kind = *heading;
            add_item(cell, kind, item.substr(colon + 1));
        } else {
            add_item(cell, kind, item);
        }
    }
    return cell;
}

std::vector<std::string> ThemeCell::read_sdgs(const std::vector<std::string>& paragraphs) {
    ThemeCell cell;
    for (const auto& paragraph : paragraphs) add_item(cell, ItemKind::sdg, paragraph);
    return cell.sdgs;
}

}  // namespace rectrack
