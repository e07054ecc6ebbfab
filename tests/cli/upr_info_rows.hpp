#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace rectrack::test {

// One row of a UPR Info export as the test itself reads it, independently of the product's parser.
struct UprInfoRow {
    long line = 0;
    std::string to;
    std::string text;  // surrounding spaces removed
    std::string from;  // entities decoded: "(Unknown)" when UPR Info names no state
    std::string response;
    int session = 0;
    std::string issues;  // the Issue column as written: UPR Info issues separated by commas
};

// Reads a UPR Info CSV (Mac Roman or UTF-8, CR line ends, quoted fields) with a minimal reader of its own.
std::vector<UprInfoRow> read_upr_info_rows(const std::filesystem::path& csv);

// State names and aliases from the repository's reference data (data/states.tsv), to their codes.
const std::map<std::string, std::string>& state_codes_by_name();

// The code of a state name as written in UPR Info exports; throws for a name the reference data lacks.
std::string state_code(const std::string& name);

// The UPR cycle of a session: sessions 1-12 were the first cycle, 13-26 the second, 27-40 the third.
inline int upr_cycle(int session) { return session <= 12 ? 1 : session <= 26 ? 2 : session <= 40 ? 3 : 4; }

}  // namespace rectrack::test
