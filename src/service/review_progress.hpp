#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "domain/actor.hpp"
#include "domain/store.hpp"

namespace rectrack {

struct ProgressDecision {
    std::int64_t update_id = 0;
    std::optional<std::int64_t> expected_version;  // absent: the version just read
    bool accept = true;
    std::string comment;  // required when returning the update
};

// The coordinator accepts a submitted progress update (it becomes the recommendation's current status when it
// is the latest accepted one) or returns it to its institution with a comment.
class ReviewProgress {
 public:
    explicit ReviewProgress(Store& store) : store_(store) {}
    Result<ProgressUpdate> run(const Actor& actor, const ProgressDecision& decision);

 private:
    Store& store_;
};

}  // namespace rectrack
