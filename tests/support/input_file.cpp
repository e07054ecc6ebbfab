#include "support/input_file.hpp"

#include <fstream>
#include <sstream>

namespace rectrack::test {

InputFile read_input_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return InputFile{path.filename().string(), bytes.str()};
}

}  // namespace rectrack::test
