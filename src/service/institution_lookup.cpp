#include "service/institution_lookup.hpp"

#include <set>
#include <string>

namespace rectrack {

Result<Institution> active_institution(Store& store, std::string_view code) {
    auto found = store.institutions().find_by_code(code);
    if (!found.ok()) return found.error();
    if (!found->has_value()) {
        return make_error(ErrorCode::not_found, "institution.unknown").with("code", std::string(code));
    }
    Institution institution = std::move(**found);
    if (institution.merged_into_id) {
        auto survivor = store.institutions().get(*institution.merged_into_id);
        if (!survivor.ok()) return survivor.error();
        return make_error(ErrorCode::invalid_input, "institution.merged")
            .with("code", institution.code)
            .with("into", survivor->code);
    }
    return institution;
}

Status check_institution_names(const std::vector<LocalizedText>& names, std::string_view code) {
    if (names.empty())
        return make_error(ErrorCode::invalid_input, "institution.no_name").with("code", std::string(code));
    std::set<std::string> seen;
    for (const auto& name : names) {
        if (name.language != "en" && name.language != "fr" && name.language != "vi") {
            return make_error(ErrorCode::invalid_input, "institution.bad_language")
                .with("code", std::string(code))
                .with("language", name.language);
        }
        if (name.text.empty() || !seen.insert(name.language).second) {
            return make_error(ErrorCode::invalid_input, "institution.bad_name")
                .with("code", std::string(code))
                .with("language", name.language);
        }
    }
    return {};
}

}  // namespace rectrack
