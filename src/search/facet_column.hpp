#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rectrack {

// The values of one facet for every document, as one array of value numbers and one array of where each
// document's values start: counting a facet over a match set reads two arrays and adds into a third.
class FacetColumn {
 public:
    // The number of a value, added to the dictionary when new.
    std::uint32_t intern(std::string_view value);
    [[nodiscard]] std::optional<std::uint32_t> find(std::string_view value) const;
    [[nodiscard]] const std::string& value(std::uint32_t number) const { return values_[number]; }
    [[nodiscard]] std::size_t value_count() const { return values_.size(); }

    // Appends the next document's values (numbers from intern, without duplicates).
    void append(std::span<const std::uint32_t> numbers);
    [[nodiscard]] std::span<const std::uint32_t> of(std::uint32_t doc) const {
        return {numbers_.data() + starts_[doc], numbers_.data() + starts_[doc + 1]};
    }
    [[nodiscard]] std::size_t memory_bytes() const;

 private:
    std::vector<std::uint32_t> starts_{0};
    std::vector<std::uint32_t> numbers_;
    std::vector<std::string> values_;
    std::unordered_map<std::string, std::uint32_t> numbers_by_value_;
};

}  // namespace rectrack
