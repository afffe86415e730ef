// Calendar arithmetic for the timex normaliser (src/resolve/timex_normalizer.cc):
// civil days (std::chrono::sys_days), granularities, TIMEX3 value formatting
// and parsing, ISO weeks, and placing a yearly point (a month, a season, a
// day) before or after a reference day. Internal to the time resolvers.
//
// Thread safety: pure functions. Failure: days past the end of a month are
// clamped to its last day (MakeDay); a value that is not a calendar value
// parses to nullopt (ParseAnchor, ParsePublished).
#ifndef CROSSCHECK_RESOLVE_TIMEX_CALENDAR_H_
#define CROSSCHECK_RESOLVE_TIMEX_CALENDAR_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace crosscheck::resolve::timex_calendar {

using std::chrono::days;
using std::chrono::sys_days;

// The granularity a value is written at.
enum class Gran {
  kDay,
  kWeek,
  kWeekend,
  kMonth,
  kSeason,
  kQuarter,
  kHalf,
  kYear,
  kDecade,
  kCentury
};

// A point on the calendar at a granularity: `day` is the first day of the
// period (of the week for kWeek, the Saturday for kWeekend).
struct When {
  sys_days day{};
  Gran gran = Gran::kDay;
  std::string season;  // for kSeason
};

// Zero-padded decimal: Pad(7, 2) == "07".
std::string Pad(long value, int width);

// Civil year, month (1-12), day of month, ISO weekday (Monday 1 .. Sunday 7).
int Year(sys_days d);
int Month(sys_days d);
int Day(sys_days d);
int IsoWeekday(sys_days d);

// The civil day; a day past the end of the month is the month's last day.
sys_days MakeDay(int year, int month, int day);

// ISO year and week of `d`.
std::pair<int, int> IsoWeek(sys_days d);

// TIMEX3 season codes (SP SU FA WI) of a month, and the month a season starts
// in (winter: December).
std::string SeasonOfMonth(int month);
int SeasonStartMonth(std::string_view code);

// The TIMEX3 value of `w` at its granularity ("2026-03-10", "2026-W11-WE",
// "2026-Q1", "202"), and the undefined value at a granularity ("XXXX-XX-XX").
std::string Format(const When& w);
std::string Undefined(Gran gran);

// The granularity of a unit letter (Y Q M W WE D DE CE), and `d` moved by `n`
// such units (months clamp the day to the month's end).
Gran GranOfUnit(std::string_view unit);
sys_days AddMonths(sys_days d, int months);
sys_days Shift(sys_days d, int n, std::string_view unit);

// Parses a TIMEX3-style full value "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-Qn",
// "YYYY-SS" into an anchor.
std::optional<When> ParseAnchor(std::string_view value);

// A publication date "YYYY-MM-DD..." between 1900 and 2100, else nullopt.
std::optional<sys_days> ParsePublished(std::string_view published);

// Where a yearly point is looked for from the reference: the last one, the
// next one, the nearer of the two, or the one in the reference's own year.
enum class Direction { kPast, kFuture, kNearest, kThis };

// The occurrence of a yearly point (month `month`, day `day`, or the start of a
// month/season/quarter when day == 1) in the direction asked, relative to `ref`.
sys_days PlaceInYear(sys_days ref, int month, int day, Direction direction, bool strict);

}  // namespace crosscheck::resolve::timex_calendar

#endif  // CROSSCHECK_RESOLVE_TIMEX_CALENDAR_H_
