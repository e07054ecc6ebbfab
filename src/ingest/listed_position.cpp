#include "ingest/listed_position.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace rectrack {

namespace {

std::string letters_only(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (std::isalpha(static_cast<unsigned char>(c)) != 0) out += static_cast<char>(std::tolower(c));
        if (c == '/') out += '/';
    }
    return out;
}

}  // namespace

ListedPosition ListedPosition::read(std::string_view cell_text) {
    const auto word = letters_only(cell_text);
    if (word.empty()) return {std::nullopt, true};
    // Matrices print "Supported/Noted" when the State supported part of one entry and noted the rest
    // (a paragraph joining several texts, or one text accepted in part): that is partial support.
    if (word == "supported/noted" || word == "noted/supported" || word == "partiallysupported" ||
        word == "supportedinpart" || word == "acceptedinpart" || word == "partiallyaccepted") {
        return {Position::partially_supported, true};
    }
    if (word == "supported" || word == "accepted") return {Position::supported, true};
    if (word == "noted" || word == "rejected" || word == "notaccepted" || word == "notsupported") {
        return {Position::noted, true};
    }
    if (word == "pending" || word == "toberesponded" || word == "underconsideration") {
        return {Position::pending, true};
    }
    return {std::nullopt, false};
}

}  // namespace rectrack
