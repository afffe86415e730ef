#include "ingest/metadata_lines.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>

namespace crosscheck {

namespace {

constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
constexpr std::string_view kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};
// Words that may stand beside a date on a date line.
constexpr std::string_view kDateWords[] = {
    "published", "updated", "posted", "last", "modified", "on",  "at",  "am",  "pm",
    "a.m.",      "p.m.",    "a.m",    "p.m",  "gmt",      "utc", "bst", "cet", "cest",
    "est",       "edt",     "pst",    "pdt",  "et",       "pt",  "ct",  "cdt", "cst",
    "local",     "time",    "first",  "h",    "and",      "th",  "st",  "nd",  "rd"};

// Month number (1-12) for a month name or its 3/4-letter abbreviation, else 0.
int MonthNumber(std::string_view word) {
  const std::string w = AsciiLower(word);
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    const std::string_view name = kMonths[m];
    if (w == name) return m + 1;
    if ((w.size() == 3 || (w.size() == 4 && w == "sept")) && name.starts_with(w)) return m + 1;
  }
  return 0;
}

bool IsWeekday(std::string_view word) {
  const std::string w = AsciiLower(word);
  if (w.size() < 3) return false;
  for (std::string_view d : kWeekdays) {
    if (w == d || (w.size() == 3 && d.starts_with(w))) return true;
  }
  return false;
}

bool IsDateWord(std::string_view word) {
  const std::string w = AsciiLower(word);
  return std::find(std::begin(kDateWords), std::end(kDateWords), w) != std::end(kDateWords);
}

struct Token {
  enum Kind { kWord, kNumber, kPunct } kind;
  std::string_view text;
  int value = 0;  // for numbers
};

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ') {
      ++i;
      continue;
    }
    const std::size_t start = i;
    if (c >= '0' && c <= '9') {
      int v = 0;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        if (i - start < 9) v = v * 10 + (s[i] - '0');
        ++i;
      }
      out.push_back({Token::kNumber, s.substr(start, i - start), v});
      continue;
    }
    std::size_t j = i;
    const char32_t cp = NextCodePoint(s, &j);
    if (u_isalpha(static_cast<UChar32>(cp))) {
      i = j;
      while (i < s.size()) {
        std::size_t k = i;
        const char32_t d = NextCodePoint(s, &k);
        // "a.m." keeps its inner periods.
        if (!u_isalpha(static_cast<UChar32>(d)) && !(d == '.' && k < s.size() && s[k] != ' ')) {
          break;
        }
        i = k;
      }
      out.push_back({Token::kWord, s.substr(start, i - start)});
      continue;
    }
    i = j;
    out.push_back({Token::kPunct, s.substr(start, i - start)});
  }
  return out;
}

bool ValidDate(int y, int m, int d) {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

bool IsNum(const std::vector<Token>& t, std::size_t k, std::size_t min_len, std::size_t max_len) {
  return k < t.size() && t[k].kind == Token::kNumber && t[k].text.size() >= min_len &&
         t[k].text.size() <= max_len;
}
bool IsP(const std::vector<Token>& t, std::size_t k, std::string_view p) {
  return k < t.size() && t[k].kind == Token::kPunct && t[k].text == p;
}

// Tries to read a date at t[k]; on success sets y/m/d and the end index.
bool MatchDate(const std::vector<Token>& t, std::size_t k, int* y, int* m, int* d,
               std::size_t* end) {
  // YYYY-MM-DD
  if (IsNum(t, k, 4, 4) && IsP(t, k + 1, "-") && IsNum(t, k + 2, 1, 2) && IsP(t, k + 3, "-") &&
      IsNum(t, k + 4, 1, 2)) {
    *y = t[k].value, *m = t[k + 2].value, *d = t[k + 4].value, *end = k + 5;
    return ValidDate(*y, *m, *d);
  }
  // DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY (day first unless impossible)
  if (IsNum(t, k, 1, 2) && k + 4 < t.size() && t[k + 1].kind == Token::kPunct &&
      (t[k + 1].text == "." || t[k + 1].text == "/" || t[k + 1].text == "-") &&
      IsNum(t, k + 2, 1, 2) && IsP(t, k + 3, t[k + 1].text) && IsNum(t, k + 4, 4, 4)) {
    int a = t[k].value, b = t[k + 2].value;
    if (a <= 12 && b > 12) std::swap(a, b);
    *y = t[k + 4].value, *m = b, *d = a, *end = k + 5;
    return ValidDate(*y, *m, *d);
  }
  // D Month YYYY
  if (IsNum(t, k, 1, 2) && k + 1 < t.size() && t[k + 1].kind == Token::kWord) {
    std::size_t j = k + 1;
    const int month = MonthNumber(t[j].text);
    if (month > 0) {
      ++j;
      if (IsP(t, j, ".")) ++j;
      if (IsP(t, j, ",")) ++j;
      if (IsNum(t, j, 4, 4)) {
        *y = t[j].value, *m = month, *d = t[k].value, *end = j + 1;
        return ValidDate(*y, *m, *d);
      }
    }
  }
  // Month D[st], YYYY
  if (k < t.size() && t[k].kind == Token::kWord) {
    const int month = MonthNumber(t[k].text);
    std::size_t j = k + 1;
    if (month > 0 && IsP(t, j, ".")) ++j;
    if (month > 0 && IsNum(t, j, 1, 2)) {
      const int day = t[j].value;
      ++j;
      if (j < t.size() && t[j].kind == Token::kWord &&
          (t[j].text == "st" || t[j].text == "nd" || t[j].text == "rd" || t[j].text == "th")) {
        ++j;
      }
      if (IsP(t, j, ",")) ++j;
      if (IsNum(t, j, 4, 4)) {
        *y = t[j].value, *m = month, *d = day, *end = j + 1;
        return ValidDate(*y, *m, *d);
      }
    }
  }
  return false;
}

// Tries to read a time "H:MM [am|pm]" at t[k].
bool MatchTime(const std::vector<Token>& t, std::size_t k, int* hh, int* mm, std::size_t* end) {
  if (!(IsNum(t, k, 1, 2) && IsP(t, k + 1, ":") && IsNum(t, k + 2, 2, 2))) return false;
  int h = t[k].value;
  const int m = t[k + 2].value;
  std::size_t j = k + 3;
  if (j < t.size() && t[j].kind == Token::kWord) {
    const std::string w = AsciiLower(t[j].text);
    if (w == "pm" || w == "p.m." || w == "p.m") {
      if (h < 12) h += 12;
      ++j;
    } else if (w == "am" || w == "a.m." || w == "a.m") {
      if (h == 12) h = 0;
      ++j;
    }
  }
  if (h > 23 || m > 59) return false;
  *hh = h, *mm = m, *end = j;
  return true;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '.')) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

// Splits at ',', ';', " and ", " & ".
std::vector<std::string> SplitNames(std::string_view s) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    std::size_t skip = 0;
    if (i == s.size()) {
      skip = 1;
    } else if (s[i] == ',' || s[i] == ';') {
      skip = 1;
    } else if (s.substr(i).starts_with(" and ")) {
      skip = 5;
    } else if (s.substr(i).starts_with(" & ")) {
      skip = 3;
    }
    if (skip == 0) continue;
    const std::string part = Trim(s.substr(start, i - start));
    if (!part.empty()) parts.push_back(part);
    start = i + skip;
    i = start - 1;
  }
  return parts;
}

bool StartsWithCaseless(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && AsciiLower(s.substr(0, prefix.size())) == prefix;
}

// Authors from "By A, B and C[, job title]" (the text after "By ").
std::vector<std::string> NamesUntilNonName(std::string_view s) {
  std::vector<std::string> authors;
  for (const std::string& part : SplitNames(s)) {
    if (!IsPersonName(part)) break;
    authors.push_back(part);
  }
  return authors;
}

// Generic words of organisation names: a name holding one is not a person's.
bool IsOrganisationWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "agency",   "association", "bureau",  "channel", "chronicle",  "club",    "college",
      "company",  "corporation", "council", "daily",   "desk",       "gazette", "group",
      "herald",   "institute",   "journal", "media",   "ministry",   "network", "news",
      "newsroom", "post",        "press",   "radio",   "review",     "service", "staff",
      "team",     "times",       "tribune", "tv",      "university", "wire"};
  const std::string lower = AsciiLower(w);
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

bool IsNameParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"al",  "bin", "da",  "de",  "del", "der",
                                                    "di",  "du",  "el",  "la",  "le",  "van",
                                                    "von", "y",   "ter", "ten", "dos", "das"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

// The words a masthead line names: the part before a dash, bar or colon.
std::vector<std::string> NameWords(std::string_view s) {
  std::vector<std::string> out;
  for (std::string_view w : SplitWords(s)) {
    if (w == "—" || w == "–" || w == "-" || w == "|" || w == "·" || w == "•") break;
    const bool stop = w.back() == ':' || w.back() == ',' || w.back() == '.';
    std::string_view core = StripPunct(w);
    if (!core.empty()) out.emplace_back(core);
    if (stop) break;
  }
  return out;
}

}  // namespace

bool IsPersonName(std::string_view name) {
  const std::vector<std::string_view> words = SplitWords(name);
  if (words.size() < 2 || words.size() > 5) return false;
  int capitalised = 0;
  for (std::string_view w : words) {
    if (IsNameParticle(w)) continue;
    if (MonthNumber(w) > 0 || IsWeekday(w) || IsUiWord(w) || IsOrganisationWord(w)) return false;
    std::size_t i = 0;
    const char32_t first = NextCodePoint(w, &i);
    if (!u_isupper(static_cast<UChar32>(first))) return false;
    bool lower = false;
    int upper_run = 0;
    while (i < w.size()) {
      const char32_t c = NextCodePoint(w, &i);
      if (u_isdigit(static_cast<UChar32>(c))) return false;
      if (u_islower(static_cast<UChar32>(c))) lower = true;
      if (u_isupper(static_cast<UChar32>(c))) ++upper_run;
      if (!u_isalpha(static_cast<UChar32>(c)) && c != '-' && c != '\'' && c != 0x2019 && c != '.') {
        return false;
      }
    }
    const bool initial = w.size() == 2 && w[1] == '.';
    if (!lower && !initial) return false;  // "VNB", "NEWS"
    if (upper_run > 2) return false;
    ++capitalised;
  }
  return capitalised >= 2;
}

bool ParseDateLine(std::string_view line, std::string* iso, bool* updated) {
  const std::vector<Token> t = Tokenize(line);
  if (t.empty() || t.size() > 24) return false;
  int y = 0, m = 0, d = 0, hh = -1, mm = -1;
  bool have_date = false, have_time = false;
  std::size_t k = 0;
  while (k < t.size()) {
    std::size_t end = k;
    int y2, m2, d2, h2, n2;
    if (MatchDate(t, k, &y2, &m2, &d2, &end)) {
      if (!have_date) y = y2, m = m2, d = d2, have_date = true;
      k = end;
      continue;
    }
    if (MatchTime(t, k, &h2, &n2, &end)) {
      if (have_date && !have_time) hh = h2, mm = n2, have_time = true;
      k = end;
      continue;
    }
    const Token& tok = t[k];
    if (tok.kind == Token::kWord &&
        !(IsWeekday(tok.text) || IsDateWord(tok.text) || MonthNumber(tok.text) > 0)) {
      return false;
    }
    if (tok.kind == Token::kNumber) return false;  // a number that is no date or time
    ++k;
  }
  if (!have_date) return false;
  char buf[32];
  if (have_time) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", y, m, d, hh, mm);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  }
  *iso = buf;
  const std::string first = t[0].kind == Token::kWord ? AsciiLower(t[0].text) : "";
  *updated = first == "updated" || first == "last" || first == "modified";
  return true;
}

std::vector<std::string> ParseByline(std::string_view line, bool allow_bare) {
  std::string_view s = line;
  if (s.size() > 200) return {};
  // "(Reporting by X; editing by Y)"
  if (s.starts_with("(") && s.ends_with(")")) s = s.substr(1, s.size() - 2);
  if (StartsWithCaseless(s, "by ")) return NamesUntilNonName(s.substr(3));
  static constexpr std::string_view kCredits[] = {
      "reporting by ", "reported by ", "writing by ", "written by ",  "additional reporting by ",
      "compiled by ",  "editing by ",  "edited by ",  "graphics by ", "photos by "};
  if (s.find(" by ") != std::string_view::npos || StartsWithCaseless(s, "reporting by")) {
    std::vector<std::string> authors;
    bool all_credits = true;
    std::size_t start = 0;
    while (start <= s.size()) {
      std::size_t end = s.find(';', start);
      if (end == std::string_view::npos) end = s.size();
      std::string_view clause = s.substr(start, end - start);
      while (clause.starts_with(" ")) clause.remove_prefix(1);
      bool matched = false;
      for (std::string_view c : kCredits) {
        if (!StartsWithCaseless(clause, c)) continue;
        matched = true;
        if (c.find("report") != std::string_view::npos ||
            c.find("writ") != std::string_view::npos) {
          for (std::string& name : NamesUntilNonName(clause.substr(c.size()))) {
            authors.push_back(std::move(name));
          }
        }
        break;
      }
      if (!matched) all_credits = false;
      if (end == s.size()) break;
      start = end + 1;
    }
    if (all_credits && !authors.empty()) return authors;
    return {};
  }
  if (!allow_bare) return {};
  if (SplitWords(s).size() > 10) return {};
  const std::size_t comma = s.find(',');
  const std::string first = Trim(s.substr(0, comma));
  if (!IsPersonName(first)) return {};
  if (comma != std::string_view::npos) {
    // "Name, Job title[, place]": the rest holds no sentence.
    const std::string_view rest = s.substr(comma + 1);
    if (rest.find('.') != std::string_view::npos || SplitWords(rest).size() > 6) return {};
  }
  return {first};
}

std::string FooterName(std::string_view line) {
  std::string_view s = line;
  std::size_t pos = s.find("©");
  std::size_t skip = 2;
  if (pos == std::string_view::npos) {
    pos = AsciiLower(s).find("copyright");
    skip = 9;
  }
  std::vector<std::string> words;
  if (pos != std::string_view::npos) {
    // "Name © 2026": the name before the mark.
    for (std::string& w : NameWords(s.substr(0, pos))) {
      if (AsciiLower(w) != "copyright") words.push_back(std::move(w));
    }
    // "© 2026 Name Ltd." / "Copyright © 2026 Name.": the name after it.
    std::string_view after = s.substr(pos + skip);
    std::string particles;
    for (std::string_view w : SplitWords(words.empty() ? after : std::string_view())) {
      if (w == "©") continue;
      std::string_view core = StripPunct(w);
      if (core.empty()) {
        if (words.empty()) continue;
        break;
      }
      if (std::all_of(core.begin(), core.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (words.empty()) continue;  // the year before the name
        break;
      }
      std::size_t i = 0;
      const char32_t c0 = NextCodePoint(core, &i);
      if (!u_isupper(static_cast<UChar32>(c0)) && !u_isdigit(static_cast<UChar32>(c0))) {
        // A short particle inside a name ("Echoes du Val") waits for a capitalised word.
        if (words.empty() || core.size() > 3 || w.back() == '.') break;
        particles += std::string(core) + " ";
        continue;
      }
      if (!particles.empty()) {
        words.back() += " " + particles.substr(0, particles.size() - 1);
        particles.clear();
      }
      const std::string lower = AsciiLower(core);
      if (lower == "ltd" || lower == "limited" || lower == "inc" || lower == "llc" ||
          lower == "plc" || lower == "gmbh" || lower == "all") {
        break;
      }
      words.emplace_back(core);
      if (w.back() == '.' || w.back() == ',') break;
    }
  } else {
    // "More from Name" / "Read more from Name".
    const std::string lower = AsciiLower(s);
    const std::size_t from = lower.find("more from ");
    if (from == std::string::npos) return "";
    words = NameWords(s.substr(from + 10));
  }
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

MetadataFields ReadMetadataLines(std::string_view text, std::vector<Line>& lines, int first_prose,
                                 int last_prose) {
  MetadataFields f;
  const int n = static_cast<int>(lines.size());
  // The top zone ends at the first long prose line: a short sentence-like line
  // ("Who pays for the barrier?") may still be a headline above the byline.
  int top_end = first_prose < 0 ? n : first_prose;
  for (int i = top_end; i < n; ++i) {
    if (lines[i].prose && (lines[i].words >= 15 || !lines[i].ends_sentence)) {
      top_end = i;
      break;
    }
  }
  const auto str = [&](int i) {
    return text.substr(lines[i].start, lines[i].end - lines[i].start);
  };
  const auto furniture = [&](const Line& l) { return LooksLikeFurniture(l) || l.bullet; };

  // Date and explicit byline lines of the top zone.
  std::string published, updated_value;
  int first_meta = -1;
  for (int i = 0; i < top_end; ++i) {
    Line& l = lines[i];
    if (l.blank || l.words > 16) continue;
    std::string iso;
    bool updated = false;
    if (ParseDateLine(str(i), &iso, &updated)) {
      l.cls = LineClass::kDate;
      if (updated) {
        if (updated_value.empty()) updated_value = iso;
      } else if (published.empty()) {
        published = iso;
      }
      if (first_meta < 0) first_meta = i;
      continue;
    }
    if (l.photo_credit || l.copyright) continue;
    std::vector<std::string> authors = ParseByline(str(i), /*allow_bare=*/false);
    if (authors.empty() && first_meta >= 0 && i <= first_meta + 2) {
      authors = ParseByline(str(i), /*allow_bare=*/true);
    }
    if (!authors.empty()) {
      l.cls = LineClass::kByline;
      if (f.authors.empty()) f.authors = std::move(authors);
      if (first_meta < 0) first_meta = i;
    }
  }
  f.published = !published.empty() ? published : updated_value;

  // Masthead: a short line above the title whose name a footer line repeats.
  std::vector<std::string> footer;
  for (int i = n - 1; i >= 0 && footer.empty(); --i) {
    if (lines[i].blank || !(lines[i].copyright || i > last_prose)) continue;
    const std::string name = FooterName(str(i));
    if (!name.empty()) {
      for (std::string_view w : SplitWords(name)) footer.emplace_back(w);
    }
  }
  const int masthead_end = first_meta >= 0 ? first_meta : top_end;
  for (int i = 0; i < masthead_end && !footer.empty(); ++i) {
    Line& l = lines[i];
    if (l.blank || l.cls != LineClass::kBody || l.words > 10) continue;
    const std::vector<std::string> words = NameWords(str(i));
    if (words.empty() || words.size() > 4) continue;
    std::size_t common = 0;
    while (common < words.size() && common < footer.size() &&
           AsciiLower(words[common]) == AsciiLower(footer[common])) {
      ++common;
    }
    if (common == 0) continue;
    l.cls = LineClass::kOutlet;
    for (std::size_t k = 0; k < common; ++k) {
      if (!f.outlet.empty()) f.outlet += ' ';
      f.outlet += footer[k];
    }
    break;
  }

  // Title: the top of the run of plain lines just above the first date/byline line.
  int title = -1;
  if (first_meta >= 0) {
    int i = first_meta - 1;
    std::vector<int> run;
    while (i >= 0 && !lines[i].blank && !furniture(lines[i]) && lines[i].cls == LineClass::kBody) {
      run.push_back(i);
      --i;
    }
    if (run.empty()) {  // nearest substantial plain line above
      for (i = first_meta - 1; i >= 0; --i) {
        if (!lines[i].blank && !furniture(lines[i]) && lines[i].cls == LineClass::kBody &&
            lines[i].words >= 3) {
          run.push_back(i);
          break;
        }
      }
    }
    if (!run.empty()) {
      title = run.back();
      for (int j : run) {
        if (j == title) continue;
        if (lines[j].key == lines[title].key) {
          lines[j].cls = LineClass::kBoilerplate;
        } else if (f.authors.empty() && lines[j].words <= 5 &&
                   !ParseByline(str(j), /*allow_bare=*/true).empty()) {
          f.authors = ParseByline(str(j), /*allow_bare=*/true);
          lines[j].cls = LineClass::kByline;
        }
      }
    }
    // A bare name right below the title or date block.
    if (f.authors.empty()) {
      for (int j = first_meta + 1; j < top_end && j <= first_meta + 2; ++j) {
        if (lines[j].blank || lines[j].cls != LineClass::kBody) continue;
        std::vector<std::string> authors = ParseByline(str(j), /*allow_bare=*/true);
        if (!authors.empty()) {
          f.authors = std::move(authors);
          lines[j].cls = LineClass::kByline;
        }
        break;
      }
    }
  } else {
    for (int i = 0; i < top_end; ++i) {
      const Line& l = lines[i];
      if (l.blank || furniture(l) || l.cls != LineClass::kBody) continue;
      if (l.words >= 3 && l.words <= 20 && !(l.ends_sentence && str(i).back() == '.')) title = i;
      break;
    }
  }
  if (title >= 0) {
    lines[title].cls = LineClass::kTitle;
    f.title = std::string(str(title));
    f.title_line = title;
    for (int j = title + 1; j < top_end; ++j) {  // repeats of the title
      if (lines[j].key == lines[title].key) lines[j].cls = LineClass::kBoilerplate;
    }
  }

  // Where the body starts: the first prose line below the metadata lines.
  int last_top_meta = -1;
  for (int i = 0; i < top_end; ++i) {
    if (IsMetadata(lines[i].cls)) last_top_meta = i;
  }
  f.body_start = first_prose;
  if (first_prose >= 0 && first_prose <= last_top_meta) {
    f.body_start = -1;
    for (int i = last_top_meta + 1; i < n; ++i) {
      if (lines[i].prose && lines[i].cls == LineClass::kBody) {
        f.body_start = i;
        break;
      }
    }
  }

  // Agency credit lines after the body.
  for (int i = std::max(last_prose + 1, 0); i < n && last_prose >= 0; ++i) {
    if (lines[i].blank || lines[i].words > 30) continue;
    std::string_view s = str(i);
    if (!(s.starts_with("(") || StartsWithCaseless(s, "reporting") ||
          StartsWithCaseless(s, "by "))) {
      continue;
    }
    std::vector<std::string> authors = ParseByline(s, /*allow_bare=*/false);
    if (authors.empty()) continue;
    lines[i].cls = LineClass::kByline;
    if (f.authors.empty()) f.authors = std::move(authors);
  }

  return f;
}

}  // namespace crosscheck
