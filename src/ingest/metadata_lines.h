// Metadata lines: the title, byline, date and masthead lines of a plain-text
// article, read into fields and marked so they leave the text.
//
// Where they are: between the page furniture at the top and the first prose
// line (the "top zone"), plus agency-style credit lines ("(Reporting by X;
// editing by Y)") after the last prose line.
//
// How they are found (general shapes, no site lists):
//   date      a short line made only of a date (2026-03-16, 16.03.2026,
//             14 March 2026, March 15, 2026, Mon 16 Mar 2026), an optional time
//             (09:12, 7:40 PM) and date words (Published, Updated, at, on, weekday
//             and month names, time zones). "Updated" lines lose to others.
//   byline    "By Name[, Name and Name][, job title]"; "Name, Job title";
//             "Reporting by X and Y; editing by Z" (reporters only); a bare
//             person name beside the title or date. Authors are person names:
//             2-4 capitalised words (particles such as "van", "de" allowed), no
//             digits, no all-capital words, no month or UI words.
//   title     the first line of the run of non-furniture lines just above the
//             first date/byline line (a line repeating it is boilerplate; other
//             lines of the run are a standfirst, kept as body). With no date or
//             byline: the first substantial top-zone line without a final period.
//   masthead  a short top-zone line above the title whose name is repeated in
//             a copyright/footer line ("© 2026 Name Ltd.") or "More from Name";
//             the outlet is the words the two share.
//
// Thread safety: pure functions.
#ifndef CROSSCHECK_INGEST_METADATA_LINES_H_
#define CROSSCHECK_INGEST_METADATA_LINES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/cleaner_lines.h"
#include "ingest/date_line.h"

namespace crosscheck {

struct MetadataFields {
  std::string title, outlet, published;  // published: "YYYY-MM-DD[THH:MM]"
  std::vector<std::string> authors;
  int title_line = -1;  // index into the lines, -1 if none
  int body_start = -1;  // the first prose line below the metadata lines
};

// Parses a byline of an explicit form ("By ...", "Reporting by ...", or, when
// `allow_bare` is set, "Name, Job title" and a bare "Name"). Returns the
// authors; empty when the line is not a byline.
std::vector<std::string> ParseByline(std::string_view line, bool allow_bare);

// True for a person's name (see the file comment).
bool IsPersonName(std::string_view name);

// The outlet name a copyright/footer line names ("© 2026 Harbourline Media
// Ltd." -> "Harbourline Media"), or "" if it names none.
std::string FooterName(std::string_view line);

// Marks title/byline/date/masthead lines in `lines` (their `cls`), and fills
// the fields. `first_prose`/`last_prose` bound the body (line indexes; -1 when
// the article has no prose line).
MetadataFields ReadMetadataLines(std::string_view text, std::vector<Line>& lines, int first_prose,
                                 int last_prose);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_METADATA_LINES_H_
