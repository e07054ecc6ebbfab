#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rectrack {

// A text in one language; entities that speak several languages hold one per language.
struct LocalizedText {
    std::string language;
    std::string text;

    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

// The text in the wanted language, else English, else the first one; empty when there is none.
std::string_view text_in(const std::vector<LocalizedText>& texts, std::string_view language);

}  // namespace rectrack
