#include "http/store_pool.hpp"

#include <gtest/gtest.h>

#include "storage/open_store.hpp"
#include "support/temp_dir.hpp"

namespace rectrack {
namespace {

class StorePoolTest : public ::testing::Test {
 protected:
    StorePool pool_{[this] {
        ++opened_;
        return open_store((dir_ / "pool.db").string());
    }};
    test::TempDir dir_;
    int opened_ = 0;
};

TEST_F(StorePoolTest, AReturnedStoreIsLentAgain) {
    {
        auto lease = pool_.acquire();
        ASSERT_TRUE(lease.ok());
    }
    {
        auto lease = pool_.acquire();
        ASSERT_TRUE(lease.ok());
    }
    EXPECT_EQ(opened_, 1);
}

TEST_F(StorePoolTest, ConcurrentLeasesGetTheirOwnStores) {
    auto first = pool_.acquire();
    auto second = pool_.acquire();
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_NE(&**first, &**second);
    EXPECT_EQ(opened_, 2);
}

TEST_F(StorePoolTest, MovingALeaseOverAnotherReturnsTheOverwrittenStore) {
    {
        auto first = pool_.acquire();
        auto second = pool_.acquire();
        ASSERT_TRUE(first.ok() && second.ok());
        *first = std::move(*second);
    }
    // Both stores are back in the pool: two leases at once open nothing new.
    auto a = pool_.acquire();
    auto b = pool_.acquire();
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(opened_, 2);
}

}  // namespace
}  // namespace rectrack
