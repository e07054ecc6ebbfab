#include "storage/file_evidence_store.hpp"

#include <magic.h>
#include <unistd.h>

#include <fstream>
#include <stdexcept>
#include <string>

namespace rectrack {

namespace {

Error cannot_keep(const std::filesystem::path& path, const std::string& detail) {
    return make_error(ErrorCode::internal, "evidence.cannot_store").with("file", path.string()).with("detail", detail);
}

}  // namespace

FileEvidenceStore::FileEvidenceStore(std::filesystem::path root) : root_(std::move(root)) {
    magic_t cookie = magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS);
    if (cookie == nullptr || magic_load(cookie, nullptr) != 0) {
        if (cookie != nullptr) magic_close(cookie);
        throw std::runtime_error("libmagic could not load its database of file types");
    }
    magic_ = cookie;
}

FileEvidenceStore::~FileEvidenceStore() { magic_close(static_cast<magic_t>(magic_)); }

std::string FileEvidenceStore::media_type(std::string_view bytes) {
    const std::lock_guard lock(magic_mutex_);
    const char* type = magic_buffer(static_cast<magic_t>(magic_), bytes.data(), bytes.size());
    return type == nullptr ? std::string("application/octet-stream") : std::string(type);
}

Status FileEvidenceStore::keep(const std::string& sha256, std::string_view bytes) {
    const auto folder = root_ / sha256.substr(0, 2);
    const auto target = folder / sha256;
    std::error_code error;
    if (std::filesystem::exists(target, error)) return {};
    std::filesystem::create_directories(folder, error);
    if (error) return cannot_keep(folder, error.message());
    // Written beside the target and renamed, so a reader never sees half a file.
    const auto partial = folder / (sha256 + ".part" + std::to_string(::getpid()));
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out.flush()) return cannot_keep(partial, "write failed");
    }
    std::filesystem::rename(partial, target, error);
    if (error) {
        std::filesystem::remove(partial, error);
        return cannot_keep(target, "rename failed");
    }
    return {};
}

std::filesystem::path FileEvidenceStore::beside_database(const std::string& db_url) {
    std::string path = db_url;
    if (path.starts_with("sqlite:")) path = path.substr(std::string_view("sqlite:").size());
    const auto folder = std::filesystem::path(path).parent_path();
    return (folder.empty() ? std::filesystem::path(".") : folder) / "evidence";
}

}  // namespace rectrack
