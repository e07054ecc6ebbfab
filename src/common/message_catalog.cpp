#include "common/message_catalog.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "common/embedded_files.hpp"

namespace rectrack {

namespace {

constexpr std::string_view catalogue_prefix = "i18n/";
constexpr std::string_view catalogue_suffix = ".json";

std::string fallback_text(const Error& error) {
    std::string text = error.message_id;
    for (const auto& arg : error.args) text += " " + arg.name + "=" + arg.value;
    return text;
}

}  // namespace

MessageCatalog::MessageCatalog(std::map<std::string, std::map<std::string, std::string>> catalogues) {
    for (auto& [language, messages] : catalogues) catalogues_.emplace(language, std::move(messages));
}

const MessageCatalog& MessageCatalog::builtin() {
    static const MessageCatalog catalog = [] {
        std::map<std::string, std::map<std::string, std::string>> catalogues;
        for (const auto& file : embedded_files()) {
            if (!file.path.starts_with(catalogue_prefix) || !file.path.ends_with(catalogue_suffix)) continue;
            std::string language(file.path.substr(
                catalogue_prefix.size(), file.path.size() - catalogue_prefix.size() - catalogue_suffix.size()));
            catalogues[language] = nlohmann::json::parse(file.content).get<std::map<std::string, std::string>>();
        }
        return MessageCatalog(std::move(catalogues));
    }();
    return catalog;
}

const std::string* MessageCatalog::find(std::string_view language, std::string_view message_id) const {
    auto catalogue = catalogues_.find(language);
    if (catalogue == catalogues_.end()) return nullptr;
    auto message = catalogue->second.find(std::string(message_id));
    return message == catalogue->second.end() ? nullptr : &message->second;
}

bool MessageCatalog::has(std::string_view language, std::string_view message_id) const {
    return find(language, message_id) != nullptr;
}

std::string MessageCatalog::render(const Error& error, std::string_view language) const {
    const std::string* text = find(language, error.message_id);
    if (text == nullptr) text = find("en", error.message_id);
    if (text == nullptr) return fallback_text(error);
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (const auto& arg : error.args) args.push_back(fmt::arg(arg.name.c_str(), arg.value));
    try {
        return fmt::vformat(*text, args);
    } catch (const fmt::format_error&) {
        // A catalogue text naming an argument the error lacks: show what we have rather than nothing.
        return *text + " (" + fallback_text(error) + ")";
    }
}

}  // namespace rectrack
