#pragma once

#include <string>

namespace rectrack {

// How much action a recommendation asks of the state under review, from 1 (minimal) to 5 (specific).
struct ActionCategory {
    int number = 0;
    std::string name;
    std::string definition;

    friend bool operator==(const ActionCategory&, const ActionCategory&) = default;
};

}  // namespace rectrack
