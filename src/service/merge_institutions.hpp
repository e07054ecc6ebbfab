#pragma once

#include <string>

#include "common/result.hpp"
#include "domain/actor.hpp"
#include "domain/store.hpp"

namespace rectrack {

struct InstitutionMerge {
    Institution merged;    // kept, marked as merged into the survivor
    Institution survivor;  // now holds every assignment, activity, progress update and focal point
};

// Merges one institution into another (e.g. two ministries joined): its work moves to the survivor, its record
// and history stay, marked as merged.
class MergeInstitutions {
 public:
    explicit MergeInstitutions(Store& store) : store_(store) {}
    Result<InstitutionMerge> run(const Actor& actor, const std::string& from_code, const std::string& into_code);

 private:
    Store& store_;
};

}  // namespace rectrack
