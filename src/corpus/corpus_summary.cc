#include "corpus/corpus_summary.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <map>
#include <optional>
#include <unordered_set>

#include "common/hash.h"
#include "corpus/dup_minhash.h"
#include "resolve/timex_normalizer.h"

namespace crosscheck::corpus {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Bytes that start or continue a UTF-8 punctuation character we split at:
// E2 80 xx (dashes, quotes, ellipsis), E2 82 AC (euro), C2 A0-BF (nbsp,
// «, », ·), so "Halvenport’s" and "€15m" split like their ASCII spellings.
std::size_t PunctuationLength(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c == 0xC2 && i + 1 < text.size()) {
    const auto d = static_cast<unsigned char>(text[i + 1]);
    if (d >= 0xA0 && d <= 0xBF) return 2;
  }
  if (c == 0xE2 && i + 2 < text.size()) {
    const auto d = static_cast<unsigned char>(text[i + 1]);
    if (d == 0x80 || d == 0x81 || d == 0x82 || d == 0x86 || d == 0x96) return 3;
  }
  if (c == 0xC3 && i + 1 < text.size() && (text[i + 1] == '\x97' || text[i + 1] == '\xB7'))
    return 2;  // × ÷
  return 0;
}

constexpr std::string_view kStopwords[] = {
    "a",       "about", "after", "again", "all",    "also",   "am",     "an",   "and",  "any",
    "are",     "as",    "at",    "be",    "been",   "before", "being",  "but",  "by",   "can",
    "could",   "did",   "do",    "does",  "doing",  "down",   "during", "each", "few",  "for",
    "from",    "had",   "has",   "have",  "having", "he",     "her",    "here", "hers", "him",
    "his",     "how",   "i",     "if",    "in",     "into",   "is",     "it",   "its",  "just",
    "me",      "more",  "most",  "my",    "no",     "nor",    "not",    "now",  "of",   "off",
    "on",      "once",  "only",  "or",    "other",  "our",    "out",    "over", "own",  "s",
    "said",    "same",  "says",  "she",   "should", "so",     "some",   "such", "t",    "than",
    "that",    "the",   "their", "them",  "then",   "there",  "these",  "they", "this", "those",
    "through", "to",    "too",   "under", "until",  "up",     "very",   "was",  "we",   "were",
    "what",    "when",  "where", "which", "while",  "who",    "whom",   "why",  "will", "with",
    "would",   "you",   "your",  "n't",   "ll",     "re",     "ve",     "d"};

std::int32_t DaysSinceEpoch(const resolve::CalendarValue& value) {
  return static_cast<std::int32_t>(resolve::DaysBetween({1970, 1, 1}, value));
}

// "the text dates itself to 2022-10; ..." (resolve/stale_content.cc): the
// middle of the month (or year) it names.
std::int32_t StaleDay(const Document& document) {
  for (const Flag& flag : document.flags) {
    if (flag.kind != "stale_content") continue;
    const std::string_view key = "dates itself to ";
    const std::size_t at = flag.detail.find(key);
    if (at == std::string::npos) continue;
    const std::string_view rest = std::string_view(flag.detail).substr(at + key.size());
    const std::string_view value = rest.substr(0, rest.find(';'));
    std::optional<resolve::CalendarValue> calendar = resolve::ParseCalendarValue(value);
    if (!calendar || calendar->year < 1900 || calendar->year > 2100) continue;
    // The middle of the month (or year) it names.
    if (calendar->month == 0) calendar->month = 7;
    if (calendar->day == 0) calendar->day = calendar->month == 7 && value.size() == 4 ? 1 : 15;
    return DaysSinceEpoch(*calendar);
  }
  return kNoDay;
}

std::vector<TermCount> CountTerms(std::span<const std::string_view> words, int min_bytes) {
  std::vector<std::uint32_t> ids;
  ids.reserve(words.size());
  for (std::string_view w : words) {
    if (static_cast<int>(w.size()) < min_bytes || IsStopword(w)) continue;
    ids.push_back(TermId(w));
  }
  std::sort(ids.begin(), ids.end());
  std::vector<TermCount> out;
  for (std::uint32_t id : ids) {
    if (!out.empty() && out.back().term == id) {
      ++out.back().count;
    } else {
      out.push_back({id, 1});
    }
  }
  out.shrink_to_fit();  // a corpus holds one per document: no spare capacity
  return out;
}

}  // namespace

std::vector<std::string_view> NormalisedWords(std::string_view text, std::string& storage) {
  storage.assign(text);
  for (std::size_t i = 0; i < storage.size(); ++i) {
    auto c = static_cast<unsigned char>(storage[i]);
    if (c >= 'A' && c <= 'Z') {
      storage[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < storage.size()) {
      auto d = static_cast<unsigned char>(storage[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) storage[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  std::vector<std::string_view> words;
  const std::string_view s = storage;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!IsWordByte(static_cast<unsigned char>(s[i])) || PunctuationLength(s, i) > 0) {
      const std::size_t skip = PunctuationLength(s, i);
      i += skip > 0 ? skip : 1;
      continue;
    }
    const std::size_t start = i;
    while (i < s.size() && IsWordByte(static_cast<unsigned char>(s[i])) &&
           PunctuationLength(s, i) == 0)
      ++i;
    words.push_back(s.substr(start, i - start));
  }
  return words;
}

std::uint32_t TermId(std::string_view word) {
  return static_cast<std::uint32_t>(Hash64(word) >> 32);
}

bool IsStopword(std::string_view word) {
  static const std::unordered_set<std::string_view> set(std::begin(kStopwords),
                                                        std::end(kStopwords));
  return set.contains(word);
}

std::int32_t DayNumber(std::string_view date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return kNoDay;
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::from_chars(date.data(), date.data() + 4, y).ptr != date.data() + 4 ||
      std::from_chars(date.data() + 5, date.data() + 7, m).ptr != date.data() + 7 ||
      std::from_chars(date.data() + 8, date.data() + 10, d).ptr != date.data() + 10)
    return kNoDay;
  const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m),
                                        std::chrono::day(d)};
  if (y < 1900 || y > 2100 || !ymd.ok()) return kNoDay;
  return static_cast<std::int32_t>(std::chrono::sys_days(ymd).time_since_epoch().count());
}

DocSummary Summarize(const Document& document, const SummaryOptions& options) {
  DocSummary s;
  s.id = document.id;
  s.outlet = document.outlet;
  s.title = document.title;
  s.published = document.published;
  s.day = DayNumber(document.published);
  if (s.day != kNoDay) {
    s.minute = static_cast<std::int64_t>(s.day) * 1440 + 1439;
    const std::string_view p = document.published;
    int hour = 0, minute = 0;
    if (p.size() >= 16 && (p[10] == 'T' || p[10] == ' ') && p[13] == ':' &&
        std::from_chars(p.data() + 11, p.data() + 13, hour).ptr == p.data() + 13 &&
        std::from_chars(p.data() + 14, p.data() + 16, minute).ptr == p.data() + 16 && hour < 24 &&
        minute < 60)
      s.minute = static_cast<std::int64_t>(s.day) * 1440 + hour * 60 + minute;
  }
  const std::int32_t stale = StaleDay(document);
  s.about_day = stale != kNoDay ? stale : s.day;

  std::string storage;
  const std::vector<std::string_view> words = NormalisedWords(document.text, storage);
  s.words = static_cast<std::uint32_t>(words.size());
  if (!words.empty()) {
    std::string joined;
    joined.reserve(storage.size());
    for (std::string_view w : words) {
      if (!joined.empty()) joined += ' ';
      joined += w;
    }
    s.exact_hash = Hash64(joined);
    if (s.exact_hash == 0) s.exact_hash = 1;
    const std::vector<std::uint64_t> shingles = ShingleHashes(words, options.shingle_words);
    s.shingles = static_cast<std::uint32_t>(shingles.size());
    s.minhash = MinHashSignature(shingles, options.minhash_size);
  }
  s.body_terms = CountTerms(words, options.min_word_bytes);
  std::string title_storage;
  const std::vector<std::string_view> title_words = NormalisedWords(document.title, title_storage);
  s.title_terms = CountTerms(title_words, options.min_word_bytes);

  std::map<std::string, std::uint32_t> chains;
  for (const Mention& m : document.mentions)
    if (!m.chain.empty()) ++chains[m.chain];
  s.chains.assign(chains.begin(), chains.end());
  return s;
}

}  // namespace crosscheck::corpus
