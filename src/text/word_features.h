// The per-word hashes that tagger and parser features are built from: form,
// lower case, prefixes, suffixes, shape and a few flags, computed once per
// word of a sentence.
//
//   lower     ASCII lower case of the form (other bytes as they are)
//   prefix1,3 first 1 / 3 bytes of `lower`; suffix1..4 last 1..4 bytes
//   shape     letters as X/x, digits as d, other bytes kept, runs of the same
//             class cut at 2 ("McCain-Feingold" -> "XxXx-Xx")
//   cluster   the word's cluster path (word_clusters.h) or 0xFFFF
//   flags     bit 0 has a digit, 1 has a hyphen, 2 first letter upper case,
//             3 all letters upper case, 4 has a letter
// Thread safety: pure functions.
#ifndef CROSSCHECK_TEXT_WORD_FEATURES_H_
#define CROSSCHECK_TEXT_WORD_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "text/word_clusters.h"

namespace crosscheck::text {

struct WordInfo {
  std::uint64_t form = 0, lower = 0, prefix1 = 0, prefix3 = 0;
  std::uint64_t suffix1 = 0, suffix2 = 0, suffix3 = 0, suffix4 = 0, shape = 0;
  std::uint32_t flags = 0;
  std::uint16_t cluster = 0xFFFF;  // WordClusters path of `lower`, 0xFFFF unknown
};

// Fills `info` for `form`; `scratch` is reused between calls. `clusters` may be
// null (no cluster).
void ComputeWordInfo(std::string_view form, WordInfo& info, std::string& scratch,
                     const WordClusters* clusters);
// The shape string of `form` (exposed for tests).
std::string WordShape(std::string_view form);

// Hash of the padding word before the first / after the last word.
inline constexpr std::uint64_t kStartWord = 0x5354415254ULL;
inline constexpr std::uint64_t kEndWord = 0x454E44ULL;

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_WORD_FEATURES_H_
