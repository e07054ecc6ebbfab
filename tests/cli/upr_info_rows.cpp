#include "cli/upr_info_rows.hpp"

#include <array>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "cli/run_rectrack.hpp"
#include "support/test_paths.hpp"

namespace rectrack::test {

namespace {

// Unicode code points of Mac Roman bytes 0x80-0xFF (Apple's published mapping).
constexpr std::array<std::uint16_t, 128> mac_roman_high{
    0xc4,   0xc5,   0xc7,   0xc9,   0xd1,   0xd6,   0xdc,   0xe1,   0xe0,   0xe2,   0xe4, 0xe3,   0xe5,
    0xe7,   0xe9,   0xe8,   0xea,   0xeb,   0xed,   0xec,   0xee,   0xef,   0xf1,   0xf3, 0xf2,   0xf4,
    0xf6,   0xf5,   0xfa,   0xf9,   0xfb,   0xfc,   0x2020, 0xb0,   0xa2,   0xa3,   0xa7, 0x2022, 0xb6,
    0xdf,   0xae,   0xa9,   0x2122, 0xb4,   0xa8,   0x2260, 0xc6,   0xd8,   0x221e, 0xb1, 0x2264, 0x2265,
    0xa5,   0xb5,   0x2202, 0x2211, 0x220f, 0x3c0,  0x222b, 0xaa,   0xba,   0x3a9,  0xe6, 0xf8,   0xbf,
    0xa1,   0xac,   0x221a, 0x192,  0x2248, 0x2206, 0xab,   0xbb,   0x2026, 0xa0,   0xc0, 0xc3,   0xd5,
    0x152,  0x153,  0x2013, 0x2014, 0x201c, 0x201d, 0x2018, 0x2019, 0xf7,   0x25ca, 0xff, 0x178,  0x2044,
    0x20ac, 0x2039, 0x203a, 0xfb01, 0xfb02, 0x2021, 0xb7,   0x201a, 0x201e, 0x2030, 0xc2, 0xca,   0xc1,
    0xcb,   0xc8,   0xcd,   0xce,   0xcf,   0xcc,   0xd3,   0xd4,   0xf8ff, 0xd2,   0xda, 0xdb,   0xd9,
    0x131,  0x2c6,  0x2dc,  0xaf,   0x2d8,  0x2d9,  0x2da,  0xb8,   0x2dd,  0x2db,  0x2c7};

void append_utf8(std::string& out, std::uint32_t code_point) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

// Checks lead and continuation bytes only: enough to tell UTF-8 from Mac Roman text.
bool is_utf8(std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size();) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        const std::size_t length = lead < 0x80           ? 1
                                   : (lead >> 5) == 0x6  ? 2
                                   : (lead >> 4) == 0xE  ? 3
                                   : (lead >> 3) == 0x1E ? 4
                                                         : 0;
        if (length == 0 || i + length > bytes.size()) return false;
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80) return false;
        }
        i += length;
    }
    return true;
}

std::string decode(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (is_utf8(bytes)) return std::string(bytes);
    std::string out;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        append_utf8(out, byte < 0x80 ? byte : mac_roman_high[byte - 0x80]);
    }
    return out;
}

std::string trim_spaces(const std::string& s) {
    const auto first = s.find_first_not_of(' ');
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

// Splits CSV text into records of fields; each record keeps the line it starts on.
std::vector<std::pair<long, std::vector<std::string>>> split_records(const std::string& text) {
    std::vector<std::pair<long, std::vector<std::string>>> records;
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    long line = 1;
    long record_line = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\r' || c == '\n') ++line;
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::exchange(field, {}));
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            fields.push_back(std::exchange(field, {}));
            records.emplace_back(record_line, std::exchange(fields, {}));
            record_line = ++line;
        } else {
            field += c;
        }
    }
    if (!field.empty() || !fields.empty()) {
        fields.push_back(field);
        records.emplace_back(record_line, fields);
    }
    return records;
}

}  // namespace

std::vector<UprInfoRow> read_upr_info_rows(const std::filesystem::path& csv) {
    const auto records = split_records(decode(read_bytes(csv)));
    std::vector<UprInfoRow> rows;
    for (std::size_t i = 1; i < records.size(); ++i) {
        const auto& [line, f] = records[i];
        if (f.size() != 11) throw std::runtime_error(csv.string() + ": line " + std::to_string(line) + " is not a row");
        const std::string from = replace_all(replace_all(trim_spaces(f[4]), "&#40;", "("), "&#41;", ")");
        rows.push_back({line, trim_spaces(f[0]), trim_spaces(f[3]), from, trim_spaces(f[7]), std::stoi(f[10]), f[9]});
    }
    return rows;
}

const std::map<std::string, std::string>& state_codes_by_name() {
    static const std::map<std::string, std::string> codes = [] {
        std::map<std::string, std::string> by_name;
        std::istringstream tsv(read_bytes(source_dir() / "data/states.tsv"));
        std::string line;
        std::getline(tsv, line);
        while (std::getline(tsv, line)) {
            std::vector<std::string> columns;
            std::istringstream cells(line);
            for (std::string cell; std::getline(cells, cell, '\t');) columns.push_back(cell);
            if (columns.size() < 3) continue;
            by_name[columns[2]] = columns[0];
            if (columns.size() < 6) continue;
            std::istringstream aliases(columns[5]);
            for (std::string alias; std::getline(aliases, alias, '|');) by_name[alias] = columns[0];
        }
        return by_name;
    }();
    return codes;
}

std::string state_code(const std::string& name) {
    const auto& codes = state_codes_by_name();
    const auto found = codes.find(name);
    if (found == codes.end()) throw std::runtime_error("no state named " + name + " in data/states.tsv");
    return found->second;
}

}  // namespace rectrack::test
