// Language identification with CLD2 (the Compact Language Detector 2).
//
// DetectLanguage (declared in crosscheck/text.h) returns the ISO 639-1 code
// of the main language of a UTF-8 text, or "und" when CLD2 is not reliable,
// the text is too short (fewer than kMinLetters letters), or the language has
// no two-letter code. Only the first kMaxBytes bytes are read (cut at a
// character boundary): the language of a news article is settled long before.
// Ill-formed UTF-8 is tolerated: CLD2 then reads the valid prefix only.
// Thread safety: reentrant (CLD2 keeps no state between calls).
#ifndef CROSSCHECK_TEXT_LANGUAGE_H_
#define CROSSCHECK_TEXT_LANGUAGE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace crosscheck::text {

inline constexpr std::size_t kMinLetters = 12;
inline constexpr std::size_t kMaxBytes = 2048;

// CLD2's code for a language ("en", "iw", "zh-Hant", ...) as ISO 639-1
// ("en", "he", "zh"), or "und" when there is no two-letter code.
std::string ToIso6391(std::string_view cld2_code);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_LANGUAGE_H_
