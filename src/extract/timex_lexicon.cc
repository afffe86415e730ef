#include "extract/timex_lexicon.h"

#include <array>

namespace crosscheck::extract {
namespace {

std::string_view StripPeriod(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return word;
}

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

}  // namespace

int MonthNumber(std::string_view lower) {
  const std::string_view word = StripPeriod(lower);
  if (word.size() < 3) return 0;
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (word == kMonths[m]) return static_cast<int>(m + 1);
    if (word.size() == 3 && kMonths[m].substr(0, 3) == word) return static_cast<int>(m + 1);
  }
  if (word == "sept") return 9;
  return 0;
}

int WeekdayNumber(std::string_view lower, bool* plural) {
  if (plural != nullptr) *plural = false;
  for (std::size_t d = 0; d < kWeekdays.size(); ++d) {
    if (lower == kWeekdays[d]) return static_cast<int>(d + 1);
    if (lower.size() == kWeekdays[d].size() + 1 && lower.back() == 's' &&
        lower.substr(0, kWeekdays[d].size()) == kWeekdays[d]) {
      if (plural != nullptr) *plural = true;
      return static_cast<int>(d + 1);
    }
  }
  if (lower.size() >= 4 && lower.back() == '.') {
    const std::string_view word = StripPeriod(lower);
    if (word == "tues") return 2;
    if (word == "thur" || word == "thurs") return 4;
    for (std::size_t d = 0; d < kWeekdays.size(); ++d) {
      if (word.size() == 3 && kWeekdays[d].substr(0, 3) == word) return static_cast<int>(d + 1);
    }
  }
  return 0;
}

std::string_view SeasonCode(std::string_view lower) {
  if (lower == "spring") return "SP";
  if (lower == "summer") return "SU";
  if (lower == "autumn" || lower == "fall") return "FA";
  if (lower == "winter") return "WI";
  return {};
}

std::string_view PartOfDayCode(std::string_view lower) {
  if (lower == "morning") return "MO";
  if (lower == "afternoon") return "AF";
  if (lower == "evening") return "EV";
  if (lower == "night" || lower == "overnight") return "NI";
  return {};
}

TimeUnit UnitOf(std::string_view lower) {
  struct Entry {
    std::string_view singular, plural, letter;
    bool clock;
  };
  static constexpr std::array<Entry, 15> kUnits = {{
      {"year", "years", "Y", false},
      {"yr", "yrs", "Y", false},
      {"month", "months", "M", false},
      {"week", "weeks", "W", false},
      {"day", "days", "D", false},
      {"hour", "hours", "H", true},
      {"hr", "hrs", "H", true},
      {"minute", "minutes", "M", true},
      {"min", "mins", "M", true},
      {"second", "seconds", "S", true},
      {"decade", "decades", "DE", false},
      {"century", "centuries", "CE", false},
      {"quarter", "quarters", "Q", false},
      {"weekend", "weekends", "WE", false},
      {"fortnight", "fortnights", "W", false},
  }};
  for (const Entry& entry : kUnits) {
    if (lower == entry.singular) return {entry.letter, entry.clock, false};
    if (lower == entry.plural) return {entry.letter, entry.clock, true};
  }
  return {};
}

}  // namespace crosscheck::extract
