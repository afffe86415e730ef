// GUM's entity annotations (the `Entity=` key of the MISC column of
// ../shared/data/entities/gum/dep/*.conllu) read into mentions, and the rule
// that says which mentions are *names* (DESIGN.md §5, issue 6).
//
//   std::vector<GumMention> m = ReadGumMentions(document_sentences);
//   int first, last;
//   if (GumNameSpan(sentence, m[0], first, last)) ...  // words [first, last] are a name
//
// Entity= syntax: "(ID-etype-infstat-...-identity" opens a mention on this
// word, "ID)" closes the innermost open mention with that ID on this word, and
// "(ID-etype-...)" is a one-word mention. Several may follow each other
// ("(1-event-...(2-abstract-...)"). A mention that is not closed in the
// sentence it opened in is dropped.
//
// The name rule: drop a leading determiner or possessive pronoun (DT, PRP$,
// WP$) and a trailing possessive 's (POS); what is left is a name when every
// word is a proper noun (PROPN), or when it begins and ends with a proper noun
// and only prepositions (ADP) and determiners (DET) stand between
// ("University of Copenhagen"). The gold UPOS/XPOS of the file are used.
//
// Thread safety: pure functions. Failure: malformed Entity values are skipped
// (never an error): the training data is read as it is.
#ifndef CROSSCHECK_EXTRACT_NER_GUM_H_
#define CROSSCHECK_EXTRACT_NER_GUM_H_

#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/status.h"
#include "extract/ner_tagger.h"
#include "text/conllu.h"
#include "text/tagger.h"

namespace crosscheck::extract {

struct GumMention {
  int sentence = 0;   // index into the document's sentences
  int first = 0;      // 0-based word index, inclusive
  int last = 0;       // inclusive
  std::string etype;  // GUM entity type: person, organization, place, event, abstract, ...
  std::string id;     // coreference id (same id = same entity within the document)
};

// All mentions of one document (its sentences in order), sorted by
// (sentence, first, -last).
std::vector<GumMention> ReadGumMentions(const std::vector<text::ConlluSentence>& sentences);

// The .conllu files of GUM's `split` under `gum_dir` (…/entities/gum), sorted:
// "dev" = the documents listed in split_dev.txt; "train" = every dep/*.conllu
// not listed in split_dev.txt, split_test.txt or split_test2.txt. Documents
// whose words are all underscores (withheld Reddit texts) are left to the
// reader to skip (IsWithheldGumDocument). kNotFound when the folder is missing.
Result<std::vector<std::string>> ListGumDocuments(const std::string& gum_dir,
                                                  std::string_view split);
// True when every word of the document is "_" (a withheld text).
bool IsWithheldGumDocument(const std::vector<text::ConlluSentence>& sentences);

// The crosscheck type of a GUM entity type: PERSON, ORG, PLACE, EVENT or OTHER.
std::string_view NerTypeOfGum(std::string_view etype);

// True when `mention` (in `sentence`) holds a name under the rule above;
// [first, last] is then the name's word range.
// With `lenient`, a mention that fails the rule still yields the name it
// opens with: the longest run from its first word (after the determiner) that
// obeys the rule ("Mary Chaworth" of "Mary Chaworth, whom he met at school";
// "Portland" of "Portland, Oregon"), unless a possessive 's follows that run.
// Training may use it (train_ner --lenient 1); scoring never does.
bool GumNameSpan(const text::ConlluSentence& sentence, const GumMention& mention, int& first,
                 int& last, bool lenient = false);

// The gold names of a document, per sentence: every mention that is a name
// (GumNameSpan), as a word span with its crosscheck type (NerTypeIndex), nested
// ones included, each (span, type) once, sorted by (first, -last).
std::vector<std::vector<NerSpan>> GumNames(const std::vector<text::ConlluSentence>& sentences,
                                           bool lenient = false);

// The words of `sentence` with the UPOS/XPOS that `tagger` (the syntax
// tagger) predicts, as the text stage gives them at run time; names empty.
NerSentence TagGumSentence(const text::ConlluSentence& sentence, const text::Tagger& tagger);
// Fills NerSentence::cues of one document's sentences (DocumentCues).
void AddDocumentCues(std::vector<NerSentence>& document);

}  // namespace crosscheck::extract

#endif  // CROSSCHECK_EXTRACT_NER_GUM_H_
