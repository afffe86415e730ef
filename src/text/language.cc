#include "text/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <cstdint>

#include "crosscheck/text.h"
#include "text/utf8_scan.h"

namespace crosscheck {
namespace text {
namespace {

bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// Counts letters (ASCII letters and any non-ASCII lead byte) up to `enough`.
std::size_t CountLetters(std::string_view s, std::size_t enough) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < s.size() && letters < enough; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
      ++letters;
    else if (c >= 0xC0)
      ++letters;  // a non-ASCII character; CLD2 judges it
  }
  return letters;
}

}  // namespace

std::string ToIso6391(std::string_view cld2_code) {
  std::string_view base = cld2_code.substr(0, cld2_code.find('-'));
  if (base == "iw") return "he";  // CLD2 keeps some withdrawn codes
  if (base == "in") return "id";
  if (base == "ji") return "yi";
  if (base == "jw") return "jv";
  if (base == "mo") return "ro";
  if (base == "un" || base == "xx") return "und";
  if (base.size() != 2 || !IsAsciiLower(base[0]) || !IsAsciiLower(base[1])) return "und";
  return std::string(base);
}

}  // namespace text

std::string DetectLanguage(std::string_view text) {
  if (text.size() > text::kMaxBytes) {
    std::size_t cut = text::kMaxBytes;  // back to a character boundary
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  if (text::CountLetters(text, text::kMinLetters) < text::kMinLetters) return "und";

  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix = 0;
  CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &hints, /*flags=*/0,
      language3, percent3, scores3, /*resultchunkvector=*/nullptr, &text_bytes, &reliable,
      &valid_prefix);
  if (valid_prefix < static_cast<int>(text.size())) {
    // Ill-formed UTF-8: CLD2 gave up; judge the valid prefix alone.
    if (text::CountLetters(text.substr(0, valid_prefix), text::kMinLetters) < text::kMinLetters) {
      return "und";
    }
    lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(text.data(), valid_prefix, true, &hints, 0,
                                                   language3, percent3, scores3, nullptr,
                                                   &text_bytes, &reliable, &valid_prefix);
  }
  if (!reliable || lang == CLD2::UNKNOWN_LANGUAGE) return "und";
  return text::ToIso6391(CLD2::LanguageCode(lang));
}

}  // namespace crosscheck
