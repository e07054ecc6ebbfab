#include "ingest/zip_package.hpp"

#include <zip.h>

#include <algorithm>

namespace rectrack {

namespace {

constexpr std::string_view local_header_magic{"PK\x03\x04", 4};
constexpr std::string_view empty_archive_magic{"PK\x05\x06", 4};

Error zip_error(std::string id, const std::string& file) {
    return make_error(ErrorCode::invalid_input, std::move(id)).with("file", file);
}

// An entry name that would land outside the extraction directory if anyone unpacked the archive.
bool escapes_package(std::string_view name) {
    if (name.empty() || name.front() == '/' || name.front() == '\\') return true;
    if (name.size() > 1 && name[1] == ':') return true;  // a Windows drive letter
    std::size_t begin = 0;
    while (begin <= name.size()) {
        const auto end = std::min(name.find_first_of("/\\", begin), name.size());
        if (name.substr(begin, end - begin) == "..") return true;
        begin = end + 1;
    }
    return false;
}

Result<std::string> checked_name(zip* archive, zip_uint64_t index, const ZipLimits& limits, const std::string& file) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, index, 0, &stat) != 0 || (stat.valid & ZIP_STAT_NAME) == 0) {
        return zip_error("docx.unreadable", file).with("detail", "an entry cannot be read");
    }
    const std::string name = stat.name;
    if (escapes_package(name)) return zip_error("docx.bad_entry_name", file).with("name", name);
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > limits.max_entry_size) {
        return zip_error("docx.entry_too_large", file)
            .with("name", name)
            .with("size", std::to_string(stat.size))
            .with("limit", std::to_string(limits.max_entry_size));
    }
    const bool sizes_known = (stat.valid & ZIP_STAT_SIZE) != 0 && (stat.valid & ZIP_STAT_COMP_SIZE) != 0;
    if (sizes_known && stat.size > limits.ratio_exempt_size &&
        stat.size > std::max<zip_uint64_t>(stat.comp_size, 1) * limits.max_compression_ratio) {
        return zip_error("docx.zip_bomb", file)
            .with("name", name)
            .with("detail", std::to_string(stat.comp_size) + " bytes unpack to " + std::to_string(stat.size));
    }
    return name;
}

}  // namespace

void ZipPackage::Closer::operator()(zip* archive) const { zip_discard(archive); }

bool ZipPackage::has_zip_magic(std::string_view bytes) {
    return bytes.starts_with(local_header_magic) || bytes.starts_with(empty_archive_magic);
}

Result<ZipPackage> ZipPackage::open(const InputFile& file, ZipLimits limits) {
    if (file.bytes.empty()) return zip_error("docx.empty", file.name);
    if (!has_zip_magic(file.bytes)) return zip_error("docx.not_zip", file.name);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(file.bytes.data(), file.bytes.size(), 0, &error);
    zip* raw = source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY, &error);
    if (raw == nullptr) {
        if (source != nullptr) zip_source_free(source);
        auto failure = zip_error("docx.unreadable", file.name).with("detail", zip_error_strerror(&error));
        zip_error_fini(&error);
        return failure;
    }
    zip_error_fini(&error);
    std::unique_ptr<zip, Closer> archive(raw);
    const auto count = static_cast<zip_uint64_t>(zip_get_num_entries(raw, 0));
    if (count > limits.max_entries) {
        return zip_error("docx.too_many_entries", file.name)
            .with("count", std::to_string(count))
            .with("limit", std::to_string(limits.max_entries));
    }
    std::vector<std::string> names;
    for (zip_uint64_t i = 0; i < count; ++i) {
        auto name = checked_name(raw, i, limits, file.name);
        if (!name.ok()) return name.error();
        names.push_back(std::move(name).value());
    }
    return ZipPackage(std::move(archive), file.name, std::move(names));
}

bool ZipPackage::contains(std::string_view name) const {
    return std::find(names_.begin(), names_.end(), name) != names_.end();
}

Result<std::string> ZipPackage::read(std::string_view name, std::uint64_t max_size) const {
    const std::string entry(name);
    zip_file_t* handle = zip_fopen(archive_.get(), entry.c_str(), 0);
    if (handle == nullptr)
        return zip_error("docx.unreadable", file_name_).with("detail", "entry " + entry + " cannot be unpacked");
    std::string bytes;
    char buffer[64 * 1024];
    zip_int64_t got = 0;
    // Counts what actually comes out: a forged size in the header does not get past this.
    while ((got = zip_fread(handle, buffer, sizeof buffer)) > 0) {
        bytes.append(buffer, static_cast<std::size_t>(got));
        if (bytes.size() > max_size) break;
    }
    zip_fclose(handle);
    if (got < 0)
        return zip_error("docx.unreadable", file_name_).with("detail", "entry " + entry + " cannot be unpacked");
    if (bytes.size() > max_size) {
        return zip_error("docx.entry_too_large", file_name_)
            .with("name", entry)
            .with("size", "more than " + std::to_string(max_size))
            .with("limit", std::to_string(max_size));
    }
    return bytes;
}

}  // namespace rectrack
