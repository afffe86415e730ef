// The corpus-level records of issue 9, part 2: one fact as each outlet reports
// it (Claim), the same quotation across outlets (QuoteGroup), and dated events
// in order (Timeline). Exported as {"type":"claim"}, {"type":"quote_group"}
// and {"type":"timeline"} lines (claim_json.h; DESIGN.md §2).
//
// Every record cites the documents and byte spans it rests on; spans are
// [start, end) offsets into the cited document's text. Values are kept as
// each outlet wrote them: a claim never converts units or currencies.
//
// Ownership: plain values. Thread safety: none needed.
#ifndef CROSSCHECK_CORPUS_CLAIM_TYPES_H_
#define CROSSCHECK_CORPUS_CLAIM_TYPES_H_

#include <string>
#include <vector>

#include "crosscheck/span.h"

namespace crosscheck::corpus {

// One outlet's report of a claim.
struct ClaimReport {
  std::string document;  // document id
  std::string outlet;    // as the document names it ("" when unknown)
  Span span;             // the figure, date or statement
  std::string text;      // its words as the outlet wrote them
  Span sentence;         // the sentence around it (what to show people)
  // quantity claims: the value as stated, unconverted
  bool numeric = false;
  double value = 0.0;
  double high = 0.0;     // top of a range; 0 when none
  std::string unit;      // "EUR", "m", "%" or ""
  std::string modifier;  // "about", "more than", ... or ""
  std::string date;      // date claims: the calendar value ("2026-03-10")
};

// One thing, several reports. kind: "quantity" (a figure), "date" (a dated
// fact), "position" (what one speaker said on one subject).
// verdict:
//   agree     every report is compatible with every other (equal values, a
//             rounding or a hedge away: "about 340" ~ "340", "more than 3 m"
//             ~ "3.4 m"; dates that contain each other: "2026-03" ~ "2026-03-10")
//   differ    reports from different outlets give different values (or, for
//             a position, different content); reports in different currencies
//             or units that cannot be compared without conversion also differ
//   conflict  one outlet disagrees with itself: two of its own reports give
//             incompatible values (a silent correction, or an error)
struct Claim {
  std::string id;       // "k1", ... in order of the story's first report
  std::string kind;     // quantity | date | position
  std::string about;    // a short label built from the reports' words ("residents evacuat")
  std::string verdict;  // agree | differ | conflict
  std::string speaker;  // position claims: the speaker's entity id (or "name:<name>")
  std::string speaker_name;
  std::vector<std::string> units;  // quantity claims: distinct units, as written
  std::vector<ClaimReport> reports;
};

// One quotation as each outlet worded it.
struct QuoteReport {
  std::string document;
  std::string outlet;
  Span span;         // the quotation
  std::string text;  // its words, as this outlet has them
  std::string kind;  // direct | partial | indirect | block
};

struct QuoteGroup {
  std::string id;       // "q1", ...
  std::string speaker;  // entity id ("e12"), or "name:<name>" when the speaker has no entity
  std::string speaker_name;
  // "same" when every outlet's wording matches after normalising case,
  // punctuation and quotation marks; "near" when trimmed, partial or lightly
  // reworded.
  std::string match;
  std::vector<QuoteReport> reports;
};

// A dated event and the documents that report it.
struct TimelineReport {
  std::string document;
  std::string outlet;
  Span span;      // the temporal expression
  Span sentence;  // the sentence that states the event
  std::string text;
};

struct TimelineEvent {
  std::string date;                   // calendar value: "2026-03-10", "2026-03", "2026"
  std::string about;                  // label from the reports' words
  std::vector<std::string> entities;  // entity ids named in the reporting sentences
  std::vector<TimelineReport> reports;
};

struct Timeline {
  std::string scope;                  // "story" | "entity"
  std::string subject;                // story id or entity id
  std::string name;                   // story title or entity name ("" when unknown)
  std::vector<TimelineEvent> events;  // in date order (coarser dates after finer ones
                                      // of the same period)
};

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_CLAIM_TYPES_H_
