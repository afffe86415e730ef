// WordTokenizer: the tokens of UTF-8 text.
//
//   auto tokenizer = WordTokenizer::Create("en");
//   std::vector<Token> tokens;
//   Status st = (*tokenizer)->Tokenize(text, paragraph_span, tokens);
//
// ICU's word BreakIterator (UAX #29 word rules with dictionaries for scripts
// without spaces) runs over the UTF-8 bytes through a UText; white space is
// dropped and each piece gets a kind from ICU's rule status (number, letters,
// kana, ideographs) or, for the rest, from the character category of its first
// character (Sc Sm Sk So and "%" -> kSymbol, P* -> kPunct, else kOther).
//
// Then the pieces are repaired for news text:
//   "U.S" "." -> "U.S."      the period of an initial, a dotted abbreviation or
//   "Mr" "." -> "Mr."        a known abbreviation stays on its word ("No." only
//                            when a number follows)
//   "." "." "." -> "..."     a run of the same punctuation mark is one token
//   "e" "-" "mail" -> "e-mail"   a bound prefix keeps its hyphen and word
//                            ("non-profit"); other compounds stay split as UD
//                            writes them ("year" "-" "old")
//   "don't" -> "do" "n't"    contractions split into UD words (contractions.h):
//   "it's" -> "it" "'s"      "n't", "'s", "'m", "'re", "'ve", "'ll", "'d",
//                            "gonna", "cannot"
//   "5.2bn" -> "5.2" "bn"    a number with a unit suffix is split (ordinals
//                            "3rd" and decades "1990s" stay whole)
//   "https" ":" "/" ... -> one kOther token for a URL or an e-mail address
// ICU itself keeps "O'Brien", "1,200" and "3.5" whole.
//
// Tokens are appended with absolute byte offsets into `text`, in order, inside
// the range given, never empty and never holding white space.
// Failure: Create fails (kInternal) when ICU cannot build the iterator;
// Tokenize fails (kInternal) on an ICU error, (kTooLarge) on a range >= 2 GiB.
// Thread safety: not thread-safe (the iterator keeps state); one per thread.
#ifndef CROSSCHECK_TEXT_WORD_TOKENIZER_H_
#define CROSSCHECK_TEXT_WORD_TOKENIZER_H_

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"

namespace crosscheck::text {

class WordTokenizer {
 public:
  static Result<std::unique_ptr<WordTokenizer>> Create(const std::string& locale = "en");
  ~WordTokenizer();
  WordTokenizer(const WordTokenizer&) = delete;
  WordTokenizer& operator=(const WordTokenizer&) = delete;

  // Appends the tokens of text[range.start, range.end) to `tokens`.
  Status Tokenize(std::string_view text, Span range, std::vector<Token>& tokens);

 private:
  struct Piece {
    std::uint32_t start = 0;  // relative to the range
    std::uint32_t end = 0;
    TokenKind kind = TokenKind::kOther;
  };
  explicit WordTokenizer(std::unique_ptr<icu::BreakIterator> iterator);

  std::unique_ptr<icu::BreakIterator> iterator_;
  UText utext_ = UTEXT_INITIALIZER;
  std::vector<Piece> pieces_;  // scratch, reused between calls
};

// The byte offset where a URL ("http://", "https://", "www.") or an e-mail
// address starting at `pos` ends (trailing punctuation excluded), or `pos`
// when none starts there. Looks no further than `end`. Exposed for tests.
std::size_t MatchUrlOrEmail(std::string_view text, std::size_t pos, std::size_t end);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_WORD_TOKENIZER_H_
