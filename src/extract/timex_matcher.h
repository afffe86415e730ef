// Internal to the timex recogniser (src/extract/timex_recognizer.h): the
// pattern matcher over one document's tokens, split over three files —
// timex_recognizer.cc (the scan, the word readers, value helpers),
// timex_match_calendar.cc (weekdays, months, dates, clock times, quarters,
// seasons) and timex_match_relative.cc (sets, deictic words, shifted and
// anchored expressions, counted units, years). Not for use outside them.
//
// Ownership: a Matcher borrows the Document (it must outlive the Matcher).
// Thread safety: a Matcher reads one Document and is used by one thread.
// Failure: none; a pattern that does not match returns false and writes nothing.
#ifndef CROSSCHECK_EXTRACT_TIMEX_MATCHER_H_
#define CROSSCHECK_EXTRACT_TIMEX_MATCHER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "crosscheck/document.h"
#include "extract/quantity_numbers.h"
#include "extract/timex_lexicon.h"

namespace crosscheck::extract::timex_internal {

struct Hit {
  std::size_t first = 0;
  std::size_t last = 0;  // inclusive
  std::string type;
  std::string value;
};

// Zero-padded decimal ("%0*d").
std::string Pad(int value, int width);
// A count as written in a value: "3", "2.5".
std::string FormatCount(double value);
// "P3Y", "PT45M", "PXM", "P2Y6M" (a fraction into the next smaller unit), "P9M"
// (quarters as months, except in a SET: `set` keeps "P1Q").
std::string DurationValue(const std::string& count, const TimeUnit& unit, bool set = false);
// "REF-1Y", "ANCHOR+2D": `base`, the signed offset and the unit letter.
std::string Relative(std::string_view base, int offset, std::string_view unit);

class Matcher {
 public:
  explicit Matcher(const Document& document) : words_(document) {}

  // The timexes of the document in text order: at each token the longest
  // pattern (MatchCore's order), then on after its last token.
  std::vector<Timex> Run();

 private:
  std::string_view W(std::size_t i) const { return words_[i]; }
  bool Same(std::size_t i, std::size_t j) const {
    return i < words_.size() && j < words_.size() && words_.SentenceOf(i) == words_.SentenceOf(j);
  }

  // A four-digit year 1000..2099 at token i, or 0.
  int YearAt(std::size_t i) const;

  // A year read out at token i ("nineteen ninety-six"), or 0; `last` is its
  // last token.
  int SpokenYearAt(std::size_t i, std::size_t& last) const;

  // A day of the month at token i ("23", "23rd"), or 0.
  int DayAt(std::size_t i) const;

  // A month name at token i (capitalised; "May"/"March" need support).
  int MonthAt(std::size_t i) const;

  // Whether a count (as CountAt reads it) starts at token i.
  bool CountFollows(std::size_t i) const;

  // A count before a unit: number, "a"/"an" (1), or a vague word (X).
  bool CountAt(std::size_t i, std::string& count, std::size_t& last) const;

  // A pattern at token i, with a span modifier before it ("early", "mid-",
  // "the end of") when one is there.
  bool Match(std::size_t i, Hit& hit);

  // Fills `hit` and returns true, so that a pattern ends with `return Done(...)`.
  bool Done(Hit& hit, std::size_t first, std::size_t last, std::string type,
            std::string value) const {
    hit.first = first;
    hit.last = last;
    hit.type = std::move(type);
    hit.value = std::move(value);
    return true;
  }

  // The patterns tried at token i, most specific first.
  bool MatchCore(std::size_t i, Hit& hit);

  // "every Tuesday", "each year", "every two weeks", "daily", "Tuesdays", "a year".
  bool MatchSet(std::size_t i, Hit& hit);

  // "Tuesday", "Tuesday, Oct. 23, 2022", "Tuesday night", "last Tuesday".
  bool MatchWeekday(std::size_t i, Hit& hit);

  // "Oct. 23", "October 23, 2022", "October 2022", "October of 2022", "October",
  // "last October", "October last year".
  bool MatchMonth(std::size_t i, Hit& hit);

  // "23 October 2022", "the 23rd of October".
  bool MatchDayMonth(std::size_t i, Hit& hit);

  // "2026-03-10", "12.03.2026" (day first), "3/10/2026" (month first).
  bool MatchNumericDate(std::size_t i, Hit& hit);

  // "02:40", "2:40 a.m.", "10 p.m.", "15:10 GMT", "noon", "midnight".
  bool MatchClock(std::size_t i, Hit& hit);

  // "the third quarter [of 2022]", "third-quarter", "Q3 2022", "the first half".
  bool MatchQuarter(std::size_t i, Hit& hit);

  // "spring", "last autumn", "summer 2022", "the winter of 2021".
  bool MatchSeason(std::size_t i, Hit& hit);

  // today, yesterday, tomorrow, tonight, now, recently, the past, the future.
  bool MatchDeictic(std::size_t i, Hit& hit);

  // "last year", "this week", "next month", "last night", "this morning",
  // "the past year" (a duration), "the past three months", "the next few days".
  bool MatchShifted(std::size_t i, Hit& hit);

  // "that year", "later that day", "the same day", "the day before".
  bool MatchAnchored(std::size_t i, Hit& hit);

  // Counted units: "45 minutes", "three-hour", "three years ago", "two days
  // later", "for years", "76-year-old".
  bool MatchUnits(std::size_t i, Hit& hit);

  // "2022", "fiscal 2022", "the 1990s", "'90s", "the 20th century".
  bool MatchYear(std::size_t i, Hit& hit);

  TokenWords words_;
};

}  // namespace crosscheck::extract::timex_internal

#endif  // CROSSCHECK_EXTRACT_TIMEX_MATCHER_H_
