// Timex normalisation: turns the underspecified values the recogniser wrote
// (src/extract/timex_recognizer.h) into TIMEX3 values, using
//   - the reference date: Document::published ("YYYY-MM-DD..."); a date before
//     1900 or after 2100, or none, is unknown;
//   - the verb's tense around the expression (tags of the sentence): past ->
//     the latest such day/month/season on or before the reference date, future
//     ("will", "would", "going to", "to" + verb) -> the first on or after it,
//     present -> the nearest; no verb or "could"/"might" -> a weekday the last
//     one (news reports what happened), a month or date the nearest; quarters
//     without a year -> the reporting year's whatever the verb;
//   - the narrative anchor: the last DATE resolved so far in the text, for
//     "that year", "the next day", "two years later".
// A value that needs an unknown reference stays undefined in TIMEX3's way: "X"
// digits at the granularity the expression has ("XXXX-XX-XX" for "yesterday",
// "XXXX" for "last year", "XXXX-10-18" for "October 18"). An undefined value
// beats a wrong one.
//
// Values written: "2026-03-10", "2026-03", "2026", "202" (decade), "20"
// (century), "2026-Q1", "2026-H1", "2026-SU", "2026-W11", "2026-W11-WE",
// "2026-03-10T02:40", "2026-03-10TNI", durations and sets unchanged, PRESENT_REF,
// PAST_REF, FUTURE_REF.
//
// Thread safety: pure function of the Document. Failure: none; a value it
// cannot read is left as the recogniser wrote it.
#ifndef CROSSCHECK_RESOLVE_TIMEX_NORMALIZER_H_
#define CROSSCHECK_RESOLVE_TIMEX_NORMALIZER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "crosscheck/document.h"
#include "crosscheck/extract.h"

namespace crosscheck::resolve {

// kIntended: an infinitive heads the verb group ("agreed to buy it in
// January"): an aim, usually still ahead.
enum class Tense { kNone, kPast, kPresent, kFuture, kIntended };

// The tense of the verb nearest to tokens [first, last] inside their sentence.
Tense TenseAround(const Document& document, std::uint32_t first, std::uint32_t last);

// A normalised DATE value read back: "2022" -> {2022, 0, 0}, "2022-10" ->
// {2022, 10, 0}, "2022-10-18" -> {2022, 10, 18}, "2022-Q3" -> {2022, 7, 0},
// "2022-SU" -> {2022, 6, 0}. Empty for anything else (undefined, durations, REF).
struct CalendarValue {
  int year = 0;
  int month = 0;  // 0 when the value is a year
  int day = 0;    // 0 when coarser than a day
};
std::optional<CalendarValue> ParseCalendarValue(std::string_view value);

// Days from civil date a to b (b - a); months/days 0 count as 1.
long DaysBetween(const CalendarValue& a, const CalendarValue& b);

// Rewrites every Document::timexes value in place (text order matters: anchors).
void NormalizeTimexes(Document& document);

// The pipeline stage "timex-values": NormalizeTimexes.
std::unique_ptr<DocumentStage> MakeTimexNormalizerStage();

}  // namespace crosscheck::resolve

#endif  // CROSSCHECK_RESOLVE_TIMEX_NORMALIZER_H_
