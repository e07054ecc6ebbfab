#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace rectrack {

// The documents one term occurs in, in document order, compressed: blocks of 128 postings, each posting a
// variable-length document gap and (weighted) term frequency; positions in a stream of their own. A block header
// keeps the block's last document (to skip it) and its largest frequency and shortest document (to bound
// the BM25 score of any posting in it without decoding it).
class PostingList {
 public:
    static constexpr std::uint32_t block_size = 128;
    static constexpr std::uint32_t end = std::numeric_limits<std::uint32_t>::max();

    struct Block {
        std::uint32_t last_doc = 0;
        std::uint32_t offset = 0;            // into the posting bytes
        std::uint32_t positions_offset = 0;  // into the position bytes
        std::uint32_t count = 0;
        std::uint32_t max_frequency = 0;
        std::uint32_t min_length = std::numeric_limits<std::uint32_t>::max();
    };

    // Appends a posting; doc is greater than every document already added. frequency weighs the positions by
    // the part of the document they are in.
    void add(std::uint32_t doc, std::span<const std::uint32_t> positions, std::uint32_t frequency,
             std::uint32_t doc_length);
    [[nodiscard]] std::size_t size() const { return size_; }
    [[nodiscard]] const std::vector<Block>& blocks() const { return blocks_; }
    [[nodiscard]] std::size_t memory_bytes() const;
    void shrink_to_fit();

    // Decodes a block's documents and frequencies; returns how many postings it holds.
    std::uint32_t decode(std::size_t block, std::uint32_t* docs, std::uint32_t* frequencies) const;
    // The positions of the index-th posting of a decoded block.
    void positions(std::size_t block, std::uint32_t index, std::vector<std::uint32_t>& out) const;

 private:
    std::vector<std::uint8_t> postings_;
    std::vector<std::uint8_t> positions_;
    std::vector<Block> blocks_;
    std::uint32_t last_doc_ = 0;
    std::size_t size_ = 0;
};

// Walks one posting list forwards, a decoded block at a time.
class PostingCursor {
 public:
    explicit PostingCursor(const PostingList& list);

    [[nodiscard]] std::uint32_t doc() const { return doc_; }
    [[nodiscard]] std::uint32_t frequency() const { return frequencies_[index_]; }
    [[nodiscard]] const PostingList::Block& block() const { return list_->blocks()[block_]; }
    void next();
    // Moves to the first posting at or after target, skipping whole blocks that end before it.
    void advance(std::uint32_t target);
    void positions(std::vector<std::uint32_t>& out) const;

 private:
    void load(std::size_t block);

    const PostingList* list_;
    std::size_t block_ = 0;
    std::uint32_t count_ = 0;
    std::uint32_t index_ = 0;
    std::uint32_t doc_ = PostingList::end;
    std::array<std::uint32_t, PostingList::block_size> docs_{};
    std::array<std::uint32_t, PostingList::block_size> frequencies_{};
};

}  // namespace rectrack
