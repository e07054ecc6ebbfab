#pragma once

#include <string>
#include <string_view>

namespace rectrack {

// Whether bytes are well-formed UTF-8.
bool is_valid_utf8(std::string_view bytes);

// The text as UTF-8: UTF-8 input is returned without its byte-order mark; anything else is read
// as Mac Roman, the encoding of UPR Info's exports.
std::string to_utf8(std::string_view bytes);

// Replaces numeric character references (&#40; &#x28;) and the basic named ones with the characters.
std::string decode_html_entities(std::string_view text);

}  // namespace rectrack
