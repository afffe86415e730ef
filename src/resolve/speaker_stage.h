// SpeakerStage ("speakers"): names the speaker of every quotation the quote
// stage found (src/extract/quote_stage.h), and sets its confidence.
//
// For each Quote, by the form of its source span:
//   name         ("Rosa Quintel", "Mr Amsel") the person chain holding a
//                PERSON mention inside the span (Speaker::chain, entity,
//                name = Chain::name); without chains, the fallback name
//                detector's person with the same last word
//   pronoun      ("she", "he") the speaker of the previous quotation within
//                two paragraphs, else the nearest person named before
//   description  ("the minister", "the union's spokesperson") the nearest
//                person before it whose title or appositive holds the
//                description's head noun (or a word for the same role: "head"
//                for "chief executive"), else the first such person named in
//                the next two paragraphs, else unresolved
//   other        ("the council", "sources") kept as written: name = the span
//                text, no chain
//   no span      a quotation with no cue that opens its paragraph continues
//                the previous quotation's speaker (within two paragraphs)
// Chains come from the entities stage (Document::chains, type PERSON) when it
// ran before this one; when Document::mentions is empty the stage uses its
// own small name detector (src/resolve/speaker_names.h) and leaves
// Speaker::chain empty.
//
// Confidence = the quote stage's evidence score times 1.0 for a name, 0.85 for
// a resolved pronoun or description, 0.6 for an unresolved one, 0.8 for a
// continued speaker and 0.5 for no speaker.
//
// Thread safety: one instance per thread. Failure: none (always Ok).
#ifndef CROSSCHECK_RESOLVE_SPEAKER_STAGE_H_
#define CROSSCHECK_RESOLVE_SPEAKER_STAGE_H_

#include <memory>

#include "crosscheck/extract.h"

namespace crosscheck {

std::unique_ptr<DocumentStage> MakeSpeakerStage();

}  // namespace crosscheck

#endif  // CROSSCHECK_RESOLVE_SPEAKER_STAGE_H_
