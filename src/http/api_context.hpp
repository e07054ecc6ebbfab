#pragma once

#include "common/message_catalog.hpp"
#include "domain/state_directory.hpp"
#include "http/store_pool.hpp"

namespace rectrack {

// What the REST handlers need: connections, reference data and the message catalogue.
struct ApiContext {
    StorePool& stores;
    const StateDirectory& states;
    const MessageCatalog& messages;
};

}  // namespace rectrack
