#include "service/record_indicator_value.hpp"

#include <algorithm>
#include <cmath>

#include "service/audit_log.hpp"
#include "service/iso_date.hpp"
#include "service/plan_json.hpp"

namespace rectrack {

Result<Indicator> RecordIndicatorValue::run(const Actor& actor, std::int64_t indicator_id,
                                            std::optional<std::int64_t> expected_version, const IndicatorValue& value) {
    RECTRACK_TRY(check_date("date", value.date, false));
    if (!std::isfinite(value.value)) {
        return make_error(ErrorCode::invalid_input, "plan.bad_value").with("value", std::to_string(value.value));
    }
    std::optional<Indicator> saved;
    RECTRACK_TRY(store_.transaction([&]() -> Status {
        auto current = store_.plans().indicator(indicator_id);
        if (!current.ok()) return current.error();
        Indicator changed = *current;
        if (expected_version) changed.version = *expected_version;
        auto same_date = std::find_if(changed.values.begin(), changed.values.end(),
                                      [&](const IndicatorValue& old) { return old.date == value.date; });
        if (same_date == changed.values.end()) {
            changed.values.push_back(value);
        } else {
            same_date->value = value.value;
        }
        std::stable_sort(changed.values.begin(), changed.values.end(),
                         [](const IndicatorValue& a, const IndicatorValue& b) { return a.date < b.date; });
        auto updated = store_.plans().update_indicator(changed);
        if (!updated.ok()) return updated.error();
        RECTRACK_TRY(record_change(store_, actor, "value", "indicator", indicator_id, indicator_json(*current),
                                   indicator_json(*updated)));
        saved = std::move(updated.value());
        return {};
    }));
    return std::move(*saved);
}

}  // namespace rectrack
