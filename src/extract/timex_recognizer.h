// Temporal expressions (TIMEX3 DATE, TIME, DURATION, SET) read from the tokens
// of an analysed Document. The recogniser finds the spans and writes what the
// words alone say; values that need the publication date or the verb's tense
// are left underspecified for the normaliser (src/resolve/timex_normalizer.h),
// which rewrites them into TIMEX3 values.
//
// Values written here (the normaliser's input):
//   complete TIMEX3        "2022-10-18", "2022-10", "2022", "199" (1990s), "19" (20th
//                          century), "2022-Q3", "2022-SU", "P3Y", "PT45M", "PXM",
//                          "P2Y6M" (2 1/2 years), "P9M" (three quarters), PRESENT_REF,
//                          PAST_REF, FUTURE_REF
//   year unknown           "XXXX-10-18", "XXXX-10", "XXXX-SU", "XXXX-Q3", "XXXX-H1";
//                          holidays "XXXX-12-25" (Christmas), "XXXX-11-TG"
//                          (Thanksgiving: the fourth Thursday of November)
//   weekend                "WEEKEND" ("the weekend": the last or next by the verb)
//   weekday                "XXXX-WXX-2" (ISO weekday; DATE; a SET keeps it as is)
//   clock time             "XXXX-XX-XXT02:40"; weekday or relative day with a part
//                          of the day or a clock time: "XXXX-WXX-2TNI",
//                          "XXXX-WXX-2T09:00" (9 a.m. Tuesday), "REF-1DTNI"
//   relative to the        "REF-1D" (yesterday), "REF+0W" (this week), "REF-3Y"
//   publication date       (three years ago), "REF-1WE" (last weekend); the unit
//                          (Y Q M W D WE DE) is also the granularity of the value;
//                          ":MM" or ":SS" names a month or season inside the year
//                          ("REF-1Y:06", June last year), ":Qn"/":Hn" a quarter or
//                          half ("REF-1Y:Q3", the year-ago third quarter), ":WXX" an
//                          unnamed week of the year ("REF+0Y:WXX", for the week);
//                          "REF+0Y" is also "for the year", "the full/fiscal year"
//   relative to the last   "ANCHOR+0Y" (that year), "ANCHOR+1D" (the next day),
//   date in the text       "ANCHOR-2Y" (two years earlier), "ANCHOR+0Y:FA" (that
//                          autumn)
//   reporting period       "QUARTER" ("the quarter", "the latest quarter"): the
//                          quarter last named, else the last completed one;
//                          "QUARTER:1988" ("the 1988 quarter"), "QUARTER:REF-1Y"
//                          ("last year's quarter"): that quarter in the year named;
//                          "REF+1Y:Q1" ("next year's first quarter")
// A hint may follow any value: "@past" ("last Tuesday", "last autumn"), "@before"
// ("the previous Friday": before the day last named), "@future" ("next Tuesday"), "@this" ("this
// summer") or "@ago" ("a year ago": after a quarter was named, that quarter a year before); without
// one the normaliser uses the verb's tense. Left out on purpose (TimeBank does not annotate them):
// ages ("76-year-old"), "soon", "annually", "quarterly", "previously".
//
// Spans: the expression with its determiner-like modifiers ("last month",
// "early next year", "the past three months", "every Tuesday"), not the
// preposition before it ("on", "in").
//
// Thread safety: pure function of the Document. Failure: none; what it cannot
// read it leaves out.
#ifndef CROSSCHECK_EXTRACT_TIMEX_RECOGNIZER_H_
#define CROSSCHECK_EXTRACT_TIMEX_RECOGNIZER_H_

#include <memory>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/extract.h"

namespace crosscheck::extract {

// The temporal expressions of `document` (analysed and tagged), in text order,
// with underspecified values as above.
std::vector<Timex> RecognizeTimexes(const Document& document);

// The pipeline stage "timexes": replaces Document::timexes with RecognizeTimexes.
std::unique_ptr<DocumentStage> MakeTimexStage();

}  // namespace crosscheck::extract

#endif  // CROSSCHECK_EXTRACT_TIMEX_RECOGNIZER_H_
