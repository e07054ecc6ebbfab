#pragma once

#include <string>

#include "common/result.hpp"
#include "domain/overdue_report.hpp"
#include "domain/store.hpp"

namespace rectrack {

// What is late on a date (today when empty), per institution: activities past their deadline and not done,
// and assigned recommendations whose lead has reported nothing for more than `days` days (counted from the
// assignment when it never reported).
class ReportOverdue {
 public:
    static constexpr int default_days = 90;

    explicit ReportOverdue(Store& store) : store_(store) {}
    Result<OverdueReport> run(const std::string& as_of, int days);

 private:
    Status add_silent(const Plan& plan, const std::map<std::int64_t, std::string>& codes, OverdueReport& report);
    Store& store_;
};

}  // namespace rectrack
