#include "service/evidence_policy.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>

#include "common/sha256.hpp"

namespace rectrack {

namespace {

struct AllowedType {
    std::string_view extension;
    std::initializer_list<std::string_view> media_types;
};

// Office formats are zip packages; libmagic names them by their inner parts when it can, else as zip.
const std::array allowed_types{
    AllowedType{"pdf", {"application/pdf"}},
    AllowedType{"docx", {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip"}},
    AllowedType{"xlsx", {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip"}},
    AllowedType{"odt", {"application/vnd.oasis.opendocument.text", "application/zip"}},
    AllowedType{"png", {"image/png"}},
    AllowedType{"jpg", {"image/jpeg"}},
    AllowedType{"jpeg", {"image/jpeg"}},
    AllowedType{"txt", {"text/plain"}},
    AllowedType{"csv", {"text/csv", "text/plain"}},
};

Error refused(std::string message_id, const std::string& file) {
    return make_error(ErrorCode::invalid_input, std::move(message_id)).with("file", file);
}

// A name with a folder, a drive, a parent reference or control characters could escape the evidence store.
bool plain_file_name(const std::string& name) {
    if (name.empty() || name == "." || name == ".." || name.front() == '.') return false;
    return std::none_of(name.begin(), name.end(),
                        [](unsigned char c) { return c == '/' || c == '\\' || c == ':' || std::iscntrl(c) != 0; });
}

std::string extension_of(const std::string& name) {
    const auto dot = name.rfind('.');
    if (dot == std::string::npos) return {};
    std::string extension = name.substr(dot + 1);
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

}  // namespace

Result<EvidenceFile> EvidencePolicy::check(const EvidenceUpload& upload) {
    if (!plain_file_name(upload.file_name)) return refused("evidence.path_in_name", upload.file_name);
    const auto size = static_cast<std::int64_t>(upload.bytes.size());
    if (size > evidence_size_limit) {
        return make_error(ErrorCode::too_large, "evidence.too_large")
            .with("file", upload.file_name)
            .with("size", std::to_string(size))
            .with("limit", std::to_string(evidence_size_limit));
    }
    if (size == 0) return refused("evidence.empty", upload.file_name);
    const std::string extension = extension_of(upload.file_name);
    const auto allowed = std::find_if(allowed_types.begin(), allowed_types.end(),
                                      [&](const AllowedType& type) { return type.extension == extension; });
    const std::string detected = files_.media_type(upload.bytes);
    if (allowed == allowed_types.end() ||
        std::find(allowed->media_types.begin(), allowed->media_types.end(), detected) == allowed->media_types.end()) {
        return refused("evidence.forbidden_type", upload.file_name)
            .with("extension", extension.empty() ? std::string("-") : extension)
            .with("type", detected);
    }
    return EvidenceFile{upload.file_name, sha256_hex(upload.bytes), size, detected};
}

}  // namespace rectrack
