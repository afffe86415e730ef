// Month names for date_parse.cc: lower-case names and abbreviations that
// pages write, with their month number. English, German, French, Spanish,
// Italian, Portuguese, Dutch (with and without accents), Scandinavian and
// Turkish forms, and Polish / Russian / Ukrainian genitives. Thread-safe
// (the table is built once, on first use).
#ifndef CROSSCHECK_INGEST_HTML_DATE_MONTH_NAMES_H_
#define CROSSCHECK_INGEST_HTML_DATE_MONTH_NAMES_H_

#include <string_view>
#include <vector>

namespace crosscheck {

struct MonthName {
  std::string_view name;
  int month;
};

// The names whose first byte is `first`, longest first (so "juni" is tried
// before "jun"). Matching is on lower-cased text.
const std::vector<MonthName>& MonthsStartingWith(unsigned char first);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_DATE_MONTH_NAMES_H_
