// Temporal-expression recognition: one pass over the tokens, trying at each
// token a fixed list of patterns and keeping the longest match (the list, in
// MatchCore, runs from the most specific — "Tuesday, Oct. 23, 2022" — to the
// most general — a bare year). Words are classified with the tables of
// timex_lexicon.h and numbers read with quantity_numbers.h.
//
// The recogniser writes only what the words say. "on Tuesday" becomes
// "XXXX-WXX-2", "last year" "REF-1Y", "the next day" "ANCHOR+1D": the
// normaliser (src/resolve/timex_normalizer.cc) knows the publication date, the
// verb's tense and the dates mentioned before, and turns these into calendar
// values. Keeping the two apart keeps every rule here testable without dates.
//
// Ambiguous words need context: a month name must be capitalised and "May" also
// needs a day, a year or a preposition next to it; "fall" is a season only after
// "this/last/next/the/in/early/late" or before a year; a four-digit number is a
// year only when it is not a count ("2016 elections" after "the" is a year,
// "1500 troops" is not) and no currency or unit is attached.
#include "extract/timex_recognizer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "crosscheck/text.h"
#include "extract/quantity_numbers.h"
#include "extract/timex_lexicon.h"

namespace crosscheck::extract {
namespace {

struct Hit {
  std::size_t first = 0;
  std::size_t last = 0;  // inclusive
  std::string type;
  std::string value;
};

std::string Pad(int value, int width) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
  return buffer;
}

std::string FormatCount(double value) {
  if (value == std::floor(value)) return std::to_string(static_cast<long long>(value));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

// "P3Y", "PT45M", "PXM". ISO 8601 durations have no quarter: "three quarters"
// is "P9M" (a SET keeps TIMEX3's "P1Q": "every quarter"). A fraction goes to the next smaller unit
// when it comes out whole there: "2 1/2 years" is "P2Y6M", "5 1/2 hours" "PT5H30M".
std::string DurationValue(const std::string& count, const TimeUnit& unit, bool set = false) {
  if (unit.letter == "WE") return "P" + count + "WE";
  if (unit.letter == "CE") return "P" + count + "CE";
  if (unit.letter == "Q" && !set) {
    if (count == "X") return "PXM";
    const double quarters = std::atof(count.c_str());
    return quarters > 0 ? "P" + FormatCount(quarters * 3) + "M" : "PXM";
  }
  const std::string prefix = unit.clock ? "PT" : "P";
  if (count.find('.') != std::string::npos) {
    struct Smaller {
      std::string_view letter, smaller;
      bool clock;
      double factor;
    };
    static constexpr Smaller kSmaller[] = {{"Y", "M", false, 12}, {"W", "D", false, 7},
                                           {"D", "H", false, 24}, {"H", "M", true, 60},
                                           {"M", "S", true, 60},  {"DE", "Y", false, 10}};
    const double value = std::atof(count.c_str());
    const double whole = std::floor(value);
    for (const Smaller& s : kSmaller) {
      if (s.letter != unit.letter || s.clock != unit.clock) continue;
      const double part = (value - whole) * s.factor;
      if (part != std::floor(part) || part <= 0) break;
      const std::string smaller = FormatCount(part) + std::string(s.smaller);
      if (whole == 0) {
        return (unit.clock || s.letter == "D" ? "PT" : "P") + smaller;
      }
      if (s.letter == "D") return "P" + FormatCount(whole) + "DT" + smaller;
      return prefix + FormatCount(whole) + std::string(unit.letter) + smaller;
    }
  }
  return prefix + count + std::string(unit.letter);
}

std::string Relative(std::string_view base, int offset, std::string_view unit) {
  std::string out(base);
  out += offset < 0 ? "-" : "+";
  out += std::to_string(offset < 0 ? -offset : offset);
  out += unit;
  return out;
}

class Matcher {
 public:
  explicit Matcher(const Document& document) : words_(document) {}

  std::vector<Timex> Run() {
    std::vector<Timex> out;
    for (std::size_t i = 0; i < words_.size();) {
      Hit hit;
      if (Match(i, hit)) {
        const Span span{words_.token(hit.first).span.start, words_.token(hit.last).span.end};
        out.push_back(Timex{span, std::move(hit.type), std::move(hit.value)});
        i = hit.last + 1;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  std::string_view W(std::size_t i) const { return words_[i]; }
  bool Same(std::size_t i, std::size_t j) const {
    return i < words_.size() && j < words_.size() && words_.SentenceOf(i) == words_.SentenceOf(j);
  }

  // A four-digit year 1000..2099 at token i, or 0.
  int YearAt(std::size_t i) const {
    if (i >= words_.size() || words_.token(i).kind != TokenKind::kNumber) return 0;
    const std::string_view w = W(i);
    if (w.size() != 4) return 0;
    double value = 0;
    if (!ParseNumeral(w, value) || value < 1000 || value > 2099) return 0;
    return static_cast<int>(value);
  }

  // A year read out at token i ("nineteen ninety-six"), or 0; `last` is its
  // last token.
  int SpokenYearAt(std::size_t i, std::size_t& last) const {
    const std::string_view w = W(i);
    if (w != "nineteen" && w != "eighteen") return 0;
    NumberMatch rest;
    if (!ReadNumber(words_, i + 1, false, rest) || !rest.from_words || rest.value < 10 ||
        rest.value > 99 || rest.value != std::floor(rest.value) || !Same(i, rest.last)) {
      return 0;
    }
    last = rest.last;
    return (w == "nineteen" ? 1900 : 1800) + static_cast<int>(rest.value);
  }

  // A day of the month at token i ("23", "23rd"), or 0.
  int DayAt(std::size_t i) const {
    if (i >= words_.size()) return 0;
    const std::string_view w = W(i);
    double value = 0;
    if (words_.token(i).kind == TokenKind::kNumber && w.size() <= 2 && ParseNumeral(w, value) &&
        value >= 1 && value <= 31) {
      return static_cast<int>(value);
    }
    const int ordinal = OrdinalValue(w);
    if (ordinal >= 1 && ordinal <= 31 && w.size() <= 4 && w[0] >= '0' && w[0] <= '9')
      return ordinal;
    return 0;
  }

  // A month name at token i (capitalised; "May"/"March" need support).
  int MonthAt(std::size_t i) const {
    if (i >= words_.size() || !words_.Capitalised(i)) return 0;
    const int month = MonthNumber(W(i));
    if (month == 0) return 0;
    const std::string_view w = W(i);
    if (w == "may" || w == "march" || w == "mar" || w == "jan" || w == "dec" || w == "sun") {
      const std::string_view prev = i > 0 ? W(i - 1) : std::string_view();
      const bool supported = DayAt(i + 1) > 0 || YearAt(i + 1) > 0 || (DayAt(i - 1) > 0 && i > 0) ||
                             prev == "in" || prev == "since" || prev == "until" ||
                             prev == "early" || prev == "late" || prev == "mid" || prev == "last" ||
                             prev == "next" || prev == "this" || prev == "of" || prev == "-" ||
                             prev == "by" || prev == "through" || prev == "from" ||
                             prev == "before" || prev == "after" || prev == "during";
      if (!supported) return 0;
    }
    return month;
  }

  // Whether a count (as CountAt reads it) starts at token i.
  bool CountFollows(std::size_t i) const {
    std::string count;
    std::size_t last = i;
    return i < words_.size() && CountAt(i, count, last);
  }

  // A count before a unit: number, "a"/"an" (1), or a vague word (X).
  bool CountAt(std::size_t i, std::string& count, std::size_t& last) const {
    const std::string_view w = W(i);
    if (w == "a" || w == "an" || w == "one") {
      if (W(i + 1) == "few" || W(i + 1) == "couple") {
        last = W(i + 2) == "of" ? i + 2 : i + 1;
        count = W(i + 1) == "couple" ? "2" : "X";  // "a couple of years": P2Y
        return true;
      }
      count = "1";
      last = i;
      return true;
    }
    if (w == "several" || w == "few" || w == "many" || w == "some" || w == "couple") {
      count = w == "couple" ? "2" : "X";
      last = W(i + 1) == "of" ? i + 1 : i;
      return true;
    }
    NumberMatch number;
    // At most 10,000 units: larger counts are not calendar spans, and the
    // normaliser's arithmetic stays inside the civil calendar.
    if (!ReadNumber(words_, i, false, number) || number.value <= 0 || number.value > 10000) {
      return false;
    }
    if (number.numeral_only && W(i).find(',') != std::string_view::npos) return false;
    count = FormatCount(number.value);
    last = number.last;
    return true;
  }

  bool Match(std::size_t i, Hit& hit) {
    // Modifiers that extend a date span: "early", "late", "mid-", "earlier",
    // "later", "the end of", "the beginning of", "the middle of".
    std::size_t core = i;
    const std::string_view w = W(i);
    if (w == "early" || w == "late" || w == "earlier" || w == "later") {
      core = i + 1;
    } else if (w == "mid") {
      core = W(i + 1) == "-" ? i + 2 : i + 1;
    } else if (w == "the" &&
               (W(i + 1) == "end" || W(i + 1) == "beginning" || W(i + 1) == "middle" ||
                W(i + 1) == "start") &&
               W(i + 2) == "of") {
      core = i + 3;
    }
    if (core != i && Same(i, core) && MatchCore(core, hit) && hit.type == "DATE") {
      hit.first = i;
      return true;
    }
    return MatchCore(i, hit);
  }

  bool Done(Hit& hit, std::size_t first, std::size_t last, std::string type,
            std::string value) const {
    hit.first = first;
    hit.last = last;
    hit.type = std::move(type);
    hit.value = std::move(value);
    return true;
  }

  bool MatchCore(std::size_t i, Hit& hit) {
    const std::string_view w = W(i);
    if (w.empty()) return false;
    return MatchSet(i, hit) || MatchWeekday(i, hit) || MatchMonth(i, hit) ||
           MatchDayMonth(i, hit) || MatchNumericDate(i, hit) || MatchClock(i, hit) ||
           MatchQuarter(i, hit) || MatchSeason(i, hit) || MatchDeictic(i, hit) ||
           MatchShifted(i, hit) || MatchAnchored(i, hit) || MatchUnits(i, hit) || MatchYear(i, hit);
  }

  // "every Tuesday", "each year", "every two weeks", "daily", "Tuesdays", "a year".
  bool MatchSet(std::size_t i, Hit& hit) {
    const std::string_view w = W(i);
    if (w == "daily" || w == "nightly") return Done(hit, i, i, "SET", "P1D");
    if (w == "weekly") return Done(hit, i, i, "SET", "P1W");
    if (w == "monthly") return Done(hit, i, i, "SET", "P1M");
    if (w == "yearly") return Done(hit, i, i, "SET", "P1Y");  // "annually": rarely a timex
    if (w == "hourly") return Done(hit, i, i, "SET", "PT1H");
    bool plural = false;
    if (const int day = WeekdayNumber(w, &plural); day > 0 && plural && words_.Capitalised(i)) {
      return Done(hit, i, i, "SET", "XXXX-WXX-" + std::to_string(day));
    }
    if (w == "every" || w == "each") {
      std::size_t j = i + 1;
      std::string count = "1";
      if (W(j) == "other") {
        count = "2";
        ++j;
      } else {
        std::size_t last = j;
        std::string parsed;
        if (W(j) != "a" && W(j) != "an" && CountAt(j, parsed, last)) {
          count = parsed;
          j = last + 1;
        }
      }
      if (const int day = WeekdayNumber(W(j)); day > 0) {
        return Done(hit, i, j, "SET", "XXXX-WXX-" + std::to_string(day));
      }
      if (const int month = MonthNumber(W(j)); month > 0 && words_.Capitalised(j)) {
        return Done(hit, i, j, "SET", "XXXX-" + Pad(month, 2));  // each July
      }
      if (const std::string_view part = PartOfDayCode(W(j)); !part.empty()) {
        return Done(hit, i, j, "SET", "XXXX-XX-XXT" + std::string(part));
      }
      if (const TimeUnit unit = UnitOf(W(j)); !unit.letter.empty()) {
        return Done(hit, i, j, "SET", DurationValue(count, unit, /*set=*/true));
      }
      return false;
    }
    if ((w == "a" || w == "per") && i > 0) {
      const TimeUnit unit = UnitOf(W(i + 1));
      const std::string_view prev = W(i - 1);
      if (!unit.letter.empty() && !unit.plural && unit.letter != "Q" &&
          (prev == "times" || prev == "twice" || prev == "once" || prev == "%" ||
           prev == "percent" || words_.token(i - 1).kind == TokenKind::kNumber ||
           (i >= 2 && words_.token(i - 2).kind == TokenKind::kNumber)) &&  // 40 crossings a day
          W(i + 2) != "ago" &&
          W(i + 2) != "earlier" && W(i + 2) != "later" && W(i + 2) != "before" &&
          W(i + 2) != "after" && W(i + 2) != "-" && W(i + 2) != "or") {
        return Done(hit, i, i + 1, "SET", DurationValue("1", unit, /*set=*/true));
      }
    }
    return false;
  }

  // "Tuesday", "Tuesday, Oct. 23, 2022", "Tuesday night", "last Tuesday".
  bool MatchWeekday(std::size_t i, Hit& hit) {
    std::size_t first = i;
    std::string hint;
    std::size_t j = i;
    // "the previous Friday": the determiner belongs to the span.
    const std::size_t m = W(i) == "the" && W(i + 1) == "previous" ? i + 1 : i;
    if (W(m) == "last" || W(m) == "next" || W(m) == "this" || W(m) == "past" || W(m) == "coming" ||
        W(m) == "previous") {
      if (WeekdayNumber(W(m + 1)) == 0) return false;
      hint = W(m) == "last" || W(m) == "past" ? "@past"
             : W(m) == "previous"             ? "@before"
             : W(m) == "this"                 ? ""
                                              : "@future";
      j = m + 1;
    }
    const int day = WeekdayNumber(W(j));
    if (day == 0 || !words_.Capitalised(j)) return false;
    // "every Tuesday and Friday": the second weekday is part of the set too.
    if (j == i && i >= 3 && (W(i - 1) == "and" || W(i - 1) == "or" || W(i - 1) == ",") &&
        WeekdayNumber(W(i - 2)) > 0 && (W(i - 3) == "every" || W(i - 3) == "each")) {
      return Done(hit, i, i, "SET", "XXXX-WXX-" + std::to_string(day));
    }
    // "Tuesday, Oct. 23" / "Tuesday 10 March 2026": the date wins.
    std::size_t k = W(j + 1) == "," ? j + 2 : j + 1;
    Hit date;
    if (MatchMonth(k, date) || MatchDayMonth(k, date)) {
      if (date.value.size() >= 10) return Done(hit, first, date.last, "DATE", date.value);
    }
    const std::string value = "XXXX-WXX-" + std::to_string(day);
    if (const std::string_view part = PartOfDayCode(W(j + 1)); !part.empty()) {
      return Done(hit, first, j + 1, "TIME", value + "T" + std::string(part) + hint);
    }
    return Done(hit, first, j, "DATE", value + hint);
  }

  // "Oct. 23", "October 23, 2022", "October 2022", "October of 2022", "October",
  // "last October", "October last year".
  bool MatchMonth(std::size_t i, Hit& hit) {
    std::size_t first = i;
    std::string hint;
    std::size_t j = i;
    if (W(i) == "last" || W(i) == "next" || W(i) == "this" || W(i) == "past") {
      if (MonthNumber(W(i + 1)) == 0) return false;
      hint = W(i) == "last" || W(i) == "past" ? "@past" : W(i) == "this" ? "@this" : "@future";
      j = i + 1;
    }
    // "mid-November" is one token (bound prefix).
    if (W(j).size() > 4 && W(j).substr(0, 4) == "mid-" && words_.Capitalised(j) == false) {
      const int inner = MonthNumber(W(j).substr(4));
      if (inner > 0) {
        std::size_t y = W(j + 1) == "," ? j + 2 : j + 1;
        if (const int year = YearAt(y); year > 0) {
          return Done(hit, first, y, "DATE", Pad(year, 4) + "-" + Pad(inner, 2));
        }
        return Done(hit, first, j, "DATE", "XXXX-" + Pad(inner, 2) + hint);
      }
    }
    const int month = MonthAt(j);
    if (month == 0) return false;
    const std::string mm = Pad(month, 2);
    if (const int day = DayAt(j + 1); day > 0 && Same(j, j + 1)) {
      std::size_t k = j + 1;
      std::size_t y = W(k + 1) == "," ? k + 2 : k + 1;
      if (const int year = YearAt(y); year > 0 && Same(j, y)) {
        return Done(hit, first, y, "DATE", Pad(year, 4) + "-" + mm + "-" + Pad(day, 2));
      }
      return Done(hit, first, k, "DATE", "XXXX-" + mm + "-" + Pad(day, 2) + hint);
    }
    std::size_t y = W(j + 1) == "," || W(j + 1) == "of" ? j + 2 : j + 1;
    if (const int year = YearAt(y); year > 0 && Same(j, y)) {
      return Done(hit, first, y, "DATE", Pad(year, 4) + "-" + mm);
    }
    if (std::size_t spoken_last = 0; const int year = SpokenYearAt(y, spoken_last)) {
      return Done(hit, first, spoken_last, "DATE", Pad(year, 4) + "-" + mm);
    }
    if ((W(j + 1) == "last" || W(j + 1) == "next" || W(j + 1) == "this") && W(j + 2) == "year") {
      const int offset = W(j + 1) == "last" ? -1 : W(j + 1) == "next" ? 1 : 0;
      return Done(hit, first, j + 2, "DATE", Relative("REF", offset, "Y") + ":" + mm);
    }
    return Done(hit, first, j, "DATE", "XXXX-" + mm + hint);
  }

  // "23 October 2022", "the 23rd of October".
  bool MatchDayMonth(std::size_t i, Hit& hit) {
    std::size_t first = i;
    std::size_t j = i;
    if (W(i) == "the" && DayAt(i + 1) > 0 && W(i + 2) == "of") j = i + 1;
    const int day = DayAt(j);
    if (day == 0) return false;
    std::size_t m = j == i ? j + 1 : j + 2;
    const int month = MonthAt(m);
    if (month == 0 || !Same(j, m)) return false;
    std::size_t y = W(m + 1) == "," ? m + 2 : m + 1;
    if (const int year = YearAt(y); year > 0 && Same(m, y)) {
      return Done(hit, first, y, "DATE", Pad(year, 4) + "-" + Pad(month, 2) + "-" + Pad(day, 2));
    }
    return Done(hit, first, m, "DATE", "XXXX-" + Pad(month, 2) + "-" + Pad(day, 2));
  }

  // "2026-03-10", "12.03.2026" (day first), "3/10/2026" (month first).
  bool MatchNumericDate(std::size_t i, Hit& hit) {
    const std::string_view w = W(i);
    if (words_.token(i).kind != TokenKind::kNumber) return false;
    if (const int year = YearAt(i); year > 0 && W(i + 1) == "-" && W(i + 3) == "-" &&
                                    words_.Adjacent(i) && words_.Adjacent(i + 1) &&
                                    words_.Adjacent(i + 2) && words_.Adjacent(i + 3)) {
      double month = 0, day = 0;
      if (ParseNumeral(W(i + 2), month) && ParseNumeral(W(i + 4), day) && month >= 1 &&
          month <= 12 && day >= 1 && day <= 31) {
        return Done(hit, i, i + 4, "DATE",
                    Pad(year, 4) + "-" + Pad(static_cast<int>(month), 2) + "-" +
                        Pad(static_cast<int>(day), 2));
      }
    }
    if (w.size() == 10 && w[2] == '.' && w[5] == '.') {  // 12.03.2026
      const int day = (w[0] - '0') * 10 + (w[1] - '0');
      const int month = (w[3] - '0') * 10 + (w[4] - '0');
      double year = 0;
      if (ParseNumeral(w.substr(6), year) && day >= 1 && day <= 31 && month >= 1 && month <= 12) {
        return Done(hit, i, i, "DATE",
                    Pad(static_cast<int>(year), 4) + "-" + Pad(month, 2) + "-" + Pad(day, 2));
      }
    }
    double month = 0, day = 0;
    if (W(i + 1) == "/" && W(i + 3) == "/" && words_.Adjacent(i) && words_.Adjacent(i + 1) &&
        words_.Adjacent(i + 2) && words_.Adjacent(i + 3) && ParseNumeral(w, month) &&
        ParseNumeral(W(i + 2), day) && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      int year = YearAt(i + 4);
      double short_year = 0;
      if (year == 0 && W(i + 4).size() == 2 && ParseNumeral(W(i + 4), short_year)) {
        year = static_cast<int>(short_year) + (short_year < 50 ? 2000 : 1900);
      }
      if (year > 0) {
        return Done(hit, i, i + 4, "DATE",
                    Pad(year, 4) + "-" + Pad(static_cast<int>(month), 2) + "-" +
                        Pad(static_cast<int>(day), 2));
      }
    }
    return false;
  }

  // "02:40", "2:40 a.m.", "10 p.m.", "15:10 GMT", "noon", "midnight".
  bool MatchClock(std::size_t i, Hit& hit) {
    const std::string_view w = W(i);
    if (w == "noon" || w == "midday") {
      if (const int day = WeekdayNumber(W(i + 1)); day > 0 && words_.Capitalised(i + 1)) {
        return Done(hit, i, i + 1, "TIME", "XXXX-WXX-" + std::to_string(day) + "T12:00");
      }
      return Done(hit, i, i, "TIME", "XXXX-XX-XXT12:00");
    }
    if (w == "midnight") return Done(hit, i, i, "TIME", "XXXX-XX-XXT24:00");
    if (words_.token(i).kind != TokenKind::kNumber || w.size() > 2) return false;
    double hour = 0, minute = 0;
    if (!ParseNumeral(w, hour) || hour > 24) return false;
    std::size_t last = i;
    if (W(i + 1) == ":" && words_.Adjacent(i) && words_.Adjacent(i + 1) && W(i + 2).size() == 2 &&
        ParseNumeral(W(i + 2), minute) && minute < 60) {
      last = i + 2;
      if (i > 0 && (W(i - 1) == ":" || W(i - 1) == "/")) return false;  // 1:20:33, verse 20:1
    }
    const std::string_view ampm = W(last + 1);
    const bool am = ampm == "a.m." || ampm == "am" || ampm == "a.m";
    const bool pm = ampm == "p.m." || ampm == "pm" || ampm == "p.m";
    if (last == i && !am && !pm) return false;
    if (am || pm) {
      if (hour < 1 || hour > 12) return false;
      if (pm && hour < 12) hour += 12;
      if (am && hour == 12) hour = 0;
      ++last;
    }
    const std::string_view zone = W(last + 1);
    if (zone == "gmt" || zone == "utc" || zone == "est" || zone == "edt" || zone == "et" ||
        zone == "pst" || zone == "pdt" || zone == "cet" || zone == "bst" || zone == "cst") {
      ++last;
    }
    const std::string clock =
        "T" + Pad(static_cast<int>(hour), 2) + ":" + Pad(static_cast<int>(minute), 2);
    // "9 a.m. Tuesday", "10 p.m. on Wednesday": the weekday gives the day.
    const std::size_t d = W(last + 1) == "on" ? last + 2 : last + 1;
    if (const int day = WeekdayNumber(W(d)); day > 0 && words_.Capitalised(d)) {
      return Done(hit, i, d, "TIME", "XXXX-WXX-" + std::to_string(day) + clock);
    }
    // "5 p.m. EST, Nov. 6", "noon on June 3": the date gives the day.
    const std::size_t m = W(last + 1) == "," || W(last + 1) == "on" ? last + 2 : last + 1;
    if (Hit date;
        Same(i, m) && MatchMonth(m, date) && date.value.size() == 10 && date.value[7] == '-') {
      return Done(hit, i, date.last, "TIME", date.value + clock);
    }
    return Done(hit, i, last, "TIME", "XXXX-XX-XX" + clock);
  }

  // "the third quarter [of 2022]", "third-quarter", "Q3 2022", "the first half".
  bool MatchQuarter(std::size_t i, Hit& hit) {
    // The reporting period of financial copy: "the quarter", "the latest quarter",
    // "the latest period" -> QUARTER (the quarter last talked about, else the last
    // completed one); "the year-earlier quarter", "year-ago" -> a year before it.
    if (W(i) == "the" &&
        (W(i + 1) == "quarter" ||
         (W(i + 1) == "latest" && (W(i + 2) == "quarter" || W(i + 2) == "period")))) {
      return Done(hit, i, W(i + 1) == "quarter" ? i + 1 : i + 2, "DATE", "QUARTER");
    }
    {
      const std::size_t y = W(i) == "the" || W(i) == "a" ? i + 1 : i;
      if (W(y) == "year" && W(y + 1) == "-" && (W(y + 2) == "earlier" || W(y + 2) == "ago")) {
        std::size_t last = y + 2;
        // "the year-ago third quarter": that quarter of the year before.
        const int ordinal = OrdinalValue(W(last + 1));
        const std::size_t u = W(last + 2) == "-" ? last + 3 : last + 2;
        if (ordinal >= 1 && ordinal <= 4 && W(u) == "quarter") {
          return Done(hit, i, u, "DATE", "REF-1Y:Q" + std::to_string(ordinal));
        }
        if (W(last + 1) == "quarter" || W(last + 1) == "period") ++last;
        return Done(hit, i, last, "DATE", "ANCHOR-1Y");
      }
    }
    std::size_t first = i;
    std::size_t j = W(i) == "the" ? i + 1 : i;
    // The year before the quarter: "this year's third quarter", "last year's
    // quarter", "the 1988 second quarter", "the 1988 quarter".
    std::string year_part = "XXXX";
    bool year_named = false;
    if ((W(j) == "this" || W(j) == "last" || W(j) == "next") && W(j + 1) == "year" &&
        W(j + 2) == "'s" && Same(j, j + 3)) {
      year_part = W(j) == "this" ? "REF+0Y" : W(j) == "last" ? "REF-1Y" : "REF+1Y";
      year_named = true;
      j += 3;
    } else if (const int year = YearAt(j); year > 0 && j == i + 1 && Same(j, j + 1)) {
      year_part = Pad(year, 4);
      year_named = true;
      ++j;
    }
    if (W(j) == "fiscal" && j != i) ++j;
    if (year_named && W(j) == "quarter") {
      return Done(hit, first, j, "DATE", "QUARTER:" + year_part);
    }
    int quarter = 0;
    std::size_t last = j;
    std::string letter = "Q";
    const std::string_view w = W(j);
    if (w.size() == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4') {
      quarter = w[1] - '0';
    } else if ((w == "last" || w == "latter") && W(j + 1) == "half" && W(j + 2) == "of" &&
               YearAt(j + 3) > 0) {
      quarter = 2;  // "the last half of 1989"
      letter = "H";
      last = j + 1;
    } else if ((w == "first" || w == "last") && W(j + 1) == "two" && W(j + 2) == "quarters" &&
               W(j + 3) == "of" && YearAt(j + 4) > 0) {
      quarter = w == "first" ? 1 : 2;  // "the first two quarters of 1990"
      letter = "H";
      last = j + 2;
    } else {
      const int ordinal = OrdinalValue(w);
      if (ordinal < 1 || ordinal > 4) return false;
      std::size_t u = W(j + 1) == "-" ? j + 2 : j + 1;
      if (W(u) == "quarter") {
        quarter = ordinal;
      } else if (W(u) == "half" && ordinal <= 2) {
        quarter = ordinal;
        letter = "H";
      } else {
        return false;
      }
      last = u;
      if (u == j + 2 && first != j && W(first) == "the") first = j;  // the [third-quarter] results
    }
    std::size_t y = W(last + 1) == "of" || W(last + 1) == "," ? last + 2 : last + 1;
    if (const int year = YearAt(y); year > 0) {
      year_part = Pad(year, 4);
      last = y;
    } else if (W(last + 1) == "of" && W(last + 2) == "fiscal" && YearAt(last + 3) > 0) {
      year_part = Pad(YearAt(last + 3), 4);
      last = last + 3;
    }
    if (year_part.rfind("REF", 0) == 0) {  // "REF-1Y:Q3": the third quarter of last year
      return Done(hit, first, last, "DATE", year_part + ":" + letter + std::to_string(quarter));
    }
    return Done(hit, first, last, "DATE", year_part + "-" + letter + std::to_string(quarter));
  }

  // "spring", "last autumn", "summer 2022", "the winter of 2021".
  bool MatchSeason(std::size_t i, Hit& hit) {
    std::size_t j = i;
    std::string hint;
    const std::string_view w = W(i);
    if (w == "last" || w == "next" || w == "this" || w == "past" || w == "that") {
      j = i + 1;
      hint = w == "last" || w == "past" ? "@past" : w == "next" ? "@future" : "@this";
      if (w == "that") hint.clear();
    }
    const std::string_view code = SeasonCode(W(j));
    if (code.empty()) return false;
    std::size_t y = W(j + 1) == "of" ? j + 2 : j + 1;
    if (const int year = YearAt(y); year > 0) {
      return Done(hit, i, y, "DATE", Pad(year, 4) + "-" + std::string(code));
    }
    if (std::size_t spoken_last = 0; const int year = SpokenYearAt(y, spoken_last)) {
      return Done(hit, i, spoken_last, "DATE", Pad(year, 4) + "-" + std::string(code));
    }
    if (W(j) == "fall" && j == i) {
      const std::string_view prev = i > 0 ? W(i - 1) : std::string_view();
      if (prev != "the" && prev != "in" && prev != "early" && prev != "late" && prev != "this")
        return false;
    }
    if (w == "that") return Done(hit, i, j, "DATE", "ANCHOR+0Y:" + std::string(code));
    return Done(hit, i, j, "DATE", "XXXX-" + std::string(code) + hint);
  }

  // today, yesterday, tomorrow, tonight, now, recently, the past, the future.
  bool MatchDeictic(std::size_t i, Hit& hit) {
    const std::string_view w = W(i);
    // Holidays with a fixed day, and Thanksgiving (the fourth Thursday of
    // November, "XXXX-11-TG" for the normaliser); "last Christmas" takes a hint.
    {
      std::size_t j = i;
      std::string hint;
      if (w == "last" || w == "next" || w == "this") {
        j = i + 1;
        hint = w == "last" ? "@past" : w == "next" ? "@future" : "@this";
      }
      if (words_.Capitalised(j)) {
        std::string_view day;
        std::size_t end = j;
        const std::string_view h = W(j);
        if (h == "christmas") {
          day = W(j + 1) == "eve" ? "12-24" : "12-25";
          if (W(j + 1) == "eve" || W(j + 1) == "day") end = j + 1;
        } else if (h == "thanksgiving") {
          day = "11-TG";
          if (W(j + 1) == "day") end = j + 1;
        } else if (h == "new" && W(j + 1) == "year" && W(j + 2) == "'s" &&
                   (W(j + 3) == "day" || W(j + 3) == "eve") && words_.Capitalised(j + 1)) {
          day = W(j + 3) == "eve" ? "12-31" : "01-01";
          end = j + 3;
        } else if (h == "halloween") {
          day = "10-31";
        } else if (h == "valentine" && W(j + 1) == "'s" && W(j + 2) == "day") {
          day = "02-14";
          end = j + 2;
        }
        // "Christmas sales", "Christmas and New Year sales": a season, not the day.
        static const std::uint8_t kNoun = UposId("NOUN"), kCconj = UposId("CCONJ");
        const bool modifier =
            end == j && end + 1 < words_.size() && Same(end, end + 1) &&
            (words_.token(end + 1).upos == kNoun || words_.token(end + 1).upos == kCconj);
        if (!day.empty() && !modifier) {
          return Done(hit, i, end, "DATE", "XXXX-" + std::string(day) + hint);
        }
      }
    }
    // "by year-end", "since year end": December 31 of a year placed like a date.
    if (w == "year" && i > 0 &&
        ((W(i + 1) == "-" && W(i + 2) == "end") || (W(i + 1) == "end" && Same(i, i + 1)))) {
      const std::string_view prev = W(i - 1);
      if (prev == "by" || prev == "since" || prev == "at" || prev == "around" || prev == "until" ||
          prev == "before" || prev == "after" || prev == "through" || prev == "till") {
        return Done(hit, i, W(i + 1) == "-" ? i + 2 : i + 1, "DATE", "XXXX-12-31");
      }
    }
    // "the weekend", "this weekend": placed by the verb's tense ("WEEKEND").
    if ((w == "the" || w == "this") && W(i + 1) == "weekend") {
      return Done(hit, i, i + 1, "DATE", w == "this" ? "REF+0WE" : "WEEKEND");
    }
    int offset = 2;
    if (w == "today") offset = 0;
    if (w == "yesterday") offset = -1;
    if (w == "tomorrow") offset = 1;
    if (offset != 2) {
      const std::string base = Relative("REF", offset, "D");
      if (const std::string_view part = PartOfDayCode(W(i + 1)); !part.empty()) {
        return Done(hit, i, i + 1, "TIME", base + "T" + std::string(part));
      }
      return Done(hit, i, i, "DATE", base);
    }
    if (w == "tonight") return Done(hit, i, i, "TIME", "REF+0DTNI");
    if (w == "these" && W(i + 1) == "days") return Done(hit, i, i + 1, "DATE", "PRESENT_REF");
    if (w == "the" && W(i + 1) == "near" && (W(i + 2) == "future" || W(i + 2) == "term")) {
      return Done(hit, i, i + 2, "DATE", "FUTURE_REF");
    }
    // "the end of the year/month" (the prefix "the end of" is taken by Match).
    if (w == "the" && i >= 2 && W(i - 1) == "of" &&
        (W(i - 2) == "end" || W(i - 2) == "beginning" || W(i - 2) == "start" ||
         W(i - 2) == "middle") &&
        (W(i + 1) == "year" || W(i + 1) == "month" || W(i + 1) == "week")) {
      return Done(hit, i, i + 1, "DATE",
                  Relative("REF", 0,
                           W(i + 1) == "year"    ? "Y"
                           : W(i + 1) == "month" ? "M"
                                                 : "W"));
    }
    if (w == "overnight") return false;
    if (w == "now" || w == "currently" || w == "nowadays") {
      return Done(hit, i, i, "DATE", "PRESENT_REF");
    }
    // "current" and "recent" before a noun that is not a calendar unit: "current
    // prices", "recent talks".
    if ((w == "current" || w == "recent") && i + 1 < words_.size() &&
        UnitOf(W(i + 1)).letter.empty() && words_.token(i + 1).kind == TokenKind::kWord &&
        (i == 0 || W(i - 1) != "most")) {
      return Done(hit, i, i, "DATE", w == "current" ? "PRESENT_REF" : "PAST_REF");
    }
    if (w == "recently") return Done(hit, i, i, "DATE", "PAST_REF");
    if (w == "soon") return false;  // rarely annotated (TimeBank)
    if (w == "the") {
      const std::size_t j = i + 1;
      if (W(j) == "future" && W(j + 1) != "of") return Done(hit, i, j, "DATE", "FUTURE_REF");
      // "the past" at the end of a phrase, or after "in" ("in the past it
      // considered ..."); not "the past three months".
      if (W(j) == "past" &&
          (W(j + 1) == "," || W(j + 1) == "." || W(j + 1) == "and" || !Same(j, j + 1) ||
           (i > 0 && W(i - 1) == "in" && !CountFollows(j + 1) &&
            UnitOf(W(j + 1)).letter.empty()))) {
        return Done(hit, i, j, "DATE", "PAST_REF");
      }
      // "for the year", "the full year", "the fiscal year": the year of the
      // report; "the year ended Sept. 30" is a fiscal year, a duration.
      {
        std::size_t y = j;
        if (W(y) == "full" || W(y) == "fiscal" || W(y) == "current" || W(y) == "calendar") ++y;
        const std::string_view after = W(y + 1);
        if (W(y) == "year" && after != "-" && after != "ago" && after != "earlier" &&
            after != "before" && after != "after" && after != "later" && YearAt(y + 1) == 0 &&
            after != "two" && after != "nineteen") {
          if (after == "ended" || after == "ending" || after == "ends" || after == "to") {
            return Done(hit, i, y, "DURATION", "P1Y");
          }
          return Done(hit, i, y, "DATE", "REF+0Y");
        }
        // "for the week", "the week's busiest session": a week of the year, unnamed.
        if (W(j) == "week" && after != "-" && after != "before" && after != "after" &&
            after != "of" && after != "ago" && after != "earlier" && after != "later") {
          return Done(hit, i, j, "DATE", "REF+0Y:WXX");
        }
      }
      if (W(j) == "present" && (W(j + 1) == "," || W(j + 1) == "." || !Same(j, j + 1))) {
        return Done(hit, i, j, "DATE", "PRESENT_REF");
      }
    }
    if (w == "recent") {
      const TimeUnit unit = UnitOf(W(i + 1));
      if (!unit.letter.empty() && unit.plural) {
        return Done(hit, i, i + 1, "DURATION", DurationValue("X", unit));
      }
    }
    return false;
  }

  // "last year", "this week", "next month", "last night", "this morning",
  // "the past year" (a duration), "the past three months", "the next few days".
  bool MatchShifted(std::size_t i, Hit& hit) {
    std::size_t first = i;
    std::size_t j = i;
    bool the = false;
    if (W(i) == "the") {
      the = true;
      j = i + 1;
    }
    const std::string_view w = W(j);
    int offset = 2;
    if (w == "last" || w == "past" || w == "previous") offset = -1;
    if (w == "this" || w == "current") offset = 0;
    if (w == "next" || w == "coming" || w == "following") offset = 1;
    if (offset == 2) return false;
    if (the && w == "this") return false;
    std::size_t k = j + 1;
    std::string count;
    std::size_t count_last = k;
    const bool counted = (the || w == "past" || w == "last" || w == "next") && W(k) != "a" &&
                         CountAt(k, count, count_last) && !UnitOf(W(count_last + 1)).letter.empty();
    if (counted) {
      const TimeUnit unit = UnitOf(W(count_last + 1));
      return Done(hit, first, count_last + 1, "DURATION", DurationValue(count, unit));
    }
    const TimeUnit unit = UnitOf(W(k));
    if (!unit.letter.empty()) {
      if (unit.plural) {
        if (!the && w != "past" && w != "coming" && w != "next" && w != "last") return false;
        return Done(hit, first, k, "DURATION", DurationValue("X", unit));
      }
      if (the && offset != 0 && (w == "past" || w == "last")) {
        return Done(hit, first, k, "DURATION", DurationValue("1", unit));
      }
      if (the && (w == "following" || w == "next" || w == "previous")) {
        if (unit.clock) return false;
        return Done(hit, first, k, "DATE", Relative("ANCHOR", offset, unit.letter));
      }
      if (unit.clock) return false;
      if (unit.letter == "D") return false;  // "this day": rarely a date
      return Done(hit, first, k, "DATE", Relative("REF", offset, unit.letter));
    }
    if (const std::string_view part = PartOfDayCode(W(k)); !part.empty() && !the) {
      if (w == "this" || w == "last") {
        const std::string base = Relative("REF", W(k) == "night" && w == "last" ? -1 : 0, "D");
        return Done(hit, first, k, "TIME", base + "T" + std::string(part));
      }
    }
    return false;
  }

  // "that year", "later that day", "the same day", "the day before".
  bool MatchAnchored(std::size_t i, Hit& hit) {
    const std::string_view w = W(i);
    if (w == "that" || (w == "the" && W(i + 1) == "same")) {
      const std::size_t k = w == "that" ? (W(i + 1) == "same" ? i + 2 : i + 1) : i + 2;
      const TimeUnit unit = UnitOf(W(k));
      if (unit.letter.empty() || unit.plural || unit.clock) return false;
      return Done(hit, i, k, "DATE", Relative("ANCHOR", 0, unit.letter));
    }
    if (w == "the") {
      const TimeUnit unit = UnitOf(W(i + 1));
      if (!unit.letter.empty() && !unit.plural && !unit.clock &&
          (W(i + 2) == "before" || W(i + 2) == "after") &&
          (W(i + 3) == "," || W(i + 3) == "." || !Same(i, i + 3))) {
        return Done(hit, i, i + 2, "DATE",
                    Relative("ANCHOR", W(i + 2) == "before" ? -1 : 1, unit.letter));
      }
    }
    return false;
  }

  // Counted units: "45 minutes", "three-hour", "three years ago", "two days
  // later", "for years", "76-year-old".
  bool MatchUnits(std::size_t i, Hit& hit) {
    std::string count;
    std::size_t last = i;
    std::size_t u = 0;
    // "the nine months", "the first nine months": the determiner is in the span.
    if (W(i) == "the") {
      const std::size_t j = W(i + 1) == "first" ? i + 2 : i + 1;
      const TimeUnit unit = UnitOf(W(j + 1));
      if (W(j) != "a" && CountAt(j, count, last) && last == j && unit.plural &&
          unit.letter != "Q" && unit.letter != "WE" && W(j + 2) != "ago") {
        return Done(hit, i, j + 1, "DURATION", DurationValue(count, unit));
      }
      return false;
    }
    if (CountAt(i, count, last)) {
      u = last + 1;
      if (W(u) == "-" && words_.Adjacent(last) && words_.Adjacent(u)) ++u;
      // "two more weeks", "an additional year", "20 extra minutes".
      if ((W(u) == "more" || W(u) == "additional" || W(u) == "extra") &&
          !UnitOf(W(u + 1)).letter.empty()) {
        ++u;
      }
      // "two and a half years": 2.5, written out by DurationValue ("P2Y6M").
      if (W(u) == "and" && W(u + 1) == "a" && W(u + 2) == "half" && count != "X") {
        count = FormatCount(std::atof(count.c_str()) + 0.5);
        u += 3;
      }
    } else {
      // Bare plural after a preposition: "for years", "within hours".
      const TimeUnit unit = UnitOf(W(i));
      const std::string_view prev = i > 0 ? W(i - 1) : std::string_view();
      if (!unit.plural || unit.letter == "Q" || unit.letter == "WE") return false;
      if (prev != "for" && prev != "within" && prev != "over" && prev != "after") return false;
      if (W(i + 1) == "of" || W(i + 1) == "ago") return false;
      return Done(hit, i, i, "DURATION", DurationValue("X", unit));
    }
    const TimeUnit unit = UnitOf(W(u));
    if (unit.letter.empty()) return false;
    // "one second" vs "the second": CountAt needs a number first, so "second" is a unit here.
    if (count == "1" && W(i) != "a" && W(i) != "an" && W(i) != "one") return false;
    if (W(u) == "second" && W(i) != "one") return false;  // "a second time"
    std::size_t end = u;
    // Ages ("76-year-old", "44 years old") are not annotated as timexes.
    if ((W(u + 1) == "-" && W(u + 2) == "old") || W(u + 1) == "old") return false;
    if (unit.letter == "Q") return false;  // "a quarter of", "three-quarters"
    // "a minute and a half".
    if (W(u + 1) == "and" && W(u + 2) == "a" && W(u + 3) == "half" && count != "X" &&
        Same(u, u + 3)) {
      return Done(hit, i, u + 3, "DURATION",
                  DurationValue(FormatCount(std::atof(count.c_str()) + 0.5), unit));
    }
    const std::string_view after = W(u + 1);
    // A fraction has no relative form here ("two and a half years ago").
    if (count.find('.') != std::string::npos &&
        (after == "ago" || after == "earlier" || after == "later" || after == "before" ||
         after == "after" || after == "from")) {
      return false;
    }
    if (after == "ago") {
      if (count == "X") return Done(hit, i, u + 1, "DATE", "PAST_REF");
      if (unit.clock) return Done(hit, i, u + 1, "DATE", "REF+0D");
      return Done(hit, i, u + 1, "DATE", "REF-" + count + std::string(unit.letter) + "@ago");
    }
    if ((after == "earlier" || after == "later" || after == "before" || after == "after" ||
         after == "from") &&
        count != "X" && !unit.clock) {
      const std::string_view next = W(u + 2);
      const bool standalone = next == "," || next == "." || next == ";" || !Same(u, u + 2) ||
                              after == "earlier" || after == "later";
      if (after == "from" && W(u + 2) == "now") {
        return Done(hit, i, u + 2, "DATE", "REF+" + count + std::string(unit.letter));
      }
      if (standalone && after != "from") {
        const std::string sign = after == "earlier" || after == "before" ? "-" : "+";
        return Done(hit, i, u + 1, "DATE", "ANCHOR" + sign + count + std::string(unit.letter));
      }
    }
    return Done(hit, i, end, "DURATION", DurationValue(count, unit));
  }

  // "2022", "fiscal 2022", "the 1990s", "'90s", "the 20th century".
  bool MatchYear(std::size_t i, Hit& hit) {
    const std::string_view w = W(i);
    // Years read out (broadcast transcripts): "nineteen ninety-six", "the year
    // two thousand".
    if (std::size_t spoken_last = 0; const int year = SpokenYearAt(i, spoken_last)) {
      return Done(hit, i, spoken_last, "DATE", Pad(year, 4));
    }
    if (w == "the" && W(i + 1) == "year") {
      NumberMatch spoken;
      if (ReadNumber(words_, i + 2, false, spoken) && spoken.from_words && spoken.value >= 1000 &&
          spoken.value <= 2099 && spoken.value == std::floor(spoken.value) &&
          Same(i, spoken.last)) {
        return Done(hit, i, spoken.last, "DATE", Pad(static_cast<int>(spoken.value), 4));
      }
    }
    // Decades.
    if (w.size() == 5 && w.back() == 's' && w[0] >= '1' && w[0] <= '2') {
      double year = 0;
      if (ParseNumeral(w.substr(0, 4), year) && static_cast<int>(year) % 10 == 0) {
        return Done(hit, i, i, "DATE", std::string(w.substr(0, 3)));
      }
    }
    if (w == "'" && W(i + 1).size() == 3 && W(i + 1).back() == 's' && words_.Adjacent(i)) {
      const std::string_view d = W(i + 1);
      if (d[0] >= '0' && d[0] <= '9' && d[1] == '0') {
        return Done(hit, i, i + 1, "DATE", (d[0] >= '3' ? "19" : "20") + std::string(1, d[0]));
      }
    }
    if (const int ordinal = OrdinalValue(w);
        ordinal >= 10 && ordinal <= 21 &&
        (W(i + 1) == "century" || (W(i + 1) == "-" && W(i + 2) == "century"))) {
      return Done(hit, i, W(i + 1) == "-" ? i + 2 : i + 1, "DATE", Pad(ordinal - 1, 2));
    }
    std::size_t first = i;
    std::size_t y = i;
    if (w == "fiscal") y = W(i + 1) == "year" ? i + 2 : i + 1;  // fiscal 1989 -> 1989
    const int year = YearAt(y);
    if (year == 0) return false;
    if (y == i) {
      const std::string_view prev = i > 0 ? W(i - 1) : std::string_view();
      const std::string_view next = W(i + 1);
      if (prev == "$" || prev == "€" || prev == "£" || prev == "no." || prev == "#") return false;
      if (next == "%" || next == "percent" || next == ":" || next == "-") {
        if (next != "-" || YearAt(i + 2) == 0) return false;
      }
      const Token& after = words_.token(std::min(i + 1, words_.size() - 1));
      const bool count_noun = i + 1 < words_.size() && UnitOf(next).letter.empty() &&
                              MonthNumber(next) == 0 && next.size() > 1 && next.back() == 's' &&
                              words_.Capitalised(i + 1) == false && after.kind == TokenKind::kWord;
      const bool year_context = prev == "in" || prev == "since" || prev == "the" || prev == "of" ||
                                prev == "by" || prev == "until" || prev == "from" ||
                                prev == "before" || prev == "after" || prev == "during" ||
                                prev == "between" || prev == "and" || prev == "to" ||
                                prev == "'s" || prev == "mid" || prev == "early" || prev == "late";
      if (count_noun && !year_context) return false;
      if (year < 1800 && !year_context) return false;
    }
    return Done(hit, first, y, "DATE", Pad(year, 4));
  }

  TokenWords words_;
};

class TimexStage : public DocumentStage {
 public:
  std::string_view name() const override { return "timexes"; }
  Status Apply(Document& document, TextAnalyzer&) override {
    document.timexes = RecognizeTimexes(document);
    return Status::Ok();
  }
};

}  // namespace

std::vector<Timex> RecognizeTimexes(const Document& document) { return Matcher(document).Run(); }

std::unique_ptr<DocumentStage> MakeTimexStage() { return std::make_unique<TimexStage>(); }

}  // namespace crosscheck::extract
