// A small person-name detector for the speaker stage, used only when the
// document has no PERSON mentions from the entities stage (it is meant to be
// replaced by them).
//
// A name is a run of capitalised proper nouns (UPOS PROPN or XPOS NNP) of two
// or more words, or one word after a title ("Mr", "Minister", "Mayor"), with
// no organisation or place word in it ("Union", "Street", "Party"). Titles
// are not part of the name; they and the words of an appositive after it
// ("Rosa Quintel, spokesperson for ...") are kept as the person's roles, so a
// description ("the spokesperson") can find its person. Names sharing a last
// word are one person, named by the longest.
//
// Thread safety: pure functions. Failure: none.
#ifndef CROSSCHECK_RESOLVE_SPEAKER_NAMES_H_
#define CROSSCHECK_RESOLVE_SPEAKER_NAMES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"

namespace crosscheck {

struct PersonName {
  Span span;                 // the name as written, without title
  std::uint32_t person = 0;  // index into the persons (same last word = same person)
};

struct PersonIndex {
  std::vector<PersonName> names;                // in text order
  std::vector<std::string> best;                // persons' fullest names
  std::vector<std::vector<std::string>> roles;  // persons' lower-cased title/appositive words
};

PersonIndex FindPersonNames(const Document& document);

// True for lower-cased title words that precede names ("minister", "mr").
bool IsTitleWord(std::string_view lower);

}  // namespace crosscheck

#endif  // CROSSCHECK_RESOLVE_SPEAKER_NAMES_H_
