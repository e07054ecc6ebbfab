#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/localized_text.hpp"

namespace rectrack {

// A positive record id typed on the command line; cli.bad_record_id naming what it should identify otherwise.
Result<std::int64_t> record_id_argument(const std::string& text, const std::string& what);

// Names given as --name-en/--name-fr/--name-vi, the empty ones left out.
std::vector<LocalizedText> names_argument(const std::string& en, const std::string& fr, const std::string& vi);

}  // namespace rectrack
