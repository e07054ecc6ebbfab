#pragma once

#include <filesystem>
#include <string>

namespace rectrack::test {

// A file of ../shared/data, e.g. shared_data("upr-info/18-vietnam.csv").
std::filesystem::path shared_data(const std::string& relative);
// The rectrack binary built beside the tests.
std::filesystem::path rectrack_binary();
std::filesystem::path source_dir();

}  // namespace rectrack::test

// Skips the current test, naming the missing file, when a shared data file is absent.
#define RECTRACK_REQUIRE_FILE(path)                                               \
    do {                                                                          \
        if (!std::filesystem::exists(path)) GTEST_SKIP() << "missing " << (path); \
    } while (false)
