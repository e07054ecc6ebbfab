#pragma once

#include "common/result.hpp"
#include "domain/actor.hpp"
#include "domain/store.hpp"

namespace rectrack {

// Adopts a master plan following up one review or several (name, decision number and date, period).
class CreatePlan {
 public:
    explicit CreatePlan(Store& store) : store_(store) {}
    Result<Plan> run(const Actor& actor, const Plan& plan);

 private:
    Store& store_;
};

}  // namespace rectrack
