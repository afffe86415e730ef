// Reporting cues: the verbs and phrases that attribute speech or thought
// ("said", "told", "warned", "according to").
//
// There is no lemmatiser in crosscheck, so the lexicon lists lemmas and
// generates their inflected forms (regular -s/-ed/-ing rules plus a table of
// irregular forms: said, told, wrote, thought, ...). A form is looked up
// lower-cased.
//
// Strength says how much evidence a cue needs before it attributes content:
//   kSpeech   speech verbs (say, tell, add, warn, insist, ...): attribute a
//             direct quotation next to them, or a clausal complement
//   kClausal  verbs of thought, finding or showing (believe, think, find,
//             show, report, predict, ...): attribute only a clausal
//             complement (a ccomp), never a quotation on their own
//   kStance   verbs that take a stance on something (call, criticize,
//             support, want, praise, endorse, ...): attribute their clausal
//             complement or, failing that, their object ("criticized [the
//             plan]", "called [Trump “unhinged”]", "want [to win]")
//
// Thread safety: the lexicon is built once (a function-local static) and
// immutable. Failure: none.
#ifndef CROSSCHECK_EXTRACT_QUOTE_CUES_H_
#define CROSSCHECK_EXTRACT_QUOTE_CUES_H_

#include <cstdint>
#include <string_view>

namespace crosscheck {

enum class CueStrength : std::uint8_t { kNone, kSpeech, kClausal, kStance };

// The strength of `lower_form` (a lower-cased word) as a reporting verb form.
CueStrength ReportingVerbStrength(std::string_view lower_form);

// True for nouns that name a news outlet generically ("agency", "broadcaster",
// "newspaper"): "told a broadcaster" reports through an outlet (Quote::via).
bool IsOutletNoun(std::string_view lower_form);

}  // namespace crosscheck

#endif  // CROSSCHECK_EXTRACT_QUOTE_CUES_H_
