#pragma once

#include <memory>
#include <vector>

#include "domain/document_parser.hpp"
#include "domain/state_directory.hpp"

namespace rectrack {

// Every format rectrack imports, in the order --format auto tries them.
std::vector<std::unique_ptr<DocumentParser>> make_parsers(const StateDirectory& states);

}  // namespace rectrack
