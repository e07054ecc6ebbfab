#pragma once

#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/actor.hpp"
#include "domain/store.hpp"

namespace rectrack {

struct NewInstitution {
    std::string code;
    std::vector<LocalizedText> names;
    std::string parent_code;  // empty: a top-level institution
};

// Creates a ministry or agency, with the audit event of its creation.
class AddInstitution {
 public:
    explicit AddInstitution(Store& store) : store_(store) {}
    Result<Institution> run(const Actor& actor, const NewInstitution& request);

 private:
    Store& store_;
};

// Checks a new institution and stores it; the caller holds the transaction.
Result<Institution> add_institution_in_transaction(Store& store, const Actor& actor, const NewInstitution& request);

}  // namespace rectrack
