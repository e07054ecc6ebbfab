#include "search/facet_column.hpp"

namespace rectrack {

std::uint32_t FacetColumn::intern(std::string_view value) {
    auto it = numbers_by_value_.find(std::string(value));
    if (it != numbers_by_value_.end()) return it->second;
    const auto number = static_cast<std::uint32_t>(values_.size());
    values_.emplace_back(value);
    numbers_by_value_.emplace(values_.back(), number);
    return number;
}

std::optional<std::uint32_t> FacetColumn::find(std::string_view value) const {
    auto it = numbers_by_value_.find(std::string(value));
    if (it == numbers_by_value_.end()) return std::nullopt;
    return it->second;
}

void FacetColumn::append(std::span<const std::uint32_t> numbers) {
    numbers_.insert(numbers_.end(), numbers.begin(), numbers.end());
    starts_.push_back(static_cast<std::uint32_t>(numbers_.size()));
}

std::size_t FacetColumn::memory_bytes() const {
    return (starts_.capacity() + numbers_.capacity()) * sizeof(std::uint32_t);
}

}  // namespace rectrack
