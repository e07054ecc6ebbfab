#include "ingest/reference_data_loader.hpp"

#include <charconv>
#include <functional>
#include <set>
#include <stdexcept>
#include <string>

namespace rectrack {

namespace {

// One data/*.tsv file read row by row; every complaint names the file and the line.
class TsvFile {
 public:
    TsvFile(std::span<const EmbeddedFile> files, std::string_view path) : path_(path) {
        for (const auto& file : files) {
            if (file.path == path) {
                content_ = file.content;
                found_ = true;
            }
        }
        if (!found_) throw std::runtime_error("missing reference data file " + path_);
    }

    // Calls row with the fields of every line after the header, which must be exactly `columns`.
    void rows(std::string_view columns, const std::function<void(const std::vector<std::string_view>&)>& row) {
        const auto expected = split(columns, '\t').size();
        std::size_t start = 0;
        line_ = 0;
        while (start < content_.size()) {
            auto end = content_.find('\n', start);
            if (end == std::string_view::npos) end = content_.size();
            auto line = content_.substr(start, end - start);
            start = end + 1;
            ++line_;
            if (line.ends_with('\r')) line.remove_suffix(1);
            if (line_ == 1) {
                if (line != columns) fail("header is not \"" + std::string(columns) + "\"");
                continue;
            }
            if (line.empty()) continue;
            const auto fields = split(line, '\t');
            if (fields.size() != expected) {
                fail("expected " + std::to_string(expected) + " fields, found " + std::to_string(fields.size()));
            }
            row(fields);
        }
        if (line_ == 0) fail("empty file");
    }

    [[noreturn]] void fail(const std::string& problem) const {
        throw std::runtime_error(path_ + ":" + std::to_string(line_) + ": " + problem);
    }

    int number(std::string_view field, int low, int high) const {
        int value = 0;
        const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
        if (error != std::errc{} || end != field.data() + field.size() || value < low || value > high) {
            std::string problem = "\"";
            problem.append(field).append("\" is not a number from ");
            problem.append(std::to_string(low)).append(" to ").append(std::to_string(high));
            fail(problem);
        }
        return value;
    }

    std::string text(std::string_view field) const {
        if (field.empty()) fail("empty field");
        return std::string(field);
    }

    static std::vector<std::string_view> split(std::string_view text, char separator) {
        std::vector<std::string_view> parts;
        std::size_t start = 0;
        while (true) {
            const auto end = text.find(separator, start);
            if (end == std::string_view::npos) {
                parts.push_back(text.substr(start));
                return parts;
            }
            parts.push_back(text.substr(start, end - start));
            start = end + 1;
        }
    }

 private:
    std::string path_;
    std::string_view content_;
    bool found_ = false;
    std::size_t line_ = 0;
};

template <typename Key>
void require_unique(std::set<Key>& seen, const Key& key, const TsvFile& file) {
    if (!seen.insert(key).second) file.fail("duplicate entry");
}

}  // namespace

BuiltinReferenceData::BuiltinReferenceData() : BuiltinReferenceData(embedded_files()) {}

BuiltinReferenceData::BuiltinReferenceData(std::span<const EmbeddedFile> files) {
    {
        TsvFile file(files, "data/mechanisms.tsv");
        std::set<std::string> seen;
        file.rows("code\tname\ttreaty\tkind", [&](const auto& fields) {
            Mechanism mechanism;
            mechanism.code = file.text(fields[0]);
            mechanism.name = file.text(fields[1]);
            mechanism.treaty = std::string(fields[2]);
            const auto kind = mechanism_kind_from_string(fields[3]);
            if (!kind) file.fail("unknown mechanism kind \"" + std::string(fields[3]) + "\"");
            mechanism.kind = *kind;
            if (mechanism.treaty.empty() != (mechanism.kind == MechanismKind::upr)) {
                file.fail("only the UPR has no treaty");
            }
            require_unique(seen, mechanism.code, file);
            mechanisms_.push_back(std::move(mechanism));
        });
    }
    {
        TsvFile file(files, "data/sdg_goals.tsv");
        std::set<int> seen;
        file.rows("number\ttitle", [&](const auto& fields) {
            SdgGoal goal{file.number(fields[0], 1, 17), file.text(fields[1])};
            require_unique(seen, goal.number, file);
            sdg_goals_.push_back(std::move(goal));
        });
    }
    {
        TsvFile file(files, "data/sdg_targets.tsv");
        std::set<std::string> seen;
        file.rows("code\tgoal\ttext", [&](const auto& fields) {
            SdgTarget target{file.text(fields[0]), file.number(fields[1], 1, 17), file.text(fields[2])};
            if (!target.code.starts_with(std::to_string(target.goal) + ".")) file.fail("code does not start with goal");
            require_unique(seen, target.code, file);
            sdg_targets_.push_back(std::move(target));
        });
    }
    {
        TsvFile file(files, "data/upr_info_issues.tsv");
        std::set<std::string> seen;
        file.rows("name\tdefinition", [&](const auto& fields) {
            UprInfoIssue issue{file.text(fields[0]), file.text(fields[1])};
            require_unique(seen, issue.name, file);
            issues_.push_back(std::move(issue));
        });
    }
    {
        TsvFile file(files, "data/action_categories.tsv");
        std::set<int> seen;
        file.rows("number\tname\tdefinition", [&](const auto& fields) {
            ActionCategory category{file.number(fields[0], 1, 5), file.text(fields[1]), file.text(fields[2])};
            require_unique(seen, category.number, file);
            action_categories_.push_back(std::move(category));
        });
    }
}

const Mechanism* BuiltinReferenceData::find_mechanism(std::string_view code) const {
    for (const auto& mechanism : mechanisms_) {
        if (mechanism.code == code) return &mechanism;
    }
    return nullptr;
}

}  // namespace rectrack
