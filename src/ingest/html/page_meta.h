// Page metadata: what an HTML page says about the article it holds — title,
// authors, outlet, canonical URL, language, published and modified dates —
// read from the page's libxml2 tree.
//
// Sources, in order of precedence (the first that gives a usable value wins):
//   title      the page's <h1> when it has exactly one, og:title,
//              twitter:title, JSON-LD headline, <title>, a first <h1>; a
//              site-name part (" | Outlet", " - Outlet", "Outlet:
//              ...") is removed when it names the outlet or the domain, or
//              when the <h1> equals the rest (see page_meta_title.cc)
//   authors    JSON-LD author (Person names and plain strings; an
//              Organization, the publisher or a date is not an author),
//              meta author / article:author / parsely-author / sailthru.author
//              / dc.creator (names, not URLs), byline elements (rel=author,
//              itemprop=author, class or id naming author/byline), "By X and
//              Y" lines; normalised ("By", "Von", "Par" ... dropped, split on
//              commas and "and"/"und"/"et"/"y"/"e"/"en"), deduplicated
//   outlet     og:site_name, JSON-LD publisher name, application-name, else
//              the URL's host without "www."
//   canonical  <link rel=canonical>, og:url (made absolute against the URL)
//   language   <html lang>, content-language meta, og:locale; ISO 639-1 lower
//              case ("pt-BR" -> "pt"); empty when none (the text stage's CLD2
//              result is the caller's fallback)
//   published  a vote (page_meta_dates.cc): JSON-LD datePublished (any
//              object of the page: @graph, arrays, NewsArticle, BlogPosting,
//              ...), publication meta tags (article:published_time,
//              og:published_time, date, dc.date, DC.date.issued, pubdate,
//              sailthru.date, parsely-pub-date, citation_publication_date,
//              ...), itemprop=datePublished and <time datetime>, a full date
//              in the URL path (/2024/03/12/, 20240312), the date shown with
//              the headline, date-line and byline elements, "Published ..."
//              labels, publish keys in inline scripts; each gives one day
//              with a weight and the best-supported day wins. published_from
//              names the source the value was taken from: "jsonld", "meta",
//              "url" or "text". Never the modified date; never a date after
//              `fetched` (or today) or before 1990 (date_parse.h).
//   modified   JSON-LD dateModified, article:modified_time, og:updated_time,
//              itemprop=dateModified, last-modified meta
// Dates keep their precision: "YYYY-MM-DD", or with the time as given.
//
// Options (PageMetaOptions):
//   field             default  meaning
//   read_url_dates    true     take a date from the URL path
//   read_text_dates   true     look for a date in the page text
//   max_text_bytes    64 KiB   page text scanned for byline and date lines
//
// Walks are iterative (parent/next pointers), so 10,000-deep nesting cannot
// overflow the stack. Never fails: a value that cannot be found is empty
// (published_from "none").
// Ownership: reads `doc` only (no libxml2 state is changed). Thread safety:
// reentrant; distinct documents may be read on distinct threads.
#ifndef CROSSCHECK_INGEST_HTML_PAGE_META_H_
#define CROSSCHECK_INGEST_HTML_PAGE_META_H_

#include <libxml/tree.h>

#include <cstddef>
#include <string>
#include <vector>

#include "crosscheck/document.h"

namespace crosscheck {

struct PageMetaOptions {
  bool read_url_dates = true;
  bool read_text_dates = true;
  std::size_t max_text_bytes = 64 << 10;
};

struct PageContext {
  std::string url;      // where the page came from (WARC-Target-URI, JSON url); may be empty
  std::string fetched;  // capture time (ISO 8601); empty = today. No date may follow it.
  PageMetaOptions options;
};

struct PageMetadata {
  std::string title;
  std::vector<std::string> authors;
  std::string outlet;
  std::string canonical_url;
  std::string language;                 // ISO 639-1, or empty
  std::string published;                // "YYYY-MM-DD[THH:MM[:SS][zone]]" or empty
  std::string published_from = "none";  // jsonld | meta | url | text | none
  std::string modified;                 // same form, or empty
};

PageMetadata ReadPageMetadata(const xmlDoc* doc, const PageContext& context);

// The PageContext for a record: its url and fetched time.
PageContext PageContextFor(const RawRecord& record, PageMetaOptions options = {});

// Fills the metadata fields of `document` from what the container said
// (`record`: JSON Lines fields, WARC-Target-URI / WARC-Date) and what the
// page says (`page`). The container wins where it gave a value (a crawler's
// or a user's explicit field), the page fills the rest:
//   url            record.url, else the page's canonical URL
//   canonical_url  page
//   title, outlet  record, else page
//   authors        record, else page
//   published      record.published -> published_from "container"; else the
//                  page's date and source
//   modified       page
//   fetched        record.fetched
//   language       page (ISO 639-1); left as it is when the page names none
//                  (the text stage's detector decides)
void ApplyPageMetadata(const PageMetadata& page, const RawRecord& record, Document* document);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_PAGE_META_H_
