#pragma once

#include <string>

namespace rectrack {

// One of the 17 Sustainable Development Goals of the 2030 Agenda (A/RES/70/1).
struct SdgGoal {
    int number = 0;
    std::string title;

    friend bool operator==(const SdgGoal&, const SdgGoal&) = default;
};

// One of the 169 SDG targets; numeric codes (1.1) set outcomes, lettered ones (1.a) means of implementation.
struct SdgTarget {
    std::string code;  // e.g. 5.2, 16.a
    int goal = 0;
    std::string text;

    friend bool operator==(const SdgTarget&, const SdgTarget&) = default;
};

}  // namespace rectrack
