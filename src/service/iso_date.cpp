#include "service/iso_date.hpp"

#include <chrono>
#include <cstdio>

#include "common/utc_clock.hpp"

namespace rectrack {

namespace {

std::optional<std::chrono::year_month_day> parse(std::string_view text) {
    constexpr std::size_t length = 10;
    if (text.size() != length || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (std::size_t i = 0; i < length; ++i) {
        if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) return std::nullopt;
    }
    const auto number = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (text[i] - '0');
        return value;
    };
    const std::chrono::year_month_day date{std::chrono::year{number(0, 4)},
                                           std::chrono::month{static_cast<unsigned>(number(5, 2))},
                                           std::chrono::day{static_cast<unsigned>(number(8, 2))}};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::string format(std::chrono::year_month_day date) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

}  // namespace

bool is_iso_date(std::string_view text) { return parse(text).has_value(); }

Status check_date(std::string_view field, std::string_view text, bool may_be_empty) {
    if (text.empty() && may_be_empty) return {};
    if (is_iso_date(text)) return {};
    return make_error(ErrorCode::invalid_input, "plan.bad_date")
        .with("field", std::string(field))
        .with("value", std::string(text));
}

std::string utc_today() { return utc_now_iso8601().substr(0, 10); }

std::string days_before(std::string_view date, int days) {
    const auto parsed = parse(date);
    if (!parsed) return std::string(date);
    return format(std::chrono::year_month_day{std::chrono::sys_days{*parsed} - std::chrono::days{days}});
}

std::int64_t days_between(std::string_view from, std::string_view to) {
    const auto start = parse(from);
    const auto end = parse(to);
    if (!start || !end) return 0;
    return (std::chrono::sys_days{*end} - std::chrono::sys_days{*start}).count();
}

}  // namespace rectrack
