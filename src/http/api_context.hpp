#pragma once

#include "common/message_catalog.hpp"
#include "domain/evidence_store.hpp"
#include "domain/state_directory.hpp"
#include "http/store_pool.hpp"
#include "search/search_index.hpp"

namespace rectrack {

// What the REST handlers need: connections, reference data, the message catalogue and the search index.
struct ApiContext {
    StorePool& stores;
    const StateDirectory& states;
    const MessageCatalog& messages;
    SearchIndex* search = nullptr;      // shared by every request; catches up with the store before answering
    EvidenceStore* evidence = nullptr;  // where evidence files go; none: progress reports are refused
};

}  // namespace rectrack
