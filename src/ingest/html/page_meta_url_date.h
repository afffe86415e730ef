// A full date in a URL's path, for the published-date vote
// (page_meta_dates.cc). Internal to src/ingest/html/. Thread safety:
// reentrant; no allocation escapes. Fails by returning nullopt.
#ifndef CROSSCHECK_INGEST_HTML_PAGE_META_URL_DATE_H_
#define CROSSCHECK_INGEST_HTML_PAGE_META_URL_DATE_H_

#include <optional>
#include <string_view>

#include "ingest/html/date_parse.h"

namespace crosscheck {

// A full date in `url`'s path: /2024/03/12/, /2024-03-12-, /20240312/,
// _2024_03_12, /29-10-2021 (day first), /2020/jan/20/ (a month name as the
// whole segment); none for a year and month only, nor for /2023/10/3-slug/
// (with slashes the day is a whole segment). `dates` bounds the value as for
// ParseDate (no future, none before 1990).
std::optional<DateValue> DateFromUrl(std::string_view url, const DateOptions& dates);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_PAGE_META_URL_DATE_H_
