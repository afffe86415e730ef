// The corpus summary behind `crosscheck report`: what is in a store.
//
// For now (before the corpus stage exists) the report covers documents per
// outlet, languages, the publication-date range, what cleaning removed, and
// the inputs that failed. Formats: plain text for people, JSON for programs.
//
// Failure: returns the Store's Status unchanged. Thread safety: uses the given
// Store, which must not be used concurrently.
#ifndef CROSSCHECK_REPORT_SUMMARY_H_
#define CROSSCHECK_REPORT_SUMMARY_H_

#include <ostream>
#include <string_view>

#include "crosscheck/status.h"
#include "crosscheck/store.h"

namespace crosscheck {

enum class ReportFormat { kText, kJson };

// Writes the summary of `store` to `out`. `max_errors` caps the failed inputs
// listed by name (all are counted).
Status WriteSummary(Store& store, ReportFormat format, std::ostream& out, int max_errors = 20);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_SUMMARY_H_
