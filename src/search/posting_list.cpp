#include "search/posting_list.hpp"

#include <algorithm>

namespace rectrack {

namespace {

void put_varint(std::vector<std::uint8_t>& out, std::uint32_t value) {
    while (value >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(value | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(value));
}

std::uint32_t get_varint(const std::uint8_t*& in) {
    std::uint32_t value = 0;
    int shift = 0;
    while (true) {
        const std::uint8_t byte = *in++;
        value |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
        if ((byte & 0x80) == 0) return value;
        shift += 7;
    }
}

}  // namespace

void PostingList::add(std::uint32_t doc, std::span<const std::uint32_t> positions, std::uint32_t frequency,
                      std::uint32_t doc_length) {
    if (blocks_.empty() || blocks_.back().count == block_size) {
        Block block;
        block.offset = static_cast<std::uint32_t>(postings_.size());
        block.positions_offset = static_cast<std::uint32_t>(positions_.size());
        blocks_.push_back(block);
    }
    Block& block = blocks_.back();
    put_varint(postings_, doc - last_doc_);
    put_varint(postings_, frequency);
    put_varint(positions_, static_cast<std::uint32_t>(positions.size()));
    std::uint32_t previous = 0;
    for (const auto position : positions) {
        put_varint(positions_, position - previous);
        previous = position;
    }
    block.last_doc = doc;
    ++block.count;
    block.max_frequency = std::max(block.max_frequency, frequency);
    block.min_length = std::min(block.min_length, doc_length);
    last_doc_ = doc;
    ++size_;
}

std::size_t PostingList::memory_bytes() const {
    return postings_.capacity() + positions_.capacity() + blocks_.capacity() * sizeof(Block);
}

void PostingList::shrink_to_fit() {
    postings_.shrink_to_fit();
    positions_.shrink_to_fit();
    blocks_.shrink_to_fit();
}

std::uint32_t PostingList::decode(std::size_t block, std::uint32_t* docs, std::uint32_t* frequencies) const {
    const Block& header = blocks_[block];
    const std::uint8_t* in = postings_.data() + header.offset;
    std::uint32_t doc = block == 0 ? 0 : blocks_[block - 1].last_doc;
    for (std::uint32_t i = 0; i < header.count; ++i) {
        doc += get_varint(in);
        docs[i] = doc;
        frequencies[i] = get_varint(in);
    }
    return header.count;
}

void PostingList::positions(std::size_t block, std::uint32_t index, std::vector<std::uint32_t>& out) const {
    const std::uint8_t* in = positions_.data() + blocks_[block].positions_offset;
    for (std::uint32_t i = 0; i < index; ++i) {
        const std::uint32_t count = get_varint(in);
        for (std::uint32_t j = 0; j < count; ++j) get_varint(in);
    }
    out.clear();
    const std::uint32_t count = get_varint(in);
    std::uint32_t position = 0;
    for (std::uint32_t j = 0; j < count; ++j) {
        position += get_varint(in);
        out.push_back(position);
    }
}

PostingCursor::PostingCursor(const PostingList& list) : list_(&list) { load(0); }

void PostingCursor::load(std::size_t block) {
    block_ = block;
    index_ = 0;
    if (block >= list_->blocks().size()) {
        count_ = 0;
        doc_ = PostingList::end;
        return;
    }
    count_ = list_->decode(block, docs_.data(), frequencies_.data());
    doc_ = docs_[0];
}

void PostingCursor::next() {
    if (doc_ == PostingList::end) return;
    if (++index_ < count_) {
        doc_ = docs_[index_];
    } else {
        load(block_ + 1);
    }
}

void PostingCursor::advance(std::uint32_t target) {
    if (doc_ >= target) return;
    const auto& blocks = list_->blocks();
    if (blocks[block_].last_doc < target) {
        std::size_t block = block_ + 1;
        while (block < blocks.size() && blocks[block].last_doc < target) ++block;
        load(block);
        if (doc_ == PostingList::end) return;
    }
    while (docs_[index_] < target) ++index_;
    doc_ = docs_[index_];
}

void PostingCursor::positions(std::vector<std::uint32_t>& out) const { list_->positions(block_, index_, out); }

}  // namespace rectrack
