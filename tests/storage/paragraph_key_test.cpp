#include "storage/paragraph_key.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace rectrack {
namespace {

TEST(ParagraphKey, SortsNumbersAsNumbers) {
    std::vector<std::string> paragraphs{"143.10", "143.2", "", "144.1", "9.3", "143.100", "143.1", "143.02", "10"};
    // 143.02 and 143.2 are the same number, so they tie and keep their order.
    std::stable_sort(paragraphs.begin(), paragraphs.end(),
                     [](const std::string& a, const std::string& b) { return paragraph_key(a) < paragraph_key(b); });
    EXPECT_EQ(paragraphs,
              (std::vector<std::string>{"", "9.3", "10", "143.1", "143.2", "143.02", "143.10", "143.100", "144.1"}));
}

TEST(ParagraphKey, KeepsLettersAndSeparators) {
    EXPECT_LT(paragraph_key("12(a)"), paragraph_key("12(b)"));
    EXPECT_LT(paragraph_key("12(b)"), paragraph_key("13(a)"));
    EXPECT_LT(paragraph_key("5.9"), paragraph_key("5.10"));
    EXPECT_EQ(paragraph_key("143.2"), "03143.012");
}

}  // namespace
}  // namespace rectrack
