#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace rectrack::test {

// The recommendations of a JSONL export, one JSON object per line.
inline std::vector<nlohmann::json> export_lines(const std::string& exported) {
    std::vector<nlohmann::json> lines;
    std::size_t start = 0;
    while (start < exported.size()) {
        const auto end = exported.find('\n', start);
        lines.push_back(nlohmann::json::parse(exported.substr(start, end - start)));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return lines;
}

}  // namespace rectrack::test
