#include "ingest/list_heading.hpp"

#include <algorithm>
#include <regex>

namespace rectrack {

namespace {

constexpr std::size_t max_words_in_state_name = 8;

struct Word {
    std::size_t begin = 0;
    std::size_t end = 0;
};

std::vector<Word> words(std::string_view line) {
    std::vector<Word> found;
    std::size_t at = 0;
    while ((at = line.find_first_not_of(" \t", at)) != std::string_view::npos) {
        const auto end = std::min(line.find_first_of(" \t", at), line.size());
        found.push_back(Word{at, end});
        at = end;
    }
    return found;
}

const State* resolve(const StateDirectory& states, std::string_view name) {
    if (name.starts_with("the ")) name.remove_prefix(4);
    if (auto state = states.resolve(name); state.ok()) return *state;
    return nullptr;
}

// The longest run of words that names a state, the earliest such run first: "UPR of Slovenia (2nd ..."
// finds Slovenia, "Review of the Democratic Republic of the Congo" the whole name rather than "Congo".
const State* state_named_in(std::string_view line, const StateDirectory& states) {
    const auto found = words(line);
    for (std::size_t first = 0; first < found.size(); ++first) {
        const auto last_limit = std::min(found.size(), first + max_words_in_state_name);
        for (std::size_t last = last_limit; last-- > first;) {
            auto name = line.substr(found[first].begin, found[last].end - found[first].begin);
            if (const auto* state = resolve(states, name)) return state;
            while (!name.empty() && std::string_view(",;:.").find(name.back()) != std::string_view::npos) {
                name.remove_suffix(1);
            }
            if (const auto* state = resolve(states, name)) return state;
        }
    }
    return nullptr;
}

}  // namespace

int session_named_in(std::string_view line) {
    static const std::regex patterns[] = {
        std::regex(R"(UPR\s*-?\s*(\d{1,2})(?!\d))", std::regex::icase),
        std::regex(R"(session\s*(\d{1,2})(?!\d))", std::regex::icase),
        std::regex(R"((\d{1,2})(?:st|nd|rd|th)\s+session)", std::regex::icase),
    };
    const std::string text(line);
    for (const auto& pattern : patterns) {
        std::smatch match;
        if (std::regex_search(text, match, pattern)) return std::stoi(match[1].str());
    }
    return 0;
}

ListHeading ListHeading::read(const std::vector<std::string>& lines, std::string_view file_name,
                              const StateDirectory& states) {
    ListHeading heading;
    for (const auto& line : lines) {
        if (heading.state == nullptr) heading.state = state_named_in(line, states);
        if (heading.session == 0) heading.session = session_named_in(line);
    }
    if (heading.session == 0) heading.session = session_named_in(file_name);
    if (heading.state == nullptr) {
        std::string spaced(file_name);
        std::replace(spaced.begin(), spaced.end(), '_', ' ');
        heading.state = state_named_in(spaced, states);
    }
    return heading;
}

}  // namespace rectrack
