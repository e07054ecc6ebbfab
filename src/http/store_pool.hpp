#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "common/result.hpp"
#include "domain/store.hpp"

namespace rectrack {

// Connections for the server's worker threads: a store is used by one request at a time.
class StorePool {
 public:
    using Factory = std::function<Result<std::unique_ptr<Store>>()>;

    // Hands a store back to the pool when the request is done with it.
    class Lease {
     public:
        Lease(StorePool& pool, std::unique_ptr<Store> store) : pool_(&pool), store_(std::move(store)) {}
        Lease(Lease&&) noexcept = default;
        // Hands back the store this lease held before taking the other's.
        Lease& operator=(Lease&& other) noexcept;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease();
        Store& operator*() const { return *store_; }
        Store* operator->() const { return store_.get(); }

     private:
        StorePool* pool_;
        std::unique_ptr<Store> store_;
    };

    explicit StorePool(Factory factory) : factory_(std::move(factory)) {}
    Result<Lease> acquire();

 private:
    void give_back(std::unique_ptr<Store> store);

    Factory factory_;
    std::mutex mutex_;
    std::vector<std::unique_ptr<Store>> idle_;
};

}  // namespace rectrack
