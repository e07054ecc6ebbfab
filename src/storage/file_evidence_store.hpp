#pragma once

#include <filesystem>
#include <mutex>

#include "domain/evidence_store.hpp"

namespace rectrack {

// Evidence files in a directory (ab/abcdef... by SHA-256), their type read by libmagic from their content.
class FileEvidenceStore final : public EvidenceStore {
 public:
    explicit FileEvidenceStore(std::filesystem::path root);
    ~FileEvidenceStore() override;
    FileEvidenceStore(const FileEvidenceStore&) = delete;
    FileEvidenceStore& operator=(const FileEvidenceStore&) = delete;

    std::string media_type(std::string_view bytes) override;
    Status keep(const std::string& sha256, std::string_view bytes) override;

    // The evidence directory beside a SQLite database file: <its folder>/evidence.
    static std::filesystem::path beside_database(const std::string& db_url);

 private:
    std::filesystem::path root_;
    std::mutex magic_mutex_;  // a libmagic cookie is not safe to share between threads
    void* magic_ = nullptr;
};

}  // namespace rectrack
