#include "common/message_catalog.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <vector>

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

// Replaces each {name} with the argument of that name; arguments the text does not use are added
// at the end, so that no detail an error carries is lost.
std::string substitute(const std::string& text, const Error& error) {
    std::string out;
    std::vector<bool> used(error.args.size(), false);
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t open = text.find('{', pos);
        const std::size_t close = open == std::string::npos ? open : text.find('}', open);
        if (close == std::string::npos) break;
        out.append(text, pos, open - pos);
        const std::string_view name(text.data() + open + 1, close - open - 1);
        auto arg =
            std::find_if(error.args.begin(), error.args.end(), [&](const MessageArg& a) { return a.name == name; });
        if (arg == error.args.end()) {
            out.append(text, open, close - open + 1);
        } else {
            out += arg->value;
            used[static_cast<std::size_t>(arg - error.args.begin())] = true;
        }
        pos = close + 1;
    }
    out.append(text, pos);
    std::string extra;
    for (std::size_t i = 0; i < error.args.size(); ++i) {
        if (used[i]) continue;
        extra += (extra.empty() ? "" : ", ") + error.args[i].name + ": " + error.args[i].value;
    }
    if (!extra.empty()) out += " (" + extra + ")";
    return out;
}

}  // namespace

MessageCatalog::MessageCatalog(const std::map<std::string, std::map<std::string, std::string>>& catalogues)
    : catalogues_(catalogues.begin(), catalogues.end()) {}

const MessageCatalog& MessageCatalog::builtin() {
    static const MessageCatalog catalog = [] {
        std::map<std::string, std::map<std::string, std::string>> catalogues;
        for (const auto& file : embedded_files()) {
            if (!file.path.starts_with(catalogue_prefix) || !file.path.ends_with(catalogue_suffix)) continue;
            std::string language(file.path.substr(
                catalogue_prefix.size(), file.path.size() - catalogue_prefix.size() - catalogue_suffix.size()));
            catalogues[language] = nlohmann::json::parse(file.content).get<std::map<std::string, std::string>>();
        }
        return MessageCatalog(catalogues);
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
    return substitute(*text, error);
}

}  // namespace rectrack
