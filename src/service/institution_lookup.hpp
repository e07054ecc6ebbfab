#pragma once

#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/localized_text.hpp"
#include "domain/store.hpp"

namespace rectrack {

// The institution with this code that can still take work: institution.unknown when there is none,
// institution.merged (naming the survivor) when it was merged into another.
Result<Institution> active_institution(Store& store, std::string_view code);

// Names must be in a language rectrack speaks (en, fr, vi), one per language, none empty.
Status check_institution_names(const std::vector<LocalizedText>& names, std::string_view code);

}  // namespace rectrack
