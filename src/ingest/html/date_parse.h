// Dates as pages and feeds write them -> "YYYY-MM-DD[THH:MM[:SS][zone]]".
//
// FindDates scans text for calendar dates in the shapes news pages use:
//   ISO 8601        2024-03-12, 2024/03/12, 2024.03.12, 20240312 (alone),
//                   each optionally with a time: T10:20, 10:20:30.123Z, +02:00
//   numeric         12.03.2024, 12/03/2024, 3/12/24, 12-03-2024 (day or month
//                   first: see DateOptions::month_first; a part > 12 decides)
//   with a month    12 March 2024, 12. März 2024, March 12, 2024, 12 de marzo
//   name            de 2024, 12 mars 2024, 12 maart 2024, 12 marzo 2024, Tue,
//                   12 Mar 2024 10:20:30 GMT (RFC 2822: the time is kept)
//   ranges          "14.–20. Januar 2022", "3-5 March 2024": the first day
// Month names and abbreviations in English, German, French, Spanish, Italian,
// Portuguese and Dutch, any case (accents may be missing: "fevrier"), plus
// Scandinavian, Turkish, and Polish / Russian / Ukrainian genitive forms
// ("15 sierpnia", "15 августа"), and CJK "2016年8月15日" / "2016년 8월 15일". A date
// with a month name and a year but no day is not a date here (no exact day).
//
// Validity: month 1-12, a day that exists in that month (29 Feb only in leap
// years), a year from DateOptions::min_year on, and not after `latest`
// (compared by day: a page cannot be published after it was fetched, nor in
// the future). Two-digit years are 20YY up to the latest year, else 19YY.
//
// Output keeps the precision given: a date-only value stays "YYYY-MM-DD"; a
// time is written "THH:MM" or "THH:MM:SS" (fractions dropped) followed by the
// zone as given ("Z", "+02:00"; "+0200" gets its colon; GMT/UTC -> "Z").
//
// Pure functions, thread-safe.
#ifndef CROSSCHECK_INGEST_HTML_DATE_PARSE_H_
#define CROSSCHECK_INGEST_HTML_DATE_PARSE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

struct DateOptions {
  // No date after this day ("YYYY-MM-DD..."; only the first 10 characters
  // count). Empty = today (UTC).
  std::string latest;
  int min_year = 1990;
  // Ambiguous numeric dates (both parts <= 12): month first (US "3/12/24")
  // when true, day first (most of the world) when false.
  bool month_first = false;
};

struct DateValue {
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  bool has_seconds = false;
  std::string zone;  // "Z", "+02:00", or empty

  std::string ToString() const;  // the output form described above
  long DayNumber() const;        // days since 1970-01-01 (for comparisons)
};

struct FoundDate {
  DateValue value;
  std::size_t start = 0, length = 0;  // byte span in the scanned text
  bool textual = false;               // written with a month name
};

// Every valid date in `text`, in order, up to `max_dates`.
std::vector<FoundDate> FindDates(std::string_view text, const DateOptions& options,
                                 std::size_t max_dates = 16);

// The first valid date in `text` (a meta tag's content, a JSON value).
std::optional<DateValue> ParseDate(std::string_view text, const DateOptions& options);

// ParseDate(...)->ToString(), or "" when `text` holds no valid date (empty,
// "0001-01-01", a date in the future, "not a date").
std::string NormalizeDate(std::string_view text, const DateOptions& options);

// Today's date (UTC) as "YYYY-MM-DD".
std::string TodayUtc();

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_DATE_PARSE_H_
