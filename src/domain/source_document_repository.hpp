#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/source_document.hpp"
#include "domain/upsert_outcome.hpp"

namespace rectrack {

class SourceDocumentRepository {
 public:
    virtual ~SourceDocumentRepository() = default;
    // Identity is the content hash: the same file imported twice is one document.
    virtual Result<Upserted> upsert(const SourceDocument& document) = 0;
    virtual Result<SourceDocument> get(std::int64_t id) = 0;
    virtual Result<std::optional<SourceDocument>> find_by_hash(std::string_view sha256) = 0;
    virtual Result<std::vector<SourceDocument>> list() = 0;
};

}  // namespace rectrack
