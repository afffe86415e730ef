// QuoteStage ("quotes"): quotations, their kinds, cues and speaker spans.
//
// Fills Document::quotes. For each quotation or reported clause:
//   span        the content: a quotation with its marks (direct, partial,
//               block), or the reported clause (indirect)
//   kind        direct   a quoted sentence or more (starts its sentence, or
//                        follows a cue and a colon/comma, or ends with its
//                        own sentence punctuation next to a cue)
//               partial  a quoted phrase inside the writer's sentence
//               block    a paragraph that is only a quotation, followed by a
//                        "— Name" line (a pull-quote)
//               indirect reported speech: the clause a cue governs
//   cue         the reporting verb or phrase ("said", "according to")
//   speaker     only the span of the source mention here (has_span); the
//               speaker stage (src/resolve/speaker_stage.h) names it
//   via         outlets the words are reported through ("told VPA")
//   confidence  set here from the evidence (cue next to the quotation, cue
//               in a neighbouring sentence, none) and refined by the speaker
//               stage
// A quotation with no cue of its own takes the cue and source of the
// previous quotation in its paragraph ("“A,” she said. “B.”"); a paragraph
// that is only quotation gets no cue and the speaker stage continues the
// previous speaker.
//
// Options (QuoteStageOptions):
//   field          default  meaning
//   parse          true     parse the sentences holding a cue candidate (the
//                           only ones parsed); false: quotation marks only
//                           (no indirect quotes, cues of direct quotes by
//                           word order only)
//   model          null     the learned attribution model (quote_model.h):
//                           it picks the sentences to parse and the cue
//                           frames (cue, content, source) instead of the
//                           lexicon and rules of quote_frames.h; headline
//                           colons and the attaching of quotations stay rules
//
// Cost: quotation pairing and cue lookup are linear in the document; parsing
// costs about 8 microseconds a word, for cue sentences only.
// Thread safety: one instance per thread (DocumentStage contract).
// Failure: Apply fails only when parsing fails (a model error, named).
#ifndef CROSSCHECK_EXTRACT_QUOTE_STAGE_H_
#define CROSSCHECK_EXTRACT_QUOTE_STAGE_H_

#include <memory>

#include "crosscheck/extract.h"
#include "extract/quote_model.h"

namespace crosscheck {

struct QuoteStageOptions {
  bool parse = true;
  std::shared_ptr<const QuoteModel> model;
};

std::unique_ptr<DocumentStage> MakeQuoteStage(const QuoteStageOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_EXTRACT_QUOTE_STAGE_H_
