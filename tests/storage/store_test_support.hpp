#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/store.hpp"
#include "storage/open_store.hpp"
#include "storage/sqlite/sqlite_error.hpp"
#include "storage/sqlite/sqlite_store.hpp"
#include "support/temp_dir.hpp"

namespace rectrack::test {

// An empty database of one backend, removed when the test ends.
class ScratchDatabase {
 public:
    virtual ~ScratchDatabase() = default;
    // The URL open_store takes to reach this database.
    [[nodiscard]] virtual std::string url() const = 0;
    // Runs raw SQL on the store's own connection, to prove what the schema itself refuses.
    virtual Status execute(Store& store, const std::string& sql) = 0;
};

class SqliteScratch final : public ScratchDatabase {
 public:
    // A directory that does not exist yet, so opening also proves it is created.
    [[nodiscard]] std::string url() const override { return "sqlite:" + (dir_ / "data" / "rectrack.db").string(); }
    Status execute(Store& store, const std::string& sql) override {
        try {
            dynamic_cast<SqliteStore&>(store).database().execute(sql);
            return {};
        } catch (const SqliteError& error) {
            return to_error(error, "sql");
        }
    }

 private:
    TempDir dir_;
};

// One backend the storage suite runs on; PostgreSQL joins store_backends() when it exists.
struct StoreBackend {
    std::string name;
    std::function<std::unique_ptr<ScratchDatabase>()> create;
};

// Names the backend in test listings instead of dumping the struct's bytes.
inline void PrintTo(const StoreBackend& backend, std::ostream* out) { *out << backend.name; }

inline std::vector<StoreBackend> store_backends() {
    return {StoreBackend{"sqlite", [] { return std::make_unique<SqliteScratch>(); }}};
}

inline std::string describe(const Error& error) {
    std::string text = std::string(to_string(error.code)) + " " + error.message_id;
    for (const auto& arg : error.args) text += " " + arg.name + "=" + arg.value;
    return text;
}

// The value of a result that must succeed; a failure ends the test with the error's description.
template <typename T>
T ok(Result<T> result) {
    if (!result.ok()) throw std::runtime_error("unexpected error: " + describe(result.error()));
    return std::move(result).value();
}

inline void ok(const Status& status) {
    if (!status.ok()) throw std::runtime_error("unexpected error: " + describe(status.error()));
}

inline Review sample_review(const std::string& state = "VNM", int session = 18) {
    Review review;
    review.state_code = state;
    review.mechanism = "UPR";
    review.session = session;
    review.cycle = session <= 12 ? 1 : session <= 26 ? 2 : 3;
    return review;
}

inline Recommendation sample_recommendation(std::int64_t review_id, const std::string& paragraph,
                                            const std::string& text, std::vector<std::string> states,
                                            std::optional<Position> position = std::nullopt) {
    Recommendation r;
    r.review_id = review_id;
    r.paragraph = paragraph;
    r.source_key = paragraph;
    r.texts.push_back(RecommendationText{text, std::move(states)});
    r.position = position;
    return r;
}

inline Label label(LabelKind kind, const std::string& value, Provenance provenance = Provenance::imported) {
    Label l;
    l.kind = kind;
    l.value = value;
    l.provenance = provenance;
    return l;
}

inline std::string describe(const Recommendation& r) {
    std::ostringstream out;
    out << r.id << '|' << r.review_id << '|' << r.paragraph << '|' << r.source_key << '|' << to_string(r.kind) << '|'
        << (r.position ? to_string(*r.position) : "-") << '|' << r.position_document_id.value_or(0) << '|'
        << r.position_explanation << '|' << r.source_document_id.value_or(0) << '|' << r.page << '|'
        << r.cluster_id.value_or(0) << "|v" << r.version;
    for (const auto& text : r.texts) {
        out << "\n  text " << text.text << " by";
        for (const auto& state : text.state_codes) out << ' ' << state;
    }
    for (const auto& t : r.translations) out << "\n  translation " << t.language << ' ' << t.text;
    for (const auto& l : r.labels) {
        out << "\n  label " << to_string(l.kind) << ' ' << l.value << ' ' << to_string(l.provenance) << ' '
            << l.confidence << ' ' << l.model_version << ' ' << l.source_document_id.value_or(0);
    }
    return out.str();
}

// Everything the store holds, as text, read through the interface only.
inline std::string snapshot(Store& store) {
    std::ostringstream out;
    for (const auto& review : ok(store.reviews().list())) {
        out << "review " << review.id << ' ' << review.state_code << ' ' << review.session << ' '
            << review.document_symbol << '\n';
        for (const auto& cluster : ok(store.clusters().for_review(review.id))) {
            out << "cluster " << cluster.id << ' ' << cluster.label << " v" << cluster.version << '\n';
        }
    }
    for (const auto& document : ok(store.documents().list())) {
        out << "document " << document.id << ' ' << document.sha256 << ' ' << document.symbol << '\n';
    }
    RecommendationFilter all;
    all.limit = 0;
    for (const auto& r : ok(store.recommendations().list(all))) {
        out << "recommendation " << describe(r) << '\n';
        for (const auto& update : ok(store.progress().for_recommendation(r.id))) {
            out << "progress " << update.id << ' ' << to_string(update.status) << " v" << update.version << '\n';
        }
    }
    for (const auto& institution : ok(store.institutions().list())) {
        out << "institution " << institution.id << ' ' << institution.code << " v" << institution.version << '\n';
    }
    for (const auto& user : ok(store.users().list())) {
        out << "user " << user.id << ' ' << user.username << " v" << user.version << '\n';
    }
    for (const auto& plan : ok(store.plans().list())) {
        out << "plan " << plan.id << ' ' << plan.name << " v" << plan.version << '\n';
        for (const auto& a : ok(store.plans().assignments(plan.id))) out << "assignment " << a.id << '\n';
    }
    for (const auto& event : ok(store.audit().list(0, 0))) {
        out << "audit " << event.id << ' ' << event.action << ' ' << event.hash << '\n';
    }
    return out.str();
}

// A fresh, empty store of the backend under test.
class StoreTest : public ::testing::TestWithParam<StoreBackend> {
 protected:
    void SetUp() override {
        scratch_ = GetParam().create();
        reopen();
    }
    void TearDown() override { store_.reset(); }

    // Closes the store and opens the same database again.
    void reopen() {
        store_.reset();
        store_ = ok(open_store(scratch_->url()));
    }
    Store& store() { return *store_; }
    ScratchDatabase& scratch() { return *scratch_; }

    std::int64_t add_review(const std::string& state = "VNM", int session = 18) {
        return ok(store().reviews().upsert(sample_review(state, session))).id;
    }
    std::int64_t add_recommendation(const Recommendation& r) { return ok(store().recommendations().upsert(r)).id; }

 private:
    std::unique_ptr<ScratchDatabase> scratch_;
    std::unique_ptr<Store> store_;
};

}  // namespace rectrack::test

// Runs a StoreTest-derived suite on every backend.
#define RECTRACK_STORE_SUITE(suite)                                                                    \
    INSTANTIATE_TEST_SUITE_P(Backends, suite, ::testing::ValuesIn(::rectrack::test::store_backends()), \
                             [](const auto& info) { return info.param.name; })
