#pragma once

#include <map>
#include <string>
#include <string_view>

#include "common/error.hpp"

namespace rectrack {

// User-facing texts by message id and language, from the catalogues in i18n/ compiled into the binary.
class MessageCatalog {
 public:
    // Catalogues keyed by language; each maps message ids to texts with {named} arguments.
    explicit MessageCatalog(const std::map<std::string, std::map<std::string, std::string>>& catalogues);
    static const MessageCatalog& builtin();

    // The error's text in the language, falling back to English, then to the id and its arguments.
    [[nodiscard]] std::string render(const Error& error, std::string_view language = "en") const;
    [[nodiscard]] bool has(std::string_view language, std::string_view message_id) const;

 private:
    [[nodiscard]] const std::string* find(std::string_view language, std::string_view message_id) const;

    std::map<std::string, std::map<std::string, std::string>, std::less<>> catalogues_;
};

}  // namespace rectrack
