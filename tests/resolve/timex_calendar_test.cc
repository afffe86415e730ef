#include "resolve/timex_calendar.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck::resolve::timex_calendar {
namespace {

TEST(TimexCalendarTest, FormatsEachGranularity) {
  struct Case {
    When when;
    std::string value;
  };
  const Case cases[] = {
      {{MakeDay(2026, 3, 10), Gran::kDay, {}}, "2026-03-10"},
      {{MakeDay(2026, 3, 10), Gran::kWeek, {}}, "2026-W11"},
      {{MakeDay(2026, 3, 14), Gran::kWeekend, {}}, "2026-W11-WE"},
      {{MakeDay(2026, 3, 10), Gran::kMonth, {}}, "2026-03"},
      {{MakeDay(2026, 6, 1), Gran::kSeason, "SU"}, "2026-SU"},
      {{MakeDay(2026, 8, 1), Gran::kQuarter, {}}, "2026-Q3"},
      {{MakeDay(2026, 8, 1), Gran::kHalf, {}}, "2026-H2"},
      {{MakeDay(2026, 8, 1), Gran::kYear, {}}, "2026"},
      {{MakeDay(2026, 8, 1), Gran::kDecade, {}}, "202"},
      {{MakeDay(2026, 8, 1), Gran::kCentury, {}}, "20"},
  };
  for (const Case& c : cases) EXPECT_EQ(Format(c.when), c.value);
  EXPECT_EQ(Undefined(Gran::kDay), "XXXX-XX-XX");
  EXPECT_EQ(Undefined(Gran::kWeek), "XXXX-WXX");
}

TEST(TimexCalendarTest, IsoWeeksBelongToTheYearOfTheirThursday) {
  EXPECT_EQ(IsoWeek(MakeDay(2026, 1, 1)), std::make_pair(2026, 1));    // a Thursday
  EXPECT_EQ(IsoWeek(MakeDay(2027, 1, 1)), std::make_pair(2026, 53));   // a Friday
  EXPECT_EQ(IsoWeek(MakeDay(2024, 12, 30)), std::make_pair(2025, 1));  // a Monday
}

TEST(TimexCalendarTest, DaysClampAndShift) {
  EXPECT_EQ(Format({MakeDay(2026, 2, 30), Gran::kDay, {}}), "2026-02-28");
  EXPECT_EQ(Format({AddMonths(MakeDay(2026, 1, 31), 1), Gran::kDay, {}}), "2026-02-28");
  EXPECT_EQ(Format({Shift(MakeDay(2026, 3, 10), -2, "W"), Gran::kDay, {}}), "2026-02-24");
  EXPECT_EQ(Format({Shift(MakeDay(2026, 3, 10), 3, "Q"), Gran::kMonth, {}}), "2026-12");
  EXPECT_EQ(GranOfUnit("WE"), Gran::kWeekend);
  EXPECT_EQ(IsoWeekday(MakeDay(2026, 3, 12)), 4);
}

TEST(TimexCalendarTest, PlacesAYearlyPointByDirection) {
  const sys_days ref = MakeDay(2026, 3, 12);
  EXPECT_EQ(Format({PlaceInYear(ref, 12, 3, Direction::kPast, false), Gran::kDay, {}}),
            "2025-12-03");
  EXPECT_EQ(Format({PlaceInYear(ref, 1, 5, Direction::kFuture, false), Gran::kDay, {}}),
            "2027-01-05");
  EXPECT_EQ(Format({PlaceInYear(ref, 3, 12, Direction::kPast, true), Gran::kDay, {}}),
            "2025-03-12");
  EXPECT_EQ(Format({PlaceInYear(ref, 11, 1, Direction::kNearest, false), Gran::kDay, {}}),
            "2025-11-01");
  EXPECT_EQ(Format({PlaceInYear(ref, 11, 1, Direction::kThis, false), Gran::kDay, {}}),
            "2026-11-01");
}

TEST(TimexCalendarTest, ReadsValuesAndPublicationDates) {
  EXPECT_EQ(ParseAnchor("2022-Q3")->gran, Gran::kQuarter);
  EXPECT_EQ(ParseAnchor("2022-SU")->season, "SU");
  EXPECT_EQ(ParseAnchor("2022-10-18")->gran, Gran::kDay);
  EXPECT_FALSE(ParseAnchor("XXXX-10").has_value());
  EXPECT_TRUE(ParsePublished("2026-03-12T08:00:00Z").has_value());
  EXPECT_FALSE(ParsePublished("1850-01-01").has_value());
  EXPECT_FALSE(ParsePublished("2026-03").has_value());
}

}  // namespace
}  // namespace crosscheck::resolve::timex_calendar
