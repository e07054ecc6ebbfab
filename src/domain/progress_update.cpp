#include "domain/progress_update.hpp"

#include "common/enum_names.hpp"

namespace rectrack {

namespace {
constexpr auto status_names = enum_names(
    std::pair{ImplementationStatus::not_started, "not_started"},
    std::pair{ImplementationStatus::in_progress, "in_progress"},
    std::pair{ImplementationStatus::partially_implemented, "partially_implemented"},
    std::pair{ImplementationStatus::implemented, "implemented"}, std::pair{ImplementationStatus::later, "later"},
    std::pair{ImplementationStatus::not_applicable, "not_applicable"});
constexpr auto review_names =
    enum_names(std::pair{UpdateReview::submitted, "submitted"}, std::pair{UpdateReview::accepted, "accepted"},
               std::pair{UpdateReview::returned, "returned"});
}  // namespace

std::string_view to_string(ImplementationStatus status) { return status_names.name(status); }
std::optional<ImplementationStatus> implementation_status_from_string(std::string_view text) {
    return status_names.parse(text);
}
std::string_view to_string(UpdateReview review) { return review_names.name(review); }
std::optional<UpdateReview> update_review_from_string(std::string_view text) { return review_names.parse(text); }

}  // namespace rectrack
