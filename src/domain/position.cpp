#include "domain/position.hpp"

#include "common/enum_names.hpp"

namespace rectrack {

namespace {
constexpr auto names = enum_names(std::pair{Position::supported, "supported"}, std::pair{Position::noted, "noted"},
                                  std::pair{Position::partially_supported, "partially_supported"},
                                  std::pair{Position::pending, "pending"});
}

std::string_view to_string(Position position) { return names.name(position); }
std::optional<Position> position_from_string(std::string_view text) { return names.parse(text); }

}  // namespace rectrack
