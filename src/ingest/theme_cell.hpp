#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rectrack {

// The labels an OHCHR list gives one recommendation in its themes cell, as written there:
// themes ("A12 Acceptance of international norms" or plain), then after "Affected persons:" (or
// "Groups of persons:") the groups, and after "SDGs:" the goals and targets, normalised by sdg_references.
struct ThemeCell {
    std::vector<std::string> themes;
    std::vector<std::string> affected_groups;
    std::vector<std::string> sdgs;

    // Reads the cell's paragraphs; each is one item, a heading ending in ':' switches the kind that follows.
    static ThemeCell read(const std::vector<std::string>& paragraphs);
    // Reads a cell holding SDGs only (the cycle IV "Relevant SDGs" column).
    static std::vector<std::string> read_sdgs(const std::vector<std::string>& paragraphs);
};

// A list item without its bullet ("- ", "• ", "– ") and with runs of white space collapsed.
std::string list_item_text(std::string_view item);

}  // namespace rectrack
