// Date lines of copied web pages: a line that is only a publication or update
// stamp ("Published 14 March 2026, 09:12", "March 15, 2026 at 7:40 PM",
// "Updated: 2026-03-16", "Mon 16 Mar 2026", "12.03.2026") read as ISO 8601.
// English month and weekday names only. Thread-safe (pure function).
#ifndef CROSSCHECK_INGEST_DATE_LINE_H_
#define CROSSCHECK_INGEST_DATE_LINE_H_

#include <string>
#include <string_view>

namespace crosscheck {

// Parses a date line into `iso` ("YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"). Returns
// false when `line` is not only a date (plus a time and date words such as
// "Published", "Updated", "at"). `updated` tells whether it starts with
// "Updated"/"Last updated".
bool ParseDateLine(std::string_view line, std::string* iso, bool* updated);

// Month number (1-12) of an English month name or its 3/4-letter
// abbreviation, any case; 0 otherwise.
int MonthNumber(std::string_view word);
// Whether `word` is an English weekday name or abbreviation, any case.
bool IsWeekday(std::string_view word);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_DATE_LINE_H_
