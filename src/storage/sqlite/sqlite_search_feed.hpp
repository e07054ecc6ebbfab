#pragma once

#include <string>
#include <vector>

#include "domain/search_feed.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace rectrack {

// The search feed on SQLite: documents read a batch of recommendation ids at a time, changes from the
// search_changes table that the triggers of migration 0003 fill.
class SqliteSearchFeed final : public SearchFeed {
 public:
    explicit SqliteSearchFeed(SqliteDatabase& db) : db_(db) {}

    Result<std::int64_t> last_change() override;
    Result<SearchChanges> changes_since(std::int64_t change) override;
    Status for_each_document(const std::function<void(SearchDocument&&)>& visit) override;
    Result<std::vector<SearchDocument>> documents(const std::vector<std::int64_t>& ids) override;

 private:
    // Reads the documents whose id satisfies `condition` (SQL over the column named by {id}), binding
    // the first parameter to `first` and, when given, the second to `second`.
    std::vector<SearchDocument> load(const std::string& condition, const std::string& first, std::int64_t second = 0);

    SqliteDatabase& db_;
};

}  // namespace rectrack
