#include "ingest/state_normaliser.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>

#include "common/embedded_files.hpp"

namespace rectrack {

namespace {

constexpr std::string_view header = "code\talpha2\tname\tgroup\tmember\taliases";

bool is_ascii(std::string_view text) {
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

bool is_upper_code(std::string_view text, std::size_t length) {
    if (text.size() != length) return false;
    for (const char c : text) {
        if (c < 'A' || c > 'Z') return false;
    }
    return true;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const auto end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

// Builds a key one character at a time: spaces collapse, and parentheses hug their contents.
class KeyWriter {
 public:
    explicit KeyWriter(std::string& out) : out_(out) { out_.clear(); }

    void space() { pending_space_ = !out_.empty() && out_.back() != '('; }
    void text(std::string_view piece) {
        if (pending_space_) out_.push_back(' ');
        pending_space_ = false;
        out_.append(piece);
    }
    void open_parenthesis() {
        space();
        text("(");
    }
    void close_parenthesis() {
        pending_space_ = false;
        text(")");
    }
    void ascii(char c) {
        if (c >= 'A' && c <= 'Z') {
            const char lower = static_cast<char>(c - 'A' + 'a');
            text(std::string_view(&lower, 1));
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'') {
            text(std::string_view(&c, 1));
        } else if (c == '`') {
            text("'");
        } else if (c == '&') {
            space();
            text("and");
            space();
        } else if (c == '(') {
            open_parenthesis();
        } else if (c == ')') {
            close_parenthesis();
        } else {
            space();
        }
    }

    // Drops an article that some lists put before or after a name: "the Gambia", "Gambia (the)".
    void finish() {
        constexpr std::string_view leading = "the ";
        constexpr std::string_view trailing = " (the)";
        if (out_.starts_with(leading)) out_.erase(0, leading.size());
        if (out_.ends_with(trailing)) out_.erase(out_.size() - trailing.size());
    }

 private:
    std::string& out_;
    bool pending_space_ = false;
};

void write_unicode(std::string_view folded, KeyWriter& writer) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(folded.data());
    auto remaining = static_cast<utf8proc_ssize_t>(folded.size());
    while (remaining > 0) {
        utf8proc_int32_t codepoint = 0;
        const auto length = utf8proc_iterate(bytes, remaining, &codepoint);
        if (length <= 0) return;
        if (codepoint < 0x80) {
            writer.ascii(static_cast<char>(codepoint));
        } else {
            switch (utf8proc_category(codepoint)) {
                case UTF8PROC_CATEGORY_PC:
                case UTF8PROC_CATEGORY_PD:
                case UTF8PROC_CATEGORY_PS:
                case UTF8PROC_CATEGORY_PE:
                case UTF8PROC_CATEGORY_PI:
                case UTF8PROC_CATEGORY_PF:
                case UTF8PROC_CATEGORY_PO:
                case UTF8PROC_CATEGORY_ZS:
                case UTF8PROC_CATEGORY_ZL:
                case UTF8PROC_CATEGORY_ZP:
                case UTF8PROC_CATEGORY_CC: writer.space(); break;
                case UTF8PROC_CATEGORY_CF: break;  // soft hyphens and zero-width marks separate nothing
                default: writer.text(std::string_view(folded.data() + (folded.size() - remaining), length));
            }
        }
        bytes += length;
        remaining -= length;
    }
}

void write_key(std::string_view name, std::string& out) {
    KeyWriter writer(out);
    if (is_ascii(name)) {
        for (const char c : name) writer.ascii(c);
        writer.finish();
        return;
    }
    // An acute accent used as an apostrophe (d´Ivoire) would otherwise decompose to a space.
    constexpr std::string_view acute = "\xC2\xB4";
    std::string input;
    input.reserve(name.size());
    for (std::size_t at = 0; at < name.size(); ++at) {
        if (name.substr(at, acute.size()) == acute) {
            input.push_back('\'');
            at += acute.size() - 1;
        } else {
            input.push_back(name[at]);
        }
    }
    utf8proc_uint8_t* mapped = nullptr;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD |
                                                        UTF8PROC_COMPAT | UTF8PROC_LUMP);
    const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(input.data()),
                                     static_cast<utf8proc_ssize_t>(input.size()), &mapped, options);
    if (length < 0) {
        // Not UTF-8: no spelling can match, so keep the bytes and let the lookup fail.
        out.assign(name);
        return;
    }
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
    write_unicode(std::string_view(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length)), writer);
    writer.finish();
}

Error invalid_line(std::size_t line, std::string problem) {
    return Error{ErrorCode::invalid_input,
                 "state.tsv_invalid",
                 {{"line", std::to_string(line)}, {"problem", std::move(problem)}}};
}

Result<State> parse_line(std::string_view line, std::size_t number) {
    const auto fields = split(line, '\t');
    if (fields.size() != 6) return invalid_line(number, "expected 6 tab-separated fields");
    State state;
    if (!is_upper_code(fields[0], 3)) return invalid_line(number, "code is not ISO 3166-1 alpha-3");
    if (!is_upper_code(fields[1], 2)) return invalid_line(number, "alpha2 is not ISO 3166-1 alpha-2");
    if (fields[2].empty()) return invalid_line(number, "empty name");
    const auto group = regional_group_from_string(fields[3]);
    if (!group) return invalid_line(number, "unknown regional group " + std::string(fields[3]));
    if (fields[4] != "0" && fields[4] != "1") return invalid_line(number, "member is neither 0 nor 1");
    state.code = fields[0];
    state.alpha2 = fields[1];
    state.name = fields[2];
    state.group = *group;
    state.member = fields[4] == "1";
    if (state.member == (state.group == RegionalGroup::observer)) {
        return invalid_line(number, "members belong to a regional group, observers to none");
    }
    if (!fields[5].empty()) {
        for (const auto alias : split(fields[5], '|')) {
            if (alias.empty()) return invalid_line(number, "empty alias");
            state.aliases.emplace_back(alias);
        }
    }
    return state;
}

}  // namespace

std::string StateNormaliser::key(std::string_view name) {
    std::string out;
    write_key(name, out);
    return out;
}

Result<StateNormaliser> StateNormaliser::from_tsv(std::string_view tsv) {
    StateNormaliser directory;
    const auto lines = split(tsv, '\n');
    std::size_t number = 0;
    for (auto line : lines) {
        ++number;
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (number == 1) {
            if (line != header) return invalid_line(number, "header is not " + std::string(header));
            continue;
        }
        if (line.empty()) continue;
        auto state = parse_line(line, number);
        if (!state) return state.error();
        const auto index = directory.states_.size();
        if (!directory.by_code_.emplace(state->code, index).second) {
            return Error{ErrorCode::invalid_input, "state.duplicate_code", {{"code", state->code}}};
        }
        directory.states_.push_back(std::move(state).value());
        const State& added = directory.states_.back();
        std::vector<std::string_view> spellings{added.name};
        spellings.insert(spellings.end(), added.aliases.begin(), added.aliases.end());
        for (const auto spelling : spellings) {
            auto spelling_key = key(spelling);
            if (spelling_key.empty()) return invalid_line(number, "a spelling has no letters");
            const auto [at, inserted] = directory.by_key_.emplace(std::move(spelling_key), index);
            if (!inserted && at->second != index) {
                return Error{ErrorCode::invalid_input,
                             "state.duplicate_name",
                             {{"name", std::string(spelling)},
                              {"first", directory.states_[at->second].code},
                              {"second", added.code}}};
            }
            directory.by_spelling_.emplace(spelling, index);
        }
    }
    if (directory.states_.empty()) return invalid_line(number, "no states");
    return directory;
}

const StateNormaliser& StateNormaliser::builtin() {
    static const StateNormaliser directory = [] {
        constexpr std::string_view path = "data/states.tsv";
        const auto tsv = embedded_file(path);
        if (!tsv) throw std::runtime_error("missing embedded file " + std::string(path));
        auto parsed = from_tsv(*tsv);
        if (!parsed) {
            const auto& error = parsed.error();
            throw std::runtime_error(std::string(path) + ": " + error.message_id + " line " + error.arg("line") + " " +
                                     error.arg("problem") + error.arg("name"));
        }
        return std::move(parsed).value();
    }();
    return directory;
}

Result<const State*> StateNormaliser::resolve(std::string_view name) const {
    if (const auto exact = by_spelling_.find(name); exact != by_spelling_.end()) return &states_[exact->second];
    // Reused per thread so that resolving a new spelling of an ASCII name allocates nothing.
    thread_local std::string buffer;
    write_key(name, buffer);
    if (const auto found = by_key_.find(buffer); found != by_key_.end()) return &states_[found->second];
    return Error{ErrorCode::invalid_input, "state.unknown", {{"name", std::string(name)}}};
}

const State* StateNormaliser::find_by_code(std::string_view code) const {
    const auto found = by_code_.find(code);
    return found == by_code_.end() ? nullptr : &states_[found->second];
}

const std::vector<State>& StateNormaliser::all() const { return states_; }

}  // namespace rectrack
