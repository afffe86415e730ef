// Date lines: "Published 14 March 2026, 09:12", "March 15, 2026 at 7:40 PM",
// "Updated: 2026-03-16", "Mon 16 Mar 2026" -> ISO 8601.
#include "ingest/date_line.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "ingest/cleaner_lines.h"

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

}  // namespace

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

}  // namespace crosscheck
