#include "follow_up_arguments.hpp"

#include <stdexcept>

namespace rectrack {

Result<std::int64_t> record_id_argument(const std::string& text, const std::string& what) {
    try {
        std::size_t used = 0;
        const std::int64_t id = std::stoll(text, &used);
        if (used == text.size() && id > 0) return id;
    } catch (const std::exception&) {  // std::stoll reports malformed and out-of-range text by throwing
    }
    return make_error(ErrorCode::invalid_input, "cli.bad_record_id").with("what", what).with("value", text);
}

std::vector<LocalizedText> names_argument(const std::string& en, const std::string& fr, const std::string& vi) {
    std::vector<LocalizedText> names;
    if (!en.empty()) names.push_back({"en", en});
    if (!fr.empty()) names.push_back({"fr", fr});
    if (!vi.empty()) names.push_back({"vi", vi});
    return names;
}

}  // namespace rectrack
