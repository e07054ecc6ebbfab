#include "domain/provenance.hpp"

#include "common/enum_names.hpp"

namespace rectrack {

namespace {
constexpr auto names =
    enum_names(std::pair{Provenance::imported, "imported"}, std::pair{Provenance::suggested, "suggested"},
               std::pair{Provenance::confirmed, "confirmed"});
}

std::string_view to_string(Provenance provenance) { return names.name(provenance); }
std::optional<Provenance> provenance_from_string(std::string_view text) { return names.parse(text); }

}  // namespace rectrack
