#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/document_parser.hpp"
#include "ingest/zip_limits.hpp"

struct zip;

namespace rectrack {

// A zip archive opened from memory whose entries were checked against ZipLimits before any is read.
// Errors name the file: docx.empty, docx.not_zip, docx.unreadable, docx.too_many_entries,
// docx.bad_entry_name, docx.entry_too_large, docx.zip_bomb.
class ZipPackage {
 public:
    // Keeps a reference to file.bytes, which must outlive the package.
    static Result<ZipPackage> open(const InputFile& file, ZipLimits limits = {});
    // Whether the bytes start like a zip archive.
    static bool has_zip_magic(std::string_view bytes);

    [[nodiscard]] bool contains(std::string_view name) const;
    // Entry names in archive order.
    [[nodiscard]] const std::vector<std::string>& names() const { return names_; }
    // The uncompressed bytes of an entry, refused above `max_size` even if its header claims less.
    [[nodiscard]] Result<std::string> read(std::string_view name, std::uint64_t max_size) const;

 private:
    struct Closer {
        void operator()(zip* archive) const;
    };

    ZipPackage(std::unique_ptr<zip, Closer> archive, std::string file_name, std::vector<std::string> names)
        : archive_(std::move(archive)), file_name_(std::move(file_name)), names_(std::move(names)) {}

    std::unique_ptr<zip, Closer> archive_;
    std::string file_name_;
    std::vector<std::string> names_;
};

}  // namespace rectrack
