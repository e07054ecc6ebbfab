#include "ingest/sdg_reference.hpp"

#include <algorithm>
#include <regex>

namespace rectrack {

namespace {

constexpr int sdg_goal_count = 17;

}  // namespace

std::vector<std::string> sdg_references(std::string_view line) {
    // Each comma- or semicolon-separated piece may open with one reference; the rest is its title.
    static const std::regex leading_reference(
        R"(^[\s\-*]*(?:(?:\xE2\x80[\x93\xA2])\s*)?(?:SDGs?|Goal|Target)?\s*(\d{1,2})(?:\.(\d{1,2}|[a-z]))?(?![\d.]*\d))",
        std::regex::icase);
    std::vector<std::string> references;
    std::size_t begin = 0;
    while (begin <= line.size()) {
        const auto end = std::min(line.find_first_of(",;", begin), line.size());
        const std::string piece(line.substr(begin, end - begin));
        std::smatch match;
        if (std::regex_search(piece, match, leading_reference)) {
            const int goal = std::stoi(match[1].str());
            std::string reference = std::to_string(goal);
            if (match[2].matched) reference += "." + match[2].str();
            const bool known = goal >= 1 && goal <= sdg_goal_count;
            if (known && std::find(references.begin(), references.end(), reference) == references.end()) {
                references.push_back(std::move(reference));
            }
        }
        begin = end + 1;
    }
    return references;
}

}  // namespace rectrack
