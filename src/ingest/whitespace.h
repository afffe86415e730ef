// Whitespace: line-end and white-space normalisation of UTF-8 text, with a map.
//
//   \r\n, \r, U+0085, U+2028 -> \n; U+2029 -> a paragraph break
//   \t, \v, \f, U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F, U+3000 -> ' '
//   U+200B, U+2060, U+FEFF and other control characters -> dropped
//   runs of spaces -> one ' '; lines trimmed; blank lines at the start and end
//   dropped; two or more line breaks (with only white space between) -> "\n\n"
//
// The output therefore has lines without leading/trailing spaces and at most
// one empty line between non-empty ones. `wide_gaps[k]` counts, for output line
// k (split at '\n'), how many of its inner space runs were wide in the input
// (two or more white-space characters, or a tab): column layouts such as
// "Home   News   Sport" lose their shape when collapsed, so later steps read
// it here.
//
// Input must be valid UTF-8 (DecodeToUtf8's output). Never fails.
// Thread safety: a pure function.
#ifndef CROSSCHECK_INGEST_WHITESPACE_H_
#define CROSSCHECK_INGEST_WHITESPACE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/offset_map.h"

namespace crosscheck {

struct NormalisedText {
  std::string text;
  OffsetMap to_input;                    // text offsets -> offsets in the input string
  std::vector<std::uint16_t> wide_gaps;  // per output line
};

NormalisedText NormaliseWhitespace(std::string_view utf8);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_WHITESPACE_H_
