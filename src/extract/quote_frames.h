// Cue frames: for each reporting cue in a sentence, the cue span, the source
// (who is reported) and the content (what is reported), read from the
// sentence's dependency tree.
//
//   CueSentences   the sentences holding a reporting-cue candidate (a verb
//                  form of the lexicon tagged as a verb, or "according to"),
//                  skipping cues inside quotation marks; only these are parsed
//   FindCueFrames  the frames of parsed sentences:
//     cue       the verb token ("said"), or "according to"
//     source    the subtree of the cue's nsubj (or, for a verb that is xcomp,
//               advcl or conj of another, that verb's nsubj: "..., adding
//               that"), punctuation trimmed; for "according to X", X
//     content   the subtree of the cue's ccomp ("said [that the city ...]");
//               for a cue that is parataxis of the main clause ("The wall
//               held, he said") the rest of that clause; for "according to
//               X" the sentence without the "according to X" phrase
//     via       outlets the words are reported through: a proper-noun or
//               outlet-noun object of "tell"/"speak to" ("told VPA", "told a
//               broadcaster"), or an outlet-like "according to" phrase
// A clausal cue (believe, find, show) keeps a frame only when it has a ccomp.
//
// Thread safety: pure functions over a Document. Failure: none (a sentence
// that was not parsed yields no frames).
#ifndef CROSSCHECK_EXTRACT_QUOTE_FRAMES_H_
#define CROSSCHECK_EXTRACT_QUOTE_FRAMES_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "crosscheck/document.h"
#include "extract/quote_cues.h"
#include "extract/quote_marks.h"

namespace crosscheck {

struct CueFrame {
  std::uint32_t sentence = 0;
  std::uint32_t cue_token = 0;  // index into Document::tokens of the cue's head word
  Span cue;
  CueStrength strength = CueStrength::kSpeech;
  bool according = false;  // "according to X"
  bool has_source = false;
  Span source;
  std::uint32_t source_head = 0;  // token index of the source's head word
  bool has_content = false;
  Span content;
  std::vector<std::string> via;
};

// Indexes of the sentences of `document` that hold a cue candidate outside
// the quotations `regions` (sorted by start).
std::vector<std::uint32_t> CueSentences(const Document& document,
                                        std::span<const QuoteRegion> regions);

// The frames of the parsed sentences among `sentences`, in text order.
std::vector<CueFrame> FindCueFrames(const Document& document,
                                    std::span<const std::uint32_t> sentences,
                                    std::span<const QuoteRegion> regions);

// Frames of headline-style attributions that need no parse: "Graham: Trump's
// rhetoric is destroying the party" (one to four capitalised words, a colon,
// three words or more). The cue is the colon. Labels such as "Update:",
// "Watch:", "Photo:" are not sources.
std::vector<CueFrame> FindColonFrames(const Document& document,
                                      std::span<const QuoteRegion> regions);

// The frame the rules above read for the cue word `token` of parsed sentence
// `sentence` taken as a cue of `strength` ("according" followed by "to": the
// "according to X" frame). False when the rules keep no frame (a clausal or
// stance cue without content, an unparsed sentence).
bool RuleFrameAt(const Document& document, std::uint32_t sentence, std::uint32_t token,
                 CueStrength strength, CueFrame& out);

// Lower-cased ASCII copy of `word` (other bytes unchanged).
std::string LowerAscii(std::string_view word);

}  // namespace crosscheck

#endif  // CROSSCHECK_EXTRACT_QUOTE_FRAMES_H_
