#pragma once

#include <string>

namespace rectrack {

// One of the 54 issues UPR Info tags recommendations with; the name is spelled as in its exports.
struct UprInfoIssue {
    std::string name;  // e.g. Women's rights, Torture and other CID treatment
    std::string definition;

    friend bool operator==(const UprInfoIssue&, const UprInfoIssue&) = default;
};

}  // namespace rectrack
