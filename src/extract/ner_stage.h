// The "mentions" stage: named entities of every sentence of a document, as
// Document::mentions (DESIGN.md §1), from the entity tagger (ner_tagger.h)
// over the tokens and tags the text stage produced.
//
//   Result<std::unique_ptr<DocumentStage>> s = MakeNerStage(models_dir);
//   (*s)->Apply(document, analyzer);
//
// Output: one Mention per name (type PERSON, ORG, PLACE, EVENT or OTHER;
// nested names are separate mentions: "Halvenport Technical University" and
// "Halvenport"), plus GROUP mentions by rule: a one-word plural proper noun
// (XPOS NNPS) with a nationality or adherent ending ("Norwegians",
// "Catholics", "Methodists"; LooksLikeGroup in ner_stage.cc) that is not part
// of another name,
// whether or not the tagger found it. Types are then made consistent within
// the document (HarmoniseTypes in ner_stage.cc). Mentions are sorted by start, the
// longer first. Chains (chain and entity ids) are left to later stages.
//
// Model: ner.bin in the folder FindModelsDir(models_dir) names (the text
// stage's lookup), loaded once per process and shared.
// Failure: a missing or damaged model fails MakeNerStage with the file's
// Status. Apply never fails. Thread safety: one stage per worker; the model
// is shared and immutable.
#ifndef CROSSCHECK_EXTRACT_NER_STAGE_H_
#define CROSSCHECK_EXTRACT_NER_STAGE_H_

#include <memory>
#include <string>

#include "crosscheck/extract.h"
#include "extract/ner_tagger.h"

namespace crosscheck::extract {

// The model in `models_dir` ("" = the text stage's lookup), cached per folder.
Result<std::shared_ptr<const NerTagger>> LoadNerModel(const std::string& models_dir);

Result<std::unique_ptr<DocumentStage>> MakeNerStage(const std::string& models_dir);

// The mentions stage's work on one document (exposed for tests and tools).
void AddNameMentions(const NerTagger& tagger, Document& document);

}  // namespace crosscheck::extract

#endif  // CROSSCHECK_EXTRACT_NER_STAGE_H_
