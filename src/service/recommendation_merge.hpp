#pragma once

#include "domain/recommendation.hpp"

namespace rectrack {

// What the store keeps when a document speaks again of a paragraph it already holds: the texts, page and
// source of the first import; the incoming position, except that a pending one never overrides a
// definitive one; the incoming explanation when it gives one for the position kept (a new position drops
// the old explanation); the incoming document's imported labels in
// place of that same document's earlier ones, beside every other label.
Recommendation merge_recommendation(const Recommendation& stored, const Recommendation& incoming);

}  // namespace rectrack
