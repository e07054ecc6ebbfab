#pragma once

#include <string>
#include <string_view>

#include "common/result.hpp"

namespace rectrack {

// Where evidence files of progress updates are kept, by their SHA-256, and what their content is.
class EvidenceStore {
 public:
    virtual ~EvidenceStore() = default;
    // The media type the content itself shows (e.g. application/pdf), whatever the file is called.
    virtual std::string media_type(std::string_view bytes) = 0;
    // Keeps the bytes under sha256; keeping the same bytes again changes nothing.
    virtual Status keep(const std::string& sha256, std::string_view bytes) = 0;
};

}  // namespace rectrack
