#include "ingest/html/date_parse.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck {
namespace {

DateOptions Fetched(std::string latest, bool month_first = false) {
  DateOptions options;
  options.latest = std::move(latest);
  options.month_first = month_first;
  return options;
}

TEST(DateParseTest, ShapesAndLanguages) {
  const struct {
    const char* description;
    const char* text;
    const char* want;  // "" = no date
    bool month_first;
  } cases[] = {
      {"ISO date", "2024-03-12", "2024-03-12", false},
      {"ISO with time and Z", "2024-03-12T08:05:09Z", "2024-03-12T08:05:09Z", false},
      {"ISO with fraction and offset", "2024-03-12T08:05:09.123+02:00", "2024-03-12T08:05:09+02:00",
       false},
      {"ISO with minutes only", "2024-03-12T08:05", "2024-03-12T08:05", false},
      {"space instead of T, offset without colon", "2024-03-12 08:05:09 +0100",
       "2024-03-12T08:05:09+01:00", false},
      {"slashes", "Posted 2024/03/12 in Harbour news", "2024-03-12", false},
      {"compact value alone", "20240312", "2024-03-12", false},
      {"RFC 2822 keeps its time", "Tue, 12 Mar 2024 10:20:30 GMT", "2024-03-12T10:20:30Z", false},
      {"clock time without zone after a textual date is dropped", "12 March 2024 10:20",
       "2024-03-12", false},
      {"English, month first", "Updated March 12th, 2024 at 9am", "2024-03-12", false},
      {"English, day first", "12 March 2024", "2024-03-12", false},
      {"German with period", "Veröffentlicht am 12. März 2024", "2024-03-12", false},
      {"German without umlaut", "12. Maerz 2024", "2024-03-12", false},
      {"French", "Publié le 1er février 2024", "2024-02-01", false},
      {"French capitalised accent", "1 FÉVRIER 2024", "2024-02-01", false},
      {"Spanish", "12 de marzo de 2024", "2024-03-12", false},
      {"Italian", "Pubblicato il 3 giugno 2024", "2024-06-03", false},
      {"Portuguese", "5 de março de 2024", "2024-03-05", false},
      {"Dutch", "Gepubliceerd op 12 maart 2024", "2024-03-12", false},
      {"Russian genitive", "15 августа 2016, 13:43", "2016-08-15", false},
      {"Japanese", "2016年8月15日", "2016-08-15", false},
      {"numeric day first", "12.03.2024", "2024-03-12", false},
      {"numeric slash, US", "3/12/24", "2024-03-12", true},
      {"numeric slash, day first", "12/03/2024", "2024-03-12", false},
      {"a part over 12 decides", "25/12/2023", "2023-12-25", true},
      {"abbreviation with period", "Mar. 12, 2024", "2024-03-12", false},
      {"range of days, German",
       "Wochenbericht 14.\xE2\x80\x93"
       "20. Januar 2022",
       "2022-01-14", false},
      {"range of days, English", "3-5 March 2024", "2024-03-03", false},
      {"month and year only is no date", "March 2024", "", false},
      {"impossible day", "2023-02-29", "", false},
      {"leap day", "2024-02-29", "2024-02-29", false},
      {"month 13", "2024-13-01", "", false},
      {"before 1990", "1989-12-31", "", false},
      {"year 0001", "0001-01-01", "", false},
      {"after the fetch date", "2026-03-03", "", false},
      {"the fetch day itself", "2026-03-02T23:59:00Z", "2026-03-02T23:59:00Z", false},
      {"a word containing a month name", "Marchetti 12 2024", "", false},
      {"digits inside a longer number", "ID 1202403121", "", false},
      {"not a date", "soon", "", false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    EXPECT_EQ(NormalizeDate(c.text, Fetched("2026-03-02", c.month_first)), c.want);
  }
}

TEST(DateParseTest, FutureIsJudgedAgainstTodayWithoutFetchDate) {
  EXPECT_EQ(NormalizeDate("2099-01-01", DateOptions{}), "");
  EXPECT_EQ(NormalizeDate("2001-09-10", DateOptions{}), "2001-09-10");
  EXPECT_EQ(TodayUtc().size(), 10u);
}

TEST(DateParseTest, TwoDigitYearsFollowTheLatestYear) {
  EXPECT_EQ(NormalizeDate("3/12/24", Fetched("2026-03-02", true)), "2024-03-12");
  EXPECT_EQ(NormalizeDate("3/12/98", Fetched("2026-03-02", true)), "1998-03-12");
}

TEST(DateParseTest, FindDatesGivesSpansInOrder) {
  const std::string text =
      "Harbour board, 4 March 2024 — updated 2024-03-05T10:00Z. Old: 1/1/1980.";
  std::vector<FoundDate> found = FindDates(text, Fetched("2026-03-02"));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(text.substr(found[0].start, found[0].length), "4 March 2024");
  EXPECT_TRUE(found[0].textual);
  EXPECT_EQ(found[1].value.ToString(), "2024-03-05T10:00Z");
  EXPECT_FALSE(found[1].textual);
}

// Regression: inline elements with no space between them glue a category
// link to the date ("Garden NotesAPRIL 9, 2023"); a lower-to-upper case change
// counts as a word start, a run of lower-case letters still does not.
TEST(DateParseTest, MonthNameGluedAtACaseChange) {
  const struct {
    const char* text;
    const char* want;  // first date found, "" = none
  } cases[] = {
      {"Garden NotesAPRIL 9, 2023Updated: MAY 2, 2024", "2023-04-09"},
      {"By Wren OkaforMarch 3, 2022", "2022-03-03"},
      {"Sections: Harbour newsjune 4, 2021", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<FoundDate> found = FindDates(c.text, Fetched("2026-03-02"), 1);
    EXPECT_EQ(found.empty() ? "" : found[0].value.ToString(), c.want);
  }
}

// Regression: a no-break space or a General Punctuation character (thin
// space, bullet, dash) counted as a letter, so "Kanton Uri&nbsp;&bull;&nbsp;
// 02.02.2022" gave no date, nor did a month name followed by &nbsp;.
TEST(DateParseTest, NonAsciiSpacesAndBulletsSeparateWords) {
  const struct {
    const char* text;
    const char* want;  // first date found, "" = none
  } cases[] = {
      {"Kanton Uri\u00a0\u00a0\u2022\u00a0\u00a005.02.2022", "2022-02-05"},
      {"Seeblick Verlag\u2022 11.03.2021", "2021-03-11"},
      {"Lokales\u2009\u20143 March 2020", "2020-03-03"},
      {"am 7.\u00a0M\u00e4rz\u00a02019 im Rathaus", "2019-03-07"},
      {"Sept\u00a014, 2018", "2018-09-14"},
      {"Ref\u00e905.02.2022", ""},  // a letter (e acute) still joins
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<FoundDate> found = FindDates(c.text, Fetched("2026-03-02"), 1);
    EXPECT_EQ(found.empty() ? "" : found[0].value.ToString(), c.want);
  }
}

}  // namespace
}  // namespace crosscheck
