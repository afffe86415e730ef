// UD word segmentation inside a word: where a token splits into two
// syntactic words the way Universal Dependencies English (EWT, GUM) splits
// them. Spans stay byte offsets: a split token becomes two adjacent tokens.
//
//   "don't" -> "do" "n't"   "can't" -> "ca" "n't"   "won't" -> "wo" "n't"
//   "it's" -> "it" "'s"     "Minister's" -> "Minister" "'s"    "I'm" -> "I" "'m"
//   "you're" "we've" "she'll" "he'd" -> word + clitic ("'re" "'ve" "'ll" "'d")
//   "gonna" -> "gon" "na"   "wanna" -> "wan" "na"   "gotta" -> "got" "ta"
//   "cannot" -> "can" "not"
// The apostrophe may be ' or ’ (U+2019) and the clitic in any case ("DON'T").
// "O'Brien", "rock'n'roll" and a bare "'s" do not split.
//
// Hyphens: UD splits hyphenated compounds ("year-old" -> "year" "-" "old") but
// keeps words with a bound prefix whole ("non-profit", "re-elected",
// "e-mail"); IsBoundPrefix says which first parts keep the word whole.
// Thread safety: pure functions.
#ifndef CROSSCHECK_TEXT_CONTRACTIONS_H_
#define CROSSCHECK_TEXT_CONTRACTIONS_H_

#include <cstddef>
#include <string_view>

namespace crosscheck::text {

// The byte offset inside `word` where its second UD word starts, or 0 when it
// is one word.
std::size_t ContractionSplit(std::string_view word);

// Whether `part` (the letters before a hyphen) is a prefix that UD keeps on
// its word ("non", "re", "co", "e", ...); case-insensitive.
bool IsBoundPrefix(std::string_view part);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_CONTRACTIONS_H_
