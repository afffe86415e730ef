// Text: Unicode normalisation, paragraphs, sentences, tokens and language.
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
//      unless the input declared one (an HTML page's lang attribute).
//
// Options (TextOptions):
//   field             default  meaning
//   detect_language   true     run CLD2; false leaves language as it is
//   locale            "en"     ICU locale for break rules and abbreviations
//
// Failure: Create fails (kInternal) when ICU cannot build its break iterators.
// Analyze fails, naming the document's origin, with kInvalidArgument when
// to_input does not map the text (a default-constructed, empty to_input is
// taken as the identity), kTooLarge for text of 2 GiB or more, and kInternal
// on ICU errors. Ill-formed UTF-8 is not an error (ICU reads it as U+FFFD).
//
// Cost: about 3,800 articles of 6 KB per second per core (Release build);
// Tokenize alone about twice as fast.
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

// ISO 639-1 code of the main language of UTF-8 `text` according to CLD2 (its
// first 2 KB), or "und" when CLD2 is not reliable or the text has fewer than a
// dozen letters. Thread-safe.
std::string DetectLanguage(std::string_view text);

}  // namespace crosscheck

#endif  // CROSSCHECK_TEXT_H_
