#pragma once

#include <string>
#include <utility>
#include <vector>

#include "domain/document_parser.hpp"

namespace rectrack::test {

// A zip package made with libzip from (entry name, bytes) pairs, as the file a user would upload.
InputFile zip_file(const std::string& file_name, const std::vector<std::pair<std::string, std::string>>& entries);

}  // namespace rectrack::test
