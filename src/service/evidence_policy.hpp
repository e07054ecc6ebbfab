#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "domain/evidence_store.hpp"
#include "domain/progress_update.hpp"

namespace rectrack {

// A file given as evidence of progress, as received.
struct EvidenceUpload {
    std::string file_name;
    std::string bytes;
};

// What evidence rectrack keeps: a plain file name (no folder), at most evidence_size_limit bytes, of an allowed
// type (PDF, office documents, images, text) whose content agrees with its extension.
class EvidencePolicy {
 public:
    static constexpr std::int64_t evidence_size_limit = std::int64_t{16} * 1024 * 1024;

    explicit EvidencePolicy(EvidenceStore& files) : files_(files) {}
    // Checks the upload and describes it (hash, size, detected type); stores nothing.
    Result<EvidenceFile> check(const EvidenceUpload& upload);

 private:
    EvidenceStore& files_;
};

}  // namespace rectrack
