#pragma once

#include <cstddef>
#include <cstdint>

namespace rectrack {

// How much of an untrusted zip package rectrack agrees to unpack: guards against zip bombs and floods.
struct ZipLimits {
    std::size_t max_entries = 1000;
    std::uint64_t max_entry_size = std::uint64_t{64} << 20;  // uncompressed bytes of any one entry
    // Uncompressed over compressed size; real Office XML compresses about 10:1, bombs 1000:1 and more.
    std::uint64_t max_compression_ratio = 200;
    // Entries smaller than this are never called bombs: tiny XML parts compress absurdly well.
    std::uint64_t ratio_exempt_size = std::uint64_t{1} << 20;
};

}  // namespace rectrack
