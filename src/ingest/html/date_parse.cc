// Date scanning. One pass over the text: at every word start the scanner
// tries the shapes in date_parse.h (digits first: ISO, compact, numeric,
// day-then-month-name; letters: month-name-then-day). Matching works on a
// lower-cased copy with the same byte offsets (ASCII and Latin-1 letters keep
// their UTF-8 length when lower-cased), so month names match in any case.
// A candidate that is not a valid calendar date, or falls outside the
// allowed years or after `latest`, is dropped and scanning goes on.
#include "ingest/html/date_parse.h"

#include <algorithm>
#include <array>
#include <ctime>

#include "ingest/html/date_month_names.h"

namespace crosscheck {
namespace {

// ASCII and Latin-1 (U+00C0-U+00DE, not U+00D7) lower-casing, byte lengths kept.
std::string LowerKeepLength(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      unsigned char d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// A letter for word-boundary purposes: ASCII letters and any non-ASCII byte.
bool IsWordByte(char c) {
  return IsAsciiLetter(c) || IsDigit(c) || static_cast<unsigned char>(c) >= 0x80;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// Days since 1970-01-01 (proleptic Gregorian).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

class Scanner {
 public:
  Scanner(std::string_view text, const DateOptions& options)
      : raw_(text), text_(LowerKeepLength(text)), options_(options) {
    std::string latest = options.latest.empty() ? TodayUtc() : options.latest;
    latest_year_ = 9999;
    if (latest.size() >= 10) {
      latest_year_ = std::atoi(latest.substr(0, 4).c_str());
      latest_day_ = DaysFromCivil(latest_year_, std::atoi(latest.substr(5, 2).c_str()),
                                  std::atoi(latest.substr(8, 2).c_str()));
    }
  }

  // Tries every shape at `i`; on success fills *found and returns true.
  bool At(std::size_t i, bool allow_compact, FoundDate* found) const {
    // Not at a word start, unless markup glued two words at a case change:
    // "Mental HealthDECEMBER 22, 2022" from <a>Mental Health</a><span>DECEMBER...
    if (i > 0 && IsWordByte(text_[i - 1]) && !CaseChange(i) && !AfterSpaceOrPunct(i)) {
      return false;
    }
    if (IsDigit(text_[i])) return Digits(i, allow_compact, found);
    if (IsAsciiLetter(text_[i])) return MonthFirst(i, found);
    return false;
  }

 private:
  std::size_t CountDigits(std::size_t i) const {
    std::size_t n = 0;
    while (i + n < text_.size() && IsDigit(text_[i + n])) ++n;
    return n;
  }
  int Number(std::size_t i, std::size_t n) const {
    int v = 0;
    for (std::size_t k = 0; k < n; ++k) v = v * 10 + (text_[i + k] - '0');
    return v;
  }
  // The bytes before `i` are a no-break space (U+00A0) or a character of the
  // General Punctuation block (U+2000..U+206F: thin spaces, dashes, bullets),
  // which separate words although they are not ASCII.
  bool AfterSpaceOrPunct(std::size_t i) const {
    return (i >= 2 && static_cast<unsigned char>(raw_[i - 2]) == 0xC2 && SpaceOrPunctAt(i - 2)) ||
           (i >= 3 && static_cast<unsigned char>(raw_[i - 3]) == 0xE2 && SpaceOrPunctAt(i - 3));
  }
  // One of those characters starts at `i`.
  bool SpaceOrPunctAt(std::size_t i) const {
    if (raw_.compare(i, 2, "\xC2\xA0") == 0) return true;
    return i + 2 < raw_.size() && static_cast<unsigned char>(raw_[i]) == 0xE2 &&
           (static_cast<unsigned char>(raw_[i + 1]) == 0x80 ||
            static_cast<unsigned char>(raw_[i + 1]) == 0x81);
  }
  // A lower-case ASCII letter followed by an upper-case one at `i`.
  bool CaseChange(std::size_t i) const {
    return i > 0 && raw_[i - 1] >= 'a' && raw_[i - 1] <= 'z' && raw_[i] >= 'A' && raw_[i] <= 'Z';
  }
  bool DigitBoundary(std::size_t end) const { return end >= text_.size() || !IsDigit(text_[end]); }
  std::size_t SkipSpaces(std::size_t i) const {
    for (;;) {
      if (i < text_.size() &&
          (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n' || text_[i] == '\r')) {
        ++i;
      } else if (text_.compare(i, 2, "\xC2\xA0") == 0) {  // no-break space
        i += 2;
      } else {
        return i;
      }
    }
  }
  int Year(int value, std::size_t digits) const {
    if (digits == 4) return value;
    int two = latest_year_ % 100;
    return value <= two ? 2000 + value : 1900 + value;
  }

  bool Accept(DateValue v, std::size_t start, std::size_t end, bool textual,
              FoundDate* found) const {
    if (v.month < 1 || v.month > 12 || v.day < 1) return false;
    if (v.year < options_.min_year || v.year > latest_year_) return false;
    if (v.day > DaysInMonth(v.year, v.month)) return false;
    if (v.DayNumber() > latest_day_) return false;
    found->value = std::move(v);
    found->start = start;
    found->length = end - start;
    found->textual = textual;
    return true;
  }

  // Time after a date at `i` ("T10:20", " 10:20:30.5+02:00"); returns the end.
  std::size_t Time(std::size_t i, DateValue* v) const {
    std::size_t j = i;
    if (j < text_.size() && (text_[j] == 't' || text_[j] == ' ')) {
      ++j;
    } else {
      return i;
    }
    if (CountDigits(j) != 2 || text_.compare(j + 2, 1, ":") != 0 || CountDigits(j + 3) != 2) {
      return i;
    }
    int h = Number(j, 2), m = Number(j + 3, 2);
    if (h > 23 || m > 59) return i;
    v->has_time = true;
    v->hour = h;
    v->minute = m;
    j += 5;
    if (text_.compare(j, 1, ":") == 0 && CountDigits(j + 1) == 2 && Number(j + 1, 2) <= 60) {
      v->second = Number(j + 1, 2);
      v->has_seconds = true;
      j += 3;
      if (j < text_.size() && (text_[j] == '.' || text_[j] == ',') && CountDigits(j + 1) > 0) {
        j += 1 + CountDigits(j + 1);
      }
    }
    return Zone(j, v);
  }

  std::size_t Zone(std::size_t j, DateValue* v) const {
    std::size_t k = j;
    if (k < raw_.size() && raw_[k] == ' ') ++k;
    if (k < raw_.size() && (raw_[k] == 'Z' || raw_[k] == 'z') && k == j &&
        (k + 1 >= text_.size() || !IsWordByte(text_[k + 1]))) {
      v->zone.assign(1, 'Z');
      return k + 1;
    }
    if (text_.compare(k, 3, "gmt") == 0 || text_.compare(k, 3, "utc") == 0) {
      if (k + 3 >= text_.size() || !IsWordByte(text_[k + 3])) {
        v->zone.assign(1, 'Z');
        return k + 3;
      }
      k += 3;  // "GMT+02:00"
    }
    if (k < text_.size() && (text_[k] == '+' || text_[k] == '-')) {
      std::size_t n = CountDigits(k + 1);
      int hh = -1, mm = 0;
      std::size_t end = 0;
      if (n == 4) {
        hh = Number(k + 1, 2);
        mm = Number(k + 3, 2);
        end = k + 5;
      } else if (n == 2 && text_.compare(k + 3, 1, ":") == 0 && CountDigits(k + 4) == 2) {
        hh = Number(k + 1, 2);
        mm = Number(k + 4, 2);
        end = k + 6;
      } else if (n == 2) {
        hh = Number(k + 1, 2);
        end = k + 3;
      }
      if (hh >= 0 && hh <= 14 && mm <= 59) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%c%02d:%02d", text_[k], hh, mm);
        v->zone = buf;
        return end;
      }
    }
    return j;
  }

  bool Digits(std::size_t i, bool allow_compact, FoundDate* found) const {
    const std::size_t n1 = CountDigits(i);
    if (n1 == 4) {
      // ISO-like: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
      const std::size_t s = i + 4;
      if (s < text_.size() && (text_[s] == '-' || text_[s] == '/' || text_[s] == '.')) {
        const char sep = text_[s];
        std::size_t n2 = CountDigits(s + 1);
        if (n2 >= 1 && n2 <= 2 && text_.compare(s + 1 + n2, 1, std::string(1, sep)) == 0) {
          std::size_t d = s + 2 + n2;
          std::size_t n3 = CountDigits(d);
          if (n3 >= 1 && n3 <= 2) {
            DateValue v;
            v.year = Number(i, 4);
            v.month = Number(s + 1, n2);
            v.day = Number(d, n3);
            std::size_t end = d + n3;
            if (sep == '-') end = Time(end, &v);
            return Accept(std::move(v), i, end, false, found);
          }
        }
      }
      // East Asian: 2016年8月15日, 2016년 8월 15일.
      for (const auto& marks :
           {std::array<std::string_view, 3>{"\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5"},
            std::array<std::string_view, 3>{"\xEB\x85\x84", "\xEC\x9B\x94", "\xEC\x9D\xBC"}}) {
        std::size_t j = SkipSpaces(i + 4);
        if (text_.compare(j, marks[0].size(), marks[0]) != 0) continue;
        j = SkipSpaces(j + marks[0].size());
        const std::size_t nm = CountDigits(j);
        if (nm < 1 || nm > 2) continue;
        const std::size_t m_at = j;
        j = SkipSpaces(j + nm);
        if (text_.compare(j, marks[1].size(), marks[1]) != 0) continue;
        j = SkipSpaces(j + marks[1].size());
        const std::size_t nd = CountDigits(j);
        if (nd < 1 || nd > 2) continue;
        const std::size_t d_at = j;
        j = SkipSpaces(j + nd);
        if (text_.compare(j, marks[2].size(), marks[2]) != 0) continue;
        DateValue v;
        v.year = Number(i, 4);
        v.month = Number(m_at, nm);
        v.day = Number(d_at, nd);
        return Accept(std::move(v), i, j + marks[2].size(), true, found);
      }
      return false;
    }
    if (n1 == 8 && allow_compact && DigitBoundary(i + 8)) {
      DateValue v;
      v.year = Number(i, 4);
      v.month = Number(i + 4, 2);
      v.day = Number(i + 6, 2);
      return Accept(std::move(v), i, i + 8, false, found);
    }
    if (n1 < 1 || n1 > 2) return false;
    const int first = Number(i, n1);
    const std::size_t s = i + n1;
    // Numeric: D.M.YYYY, M/D/YY, D-M-YYYY
    if (s < text_.size() && (text_[s] == '.' || text_[s] == '/' || text_[s] == '-')) {
      const char sep = text_[s];
      std::size_t n2 = CountDigits(s + 1);
      if (n2 >= 1 && n2 <= 2 && text_.compare(s + 1 + n2, 1, std::string(1, sep)) == 0) {
        std::size_t y = s + 2 + n2;
        std::size_t n3 = CountDigits(y);
        if ((n3 == 4 || n3 == 2) && DigitBoundary(y + n3)) {
          const int second = Number(s + 1, n2);
          DateValue v;
          v.year = Year(Number(y, n3), n3);
          bool month_first = sep == '/' && options_.month_first;
          if (first > 12) month_first = false;
          if (second > 12) month_first = true;
          v.month = month_first ? first : second;
          v.day = month_first ? second : first;
          return Accept(std::move(v), i, y + n3, false, found);
        }
      }
    }
    // Day then month name: "12 March 2024", "12. März 2024", "1er mars 2024",
    // "12 de marzo de 2024", "12th of March, 2024", "12-Mar-2024".
    std::size_t j = s;
    for (std::string_view suffix : {"st", "nd", "rd", "th", "er", "º", "°", "."}) {
      if (text_.compare(j, suffix.size(), suffix) == 0) {
        j += suffix.size();
        break;
      }
    }
    // A range of days: "14.–20. Januar 2022", "3-5 March 2024" is its first day.
    {
      std::size_t r = SkipSpaces(j);
      std::size_t dash = 0;
      if (text_.compare(r, 1, "-") == 0) dash = 1;
      if (text_.compare(r, 3, "\xE2\x80\x93") == 0) dash = 3;  // en dash
      if (dash > 0) {
        std::size_t k = SkipSpaces(r + dash);
        const std::size_t n2 = CountDigits(k);
        if (n2 >= 1 && n2 <= 2 && Number(k, n2) > first) {
          j = k + n2;
          if (text_.compare(j, 1, ".") == 0) ++j;
        }
      }
    }
    if (j < text_.size() && text_[j] == '-') {
      ++j;
    } else {
      j = SkipSpaces(j);
    }
    for (std::string_view joiner : {"de ", "of "}) {
      if (text_.compare(j, joiner.size(), joiner) == 0) j = SkipSpaces(j + joiner.size());
    }
    int month = 0;
    std::size_t after = MonthAt(j, &month);
    if (after == 0) return false;
    j = after;
    if (j < text_.size() && (text_[j] == ',' || text_[j] == '-')) ++j;
    j = SkipSpaces(j);
    for (std::string_view joiner : {"de ", "del "}) {
      if (text_.compare(j, joiner.size(), joiner) == 0) j = SkipSpaces(j + joiner.size());
    }
    const std::size_t ny = CountDigits(j);
    if (ny != 4 || !DigitBoundary(j + 4)) return false;
    DateValue v;
    v.year = Number(j, 4);
    v.month = month;
    v.day = first;
    std::size_t end = j + 4;
    // RFC 2822 keeps its time: "12 Mar 2024 10:20:30 GMT".
    std::size_t t = Time(end, &v);
    if (v.has_time && v.zone.empty()) {
      v.has_time = v.has_seconds = false;  // a clock time without a zone: date only
      v.hour = v.minute = v.second = 0;
    } else {
      end = t;
    }
    return Accept(std::move(v), i, end, true, found);
  }

  // Month name first: "March 12, 2024", "Mar. 12th 2024".
  bool MonthFirst(std::size_t i, FoundDate* found) const {
    int month = 0;
    std::size_t j = MonthAt(i, &month);
    if (j == 0) return false;
    j = SkipSpaces(j);
    std::size_t nd = CountDigits(j);
    if (nd < 1 || nd > 2) return false;
    const int day = Number(j, nd);
    j += nd;
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
      if (text_.compare(j, suffix.size(), suffix) == 0) {
        j += suffix.size();
        break;
      }
    }
    if (j < text_.size() && text_[j] == ',') ++j;
    j = SkipSpaces(j);
    if (CountDigits(j) != 4 || !DigitBoundary(j + 4)) return false;
    DateValue v;
    v.year = Number(j, 4);
    v.month = month;
    v.day = day;
    return Accept(std::move(v), i, j + 4, true, found);
  }

  // A month name at `i` ending at a word boundary (an abbreviation may take
  // a '.'); returns the end, or 0.
  std::size_t MonthAt(std::size_t i, int* month) const {
    if (i >= text_.size() || !IsWordByte(text_[i])) return 0;
    for (const MonthName& m : MonthsStartingWith(static_cast<unsigned char>(text_[i]))) {
      if (text_.compare(i, m.name.size(), m.name) != 0) continue;
      std::size_t end = i + m.name.size();
      if (end < text_.size() && IsWordByte(text_[end]) && !IsDigit(text_[end]) &&
          !SpaceOrPunctAt(end)) {
        continue;
      }
      if (end < text_.size() && text_[end] == '.') ++end;
      *month = m.month;
      return end;
    }
    return 0;
  }

  std::string_view raw_;
  std::string text_;
  const DateOptions& options_;
  int latest_year_ = 9999;
  long latest_day_ = 1L << 40;
};

}  // namespace

std::string DateValue::ToString() const {
  char buf[48];
  if (!has_time) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else if (has_seconds) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute,
                  second);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", year, month, day, hour, minute);
  }
  std::string out(buf);
  if (has_time) out.append(zone);
  return out;
}

long DateValue::DayNumber() const { return DaysFromCivil(year, month, day); }

std::vector<FoundDate> FindDates(std::string_view text, const DateOptions& options,
                                 std::size_t max_dates) {
  std::vector<FoundDate> out;
  Scanner scanner(text, options);
  for (std::size_t i = 0; i < text.size() && out.size() < max_dates; ++i) {
    FoundDate found;
    if (scanner.At(i, /*allow_compact=*/false, &found)) {
      out.push_back(found);
      i = found.start + found.length - 1;
    }
  }
  return out;
}

std::optional<DateValue> ParseDate(std::string_view text, const DateOptions& options) {
  Scanner scanner(text, options);
  // A value that is nothing but 8 digits (optionally with a time) may be compact.
  std::size_t first = 0;
  while (first < text.size() && (text[first] == ' ' || text[first] == '\t')) ++first;
  for (std::size_t i = 0; i < text.size(); ++i) {
    FoundDate found;
    if (scanner.At(i, /*allow_compact=*/i == first, &found)) return found.value;
  }
  return std::nullopt;
}

std::string NormalizeDate(std::string_view text, const DateOptions& options) {
  std::optional<DateValue> value = ParseDate(text, options);
  return value ? value->ToString() : std::string();
}

std::string TodayUtc() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return buf;
}

}  // namespace crosscheck
