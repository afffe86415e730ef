// Quote-mark pairing: which quotation marks of a text open and close which
// quotations.
//
// PairQuoteMarks reads the marks “ ” " ‘ ’ ' « » „ ‹ › of a text, tells
// apostrophes from single quotation marks, and pairs openers with closers,
// also across kinds (« … " and „ … “ are pairs). It returns one QuoteRegion
// per quotation, in order of the opening mark.
//
// Rules:
//   * Marks pair inside a paragraph. A paragraph (or a line inside one) that
//     ends with a double quotation still open continues the quotation when the
//     next paragraph or line opens with a double quotation mark (the
//     multi-paragraph convention); the region then runs from the first opener
//     to the last closer and `paragraphs` counts the paragraphs it covers.
//   * Otherwise a quotation still open at the end of its paragraph stops
//     there (closed = false).
//   * An apostrophe is a ' or ’ between letters (Minister’s, don't), before
//     digits (’90s), in ’n’, or after a word-final s with no single quotation
//     open (the voters’ choice). A single mark pairs only when it opens after
//     white space or an opening bracket/mark and a closer follows in the same
//     paragraph before the enclosing double quotation closes.
//   * A definite opener of the open kind while a quotation of that kind is
//     open (a second “ before any ”) ends the first quotation, unclosed, just
//     before the new one.
//
// Cost: linear in the text: every mark is pushed and popped at most once, a
// stack never holds more than a few entries (deeper nesting is ignored).
//
// Thread safety: a pure function. Failure: none; malformed input (stray
// closers, invalid UTF-8) leaves marks unpaired.
#ifndef CROSSCHECK_EXTRACT_QUOTE_MARKS_H_
#define CROSSCHECK_EXTRACT_QUOTE_MARKS_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/span.h"

namespace crosscheck {

enum class QuoteLevel : std::uint8_t { kDouble, kSingle };

struct QuoteRegion {
  Span outer;  // opening mark through closing mark (to the paragraph end when unclosed)
  Span inner;  // between the marks, white space trimmed
  QuoteLevel level = QuoteLevel::kDouble;
  bool closed = true;
  std::uint32_t paragraphs = 1;  // paragraphs (or lines) covered, > 1 for continued quotes
  std::uint32_t depth = 0;       // 0 for a top-level quotation, 1 inside another
};

// The quotations of `text` whose paragraphs are `paragraphs` (Document
// paragraphs: spans in text order, not overlapping). Sorted by outer.start.
std::vector<QuoteRegion> PairQuoteMarks(std::string_view text,
                                        std::span<const Paragraph> paragraphs);

}  // namespace crosscheck

#endif  // CROSSCHECK_EXTRACT_QUOTE_MARKS_H_
