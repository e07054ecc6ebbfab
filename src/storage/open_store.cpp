#include "storage/open_store.hpp"

#include <string_view>

#include "storage/sqlite/sqlite_store.hpp"

namespace rectrack {

namespace {

// sqlite:PATH and sqlite://PATH both name PATH; anything else without a scheme is a path.
std::string sqlite_path(std::string_view url) {
    for (std::string_view prefix : {"sqlite://", "sqlite:"}) {
        if (url.starts_with(prefix)) return std::string(url.substr(prefix.size()));
    }
    return std::string(url);
}

}  // namespace

Result<std::unique_ptr<Store>> open_store(const std::string& url) {
    const std::string_view text = url;
    if (text.starts_with("postgres://") || text.starts_with("postgresql://")) {
        return Error{ErrorCode::unavailable, "store.backend_unavailable", {{"url", url}}};
    }
    const std::string path = sqlite_path(text);
    if (path.empty()) return Error{ErrorCode::invalid_input, "store.url_invalid", {{"url", url}}};
    auto store = SqliteStore::open(path);
    if (!store) return store.error();
    return std::unique_ptr<Store>(std::move(*store));
}

}  // namespace rectrack
