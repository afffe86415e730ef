#include "text/utf8_scan.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace crosscheck::text {

std::int32_t CodePointAt(std::string_view s, std::size_t pos, std::size_t* next) {
  const auto c0 = static_cast<unsigned char>(s[pos]);
  if (c0 < 0x80) {  // ASCII, by far the common case
    *next = pos + 1;
    return c0;
  }
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  std::int32_t i = static_cast<std::int32_t>(pos);
  const auto length = static_cast<std::int32_t>(s.size());
  UChar32 c;
  U8_NEXT(p, i, length, c);  // c < 0 on ill-formed input; i always advances
  *next = static_cast<std::size_t>(i);
  return c;
}

std::int32_t CodePointBefore(std::string_view s, std::size_t pos, std::size_t* start) {
  const auto c0 = static_cast<unsigned char>(s[pos - 1]);
  if (c0 < 0x80) {
    *start = pos - 1;
    return c0;
  }
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  std::int32_t i = static_cast<std::int32_t>(pos);
  UChar32 c;
  U8_PREV(p, 0, i, c);
  *start = static_cast<std::size_t>(i);
  return c;
}

bool IsWhiteSpace(std::int32_t c) {
  if (c < 0x80) return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
  return c > 0 && u_isUWhiteSpace(c);
}

bool IsUpper(std::int32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  const std::int8_t t = u_charType(c);
  return t == U_UPPERCASE_LETTER || t == U_TITLECASE_LETTER;
}

bool IsLower(std::int32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_charType(c) == U_LOWERCASE_LETTER;
}

bool IsDigit(std::int32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_charType(c) == U_DECIMAL_DIGIT_NUMBER;
}

bool IsOpening(std::int32_t c) {
  if (c == '"' || c == '\'') return true;
  if (c < 0) return false;
  const std::int8_t t = u_charType(c);
  return t == U_START_PUNCTUATION || t == U_INITIAL_PUNCTUATION;
}

bool IsClosing(std::int32_t c) {
  if (c == '"' || c == '\'') return true;
  if (c < 0) return false;
  const std::int8_t t = u_charType(c);
  return t == U_END_PUNCTUATION || t == U_FINAL_PUNCTUATION;
}

bool IsTerminal(std::int32_t c) {
  return c == '.' || c == '?' || c == '!' || c == 0x2026 /* … */ || c == 0xFF0E || c == 0xFF1F ||
         c == 0xFF01 || c == 0x3002 /* 。 */;
}

std::size_t TrimEnd(std::string_view s, std::size_t begin, std::size_t end) {
  while (end > begin) {
    std::size_t start;
    if (!IsWhiteSpace(CodePointBefore(s, end, &start))) break;
    end = start;
  }
  return end;
}

std::size_t TrimStart(std::string_view s, std::size_t begin, std::size_t end) {
  while (begin < end) {
    std::size_t next;
    if (!IsWhiteSpace(CodePointAt(s, begin, &next))) break;
    begin = next;
  }
  return begin;
}

}  // namespace crosscheck::text
