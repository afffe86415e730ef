// Words for comparing what outlets wrote: the small text helpers behind quote
// groups, claims and timelines (claim_facts.h, claim_aligner.h, quote_group.h).
//
//   ClaimWords(text, span)      the words of `span` in text order, lower-cased
//                               (ASCII; other letters kept as they are), with
//                               their byte spans; digits kept as words
//   Stem(word)                  a light suffix stripper ("evacuated",
//                               "evacuation", "evacuate" -> "evacuat";
//                               "homes" -> "hom"), then the concept table below
//   IsStopWord(word)            function words, auxiliaries and reporting verbs
//                               ("the", "would", "said", "according"): words
//                               that say nothing about what a figure counts
//   NounClass(word)             the class of a counted noun ("residents",
//                               "people" -> "people"; "homes", "properties" ->
//                               "homes"), else its stem
//
// The concept table is a short, general news lexicon of words that reports
// use interchangeably for the same thing (people/residents/inhabitants;
// homes/houses/properties/households; gap/shortfall/deficit;
// section/stretch/segment; complete/finish; evacuate/displace;
// injured/wounded/hurt; killed/dead/died). It is not tuned to any corpus: each
// entry is a plain synonym set, listed in claim_text.cc.
//
// Thread safety: pure functions. Failure: none (any bytes are accepted;
// invalid UTF-8 is kept inside words as it is).
#ifndef CROSSCHECK_CORPUS_CLAIM_TEXT_H_
#define CROSSCHECK_CORPUS_CLAIM_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"

namespace crosscheck::corpus {

struct ClaimWord {
  std::string word;  // lower-cased (ASCII letters), as written otherwise
  Span span;         // bytes in the text it came from
};

// Words (letters, digits, inner apostrophes and hyphens split off) inside
// `span` of `text`. Letters beyond ASCII count (so "Montañez" is one word);
// quotation marks, dashes, ellipses and no-break spaces separate words.
std::vector<ClaimWord> ClaimWords(std::string_view text, Span span);

std::string Stem(std::string_view word);
bool IsStopWord(std::string_view word);
bool IsNegation(std::string_view word);  // not, n't, never, no, nobody, none
std::string NounClass(std::string_view word);

// The sentence of `sentences` (sorted spans) that holds byte `offset`, or,
// when there are none (a document without the text stage), the stretch
// between the nearest sentence-ending marks (". ", "! ", "? ", line breaks).
Span SentenceAround(std::string_view text, const std::vector<Sentence>& sentences,
                    std::uint32_t offset);

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_CLAIM_TEXT_H_
