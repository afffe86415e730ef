// Calendar arithmetic for timex values: std::chrono's civil calendar for days
// and months; ISO weeks from the Thursday of the week (the ISO rule: a week
// belongs to the year holding its Thursday).
#include "resolve/timex_calendar.h"

#include <cstdio>
#include <cstdlib>

namespace crosscheck::resolve::timex_calendar {

using std::chrono::year_month_day;

std::string Pad(long value, int width) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%0*ld", width, value);
  return buffer;
}

int Year(sys_days d) { return static_cast<int>(year_month_day(d).year()); }

int Month(sys_days d) { return static_cast<int>(static_cast<unsigned>(year_month_day(d).month())); }

int Day(sys_days d) { return static_cast<int>(static_cast<unsigned>(year_month_day(d).day())); }

int IsoWeekday(sys_days d) { return static_cast<int>(std::chrono::weekday(d).iso_encoding()); }

sys_days MakeDay(int year, int month, int day) {
  const year_month_day ymd{std::chrono::year(year),
                           std::chrono::month(static_cast<unsigned>(month)),
                           std::chrono::day(static_cast<unsigned>(day))};
  if (ymd.ok()) return sys_days(ymd);
  // Past the end of a month (Feb 30): the last day of that month.
  const std::chrono::year_month_day_last last{
      std::chrono::year(year),
      std::chrono::month_day_last(std::chrono::month(static_cast<unsigned>(month)))};
  return sys_days(last);
}

std::pair<int, int> IsoWeek(sys_days d) {
  const int wd = IsoWeekday(d);
  const sys_days thursday = d + days(4 - wd);
  const int iso_year = Year(thursday);
  const sys_days jan1 = MakeDay(iso_year, 1, 1);
  const int week = static_cast<int>((thursday - jan1).count() / 7) + 1;
  return {iso_year, week};
}

std::string SeasonOfMonth(int month) {
  if (month >= 3 && month <= 5) return "SP";
  if (month >= 6 && month <= 8) return "SU";
  if (month >= 9 && month <= 11) return "FA";
  return "WI";
}

int SeasonStartMonth(std::string_view code) {
  if (code == "SP") return 3;
  if (code == "SU") return 6;
  if (code == "FA") return 9;
  return 12;
}

std::string Format(const When& w) {
  const int y = Year(w.day);
  switch (w.gran) {
    case Gran::kDay:
      return Pad(y, 4) + "-" + Pad(Month(w.day), 2) + "-" + Pad(Day(w.day), 2);
    case Gran::kWeek:
    case Gran::kWeekend: {
      const auto [iso_year, week] = IsoWeek(w.day);
      return Pad(iso_year, 4) + "-W" + Pad(week, 2) + (w.gran == Gran::kWeekend ? "-WE" : "");
    }
    case Gran::kMonth:
      return Pad(y, 4) + "-" + Pad(Month(w.day), 2);
    case Gran::kSeason:
      return Pad(y, 4) + "-" + (w.season.empty() ? SeasonOfMonth(Month(w.day)) : w.season);
    case Gran::kQuarter:
      return Pad(y, 4) + "-Q" + std::to_string((Month(w.day) - 1) / 3 + 1);
    case Gran::kHalf:
      return Pad(y, 4) + "-H" + std::to_string((Month(w.day) - 1) / 6 + 1);
    case Gran::kYear:
      return Pad(y, 4);
    case Gran::kDecade:
      return Pad(y / 10, 3);
    case Gran::kCentury:
      return Pad(y / 100, 2);
  }
  return {};
}

std::string Undefined(Gran gran) {
  switch (gran) {
    case Gran::kDay:
      return "XXXX-XX-XX";
    case Gran::kWeek:
      return "XXXX-WXX";
    case Gran::kWeekend:
      return "XXXX-WXX-WE";
    case Gran::kMonth:
      return "XXXX-XX";
    case Gran::kSeason:
      return "XXXX-XX";
    case Gran::kQuarter:
      return "XXXX-QX";
    case Gran::kHalf:
      return "XXXX-HX";
    case Gran::kYear:
      return "XXXX";
    case Gran::kDecade:
      return "XXX";
    case Gran::kCentury:
      return "XX";
  }
  return "XXXX";
}

Gran GranOfUnit(std::string_view unit) {
  if (unit == "D") return Gran::kDay;
  if (unit == "W") return Gran::kWeek;
  if (unit == "WE") return Gran::kWeekend;
  if (unit == "M") return Gran::kMonth;
  if (unit == "Q") return Gran::kQuarter;
  if (unit == "DE") return Gran::kDecade;
  if (unit == "CE") return Gran::kCentury;
  return Gran::kYear;
}

sys_days AddMonths(sys_days d, int months) {
  const int total = Year(d) * 12 + (Month(d) - 1) + months;
  return MakeDay(total / 12, total % 12 + 1, Day(d));
}

sys_days Shift(sys_days d, int n, std::string_view unit) {
  if (unit == "D") return d + days(n);
  if (unit == "W" || unit == "WE") return d + days(7 * n);
  if (unit == "M") return AddMonths(d, n);
  if (unit == "Q") return AddMonths(d, 3 * n);
  if (unit == "DE") return AddMonths(d, 120 * n);
  if (unit == "CE") return AddMonths(d, 1200 * n);
  return AddMonths(d, 12 * n);
}

std::optional<When> ParseAnchor(std::string_view value) {
  if (value.size() < 4) return std::nullopt;
  for (int i = 0; i < 4; ++i) {
    if (value[i] < '0' || value[i] > '9') return std::nullopt;
  }
  const int year = std::atoi(std::string(value.substr(0, 4)).c_str());
  When w;
  w.gran = Gran::kYear;
  w.day = MakeDay(year, 1, 1);
  if (value.size() >= 7 && value[4] == '-') {
    const std::string_view rest = value.substr(5);
    if (rest[0] >= '0' && rest[0] <= '9') {
      const int month = std::atoi(std::string(rest.substr(0, 2)).c_str());
      if (month < 1 || month > 12) return w;
      w.gran = Gran::kMonth;
      w.day = MakeDay(year, month, 1);
      if (rest.size() >= 5 && rest[2] == '-' && rest[3] >= '0' && rest[3] <= '9') {
        w.gran = Gran::kDay;
        w.day = MakeDay(year, month, std::atoi(std::string(rest.substr(3, 2)).c_str()));
      }
    } else if (rest[0] == 'Q' && rest.size() >= 2) {
      w.gran = Gran::kQuarter;
      w.day = MakeDay(year, (rest[1] - '1') * 3 + 1, 1);
    } else if (rest.size() == 2 && (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI")) {
      w.gran = Gran::kSeason;
      w.season = std::string(rest);
      w.day = MakeDay(year, SeasonStartMonth(rest), 1);
    }
  }
  return w;
}

std::optional<sys_days> ParsePublished(std::string_view published) {
  const std::optional<When> w = ParseAnchor(published);
  if (!w || w->gran != Gran::kDay) return std::nullopt;
  const int year = Year(w->day);
  if (year < 1900 || year > 2100) return std::nullopt;
  return w->day;
}

sys_days PlaceInYear(sys_days ref, int month, int day, Direction direction, bool strict) {
  const int y = Year(ref);
  const sys_days same = MakeDay(y, month, day);
  if (direction == Direction::kThis) return same;
  if (direction == Direction::kPast) {
    if (same < ref || (!strict && same == ref)) return same;
    return MakeDay(y - 1, month, day);
  }
  if (direction == Direction::kFuture) {
    if (same > ref || (!strict && same == ref)) return same;
    return MakeDay(y + 1, month, day);
  }
  sys_days best = same;
  for (int dy : {-1, 1}) {
    const sys_days other = MakeDay(y + dy, month, day);
    if (std::abs((other - ref).count()) < std::abs((best - ref).count())) best = other;
  }
  return best;
}

}  // namespace crosscheck::resolve::timex_calendar
