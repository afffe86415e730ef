// Text: Unicode normalisation, paragraphs, sentences, tokens and language.
//
// TextAnalyzer::Analyze takes a cleaned Document (ingest's output) and
//   1. normalises Document::text to NFC (ICU), composing the change into
//      Document::to_input so every span still maps to the input bytes;
//   2. recomputes Document::paragraphs (text between blank lines);
//   3. splits each paragraph into sentences (ICU sentence rules with English
//      abbreviation suppression: "Mr.", "Dr.", "U.S.", initials "J. R.", decimals);
//      a sentence never crosses a paragraph;
//   4. splits sentences into tokens (ICU word rules, white space dropped,
//      abbreviation periods kept on their word: "U.S.", "Mr.");
//   5. sets Document::language with CLD2 (ISO 639-1, "und" when unreliable).
//
// Options (TextOptions):
//   field             default  meaning
//   detect_language   true     run CLD2; false leaves language as it is
//   locale            "en"     ICU locale for break rules and abbreviations
//
// Failure: Create fails (kInternal) when ICU cannot build its break iterators;
// Analyze fails only on ICU errors, naming the document's origin.
//
// Thread safety: a TextAnalyzer is not thread-safe (ICU break iterators carry
// state). Create one per thread; creation costs about a millisecond.
#ifndef CROSSCHECK_TEXT_H_
#define CROSSCHECK_TEXT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"

namespace crosscheck {

struct TextOptions {
  bool detect_language = true;
  std::string locale = "en";
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
};

// ISO 639-1 code of the main language of UTF-8 `text` according to CLD2, or
// "und" when CLD2 is not reliable. Thread-safe.
std::string DetectLanguage(std::string_view text);

}  // namespace crosscheck

#endif  // CROSSCHECK_TEXT_H_
