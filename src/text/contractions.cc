#include "text/contractions.h"

#include <array>
#include <string>

namespace crosscheck::text {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != b[i]) return false;
  }
  return true;
}

bool HasLetter(std::string_view s) {
  for (const char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) {
      return true;
    }
  }
  return false;
}

constexpr std::string_view kRightQuote = "\xE2\x80\x99";  // ’

// Length of the apostrophe ending at `end` in `word` (1 for ', 3 for ’), or 0.
std::size_t ApostropheBefore(std::string_view word, std::size_t end) {
  if (end >= 1 && word[end - 1] == '\'') return 1;
  if (end >= 3 && word.substr(end - 3, 3) == kRightQuote) return 3;
  return 0;
}

}  // namespace

std::size_t ContractionSplit(std::string_view word) {
  const std::size_t n = word.size();
  // "n't": the n belongs to the clitic.
  if (n >= 4 && Lower(word[n - 1]) == 't') {
    const std::size_t a = ApostropheBefore(word, n - 1);
    if (a > 0 && n >= a + 3 && Lower(word[n - 2 - a]) == 'n') {
      const std::size_t split = n - 2 - a;
      if (split > 0 && HasLetter(word.substr(0, split))) return split;
    }
  }
  // 's 'm 'd 're 've 'll
  for (const std::string_view clitic : {"s", "m", "d", "re", "ve", "ll"}) {
    if (n <= clitic.size()) continue;
    if (!EqualsNoCase(word.substr(n - clitic.size()), clitic)) continue;
    const std::size_t a = ApostropheBefore(word, n - clitic.size());
    if (a == 0) continue;
    const std::size_t split = n - clitic.size() - a;
    if (split > 0 && HasLetter(word.substr(0, split)) &&
        ApostropheBefore(word, split) == 0) {  // not "rock'n'roll"-like runs
      return split;
    }
  }
  // Whole words that UD writes as two.
  static constexpr std::array<std::pair<std::string_view, std::size_t>, 4> kFused = {
      {{"gonna", 3}, {"wanna", 3}, {"gotta", 3}, {"cannot", 3}}};
  for (const auto& [fused, split] : kFused) {
    if (EqualsNoCase(word, fused)) return split;
  }
  return 0;
}

bool IsBoundPrefix(std::string_view part) {
  // The prefixes GUM and EWT train keep on their word far more often than not.
  static constexpr std::string_view kPrefixes[] = {
      "e",     "non",  "pre", "re", "co",    "anti", "post",    "pro",   "mid",  "multi", "inter",
      "intra", "semi", "sub", "ex", "micro", "mini", "counter", "cross", "over", "un",    "socio"};
  for (const std::string_view p : kPrefixes) {
    if (EqualsNoCase(part, p)) return true;
  }
  return false;
}

}  // namespace crosscheck::text
