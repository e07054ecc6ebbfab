#pragma once

#include <optional>
#include <string_view>

namespace rectrack {

// Where a label came from: a document, a model's suggestion, or a person's confirmation.
enum class Provenance { imported, suggested, confirmed };

std::string_view to_string(Provenance provenance);
std::optional<Provenance> provenance_from_string(std::string_view text);

}  // namespace rectrack
