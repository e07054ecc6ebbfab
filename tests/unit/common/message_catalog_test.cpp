#include "common/message_catalog.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "support/test_paths.hpp"

namespace rectrack {
namespace {

// Every message id the sources name, e.g. "upr_info.bad_header" inside make_error(...) or Error{...}.
std::set<std::string> message_ids_in_sources() {
    const std::regex id_pattern(
        R"(\"((?:csv|import|upr_info|jsonl|state|store|request|cli|config|server|pdf|report|addendum|docx|xlsx|table|mapping|model|cluster|search|institution|plan|progress|evidence)\.[a-z_]+)\")");
    std::set<std::string> ids;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(test::source_dir() / "src")) {
        if (entry.path().extension() != ".cpp") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        for (std::sregex_iterator it(source.begin(), source.end(), id_pattern), end; it != end; ++it) {
            ids.insert((*it)[1]);
        }
    }
    return ids;
}

// A catalogue as written in the repository, e.g. i18n/fr.json.
nlohmann::json catalogue_file(const std::string& language) {
    std::ifstream in(test::source_dir() / "i18n" / (language + ".json"));
    return nlohmann::json::parse(in);
}

// The names a message text substitutes, e.g. {"file", "line"} for "{file}:{line}: ...".
std::set<std::string> placeholders(const std::string& text) {
    static const std::regex placeholder(R"(\{([a-z_]+)\})");
    std::set<std::string> names;
    for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it) names.insert((*it)[1]);
    return names;
}

TEST(MessageCatalog, EveryMessageIdInTheSourcesHasAnEnglishText) {
    const auto ids = message_ids_in_sources();
    ASSERT_GT(ids.size(), 30U);
    for (const auto& id : ids) EXPECT_TRUE(MessageCatalog::builtin().has("en", id)) << id;
}

TEST(MessageCatalog, FrenchAndVietnameseTranslateEveryIdWithTheSamePlaceholders) {
    const nlohmann::json english = catalogue_file("en");
    ASSERT_GT(english.size(), 30U);
    for (const std::string language : {"fr", "vi"}) {
        const nlohmann::json translated = catalogue_file(language);
        for (const auto& entry : english.items()) {
            const std::string& id = entry.key();
            if (!translated.contains(id)) {
                ADD_FAILURE() << language << " lacks " << id;
                continue;
            }
            EXPECT_EQ(placeholders(translated.at(id).get<std::string>()),
                      placeholders(entry.value().get<std::string>()))
                << language << " " << id;
        }
    }
}

TEST(MessageCatalog, SubstitutesArgumentsByName) {
    const Error error = make_error(ErrorCode::invalid_input, "upr_info.unknown_state")
                            .with("file", "a.csv")
                            .with("line", "7")
                            .with("column", "From")
                            .with("name", "Atlantis");
    EXPECT_EQ(MessageCatalog::builtin().render(error), "a.csv:7: unknown state name 'Atlantis' in column From");
}

TEST(MessageCatalog, TranslatesAndFallsBackToEnglish) {
    const Error error = make_error(ErrorCode::invalid_input, "import.empty_file").with("file", "x.csv");
    EXPECT_EQ(MessageCatalog::builtin().render(error, "fr"), "x.csv : le fichier est vide");
    EXPECT_EQ(MessageCatalog::builtin().render(error, "vi"), "x.csv: tệp rỗng");
    EXPECT_EQ(MessageCatalog::builtin().render(error, "de"), "x.csv: the file is empty");
}

TEST(MessageCatalog, KeepsArgumentsTheTextDoesNotName) {
    const Error error = make_error(ErrorCode::invalid_input, "pdf.unreadable").with("file", "r.pdf").with("page", "3");
    EXPECT_EQ(MessageCatalog::builtin().render(error), "r.pdf: the PDF cannot be read (page: 3)");
}

TEST(MessageCatalog, UnknownIdShowsIdAndArguments) {
    const Error error = make_error(ErrorCode::internal, "no.such_message").with("x", "1");
    EXPECT_EQ(MessageCatalog::builtin().render(error), "no.such_message x=1");
}

}  // namespace
}  // namespace rectrack
