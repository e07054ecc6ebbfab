#pragma once

#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/actor.hpp"
#include "domain/store.hpp"
#include "service/add_institution.hpp"

namespace rectrack {

// One institution as read from a file, with the line that gave it for error messages.
struct InstitutionRow {
    long line = 0;
    NewInstitution institution;
};

struct InstitutionImportSummary {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
};

// Creates or updates institutions from a file's rows in one transaction; a parent may come later in the file.
// Importing the same file again changes nothing.
class ImportInstitutions {
 public:
    explicit ImportInstitutions(Store& store) : store_(store) {}
    Result<InstitutionImportSummary> run(const Actor& actor, const std::string& file,
                                         const std::vector<InstitutionRow>& rows);

 private:
    Status apply(const Actor& actor, const std::string& file, const InstitutionRow& row,
                 InstitutionImportSummary& summary);
    Store& store_;
};

}  // namespace rectrack
