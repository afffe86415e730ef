#include "corpus/claim_text.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

namespace crosscheck::corpus {
namespace {

// Bytes of the word character starting at text[i] (0 when it is not one):
// ASCII letters and digits, and any other code point except white space and
// punctuation of the Latin-1 supplement (U+0080..U+00BF, U+00D7, U+00F7) and
// of the general punctuation, currency and symbol blocks (U+2000..U+2BFF),
// so quotation marks, dashes, ellipses and no-break spaces separate words.
std::size_t WordCharAt(std::string_view text, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return 1;
  if (c < 0xC0) return 0;  // other ASCII, or a stray continuation byte
  const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  if (i + n > text.size()) return 0;
  std::uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < n; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return 0;
  if (cp >= 0x2000 && cp <= 0x2BFF) return 0;
  if (cp == 0x3000 || cp == 0xFEFF) return 0;
  return n;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Synonym sets: every word of a set stems to the set's first member's stem.
const std::unordered_map<std::string, std::string>& ConceptTable() {
  static const auto* table = [] {
    const std::vector<std::vector<std::string>> sets = {
        {"people", "persons", "person", "residents", "resident", "inhabitants", "citizens",
         "individuals", "locals", "villagers", "evacuees", "civilians"},
        {"homes", "home", "houses", "house", "properties", "property", "households", "dwellings",
         "flats", "apartments"},
        {"shortfall", "shortfalls", "gap", "gaps", "deficit", "deficits", "hole", "holes"},
        {"section", "sections", "stretch", "stretches", "segment", "segments", "portion", "part"},
        {"complete", "completed", "completion", "completing", "finish", "finished", "finishing",
         "end", "ended", "ending", "done"},
        {"evacuated", "evacuate", "evacuation", "evacuations", "displaced", "displace"},
        {"injured", "injuries", "injury", "wounded", "hurt"},
        {"killed", "dead", "died", "deaths", "death", "fatalities"},
        {"cost", "costs", "price", "bill"},
    };
    auto* t = new std::unordered_map<std::string, std::string>;
    for (const auto& set : sets) {
      for (const auto& w : set) t->emplace(w, "~" + set.front());
    }
    return t;
  }();
  return *table;
}

std::string LightStem(std::string w) {
  if (w.size() <= 3 || std::isdigit(static_cast<unsigned char>(w[0]))) return w;
  struct Rule {
    std::string_view suffix;
    std::string_view replace;
    std::size_t min_left;
  };
  static constexpr std::array<Rule, 14> kRules = {{{"ations", "at", 3},
                                                   {"ation", "at", 3},
                                                   {"ments", "", 4},
                                                   {"ment", "", 4},
                                                   {"ions", "", 4},
                                                   {"ion", "", 4},
                                                   {"ings", "", 3},
                                                   {"ing", "", 3},
                                                   {"ies", "y", 3},
                                                   {"ied", "y", 3},
                                                   {"ed", "", 3},
                                                   {"ly", "", 4},
                                                   {"es", "", 4},
                                                   {"s", "", 3}}};
  for (const Rule& r : kRules) {
    if (EndsWith(w, r.suffix) && w.size() - r.suffix.size() >= r.min_left) {
      if (r.suffix == "s" && EndsWith(w, "ss")) break;
      w = w.substr(0, w.size() - r.suffix.size()) + std::string(r.replace);
      break;
    }
  }
  if (w.size() > 4 && w.back() == 'e') w.pop_back();
  return w;
}

}  // namespace

std::vector<ClaimWord> ClaimWords(std::string_view text, Span span) {
  std::vector<ClaimWord> out;
  const std::size_t end = std::min<std::size_t>(span.end, text.size());
  std::size_t i = std::min<std::size_t>(span.start, end);
  while (i < end) {
    if (WordCharAt(text.substr(0, end), i) == 0) {
      ++i;
      continue;
    }
    std::size_t j = i;
    // Digits keep their inner separators ("1,200", "3.4").
    while (j < end) {
      const unsigned char c = static_cast<unsigned char>(text[j]);
      if (const std::size_t n = WordCharAt(text.substr(0, end), j); n > 0) {
        j += n;
      } else if ((c == ',' || c == '.') && j + 1 < end &&
                 std::isdigit(static_cast<unsigned char>(text[j - 1])) &&
                 std::isdigit(static_cast<unsigned char>(text[j + 1]))) {
        ++j;
      } else {
        break;
      }
    }
    ClaimWord w;
    w.span = Span{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)};
    w.word.assign(text.substr(i, j - i));
    for (char& c : w.word) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    out.push_back(std::move(w));
    i = j;
  }
  return out;
}

std::string Stem(std::string_view word) {
  const auto& table = ConceptTable();
  const std::string w(word);
  if (auto it = table.find(w); it != table.end()) return it->second;
  return LightStem(w);
}

bool IsStopWord(std::string_view word) {
  static const std::unordered_set<std::string_view> kStop = {
      "a",        "an",     "the",     "and",     "or",        "but",     "of",      "to",
      "in",       "on",     "at",      "by",      "for",       "from",    "with",    "without",
      "into",     "onto",   "over",    "under",   "about",     "above",   "below",   "after",
      "before",   "since",  "until",   "than",    "as",        "that",    "this",    "these",
      "those",    "it",     "its",     "he",      "she",       "they",    "we",      "i",
      "you",      "him",    "her",     "them",    "us",        "me",      "his",     "their",
      "our",      "my",     "your",    "who",     "whom",      "which",   "what",    "when",
      "where",    "why",    "how",     "is",      "are",       "was",     "were",    "be",
      "been",     "being",  "am",      "has",     "have",      "had",     "having",  "do",
      "does",     "did",    "will",    "would",   "shall",     "should",  "can",     "could",
      "may",      "might",  "must",    "not",     "no",        "so",      "if",      "then",
      "there",    "here",   "also",    "only",    "just",      "still",   "all",     "any",
      "some",     "such",   "own",     "other",   "more",      "most",    "less",    "least",
      "very",     "up",     "down",    "out",     "off",       "said",    "says",    "say",
      "saying",   "told",   "tell",    "tells",   "according", "added",   "adds",    "stated",
      "reported", "s",      "t",       "mr",      "ms",        "mrs",     "dr",      "one",
      "two",      "three",  "four",    "five",    "six",       "seven",   "eight",   "nine",
      "ten",      "around", "roughly", "nearly",  "almost",    "least",   "per",     "each",
      "every",    "while",  "during",  "against", "between",   "through", "because", "although",
      "though",   "yet",    "now",     "n"};
  return kStop.count(word) > 0;
}

bool IsNegation(std::string_view word) {
  return word == "not" || word == "n't" || word == "never" || word == "no" || word == "nobody" ||
         word == "none" || word == "t";
}

std::string NounClass(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return Stem(lower);
}

Span SentenceAround(std::string_view text, const std::vector<Sentence>& sentences,
                    std::uint32_t offset) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](std::uint32_t o, const Sentence& s) { return o < s.span.start; });
  if (it != sentences.begin()) {
    const Sentence& s = *std::prev(it);
    if (offset < s.span.end) return s.span;
  }
  // No sentence holds it: the stretch between sentence ends.
  std::size_t start = offset;
  while (start > 0) {
    const char c = text[start - 1];
    if (c == '\n') break;
    if ((c == ' ') && start >= 2 &&
        (text[start - 2] == '.' || text[start - 2] == '!' || text[start - 2] == '?'))
      break;
    --start;
  }
  std::size_t end = std::min<std::size_t>(offset, text.size());
  while (end < text.size()) {
    const char c = text[end];
    if (c == '\n') break;
    if ((c == '.' || c == '!' || c == '?') &&
        (end + 1 == text.size() || text[end + 1] == ' ' || text[end + 1] == '\n')) {
      ++end;
      break;
    }
    ++end;
  }
  return Span{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
}

}  // namespace crosscheck::corpus
