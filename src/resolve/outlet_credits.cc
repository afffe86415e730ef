#include "resolve/outlet_credits.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace crosscheck::resolve {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(word[0]);
  return std::isupper(c) || std::isdigit(c) || c >= 0x80;  // non-ASCII letters count ("Él")
}

bool IsJoiner(std::string_view word) {
  static constexpr std::array<std::string_view, 8> kJoiners = {"of", "and", "&",  "for",
                                                               "de", "the", "du", "del"};
  return std::find(kJoiners.begin(), kJoiners.end(), word) != kJoiners.end();
}

// Characters that end a name run.
bool Stops(char c) {
  return c == '\n' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' ||
         c == '[' || c == ']' || c == '|';
}

struct Word {
  std::size_t start, end;
};

// Words after `at` up to a stop character, at most `max` of them; a word's
// trailing period, quote or possessive is not part of it, and ends the run.
std::vector<Word> WordsAfter(std::string_view text, std::size_t at, std::size_t max) {
  std::vector<Word> words;
  std::size_t i = at;
  while (words.size() < max) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    if (i >= text.size() || Stops(text[i])) break;
    std::size_t end = i;
    while (end < text.size() && !IsSpace(text[end]) && !Stops(text[end])) ++end;
    std::size_t word_end = end;
    bool last = false;
    // "Reuters." / "Reuters'" / "Reuters's" / "Reuters’s": trim, and stop after it.
    for (std::string_view tail : {"’s", "'s", "’", "'", ".", "!", "?"}) {
      if (word_end - i > tail.size() && text.substr(word_end - tail.size(), tail.size()) == tail) {
        // Keep the period of an initialism ("U.S.") when the word has another one.
        if (tail == "." && text.substr(i, word_end - i - 1).find('.') != std::string_view::npos) {
          break;
        }
        word_end -= tail.size();
        last = true;
        break;
      }
    }
    words.push_back({i, word_end});
    i = end;
    if (last) break;
  }
  return words;
}

// The longest registered name among the first words (trailing joiners
// dropped); with `keep_unregistered`, else the capitalised run as written.
bool NameAt(std::string_view text, std::size_t at, const OutletRegistry& registry,
            bool keep_unregistered, OutletCue* cue) {
  std::vector<Word> words = WordsAfter(text, at, 6);
  std::size_t first = 0;
  if (!words.empty() && (text.substr(words[0].start, words[0].end - words[0].start) == "the" ||
                         text.substr(words[0].start, words[0].end - words[0].start) == "The")) {
    first = 1;
  }
  if (words.size() <= first) return false;
  std::size_t run = first;
  while (run < words.size()) {
    const std::string_view w = text.substr(words[run].start, words[run].end - words[run].start);
    if (StartsUpper(w) || (run > first && IsJoiner(w))) {
      ++run;
    } else {
      break;
    }
  }
  if (run == first) return false;
  for (std::size_t n = run; n > first; --n) {
    const std::string_view name = text.substr(words[0].start, words[n - 1].end - words[0].start);
    if (const Outlet* o = registry.ByName(name); o != nullptr) {
      cue->span = {static_cast<std::uint32_t>(words[first].start),
                   static_cast<std::uint32_t>(words[n - 1].end)};
      cue->name =
          std::string(text.substr(words[first].start, words[n - 1].end - words[first].start));
      cue->outlet = o;
      return true;
    }
  }
  if (!keep_unregistered) return false;
  while (run > first + 1 &&
         IsJoiner(text.substr(words[run - 1].start, words[run - 1].end - words[run - 1].start))) {
    --run;
  }
  cue->span = {static_cast<std::uint32_t>(words[first].start),
               static_cast<std::uint32_t>(words[run - 1].end)};
  cue->name = std::string(text.substr(words[first].start, words[run - 1].end - words[first].start));
  cue->outlet = nullptr;
  return true;
}

bool WordBoundaryBefore(std::string_view text, std::size_t at) {
  if (at == 0) return true;
  const unsigned char c = static_cast<unsigned char>(text[at - 1]);
  return !(std::isalnum(c) || c >= 0x80);
}

// Names in a list ("A, B and C", "A / B") starting at `at`, up to the line end.
void NameList(std::string_view text, std::size_t at, const OutletRegistry& registry,
              bool keep_unregistered, const std::string& how, std::vector<OutletCue>* out) {
  const std::size_t line_end = std::min(text.find('\n', at), text.size());
  std::size_t i = at;
  while (i < line_end) {
    OutletCue cue;
    cue.how = how;
    if (NameAt(text.substr(0, line_end), i, registry, keep_unregistered, &cue)) {
      out->push_back(cue);
      i = cue.span.end;
    }
    // Next item: after ",", ";", "/", " and ".
    std::size_t next = line_end;
    for (std::string_view sep : {",", ";", "/", " and ", " & "}) {
      const std::size_t s = text.substr(0, line_end).find(sep, i);
      if (s != std::string_view::npos && s + sep.size() < next) next = s + sep.size();
    }
    if (next >= line_end) break;
    i = next;
  }
}

// "CITY[, date] (Name) -" at the start of `para`.
void Dateline(std::string_view text, Span para, const OutletRegistry& registry,
              std::vector<OutletCue>* out) {
  const std::string_view p =
      text.substr(para.start, std::min<std::size_t>(para.end - para.start, 160));
  // The place: capital letters (and spaces, periods, hyphens, apostrophes).
  std::size_t i = 0;
  std::size_t caps = 0;
  while (i < p.size() &&
         (std::isupper(static_cast<unsigned char>(p[i])) || p[i] == ' ' || p[i] == '.' ||
          p[i] == '-' || p[i] == '\'' || static_cast<unsigned char>(p[i]) >= 0x80)) {
    if (std::isupper(static_cast<unsigned char>(p[i]))) ++caps;
    ++i;
  }
  if (caps < 3) return;
  const std::size_t open = p.find('(', i);
  if (open == std::string_view::npos || open > 60) return;
  if (p.substr(i, open - i).find_first_of("\n)") != std::string_view::npos) return;
  const std::size_t close = p.find(')', open);
  if (close == std::string_view::npos || close - open > 50) return;
  std::size_t after = close + 1;
  while (after < p.size() && p[after] == ' ') ++after;
  const std::string_view rest = p.substr(after);
  if (!(rest.starts_with("-") || rest.starts_with("–") || rest.starts_with("—"))) return;
  OutletCue cue;
  cue.how = "dateline";
  const std::string_view inside = p.substr(0, close);
  if (NameAt(inside, open + 1, registry, /*keep_unregistered=*/true, &cue)) {
    cue.span.start += para.start;
    cue.span.end += para.start;
    out->push_back(cue);
  }
}

// The registered name ending at `end` ("... The Washington Post| reported"):
// up to six capitalised words (joiners inside) back from `end`.
void ReportedBy(std::string_view text, std::size_t end, const OutletRegistry& registry,
                std::vector<OutletCue>* out) {
  std::vector<std::size_t> starts;  // word starts, nearest first
  std::size_t i = end;
  while (starts.size() < 6 && i > 0) {
    std::size_t word_end = i;
    while (word_end > 0 && IsSpace(text[word_end - 1])) --word_end;
    if (word_end != i && word_end == 0) break;
    std::size_t word_start = word_end;
    while (word_start > 0 && !IsSpace(text[word_start - 1]) && !Stops(text[word_start - 1])) {
      --word_start;
    }
    if (word_start == word_end) break;
    const std::string_view w = text.substr(word_start, word_end - word_start);
    if (!StartsUpper(w) && !IsJoiner(w)) break;
    if (w.back() == '.' || w.back() == ',') break;  // a sentence or clause ends before it
    starts.push_back(word_start);
    i = word_start;
  }
  std::size_t name_end = end;
  while (name_end > 0 && IsSpace(text[name_end - 1])) --name_end;
  for (std::size_t k = starts.size(); k > 0; --k) {
    const std::size_t start = starts[k - 1];
    const std::string_view first_word = text.substr(start, text.find(' ', start) - start);
    if (!StartsUpper(first_word)) continue;
    const std::string_view name = text.substr(start, name_end - start);
    if (const Outlet* o = registry.ByName(name); o != nullptr) {
      OutletCue cue;
      cue.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(name_end)};
      cue.name = std::string(name);
      cue.outlet = o;
      cue.how = "reported";
      out->push_back(cue);
      return;
    }
  }
}

}  // namespace

std::vector<OutletCue> FindOutletCues(std::string_view text,
                                      const std::vector<Paragraph>& paragraphs,
                                      const OutletRegistry& registry) {
  std::vector<OutletCue> cues;
  // Datelines in the first three paragraphs (or lines).
  std::vector<Span> openings;
  for (std::size_t k = 0; k < paragraphs.size() && k < 3; ++k)
    openings.push_back(paragraphs[k].span);
  if (paragraphs.empty()) {
    std::size_t at = 0;
    while (openings.size() < 3 && at < text.size()) {  // the first three non-empty lines
      const std::size_t end = std::min(text.find('\n', at), text.size());
      if (end > at) {
        openings.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end)});
      }
      at = end + 1;
    }
  }
  for (const Span& s : openings) Dateline(text, s, registry, &cues);

  struct Phrase {
    std::string_view words;
    const char* how;
    bool list;      // a list of names follows
    bool any_name;  // unregistered names count
    bool line_start;
  };
  static constexpr Phrase kPhrases[] = {
      {"according to ", "according_to", false, false, false},
      {"According to ", "according_to", false, false, false},
      {"told ", "told", false, false, false},
      {"speaking to ", "told", false, false, false},
      {"interview with ", "told", false, false, false},
      {"reported by ", "reported", false, false, false},
      {"reporting by ", "reporting_by", true, false, false},
      {"Reporting by ", "reporting_by", true, false, false},
      {"Source: ", "source_line", true, true, true},
      {"Sources: ", "source_line", true, true, true},
      {"Credit: ", "source_line", true, true, true},
      {"© ", "copyright", false, true, false},
      {"Copyright ", "copyright", false, true, false},
  };
  for (const Phrase& ph : kPhrases) {
    std::size_t at = 0;
    while ((at = text.find(ph.words, at)) != std::string_view::npos) {
      const std::size_t name_at = at + ph.words.size();
      const bool boundary = WordBoundaryBefore(text, at);
      const bool line_ok = !ph.line_start || at == 0 || text[at - 1] == '\n';
      at = name_at;
      if (!boundary || !line_ok) continue;
      std::size_t from = name_at;
      if (std::string_view(ph.how) == "copyright") {
        // "Copyright © 2026 Name", "© 2026 Name": skip the mark and the year.
        while (from < text.size() && IsSpace(text[from])) ++from;
        if (text.substr(from).starts_with("©")) from += std::string_view("©").size();
        while (from < text.size() && IsSpace(text[from])) ++from;
        while (from < text.size() && (std::isdigit(static_cast<unsigned char>(text[from])) ||
                                      text[from] == '-' || text[from] == ',')) {
          ++from;
        }
      }
      if (ph.list) {
        // "reporting by" lists persons too: only registered names count there.
        NameList(text, from, registry, ph.any_name, ph.how, &cues);
      } else {
        OutletCue cue;
        cue.how = ph.how;
        if (NameAt(text, from, registry, ph.any_name, &cue)) cues.push_back(cue);
      }
    }
  }
  // "Name reported": the registered name just before the verb.
  for (std::string_view verb : {" reported", " first reported"}) {
    std::size_t at = 0;
    while ((at = text.find(verb, at)) != std::string_view::npos) {
      const std::size_t end = at;
      at += verb.size();
      if (at < text.size() && std::isalpha(static_cast<unsigned char>(text[at]))) continue;
      ReportedBy(text, end, registry, &cues);
    }
  }
  std::sort(cues.begin(), cues.end(), [](const OutletCue& a, const OutletCue& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.how < b.how;
  });
  cues.erase(std::unique(cues.begin(), cues.end(),
                         [](const OutletCue& a, const OutletCue& b) {
                           return a.span.start == b.span.start && a.span.end == b.span.end;
                         }),
             cues.end());
  return cues;
}

}  // namespace crosscheck::resolve
