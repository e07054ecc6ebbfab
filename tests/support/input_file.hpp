#pragma once

#include <filesystem>

#include "domain/document_parser.hpp"

namespace rectrack::test {

// A file on disk as a parser receives it, named by its file name.
InputFile read_input_file(const std::filesystem::path& path);

}  // namespace rectrack::test
