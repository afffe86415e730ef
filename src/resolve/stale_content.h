// Stale content: an article whose own words date it well before its stamped
// publication date (an old story re-served under a new date) gets a Flag
// {kind "stale_content"}.
//
// The rule (explainable, and every piece of evidence is quoted with its span):
//   1. The text pins its own "now" to a year Y when it puts "this year" (or "this
//      year's <noun>") in apposition with an explicit year Y other than the
//      publication year: "this year's budget - the 2022 budget", "this year
//      (2022)". A year merely compared with this year ("up from 2019") does not
//      count: on the AllSides sample that looser reading flagged 36 current
//      articles, all wrongly.
//   2. It pins its current month M when it speaks of "the rest of <Month>" or
//      "this <Month>".
//   3. Content date = the end of M in Y (the end of Y when no month is pinned).
//      Rule 2 alone does not fire: a month without a year is at most a year away.
//   4. Counter-evidence: an explicit year or date later than the content date
//      in a sentence that is not about the future (tense of the nearest verb;
//      "due to be built between 2023 and 2026" does not count). Any such date
//      cancels the flag.
//   5. Flag when the publication date is more than `threshold_days` after the
//      content date. Nothing is flagged without a known publication date.
// The Flag's detail names the estimated content date, the gap, the threshold
// and each evidence span as "[start,end) 'text'" (byte offsets into
// Document::text), so the evidence can be recovered from the detail.
//
// Options (ExtractOptions::stale_after_days, default 180): half a year is far
// longer than the delay between events and their report in news (hours to
// days), and shorter than the year-scale gap of a re-served story.
//
// Thread safety: pure function of the Document. Failure: none.
#ifndef CROSSCHECK_RESOLVE_STALE_CONTENT_H_
#define CROSSCHECK_RESOLVE_STALE_CONTENT_H_

#include <memory>
#include <optional>

#include "crosscheck/document.h"
#include "crosscheck/extract.h"

namespace crosscheck::resolve {

// The stale_content flag for `document` (timexes normalised), or none.
std::optional<Flag> CheckStaleContent(const Document& document, int threshold_days);

// The pipeline stage "stale-content": appends CheckStaleContent's flag.
std::unique_ptr<DocumentStage> MakeStaleContentStage(int threshold_days);

}  // namespace crosscheck::resolve

#endif  // CROSSCHECK_RESOLVE_STALE_CONTENT_H_
