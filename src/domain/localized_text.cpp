#include "domain/localized_text.hpp"

namespace rectrack {

std::string_view text_in(const std::vector<LocalizedText>& texts, std::string_view language) {
    const LocalizedText* english = nullptr;
    for (const auto& t : texts) {
        if (t.language == language) return t.text;
        if (t.language == "en") english = &t;
    }
    if (english != nullptr) return english->text;
    return texts.empty() ? std::string_view{} : std::string_view{texts.front().text};
}

}  // namespace rectrack
