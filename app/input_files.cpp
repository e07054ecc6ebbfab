#include "input_files.hpp"

#include <fstream>
#include <sstream>

namespace rectrack {

Result<InputFile> read_input_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return make_error(ErrorCode::invalid_input, "import.cannot_read")
            .with("file", path)
            .with("detail", "cannot open");
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) {
        return make_error(ErrorCode::invalid_input, "import.cannot_read")
            .with("file", path)
            .with("detail", "read error");
    }
    return InputFile{path, std::move(bytes).str()};
}

}  // namespace rectrack
