// Timex patterns anchored on the calendar: weekdays, months and days, numeric
// dates, clock times, quarters and halves, seasons.
// (members of the matcher in timex_matcher.h; the scan is in timex_recognizer.cc)
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>

#include "extract/quantity_numbers.h"
#include "extract/timex_lexicon.h"
#include "extract/timex_matcher.h"

namespace crosscheck::extract::timex_internal {

// "Tuesday", "Tuesday, Oct. 23, 2022", "Tuesday night", "last Tuesday".
bool Matcher::MatchWeekday(std::size_t i, Hit& hit) {
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
bool Matcher::MatchMonth(std::size_t i, Hit& hit) {
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
bool Matcher::MatchDayMonth(std::size_t i, Hit& hit) {
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
bool Matcher::MatchNumericDate(std::size_t i, Hit& hit) {
  const std::string_view w = W(i);
  if (words_.token(i).kind != TokenKind::kNumber) return false;
  if (const int year = YearAt(i); year > 0 && W(i + 1) == "-" && W(i + 3) == "-" &&
                                  words_.Adjacent(i) && words_.Adjacent(i + 1) &&
                                  words_.Adjacent(i + 2) && words_.Adjacent(i + 3)) {
    double month = 0, day = 0;
    if (ParseNumeral(W(i + 2), month) && ParseNumeral(W(i + 4), day) && month >= 1 && month <= 12 &&
        day >= 1 && day <= 31) {
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
bool Matcher::MatchClock(std::size_t i, Hit& hit) {
  const std::string_view w = W(i);
  if (w == "noon" || w == "midday") {
    if (const int day = WeekdayNumber(W(i + 1)); day > 0 && words_.Capitalised(i + 1)) {
      return Done(hit, i, i + 1, "TIME", "XXXX-WXX-" + std::to_string(day) + "T12:00");
    }
    return Done(hit, i, i, "TIME", "XXXX-XX-XXT12:00");
  }
  if (w == "midnight") {
    // "midnight Friday": the weekday gives the day.
    if (const int day = WeekdayNumber(W(i + 1)); day > 0 && words_.Capitalised(i + 1)) {
      return Done(hit, i, i + 1, "TIME", "XXXX-WXX-" + std::to_string(day) + "T24:00");
    }
    return Done(hit, i, i, "TIME", "XXXX-XX-XXT24:00");
  }
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
bool Matcher::MatchQuarter(std::size_t i, Hit& hit) {
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
      return Done(hit, i, last, "DATE", "REF-1Y@ago");  // as "a year ago"
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
bool Matcher::MatchSeason(std::size_t i, Hit& hit) {
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

}  // namespace crosscheck::extract::timex_internal
