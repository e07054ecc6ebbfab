#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "search/posting_list.hpp"

namespace rectrack {

// Documents matching part of a query, in document order: a document-at-a-time walk that skips with
// advance() instead of materialising posting lists.
class MatchIterator {
 public:
    static constexpr std::uint32_t end = PostingList::end;
    virtual ~MatchIterator() = default;
    [[nodiscard]] virtual std::uint32_t doc() const = 0;
    virtual void next() = 0;
    // Moves to the first match at or after target.
    virtual void advance(std::uint32_t target) = 0;
    // About how many documents it can match: intersections start from the cheapest.
    [[nodiscard]] virtual std::size_t cost() const = 0;
};

using MatchIteratorPtr = std::unique_ptr<MatchIterator>;

// The postings of one term; also what the ranking reads the frequency and score bound from.
class TermIterator final : public MatchIterator {
 public:
    TermIterator(const PostingList& list, double idf) : cursor_(list), size_(list.size()), idf_(idf) {}
    [[nodiscard]] std::uint32_t doc() const override { return cursor_.doc(); }
    void next() override { cursor_.next(); }
    void advance(std::uint32_t target) override { cursor_.advance(target); }
    [[nodiscard]] std::size_t cost() const override { return size_; }
    [[nodiscard]] const PostingCursor& cursor() const { return cursor_; }
    [[nodiscard]] double idf() const { return idf_; }

 private:
    PostingCursor cursor_;
    std::size_t size_;
    double idf_;
};

class AllOfIterator final : public MatchIterator {
 public:
    explicit AllOfIterator(std::vector<MatchIteratorPtr> children);
    [[nodiscard]] std::uint32_t doc() const override { return doc_; }
    void next() override;
    void advance(std::uint32_t target) override;
    [[nodiscard]] std::size_t cost() const override { return children_.front()->cost(); }

 private:
    void settle(std::uint32_t target);
    std::vector<MatchIteratorPtr> children_;
    std::uint32_t doc_ = end;
};

class AnyOfIterator final : public MatchIterator {
 public:
    explicit AnyOfIterator(std::vector<MatchIteratorPtr> children);
    [[nodiscard]] std::uint32_t doc() const override { return doc_; }
    void next() override;
    void advance(std::uint32_t target) override;
    [[nodiscard]] std::size_t cost() const override { return cost_; }

 private:
    void settle();
    std::vector<MatchIteratorPtr> children_;
    std::uint32_t doc_ = end;
    std::size_t cost_ = 0;
};

// Matches of include that exclude does not match.
class ExceptIterator final : public MatchIterator {
 public:
    ExceptIterator(MatchIteratorPtr include, MatchIteratorPtr exclude);
    [[nodiscard]] std::uint32_t doc() const override { return include_->doc(); }
    void next() override;
    void advance(std::uint32_t target) override;
    [[nodiscard]] std::size_t cost() const override { return include_->cost(); }

 private:
    void skip_excluded();
    MatchIteratorPtr include_;
    MatchIteratorPtr exclude_;
};

// Documents holding the terms one after the other.
class PhraseIterator final : public MatchIterator {
 public:
    // terms[i] must occur at position p + i; the iterators are not owned beyond the all-of they feed.
    explicit PhraseIterator(std::vector<std::unique_ptr<TermIterator>> terms);
    [[nodiscard]] std::uint32_t doc() const override { return all_->doc(); }
    void next() override;
    void advance(std::uint32_t target) override;
    [[nodiscard]] std::size_t cost() const override { return all_->cost(); }
    [[nodiscard]] const std::vector<TermIterator*>& terms() const { return terms_; }

 private:
    void skip_non_phrases();
    [[nodiscard]] bool is_phrase();
    std::vector<TermIterator*> terms_;
    std::unique_ptr<AllOfIterator> all_;
    std::vector<std::vector<std::uint32_t>> positions_;
};

// Every document below a count, for a query that only excludes.
class EveryIterator final : public MatchIterator {
 public:
    explicit EveryIterator(std::uint32_t count) : count_(count), doc_(count == 0 ? end : 0) {}
    [[nodiscard]] std::uint32_t doc() const override { return doc_; }
    void next() override { advance(doc_ == end ? end : doc_ + 1); }
    void advance(std::uint32_t target) override { doc_ = target >= count_ ? end : std::max(doc_, target); }
    [[nodiscard]] std::size_t cost() const override { return count_; }

 private:
    std::uint32_t count_;
    std::uint32_t doc_;
};

// Matches nothing: a word no document holds.
class NothingIterator final : public MatchIterator {
 public:
    [[nodiscard]] std::uint32_t doc() const override { return end; }
    void next() override {}
    void advance(std::uint32_t /*target*/) override {}
    [[nodiscard]] std::size_t cost() const override { return 0; }
};

}  // namespace rectrack
