#include "storage/recommendation_digest.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <tuple>
#include <vector>

namespace rectrack {

namespace {

// Length-prefixed fields, so that ("ab", "c") and ("a", "bc") hash differently.
class Canonical {
 public:
    void add(std::string_view text) {
        add(static_cast<std::int64_t>(text.size()));
        bytes_.append(text);
    }
    void add(std::int64_t number) {
        for (int shift = 0; shift < 64; shift += 8) bytes_.push_back(static_cast<char>((number >> shift) & 0xff));
    }
    void add(double number) { add(std::string_view(reinterpret_cast<const char*>(&number), sizeof number)); }
    void add(const std::optional<std::int64_t>& number) {
        add(static_cast<std::int64_t>(number.has_value()));
        add(number.value_or(0));
    }
    [[nodiscard]] const std::string& bytes() const { return bytes_; }

 private:
    std::string bytes_;
};

}  // namespace

std::string import_digest(const Recommendation& r, const std::vector<Label>& labels) {
    static const bool ready = sodium_init() >= 0;
    (void)ready;
    Canonical c;
    c.add(r.paragraph);
    c.add(to_string(r.kind));
    c.add(static_cast<std::int64_t>(r.texts.size()));
    for (const auto& text : r.texts) {
        c.add(text.text);
        c.add(static_cast<std::int64_t>(text.state_codes.size()));
        for (const auto& state : text.state_codes) c.add(state);
    }
    c.add(static_cast<std::int64_t>(r.translations.size()));
    for (const auto& translation : r.translations) {
        c.add(translation.language);
        c.add(translation.text);
    }
    c.add(r.position ? to_string(*r.position) : std::string_view{});
    c.add(r.position_document_id);
    c.add(r.position_explanation);
    c.add(r.source_document_id);
    c.add(static_cast<std::int64_t>(r.page));
    std::vector<const Label*> imported;
    for (const auto& label : labels) {
        if (label.provenance == Provenance::imported) imported.push_back(&label);
    }
    std::sort(imported.begin(), imported.end(),
              [](const Label* a, const Label* b) { return std::tie(a->kind, a->value) < std::tie(b->kind, b->value); });
    c.add(static_cast<std::int64_t>(imported.size()));
    for (const Label* label : imported) {
        c.add(to_string(label->kind));
        c.add(label->value);
        c.add(label->confidence);
        c.add(label->model_version);
        c.add(label->source_document_id);
    }
    constexpr std::size_t digest_bytes = 16;
    std::array<unsigned char, digest_bytes> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(c.bytes().data()),
                       c.bytes().size(), nullptr, 0);
    std::array<char, 2 * digest_bytes + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), hash.data(), hash.size());
    return {hex.data(), 2 * digest_bytes};
}

}  // namespace rectrack
