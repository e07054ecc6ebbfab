#pragma once

#include <memory>
#include <string>

#include "common/result.hpp"
#include "domain/store.hpp"

namespace rectrack {

// Opens the store a --db URL names: a path or sqlite:PATH (created when missing) opens SQLite;
// postgres://... reports store.backend_unavailable until that backend exists.
Result<std::unique_ptr<Store>> open_store(const std::string& url);

}  // namespace rectrack
