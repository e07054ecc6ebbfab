#include "support/test_paths.hpp"

namespace rectrack::test {

std::filesystem::path shared_data(const std::string& relative) {
    return std::filesystem::path(RECTRACK_SHARED_DATA) / relative;
}

std::filesystem::path rectrack_binary() { return RECTRACK_BINARY; }

std::filesystem::path source_dir() { return RECTRACK_SOURCE_DIR; }

}  // namespace rectrack::test
