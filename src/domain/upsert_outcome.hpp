#pragma once

#include <cstdint>

namespace rectrack {

// What an idempotent write did: re-importing the same data must report `unchanged`.
enum class UpsertOutcome { created, updated, unchanged };

struct Upserted {
    std::int64_t id = 0;
    UpsertOutcome outcome = UpsertOutcome::unchanged;
};

}  // namespace rectrack
