#include "ingest/state_list_parser.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

namespace rectrack {

namespace {

constexpr std::size_t max_words_in_state_name = 8;

// A top-level parenthesised group of the text, with what it was found to hold.
struct Group {
    std::size_t open = 0;
    std::size_t close = 0;
    std::vector<std::string> codes;  // empty when the group is not a state list
    bool names_only = false;         // reads like a list of names, though not all resolved
    bool partly_resolved = false;    // some of those names are states
    std::string_view unresolved;     // the first name that is no state
};

struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\n");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\n") - first + 1);
}

std::vector<Group> top_level_groups(std::string_view text) {
    std::vector<Group> groups;
    int depth = 0;
    std::size_t open = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '(' && depth++ == 0) open = i;
        if (text[i] == ')' && depth > 0 && --depth == 0) groups.push_back(Group{open, i});
    }
    return groups;
}

// The names of a list, split at top-level ", " and " and "; a name may span several ("Bosnia and Herzegovina").
std::vector<Span> pieces(std::string_view list) {
    std::vector<Span> spans;
    int depth = 0;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (list[i] == '(') ++depth;
        if (list[i] == ')') --depth;
        if (depth != 0) continue;
        std::size_t separator = 0;
        if (list[i] == ',') separator = 1;
        if (list.substr(i, 5) == " and ") separator = 5;
        if (separator == 0) continue;
        spans.push_back(Span{begin, i});
        begin = i + separator;
        i = begin - 1;
    }
    spans.push_back(Span{begin, list.size()});
    return spans;
}

bool looks_like_name(std::string_view name) {
    name = trim(name);
    if (name.empty() || std::isupper(static_cast<unsigned char>(name.front())) == 0) return false;
    const bool has_digit = std::any_of(name.begin(), name.end(), [](char c) { return std::isdigit(c) != 0; });
    const bool has_lower = std::any_of(name.begin(), name.end(), [](char c) { return std::islower(c) != 0; });
    const auto words = static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) + 1;
    return !has_digit && has_lower && words <= max_words_in_state_name;
}

// Whether the text goes on with a new text (true) after position `at`, and where that text starts.
std::optional<std::size_t> text_break(std::string_view text, std::size_t at) {
    at = std::min(text.find_first_not_of(' ', at), text.size());
    if (at == text.size()) return at;
    if (text[at] == ';') return at + 1;
    if (text[at] == '.' && trim(text.substr(at + 1)).empty()) return text.size();
    if (text[at] != '/') return std::nullopt;
    const auto next = text.find_first_not_of(' ', at + 1);
    if (next == std::string_view::npos || std::isupper(static_cast<unsigned char>(text[next])) != 0) return at + 1;
    return std::nullopt;
}

void append_unique(std::vector<std::string>& codes, const std::vector<std::string>& more) {
    for (const auto& code : more) {
        if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    }
}

class Splitter {
 public:
    Splitter(const StateDirectory& states, std::string_view text) : states_(states), text_(text) {}

    Result<std::vector<RecommendationText>> run() {
        auto groups = top_level_groups(text_);
        for (auto& group : groups) classify(group);
        for (std::size_t i = 0; i < groups.size(); ++i) {
            const auto& group = groups[i];
            if (group.codes.empty()) {
                const bool closes_text = text_break(text_, group.close + 1).has_value();
                if (group.names_only && (group.partly_resolved || closes_text)) return unknown(group.unresolved);
                continue;
            }
            std::vector<std::string> codes = group.codes;
            std::size_t last = i;
            while (last + 1 < groups.size() && !groups[last + 1].codes.empty() &&
                   trim(text_.substr(groups[last].close + 1, groups[last + 1].open - groups[last].close - 1)).empty()) {
                append_unique(codes, groups[++last].codes);
            }
            append_unique(states_in_text_, codes);
            if (const auto next = text_break(text_, groups[last].close + 1)) emit(group.open, *next);
            i = last;
        }
        emit(text_.size(), text_.size());
        return std::move(texts_);
    }

 private:
    [[nodiscard]] std::string_view inside(const Group& group) const {
        return text_.substr(group.open + 1, group.close - group.open - 1);
    }

    [[nodiscard]] const State* resolve(std::string_view name) const {
        name = trim(name);
        if (auto state = states_.resolve(name); state.ok()) return *state;
        if (name.starts_with("the ")) {
            if (auto state = states_.resolve(name.substr(4)); state.ok()) return *state;
        }
        return nullptr;
    }

    // Resolves a group as a partition of its pieces into state names, longest names first.
    void classify(Group& group) const {
        const auto list = inside(group);
        const auto spans = pieces(list);
        const std::size_t n = spans.size();
        std::vector<std::optional<std::size_t>> next(n + 1);  // where the name starting at piece i ends
        std::vector<const State*> state(n + 1, nullptr);
        std::vector<bool> reachable(n + 1, false);
        reachable[n] = true;
        bool any_resolved = false;
        for (std::size_t i = n; i-- > 0;) {
            for (std::size_t j = n; j > i; --j) {
                const auto* found = resolve(list.substr(spans[i].begin, spans[j - 1].end - spans[i].begin));
                any_resolved = any_resolved || found != nullptr;
                if (found == nullptr || !reachable[j]) continue;
                next[i] = j;
                state[i] = found;
                reachable[i] = true;
                break;
            }
        }
        if (reachable[0]) {
            for (std::size_t i = 0; i < n; i = *next[i]) append_unique(group.codes, {state[i]->code});
            return;
        }
        group.names_only = std::all_of(spans.begin(), spans.end(), [&](const Span& s) {
            return looks_like_name(list.substr(s.begin, s.end - s.begin));
        });
        group.partly_resolved = any_resolved;
        if (group.names_only) group.unresolved = first_unresolved(list, spans);
    }

    // The first name where reading longest state names from the left gets stuck, up to the next comma.
    [[nodiscard]] std::string_view first_unresolved(std::string_view list, const std::vector<Span>& spans) const {
        std::size_t i = 0;
        while (i < spans.size()) {
            std::size_t j = spans.size();
            while (j > i && resolve(list.substr(spans[i].begin, spans[j - 1].end - spans[i].begin)) == nullptr) --j;
            if (j == i) break;
            i = j;
        }
        const std::size_t from = i < spans.size() ? spans[i].begin : 0;
        const auto comma = list.find(',', from);
        return trim(list.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from));
    }

    static Error unknown(std::string_view name) {
        return make_error(ErrorCode::invalid_input, "report.unknown_state").with("name", std::string(trim(name)));
    }

    // Closes the text running up to `end`; the next one starts at `resume`.
    void emit(std::size_t end, std::size_t resume) {
        auto text = trim(text_.substr(start_, end - start_));
        while (!text.empty() && (text.back() == ';' || text.back() == '/'))
            text = trim(text.substr(0, text.size() - 1));
        if (!text.empty()) {
            texts_.push_back(RecommendationText{std::string(text), std::move(states_in_text_)});
        } else if (!texts_.empty()) {
            append_unique(texts_.back().state_codes, states_in_text_);
        }
        states_in_text_.clear();
        start_ = resume;
    }

    const StateDirectory& states_;
    std::string_view text_;
    std::size_t start_ = 0;
    std::vector<std::string> states_in_text_;
    std::vector<RecommendationText> texts_;
};

}  // namespace

Result<std::vector<RecommendationText>> StateListParser::split(std::string_view recommendation) const {
    return Splitter(states_, trim(recommendation)).run();
}

}  // namespace rectrack
