#include "ingest/state_normaliser.hpp"

#include <gtest/gtest.h>
#include <iconv.h>

#include <cerrno>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "support/test_paths.hpp"

namespace rectrack {
namespace {

const StateNormaliser& states() { return StateNormaliser::builtin(); }

std::string code_of(std::string_view name) {
    const auto state = states().resolve(name);
    return state ? (*state)->code : "unresolved: " + std::string(name);
}

TEST(StateNormaliser, Holds193MembersAndTwoObservers) {
    const auto& all = states().all();
    EXPECT_EQ(all.size(), 195U);
    std::set<std::string> codes;
    std::set<std::string> alpha2s;
    int members = 0;
    for (const auto& state : all) {
        codes.insert(state.code);
        alpha2s.insert(state.alpha2);
        if (state.member) ++members;
    }
    EXPECT_EQ(codes.size(), 195U);
    EXPECT_EQ(alpha2s.size(), 195U);
    EXPECT_EQ(members, 193);
}

// The UN's published regional groups: African 54; Asia-Pacific 54, counting Kiribati (a member since 2010)
// and Cyprus; Eastern European 23; GRULAC 33; WEOG 28 plus the United States, counted in WEOG for elections
// (Türkiye and Israel are WEOG); the Holy See and the State of Palestine are observers in no group.
TEST(StateNormaliser, RegionalGroupsHaveTheUnComposition) {
    std::map<RegionalGroup, int> counts;
    for (const auto& state : states().all()) ++counts[state.group];
    EXPECT_EQ(counts[RegionalGroup::african], 54);
    EXPECT_EQ(counts[RegionalGroup::asia_pacific], 54);
    EXPECT_EQ(counts[RegionalGroup::eastern_european], 23);
    EXPECT_EQ(counts[RegionalGroup::grulac], 33);
    EXPECT_EQ(counts[RegionalGroup::weog], 29);
    EXPECT_EQ(counts[RegionalGroup::observer], 2);

    const std::vector<std::pair<std::string, RegionalGroup>> placed{{"TUR", RegionalGroup::weog},
                                                                    {"ISR", RegionalGroup::weog},
                                                                    {"USA", RegionalGroup::weog},
                                                                    {"KIR", RegionalGroup::asia_pacific},
                                                                    {"CYP", RegionalGroup::asia_pacific},
                                                                    {"VAT", RegionalGroup::observer},
                                                                    {"PSE", RegionalGroup::observer},
                                                                    {"VNM", RegionalGroup::asia_pacific},
                                                                    {"SVN", RegionalGroup::eastern_european}};
    for (const auto& [code, group] : placed) {
        const auto* state = states().find_by_code(code);
        ASSERT_NE(state, nullptr) << code;
        EXPECT_EQ(state->group, group) << code;
    }
    EXPECT_FALSE(states().find_by_code("VAT")->member);
    EXPECT_FALSE(states().find_by_code("PSE")->member);
}

TEST(StateNormaliser, CanonicalNamesAreTheUnShortNames) {
    EXPECT_EQ(states().find_by_code("VNM")->name, "Viet Nam");
    EXPECT_EQ(states().find_by_code("TUR")->name, "Türkiye");
    EXPECT_EQ(states().find_by_code("IRN")->name, "Iran (Islamic Republic of)");
    EXPECT_EQ(states().find_by_code("BOL")->name, "Bolivia (Plurinational State of)");
    EXPECT_EQ(states().find_by_code("GBR")->name, "United Kingdom of Great Britain and Northern Ireland");
    EXPECT_EQ(states().find_by_code("CIV")->name, "Côte d'Ivoire");
    EXPECT_EQ(states().find_by_code("vnm"), nullptr);
    EXPECT_EQ(states().find_by_code("XXX"), nullptr);
}

TEST(StateNormaliser, EveryKnownSpellingResolves) {
    const std::vector<std::pair<std::string, std::string>> spellings{
        {"Vietnam", "VNM"},
        {"Viet Nam", "VNM"},
        {"Iran", "IRN"},
        {"Iran (Islamic Republic of)", "IRN"},
        {"DPR Korea", "PRK"},
        {"Democratic People's Republic of Korea", "PRK"},
        {"Republic of Korea", "KOR"},
        {"South Korea", "KOR"},
        {"Turkey", "TUR"},
        {"Cape Verde", "CPV"},
        {"Cabo Verde", "CPV"},
        {"the former Yugoslav Republic of Macedonia", "MKD"},
        {"The former Yugoslav Republic of Macedonia", "MKD"},
        {"Macedonia FYR", "MKD"},
        {"North Macedonia", "MKD"},
        {"Swaziland", "SWZ"},
        {"Eswatini", "SWZ"},
        {"Palestine", "PSE"},
        {"State of Palestine", "PSE"},
        {"Congo", "COG"},
        {"Republic of Congo", "COG"},
        {"Democratic Republic of Congo", "COD"},
        {"Democratic Republic of the Congo", "COD"},
        {"Cote d'Ivoire", "CIV"},
        {"Czech Republic", "CZE"},
        {"Czechia", "CZE"},
        {"Laos", "LAO"},
        {"Lao People's Democratic Republic", "LAO"},
        {"Syria", "SYR"},
        {"Syrian Arab Republic", "SYR"},
        {"Tanzania", "TZA"},
        {"United Republic of Tanzania", "TZA"},
        {"Moldova", "MDA"},
        {"Republic of Moldova", "MDA"},
        {"Micronesia", "FSM"},
        {"Micronesia (Federated States of)", "FSM"},
        {"Russia", "RUS"},
        {"Russian Federation", "RUS"},
        {"United Kingdom", "GBR"},
        {"United States", "USA"},
        {"United States of America", "USA"},
        {"Venezuela", "VEN"},
        {"Venezuela (Bolivarian Republic of)", "VEN"},
        {"Bolivia", "BOL"},
        {"Brunei", "BRN"},
        {"Brunei Darussalam", "BRN"},
        {"Guinea Bissau", "GNB"},
        {"Guinea-Bissau", "GNB"},
        {"Timor-Leste", "TLS"},
        {"East Timor", "TLS"},
        {"Holy See", "VAT"},
        {"Vatican", "VAT"},
        {"Antigua & Barbuda", "ATG"},
        {"Bosnia & Herzegovina", "BIH"},
        {"Sao Tome & Principe", "STP"},
        {"St Kitts & Nevis", "KNA"},
        {"St Lucia", "LCA"},
        {"St Vincent & the Grenadines", "VCT"},
        {"Trinidad & Tobago", "TTO"},
        {"Netherlands", "NLD"},
        {"Netherlands (Kingdom of the)", "NLD"},
        {"Gambia", "GMB"},
        {"Gambia (the)", "GMB"},
        {"The Gambia", "GMB"},
        {"Bahamas", "BHS"},
        {"the Bahamas", "BHS"},
        {"Libyan Arab Jamahiriya", "LBY"},
        {"Libya", "LBY"},
        {"Myanmar", "MMR"},
        {"Burma", "MMR"},
        {"Niger", "NER"},
        {"Nigeria", "NGA"},
        {"Guinea", "GIN"},
        {"Equatorial Guinea", "GNQ"},
        {"Dominica", "DMA"},
        {"Dominican Republic", "DOM"},
        {"Sudan", "SDN"},
        {"South Sudan", "SSD"},
    };
    for (const auto& [name, code] : spellings) EXPECT_EQ(code_of(name), code) << name;
}

TEST(StateNormaliser, IgnoresCaseDiacriticsPunctuationAndSpacing) {
    EXPECT_EQ(code_of("viet nam"), "VNM");
    EXPECT_EQ(code_of("VIET NAM"), "VNM");
    EXPECT_EQ(code_of("Turkiye"), "TUR");
    EXPECT_EQ(code_of("TÜRKIYE"), "TUR");
    EXPECT_EQ(code_of("Cote d’Ivoire"), "CIV");
    EXPECT_EQ(code_of("Côte d‘Ivoire"), "CIV");
    EXPECT_EQ(code_of("  Côte  d'Ivoire "), "CIV");
    EXPECT_EQ(code_of("São Tomé and Príncipe"), "STP");
    EXPECT_EQ(code_of("Guinea–Bissau"), "GNB");
    EXPECT_EQ(code_of("Iran ( Islamic Republic of )"), "IRN");
    EXPECT_EQ(code_of("Iran(Islamic Republic of)"), "IRN");
    EXPECT_EQ(code_of("St. Kitts and Nevis"), "KNA");
    EXPECT_EQ(code_of("Antigua&Barbuda"), "ATG");
    EXPECT_EQ(code_of("Russian Federation (the)"), "RUS");
    EXPECT_EQ(code_of("Lao People\xE2\x80\x99s Democratic Republic"), "LAO");
}

TEST(StateNormaliser, KeysFoldOnlyWhatDoesNotChangeTheName) {
    EXPECT_EQ(StateNormaliser::key("Côte d’Ivoire"), "cote d'ivoire");
    EXPECT_EQ(StateNormaliser::key("St Vincent & the Grenadines"), "st vincent and the grenadines");
    EXPECT_EQ(StateNormaliser::key("The Former Yugoslav Republic of Macedonia"),
              "former yugoslav republic of macedonia");
    EXPECT_EQ(StateNormaliser::key("Bolivia (Plurinational State of)"), "bolivia (plurinational state of)");
    EXPECT_EQ(StateNormaliser::key("Timor-Leste"), "timor leste");
    EXPECT_EQ(StateNormaliser::key("Türkiye"), "turkiye");
}

TEST(StateNormaliser, NeverGuesses) {
    for (const std::string name :
         {"Korea", "Guinea Equatorial", "Vietnamm", "Congo Republic", "", "&#40;Unknown&#41;", "(Unknown)", "Europe"}) {
        const auto state = states().resolve(name);
        ASSERT_FALSE(state.ok()) << name;
        EXPECT_EQ(state.error().code, ErrorCode::invalid_input);
        EXPECT_EQ(state.error().message_id, "state.unknown");
        EXPECT_EQ(state.error().arg("name"), name);
    }
    EXPECT_FALSE(states().resolve("\xFF\xFE").ok());
}

TEST(StateNormaliser, RejectsASpellingSharedByTwoStates) {
    const auto directory = StateNormaliser::from_tsv(
        "code\talpha2\tname\tgroup\tmember\taliases\n"
        "COG\tCG\tCongo\tAfrican\t1\tRepublic of Congo\n"
        "COD\tCD\tDemocratic Republic of the Congo\tAfrican\t1\tthe Congo\n");
    ASSERT_FALSE(directory.ok());
    EXPECT_EQ(directory.error().message_id, "state.duplicate_name");
    EXPECT_EQ(directory.error().arg("name"), "the Congo");
    EXPECT_EQ(directory.error().arg("first"), "COG");
    EXPECT_EQ(directory.error().arg("second"), "COD");
}

TEST(StateNormaliser, RejectsMalformedLines) {
    const std::string header = "code\talpha2\tname\tgroup\tmember\taliases\n";
    const std::vector<std::string> bad{
        "code\tname\n",
        header + "VNM\tVN\tViet Nam\tAsia\t1\t\n",
        header + "VNM\tVN\tViet Nam\tAsia-Pacific\t1\n",
        header + "VN\tVN\tViet Nam\tAsia-Pacific\t1\t\n",
        header + "VNM\tVN\tViet Nam\tAsia-Pacific\t2\t\n",
        header + "VNM\tVN\tViet Nam\tObserver\t1\t\n",
        header + "VNM\tVN\tViet Nam\tAsia-Pacific\t1\tVietnam||\n",
        header + "VNM\tVN\tViet Nam\tAsia-Pacific\t1\t\nVNM\tVN\tVietnam\tAsia-Pacific\t1\t\n",
    };
    for (const auto& tsv : bad) EXPECT_FALSE(StateNormaliser::from_tsv(tsv).ok()) << tsv;

    const auto wrong_group = StateNormaliser::from_tsv(header + "VNM\tVN\tViet Nam\tAsia\t1\t\n");
    ASSERT_FALSE(wrong_group.ok());
    EXPECT_EQ(wrong_group.error().message_id, "state.tsv_invalid");
    EXPECT_EQ(wrong_group.error().arg("line"), "2");
}

TEST(StateNormaliser, CopiesResolveToTheirOwnStates) {
    const auto parsed = StateNormaliser::from_tsv(
        "code\talpha2\tname\tgroup\tmember\taliases\r\n"
        "VNM\tVN\tViet Nam\tAsia-Pacific\t1\tVietnam\r\n");
    ASSERT_TRUE(parsed.ok());
    const StateNormaliser copy = parsed.value();
    const auto state = copy.resolve("vietnam");
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(*state, &copy.all().front());
    EXPECT_EQ((*state)->aliases, std::vector<std::string>{"Vietnam"});
}

std::string to_utf8(const std::string& bytes) {
    for (const char* from : {"UTF-8", "MACINTOSH"}) {
        iconv_t converter = iconv_open("UTF-8", from);
        if (converter == reinterpret_cast<iconv_t>(-1)) continue;
        std::string out(bytes.size() * 3 + 1, '\0');
        char* in = const_cast<char*>(bytes.data());
        std::size_t in_left = bytes.size();
        char* write = out.data();
        std::size_t out_left = out.size();
        const auto converted = iconv(converter, &in, &in_left, &write, &out_left);
        iconv_close(converter);
        if (converted != static_cast<std::size_t>(-1)) {
            out.resize(out.size() - out_left);
            return out;
        }
    }
    ADD_FAILURE() << "neither UTF-8 nor Mac Roman";
    return {};
}

// Fields of each record of a UPR Info export: records end at a bare CR outside quotes.
std::vector<std::vector<std::string>> read_export(const std::string& text) {
    std::vector<std::vector<std::string>> records(1);
    records.back().emplace_back();
    bool quoted = false;
    for (std::size_t at = 0; at < text.size(); ++at) {
        const char c = text[at];
        if (quoted) {
            if (c == '"' && at + 1 < text.size() && text[at + 1] == '"') {
                records.back().back().push_back('"');
                ++at;
            } else if (c == '"') {
                quoted = false;
            } else {
                records.back().back().push_back(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            records.back().emplace_back();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && at + 1 < text.size() && text[at + 1] == '\n') ++at;
            records.emplace_back(1);
        } else {
            records.back().back().push_back(c);
        }
    }
    return records;
}

TEST(StateNormaliser, ResolvesEveryStateOfTheUprInfoExports) {
    std::set<std::string> names;
    for (const char* file : {"upr-info/1-5.csv", "upr-info/6-9.csv", "upr-info/10-13.csv", "upr-info/14-17.csv",
                             "upr-info/18-vietnam.csv", "upr-info/voluntary.csv"}) {
        const auto path = test::shared_data(file);
        RECTRACK_REQUIRE_FILE(path);
        std::ifstream in(path, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        const auto records = read_export(to_utf8(bytes));
        ASSERT_GT(records.size(), 1U) << file;
        ASSERT_EQ(records.front().at(0), "To") << file;
        ASSERT_EQ(records.front().at(4), "From") << file;
        for (std::size_t row = 1; row < records.size(); ++row) {
            const auto& fields = records[row];
            if (fields.size() == 1 && fields[0].empty()) continue;
            ASSERT_EQ(fields.size(), 11U) << file << " record " << row;
            for (const std::string& name : {fields[0], fields[4]}) {
                if (name != "&#40;Unknown&#41;") names.insert(name);
            }
        }
    }
    EXPECT_GE(names.size(), 190U);
    for (const auto& name : names) EXPECT_TRUE(states().resolve(name).ok()) << name;
}

}  // namespace
}  // namespace rectrack
