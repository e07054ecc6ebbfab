#include "service/add_institution.hpp"

#include <algorithm>
#include <cctype>

#include "service/audit_log.hpp"
#include "service/institution_lookup.hpp"
#include "service/plan_json.hpp"

namespace rectrack {

namespace {

// Codes are typed on command lines and in URLs: letters, digits, '-' and '_' only.
bool valid_code(const std::string& code) {
    constexpr std::size_t longest = 32;
    return !code.empty() && code.size() <= longest && std::all_of(code.begin(), code.end(), [](unsigned char c) {
        return std::isalnum(c) != 0 || c == '-' || c == '_';
    });
}

}  // namespace

Result<Institution> add_institution_in_transaction(Store& store, const Actor& actor, const NewInstitution& request) {
    if (!valid_code(request.code))
        return make_error(ErrorCode::invalid_input, "institution.bad_code").with("code", request.code);
    RECTRACK_TRY(check_institution_names(request.names, request.code));
    Institution institution;
    institution.code = request.code;
    institution.names = request.names;
    if (!request.parent_code.empty()) {
        auto parent = active_institution(store, request.parent_code);
        if (!parent.ok()) return parent.error();
        institution.parent_id = parent->id;
    }
    auto created = store.institutions().create(institution);
    if (!created.ok()) return created.error();
    RECTRACK_TRY(
        record_change(store, actor, "create", "institution", created->id, nullptr, institution_json(*created)));
    return created;
}

Result<Institution> AddInstitution::run(const Actor& actor, const NewInstitution& request) {
    std::optional<Institution> created;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        auto added = add_institution_in_transaction(store_, actor, request);
        if (!added.ok()) return added.error();
        created = std::move(added.value());
        return {};
    }));
    return std::move(*created);
}

}  // namespace rectrack
