// Lexicon: the small English word lists the sentence splitter and the word
// tokenizer share (abbreviations that take a period, words that start
// sentences).
//
// All lookups take the word without its final period ("Mr", "U.S", "No") and
// are case-sensitive unless stated. They are pure functions over static tables:
// thread-safe, no allocation, no failure.
#ifndef CROSSCHECK_TEXT_LEXICON_H_
#define CROSSCHECK_TEXT_LEXICON_H_

#include <string_view>

namespace crosscheck::text {

// A title written before a name: "Mr", "Dr", "Sen", "Gov", "St", ... A period
// after one of these never ends a sentence.
bool IsTitleAbbreviation(std::string_view word);

// An abbreviation written before a number: "No" (No. 10), "Vol", "Art", "p",
// "pp", and the month abbreviations ("Jan", "Sept"). A period after one of
// these does not end a sentence when a digit follows.
bool IsNumberAbbreviation(std::string_view word);

// Any abbreviation whose period belongs to the word: the titles, the number
// abbreviations, company and name suffixes ("Inc", "Corp", "Co", "Ltd",
// "Jr"), and a few common ones ("etc", "vs", "approx").
bool IsKnownAbbreviation(std::string_view word);

// Initials and dotted abbreviations: one letter ("J") or letters separated by
// periods ("U.S", "U.K", "p.m", "e.g"). ASCII letters only.
bool IsDottedAbbreviation(std::string_view word);

// A capitalised word that commonly starts an English sentence ("The", "He",
// "But", "In", ...): after an ambiguous period ("in the U.S. The ...") it
// signals a new sentence, where a capitalised name ("U.S. Senate") does not.
bool IsSentenceStarter(std::string_view word);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_LEXICON_H_
