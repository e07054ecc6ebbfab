#include "search/match_iterator.hpp"

#include <algorithm>

namespace rectrack {

AllOfIterator::AllOfIterator(std::vector<MatchIteratorPtr> children) : children_(std::move(children)) {
    std::sort(children_.begin(), children_.end(), [](const auto& a, const auto& b) { return a->cost() < b->cost(); });
    settle(0);
}

// Leapfrog: the rarest child proposes a document, the others advance to it or past it.
void AllOfIterator::settle(std::uint32_t target) {
    while (true) {
        children_.front()->advance(target);
        const std::uint32_t candidate = children_.front()->doc();
        if (candidate == end) {
            doc_ = end;
            return;
        }
        bool agreed = true;
        for (std::size_t i = 1; i < children_.size(); ++i) {
            children_[i]->advance(candidate);
            if (children_[i]->doc() != candidate) {
                target = children_[i]->doc();
                agreed = false;
                break;
            }
        }
        if (agreed) {
            doc_ = candidate;
            return;
        }
        if (target == end) {
            doc_ = end;
            return;
        }
    }
}

void AllOfIterator::next() {
    if (doc_ != end) settle(doc_ + 1);
}

void AllOfIterator::advance(std::uint32_t target) {
    if (doc_ < target) settle(target);
}

AnyOfIterator::AnyOfIterator(std::vector<MatchIteratorPtr> children) : children_(std::move(children)) {
    for (const auto& child : children_) cost_ += child->cost();
    settle();
}

void AnyOfIterator::settle() {
    doc_ = end;
    for (const auto& child : children_) doc_ = std::min(doc_, child->doc());
}

void AnyOfIterator::next() {
    if (doc_ == end) return;
    const std::uint32_t current = doc_;
    for (const auto& child : children_) {
        if (child->doc() == current) child->next();
    }
    settle();
}

void AnyOfIterator::advance(std::uint32_t target) {
    if (doc_ >= target) return;
    for (const auto& child : children_) child->advance(target);
    settle();
}

ExceptIterator::ExceptIterator(MatchIteratorPtr include, MatchIteratorPtr exclude)
    : include_(std::move(include)), exclude_(std::move(exclude)) {
    skip_excluded();
}

void ExceptIterator::skip_excluded() {
    while (include_->doc() != end) {
        exclude_->advance(include_->doc());
        if (exclude_->doc() != include_->doc()) return;
        include_->next();
    }
}

void ExceptIterator::next() {
    include_->next();
    skip_excluded();
}

void ExceptIterator::advance(std::uint32_t target) {
    include_->advance(target);
    skip_excluded();
}

PhraseIterator::PhraseIterator(std::vector<std::unique_ptr<TermIterator>> terms) {
    std::vector<MatchIteratorPtr> children;
    for (auto& term : terms) {
        terms_.push_back(term.get());
        children.push_back(std::move(term));
    }
    all_ = std::make_unique<AllOfIterator>(std::move(children));
    skip_non_phrases();
}

bool PhraseIterator::is_phrase() {
    positions_.resize(terms_.size());
    for (std::size_t i = 0; i < terms_.size(); ++i) terms_[i]->cursor().positions(positions_[i]);
    for (const auto start : positions_.front()) {
        bool found = true;
        for (std::size_t i = 1; i < terms_.size() && found; ++i) {
            found =
                std::binary_search(positions_[i].begin(), positions_[i].end(), start + static_cast<std::uint32_t>(i));
        }
        if (found) return true;
    }
    return false;
}

void PhraseIterator::skip_non_phrases() {
    while (all_->doc() != end && !is_phrase()) all_->next();
}

void PhraseIterator::next() {
    all_->next();
    skip_non_phrases();
}

void PhraseIterator::advance(std::uint32_t target) {
    if (all_->doc() >= target) return;
    all_->advance(target);
    skip_non_phrases();
}

}  // namespace rectrack
