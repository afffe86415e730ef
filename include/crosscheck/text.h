// Text: Unicode normalisation, paragraphs, sentences, tokens, language,
// part-of-speech tags and (on demand) dependency trees.
//
// TextAnalyzer::Analyze takes a cleaned Document (ingest's output) and
//   1. normalises Document::text to NFC (ICU), composing the change into
//      Document::to_input (to_input = nfc_map.Then(to_input)) so every span
//      still maps to the input bytes; already-NFC text is left untouched;
//   2. recomputes Document::paragraphs: maximal runs of non-blank lines,
//      trimmed of white space (a paragraph may hold single line breaks);
//   3. splits each paragraph into sentences (ICU sentence rules with English
//      abbreviation suppression, plus news repairs: titles "Dr." "Sen.",
//      initials "J. R.", "U.S." before a name, "No. 10", "?" or "!" before a
//      lower-case attribution, hard-wrapped lines); a sentence never crosses a
//      paragraph and never starts or ends with white space;
//   4. splits paragraphs into tokens (ICU word rules, white space dropped,
//      abbreviation periods kept on their word: "U.S.", "Mr."; "..." one token;
//      "e-mail" one word; "5.2bn" -> "5.2" "bn"; URLs and e-mail addresses one
//      kOther token); every token lies inside one sentence, and
//      Sentence::first_token / token_count index Document::tokens;
//   5. sets Document::language with CLD2 (ISO 639-1, "und" when unreliable),
//      unless the input declared one (an HTML page's lang attribute);
//   6. tags every sentence (TextOptions::tag): Token::upos, xpos and feats, from
//      the tagger model (an averaged perceptron trained on UD GUM and EWT).
// Tokens are Universal Dependencies words: "don't" is "do" + "n't", "Minister's"
// is "Minister" + "'s" (adjacent spans), hyphenated compounds are split except
// after bound prefixes ("non-profit", "e-mail").
//
// Parsing is on demand: Parse(document, sentence indexes) fills Token::head and
// Token::deprel of those sentences' tokens (heads index Document::tokens and
// never leave the sentence; the root word has head -1 and deprel "root") and
// sets Sentence::parsed. A later stage asks only for the sentences it needs.
// Sentences not yet tagged are tagged first; parsed sentences are skipped.
//
// Options (TextOptions):
//   field             default  meaning
//   detect_language   true     run CLD2; false leaves language as it is
//   locale            "en"     ICU locale for break rules and abbreviations
//   tag               true     tag every sentence in Analyze (loads the models in Create)
//   models_dir        ""       folder of tagger.bin/parser.bin; "" searches: env
//                              CROSSCHECK_MODELS, the repository's models/, then
//                              <exe dir>/../share/crosscheck/models
//
// Models are loaded once per process and shared by all analyzers (about 0.5 s
// of CPU, about 100 MiB of memory).
// A missing or corrupt model file fails Create (with tag) or Parse with
// kNotFound / kCorrupt naming the file.
//
// Failure: Create fails (kInternal) when ICU cannot build its break iterators.
// Analyze fails, naming the document's origin, with kInvalidArgument when
// to_input does not map the text (a default-constructed, empty to_input is
// taken as the identity), kTooLarge for text of 2 GiB or more, and kInternal
// on ICU errors. Ill-formed UTF-8 is not an error (ICU reads it as U+FFFD).
//
// Cost: about 3,800 articles of 6 KB per second per core (Release build)
// without tagging; tagging adds about 1 microsecond per word (about a million
// words per second), parsing about 8 (130,000 words per second). Tokenize
// alone is about twice as fast as Analyze without tagging.
//
// Thread safety: a TextAnalyzer is not thread-safe (ICU break iterators carry
// state). Create one per thread; creation costs about a millisecond once the
// models are loaded. The shared models are immutable.
#ifndef CROSSCHECK_TEXT_H_
#define CROSSCHECK_TEXT_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"

namespace crosscheck {

struct TextOptions {
  bool detect_language = true;
  std::string locale = "en";
  bool tag = true;
  std::string models_dir;
};

class TextAnalyzer {
 public:
  static Result<std::unique_ptr<TextAnalyzer>> Create(const TextOptions& options = {});
  virtual ~TextAnalyzer() = default;

  // Fills text (NFC), to_input, paragraphs, sentences, tokens, language.
  virtual Status Analyze(Document& document) = 0;

  // Word segmentation alone over `text` (no NFC, no sentences): appends the
  // tokens to `tokens`. Used by the tokenise-only benchmark pass.
  virtual Status Tokenize(std::string_view text, std::vector<Token>& tokens) = 0;

  // Dependency trees for the sentences `sentences` (indexes into
  // Document::sentences) of an analysed document. kInvalidArgument for an
  // index out of range; model errors as above.
  virtual Status Parse(Document& document, std::span<const std::uint32_t> sentences) = 0;
  // Parse of every sentence.
  virtual Status ParseAll(Document& document) = 0;
};

// Names of tag ids (crosscheck/document.h Token): "_" for 0 or an unknown id.
std::string_view UposName(std::uint8_t upos);      // "NOUN"
std::string_view XposName(std::uint8_t xpos);      // "NNS"
std::string_view DeprelName(std::uint8_t deprel);  // "nsubj:pass"
// The id of a name, 0 when unknown.
std::uint8_t UposId(std::string_view name);
std::uint8_t XposId(std::string_view name);
std::uint8_t DeprelId(std::string_view name);
// Packed features as CoNLL-U FEATS ("Mood=Ind|Tense=Past|VerbForm=Fin", "_" if none).
std::string FormatFeats(std::uint64_t feats);
// One feature's value ("Past" for "Tense"), "" when absent or unknown.
std::string_view FeatValue(std::uint64_t feats, std::string_view feature);

// ISO 639-1 code of the main language of UTF-8 `text` according to CLD2 (its
// first 2 KB), or "und" when CLD2 is not reliable or the text has fewer than a
// dozen letters. Thread-safe.
std::string DetectLanguage(std::string_view text);

}  // namespace crosscheck

#endif  // CROSSCHECK_TEXT_H_
