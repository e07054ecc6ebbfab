#pragma once

#include <string>

#include "common/result.hpp"
#include "domain/document_parser.hpp"

namespace rectrack {

// The bytes of a file named on the command line; import.cannot_read naming it when it cannot be read.
Result<InputFile> read_input_file(const std::string& path);

}  // namespace rectrack
