#pragma once

#include <array>
#include <string>
#include <string_view>

namespace rectrack::bench {

// The fixed 50 queries of the search benchmark, in rectrack's (and Xapian's) query language: 20 words,
// 10 phrases, 10 boolean queries and 10 prefixes. Broad words such as "women" and "children" match tens of
// thousands of recommendations at 250,000.
inline constexpr std::array<std::string_view, 50> search_queries{"women",
                                                                 "children",
                                                                 "torture",
                                                                 "education",
                                                                 "health",
                                                                 "ratify",
                                                                 "discrimination",
                                                                 "freedom",
                                                                 "journalists",
                                                                 "migrants",
                                                                 "disabilities",
                                                                 "trafficking",
                                                                 "corruption",
                                                                 "poverty",
                                                                 "indigenous",
                                                                 "refugees",
                                                                 "police",
                                                                 "prison",
                                                                 "elections",
                                                                 "marriage",
                                                                 "\"death penalty\"",
                                                                 "\"freedom of expression\"",
                                                                 "\"human rights defenders\"",
                                                                 "\"violence against women\"",
                                                                 "\"optional protocol\"",
                                                                 "\"national human rights institution\"",
                                                                 "\"rule of law\"",
                                                                 "\"child labour\"",
                                                                 "\"domestic violence\"",
                                                                 "\"freedom of religion\"",
                                                                 "women AND violence",
                                                                 "children OR child",
                                                                 "torture -CAT",
                                                                 "(women OR girls) education",
                                                                 "discrimination NOT women",
                                                                 "ratify AND (CAT OR CPED)",
                                                                 "\"death penalty\" OR execution",
                                                                 "police torture",
                                                                 "health -HIV",
                                                                 "journalists OR \"human rights defenders\"",
                                                                 "disabil*",
                                                                 "traffick*",
                                                                 "educat*",
                                                                 "indigen*",
                                                                 "discrimin*",
                                                                 "ratif*",
                                                                 "elect*",
                                                                 "prison*",
                                                                 "refuge*",
                                                                 "corrupt*"};

// The same query for SQLite FTS5, whose NOT is binary and which has no -word.
inline std::string fts5_query(std::string_view query) {
    std::string out;
    for (std::size_t i = 0; i < query.size(); ++i) {
        if (query[i] == '-' && (i == 0 || query[i - 1] == ' ')) {
            out += "NOT ";
        } else {
            out += query[i];
        }
    }
    return out;
}

}  // namespace rectrack::bench
