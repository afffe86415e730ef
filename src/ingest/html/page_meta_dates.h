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
#include "ingest/html/page_meta_url_date.h"  // DateFromUrl
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

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_PAGE_META_DATES_H_
