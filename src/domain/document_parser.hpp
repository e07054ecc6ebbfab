#pragma once

#include <string>
#include <string_view>

#include "common/result.hpp"
#include "domain/import_batch.hpp"

namespace rectrack {

// A file to import: its name (for messages and provenance) and its bytes.
struct InputFile {
    std::string name;
    std::string bytes;
};

// Reads one file format into an ImportBatch; errors name the file, the line or page, and the problem.
class DocumentParser {
 public:
    virtual ~DocumentParser() = default;
    // The name used with `import --format`, e.g. upr-info-csv.
    [[nodiscard]] virtual std::string_view format() const = 0;
    // Whether the file looks like this format, from its first bytes and name; used by --format auto.
    [[nodiscard]] virtual bool recognises(const InputFile& file) const = 0;
    [[nodiscard]] virtual Result<ImportBatch> parse(const InputFile& file) const = 0;
};

}  // namespace rectrack
