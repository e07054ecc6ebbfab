#include "http/store_pool.hpp"

namespace rectrack {

StorePool::Lease::~Lease() {
    if (store_) pool_->give_back(std::move(store_));
}

StorePool::Lease& StorePool::Lease::operator=(Lease&& other) noexcept {
    if (this != &other) {
        if (store_) pool_->give_back(std::move(store_));
        pool_ = other.pool_;
        store_ = std::move(other.store_);
    }
    return *this;
}

Result<StorePool::Lease> StorePool::acquire() {
    {
        std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            auto store = std::move(idle_.back());
            idle_.pop_back();
            return Lease(*this, std::move(store));
        }
    }
    auto store = factory_();
    if (!store.ok()) return store.error();
    return Lease(*this, std::move(store.value()));
}

void StorePool::give_back(std::unique_ptr<Store> store) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(store));
}

}  // namespace rectrack
