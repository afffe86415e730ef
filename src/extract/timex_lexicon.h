// Word lists of the temporal-expression recogniser: months, weekdays, seasons,
// parts of the day, calendar units and their TIMEX3 letters. Lower-case input;
// a trailing abbreviation period is ignored ("oct." == "oct"). Pure functions,
// thread-safe; 0 / "" means "not in the list".
#ifndef CROSSCHECK_EXTRACT_TIMEX_LEXICON_H_
#define CROSSCHECK_EXTRACT_TIMEX_LEXICON_H_

#include <string_view>

namespace crosscheck::extract {

// 1..12 for "january".."december", "jan".."dec", "sept"; 0 otherwise.
int MonthNumber(std::string_view lower);
// ISO weekday 1..7 for "monday".."sunday" and "mon."/"tue."/"tues."/... (abbreviations
// only with their period); 0 otherwise. `plural` is set for "mondays".
int WeekdayNumber(std::string_view lower, bool* plural = nullptr);
// TIMEX3 season code "SP" "SU" "FA" "WI" for spring/summer/autumn/fall/winter; "".
std::string_view SeasonCode(std::string_view lower);
// TIMEX3 part-of-day code "MO" "AF" "EV" "NI" for morning/afternoon/evening/night; "".
std::string_view PartOfDayCode(std::string_view lower);

// A calendar unit: its TIMEX3 duration letter(s) and whether it is a time (PT) unit.
struct TimeUnit {
  std::string_view letter;  // "Y" "M" "W" "D" "H" "M" "S" "DE" "CE" "Q" "WE"; "" when none
  bool clock = false;       // hours, minutes, seconds: written after "PT"
  bool plural = false;      // "years", "days"
};
// "year"/"years"/"yr", "month", "week", "day", "hour"/"hr", "minute"/"min",
// "second"/"sec", "decade", "century"/"centuries", "quarter", "weekend".
TimeUnit UnitOf(std::string_view lower);

}  // namespace crosscheck::extract

#endif  // CROSSCHECK_EXTRACT_TIMEX_LEXICON_H_
