// Choosing a page's published and modified dates from its facts (see
// page_meta.h for the order of sources). Internal to src/ingest/html/.
// Thread safety: reentrant.
#ifndef CROSSCHECK_INGEST_HTML_PAGE_META_DATES_H_
#define CROSSCHECK_INGEST_HTML_PAGE_META_DATES_H_

#include <optional>
#include <string>
#include <string_view>

#include "ingest/html/date_parse.h"
#include "ingest/html/page_meta.h"
#include "ingest/html/page_meta_jsonld.h"
#include "ingest/html/page_meta_walk.h"

namespace crosscheck {

struct DateChoice {
  std::string value;          // "YYYY-MM-DD[...]" or empty
  std::string from = "none";  // jsonld | meta | url | text | none
};

DateChoice ChoosePublished(const PageFacts& facts, const JsonLdFacts& jsonld,
                           const PageContext& context, const DateOptions& dates);

std::string ChooseModified(const PageFacts& facts, const JsonLdFacts& jsonld,
                           const DateOptions& dates);

// A full date in a URL's path: /2024/03/12/, /2024-03-12-, /20240312/,
// _2024_03_12, /29-10-2021 (day first), /2020/jan/20/ (a month name as the
// whole segment); none for a year and month only.
std::optional<DateValue> DateFromUrl(std::string_view url, const DateOptions& dates);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_PAGE_META_DATES_H_
