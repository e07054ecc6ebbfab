#include "domain/mechanism.hpp"

#include <gtest/gtest.h>

namespace rectrack {
namespace {

TEST(UprCycle, SessionsMapToTheirCycle) {
    EXPECT_EQ(upr_cycle_of_session(5), 1);  // Viet Nam 2009
    EXPECT_EQ(upr_cycle_of_session(12), 1);
    EXPECT_EQ(upr_cycle_of_session(13), 2);
    EXPECT_EQ(upr_cycle_of_session(18), 2);  // Viet Nam 2014
    EXPECT_EQ(upr_cycle_of_session(26), 2);
    EXPECT_EQ(upr_cycle_of_session(27), 3);
    EXPECT_EQ(upr_cycle_of_session(32), 3);  // Viet Nam 2019
    EXPECT_EQ(upr_cycle_of_session(34), 3);  // Slovenia 2019
    EXPECT_EQ(upr_cycle_of_session(40), 3);
    EXPECT_EQ(upr_cycle_of_session(41), 4);
    EXPECT_EQ(upr_cycle_of_session(46), 4);  // Viet Nam 2024
    EXPECT_EQ(upr_cycle_of_session(0), 0);
}

}  // namespace
}  // namespace rectrack
