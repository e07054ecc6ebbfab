#include "ingest/text_encoding.hpp"

#include <iconv.h>
#include <utf8proc.h>

#include <array>
#include <charconv>
#include <optional>
#include <stdexcept>

namespace rectrack {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

void append_code_point(std::string& out, utf8proc_int32_t code_point) {
    std::array<utf8proc_uint8_t, 4> buffer{};
    const auto length = utf8proc_encode_char(code_point, buffer.data());
    out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(length));
}

std::string mac_roman_to_utf8(std::string_view bytes) {
    iconv_t converter = iconv_open("UTF-8", "MACINTOSH");
    // (iconv_t)-1 is iconv_open's documented failure value.
    const auto failed = reinterpret_cast<iconv_t>(-1);  // NOLINT(performance-no-int-to-ptr)
    if (converter == failed) throw std::runtime_error("iconv has no MACINTOSH converter");
    std::string out(bytes.size() * 3, '\0');
    char* in_ptr = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    char* out_ptr = out.data();
    std::size_t out_left = out.size();
    const std::size_t status = iconv(converter, &in_ptr, &in_left, &out_ptr, &out_left);
    iconv_close(converter);
    // Every byte is a Mac Roman character, so a failure here is a bug, not bad input.
    if (status == static_cast<std::size_t>(-1)) throw std::runtime_error("Mac Roman conversion failed");
    out.resize(out.size() - out_left);
    return out;
}

std::optional<utf8proc_int32_t> named_entity(std::string_view name) {
    if (name == "amp") return '&';
    if (name == "lt") return '<';
    if (name == "gt") return '>';
    if (name == "quot") return '"';
    if (name == "apos") return '\'';
    if (name == "nbsp") return 0xA0;
    return std::nullopt;
}

std::optional<utf8proc_int32_t> entity_code_point(std::string_view body) {
    if (body.empty()) return std::nullopt;
    if (body.front() != '#') return named_entity(body);
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    utf8proc_int32_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
    if (error != std::errc{} || end != digits.data() + digits.size() || !utf8proc_codepoint_valid(value)) {
        return std::nullopt;
    }
    return value;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
    const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data());
    auto remaining = static_cast<utf8proc_ssize_t>(bytes.size());
    while (remaining > 0) {
        // ASCII needs no decoding; most of every file is ASCII.
        if (*data < 0x80) {
            ++data;
            --remaining;
            continue;
        }
        utf8proc_int32_t code_point = 0;
        const auto length = utf8proc_iterate(data, remaining, &code_point);
        if (length <= 0) return false;
        data += length;
        remaining -= length;
    }
    return true;
}

std::string to_utf8(std::string_view bytes) {
    if (bytes.starts_with(utf8_bom)) bytes.remove_prefix(utf8_bom.size());
    if (is_valid_utf8(bytes)) return std::string(bytes);
    return mac_roman_to_utf8(bytes);
}

std::string decode_html_entities(std::string_view text) {
    if (text.find('&') == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t amp = text.find('&', pos);
        if (amp == std::string_view::npos) break;
        out.append(text.substr(pos, amp - pos));
        const std::size_t semicolon = text.find(';', amp);
        constexpr std::size_t longest_entity = 10;
        if (semicolon != std::string_view::npos && semicolon - amp <= longest_entity) {
            if (auto code_point = entity_code_point(text.substr(amp + 1, semicolon - amp - 1))) {
                append_code_point(out, *code_point);
                pos = semicolon + 1;
                continue;
            }
        }
        out += '&';
        pos = amp + 1;
    }
    out.append(text.substr(pos));
    return out;
}

}  // namespace rectrack
