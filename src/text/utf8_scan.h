// Small UTF-8 helpers the text stage shares: step over code points and ask
// ICU's character properties about them, without converting to UTF-16.
//
// Ill-formed bytes decode as one code point each with value -1 (callers treat
// them as "other"), so scanning always moves forward and never reads past the
// string. Pure functions: thread-safe, no failure.
#ifndef CROSSCHECK_TEXT_UTF8_SCAN_H_
#define CROSSCHECK_TEXT_UTF8_SCAN_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace crosscheck::text {

// The code point starting at byte `pos` (< s.size()); `*next` receives the
// byte after it.
std::int32_t CodePointAt(std::string_view s, std::size_t pos, std::size_t* next);

// The code point ending just before byte `pos` (> 0); `*start` receives its
// first byte.
std::int32_t CodePointBefore(std::string_view s, std::size_t pos, std::size_t* start);

bool IsWhiteSpace(std::int32_t c);  // Unicode White_Space (incl. "\n", NBSP)
bool IsUpper(std::int32_t c);       // uppercase or titlecase letter
bool IsLower(std::int32_t c);       // lowercase letter
bool IsDigit(std::int32_t c);       // decimal digit (Nd)
// Quotes and brackets that open ("(", "[", "“", "‘", and the ambiguous '"' and
// '\'') or close (")", "]", "”", "’", '"', '\'').
bool IsOpening(std::int32_t c);
bool IsClosing(std::int32_t c);
// Sentence-final punctuation: ". ? ! …" and their full-width forms.
bool IsTerminal(std::int32_t c);

// Byte offset just after the last non-white-space character of s[begin, end),
// or `begin` when the range is all white space.
std::size_t TrimEnd(std::string_view s, std::size_t begin, std::size_t end);
// Byte offset of the first non-white-space character of s[begin, end), or `end`.
std::size_t TrimStart(std::string_view s, std::size_t begin, std::size_t end);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_UTF8_SCAN_H_
