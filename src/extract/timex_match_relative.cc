// Timex patterns relative to a reference or counted: sets, deictic words
// (today, now, holidays, the weekend), shifted and anchored expressions, counted
// units (durations, "ago", "later"), years, decades and centuries.
// (members of the matcher in timex_matcher.h; the scan is in timex_recognizer.cc)
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>

#include "crosscheck/text.h"
#include "extract/quantity_numbers.h"
#include "extract/timex_lexicon.h"
#include "extract/timex_matcher.h"

namespace crosscheck::extract::timex_internal {

// "every Tuesday", "each year", "every two weeks", "daily", "Tuesdays", "a year".
bool Matcher::MatchSet(std::size_t i, Hit& hit) {
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
        (prev == "times" || prev == "twice" || prev == "once" || prev == "%" || prev == "percent" ||
         words_.token(i - 1).kind == TokenKind::kNumber ||
         (i >= 2 && words_.token(i - 2).kind == TokenKind::kNumber)) &&  // 40 crossings a day
        W(i + 2) != "ago" &&
        W(i + 2) != "earlier" && W(i + 2) != "later" && W(i + 2) != "before" &&
        W(i + 2) != "after" && W(i + 2) != "-" && W(i + 2) != "or") {
      return Done(hit, i, i + 1, "SET", DurationValue("1", unit, /*set=*/true));
    }
  }
  return false;
}

// today, yesterday, tomorrow, tonight, now, recently, the past, the future.
bool Matcher::MatchDeictic(std::size_t i, Hit& hit) {
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
         (i > 0 && W(i - 1) == "in" && !CountFollows(j + 1) && UnitOf(W(j + 1)).letter.empty()))) {
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
bool Matcher::MatchShifted(std::size_t i, Hit& hit) {
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
bool Matcher::MatchAnchored(std::size_t i, Hit& hit) {
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
bool Matcher::MatchUnits(std::size_t i, Hit& hit) {
  std::string count;
  std::size_t last = i;
  std::size_t u = 0;
  // "the nine months", "the first nine months": the determiner is in the span.
  if (W(i) == "the") {
    const std::size_t j = W(i + 1) == "first" ? i + 2 : i + 1;
    const TimeUnit unit = UnitOf(W(j + 1));
    if (W(j) != "a" && CountAt(j, count, last) && last == j && unit.plural && unit.letter != "Q" &&
        unit.letter != "WE" && W(j + 2) != "ago") {
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
bool Matcher::MatchYear(std::size_t i, Hit& hit) {
  const std::string_view w = W(i);
  // Years read out (broadcast transcripts): "nineteen ninety-six", "the year
  // two thousand".
  if (std::size_t spoken_last = 0; const int year = SpokenYearAt(i, spoken_last)) {
    return Done(hit, i, spoken_last, "DATE", Pad(year, 4));
  }
  if (w == "the" && W(i + 1) == "year") {
    NumberMatch spoken;
    if (ReadNumber(words_, i + 2, false, spoken) && spoken.from_words && spoken.value >= 1000 &&
        spoken.value <= 2099 && spoken.value == std::floor(spoken.value) && Same(i, spoken.last)) {
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
                              prev == "between" || prev == "and" || prev == "to" || prev == "'s" ||
                              prev == "mid" || prev == "early" || prev == "late";
    if (count_noun && !year_context) return false;
    if (year < 1800 && !year_context) return false;
  }
  return Done(hit, first, y, "DATE", Pad(year, 4));
}

}  // namespace crosscheck::extract::timex_internal
