#pragma once

#include <cstdint>
#include <string>

namespace rectrack {

// A group of recommendations of one review that ask for the same thing.
struct Cluster {
    std::int64_t id = 0;
    std::int64_t review_id = 0;
    std::string label;
    std::int64_t version = 0;
    bool pinned = false;  // a person edited it: re-clustering keeps it and its members as they are
};

}  // namespace rectrack
