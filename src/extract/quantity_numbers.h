// Reading numbers out of tokens: digit numerals ("1,200", "3.5"), number words
// ("forty", "twenty-five", "a dozen", "half a dozen"), scale words ("million",
// "bn", "m") and ordinals ("third", "3rd"). Shared by the quantity recogniser
// and the temporal-expression recogniser.
//
// TokenWords holds a lower-cased copy of every token of one document (ASCII
// letters folded; other bytes kept), so the recognisers compare words without
// allocating. It borrows the Document: the Document must outlive it and must not
// change while it is used.
//
// Thread safety: the functions are pure; a TokenWords is a value owned by one
// thread. Failure: a reader that does not find a number returns false/0 and
// leaves its output untouched; nothing throws.
#ifndef CROSSCHECK_EXTRACT_QUANTITY_NUMBERS_H_
#define CROSSCHECK_EXTRACT_QUANTITY_NUMBERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"

namespace crosscheck::extract {

class TokenWords {
 public:
  explicit TokenWords(const Document& document);
  std::size_t size() const { return lower_.size(); }
  // Lower-cased token text; "" past the end.
  std::string_view operator[](std::size_t index) const {
    return index < lower_.size() ? std::string_view(lower_[index]) : std::string_view();
  }
  // The token as written.
  std::string_view Raw(std::size_t index) const;
  const Token& token(std::size_t index) const { return document_.tokens[index]; }
  const Document& document() const { return document_; }
  // True when tokens `left` and `left + 1` touch (no white space between).
  bool Adjacent(std::size_t left) const;
  // True when the token starts with an upper-case ASCII letter.
  bool Capitalised(std::size_t index) const;
  // Index of the sentence holding token `index`.
  std::uint32_t SentenceOf(std::size_t index) const { return sentence_of_[index]; }

 private:
  const Document& document_;
  std::vector<std::string> lower_;
  std::vector<std::uint32_t> sentence_of_;
};

// Value of a digit numeral with optional thousands commas and one decimal point:
// "1,200" -> 1200, "3.5" -> 3.5, "02" -> 2. False for "1,20", "3.5.1", "".
bool ParseNumeral(std::string_view text, double& value);

// Cardinal number word (lower case): "zero".."nineteen", "twenty".."ninety",
// "hundred", "thousand", "dozen" (12). Negative when not a number word.
double NumberWordValue(std::string_view lower);

// Scale word or abbreviation after a number: "thousand"/"k" 1e3,
// "million"/"mn"/"mln"/"m" 1e6, "billion"/"bn"/"b" 1e9, "trillion"/"tn"/"trn" 1e12.
// 0 when not a scale. ("m" is ambiguous with metres: callers decide.)
double ScaleWordValue(std::string_view lower);

// Ordinal: "first".."twelfth", "twentieth", "thirtieth", "1st", "22nd", "3rd",
// "5th". 0 when not an ordinal.
int OrdinalValue(std::string_view lower);

// A number read from tokens [first, last] (inclusive).
struct NumberMatch {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  double value = 0;
  bool from_words = false;    // written in words ("forty", "a dozen")
  bool has_scale = false;     // a scale word followed ("5.2 billion", "4m")
  bool numeral_only = false;  // one plain digit token, no scale, no words
};

// Reads a cardinal number starting at token `index`:
//   numeral ["1/2" fraction]      "13 1/2"
//   number words                  "forty", "twenty - five", "one hundred twenty"
//   ["half"] "a" "dozen"/"hundred"/"thousand"   "a dozen", "half a dozen", "half-dozen"
// then, when `with_scale`, an optional scale word ("million", "bn"; "m" only
// when touching the numeral, as in "4m").
bool ReadNumber(const TokenWords& words, std::size_t index, bool with_scale, NumberMatch& out);

}  // namespace crosscheck::extract

#endif  // CROSSCHECK_EXTRACT_QUANTITY_NUMBERS_H_
