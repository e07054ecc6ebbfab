#include "support/zip_file.hpp"

#include <zip.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "support/temp_dir.hpp"

namespace rectrack::test {

InputFile zip_file(const std::string& file_name, const std::vector<std::pair<std::string, std::string>>& entries) {
    const TempDir dir;
    const auto path = dir / file_name;
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (archive == nullptr) throw std::runtime_error("cannot create " + path.string());
    for (const auto& [name, bytes] : entries) {
        zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        if (source == nullptr || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
            throw std::runtime_error("cannot add " + name);
        }
    }
    if (zip_close(archive) != 0) throw std::runtime_error("cannot write " + path.string());
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return InputFile{file_name, bytes.str()};
}

}  // namespace rectrack::test
