// The facts page metadata is chosen from, gathered in one iterative walk of
// a libxml2 HTML tree (internal to src/ingest/html/page_meta*.cc).
//
// The walk follows children / next / parent pointers, never recursion, so
// any nesting depth is safe. Text under script, style, noscript, template and
// svg is not page text; JSON-LD scripts are kept apart. Every list is capped
// (kMaxFacts entries, each text kMaxFactBytes) so a hostile page cannot make
// the facts large. Thread safety: reentrant; reads the tree only.
#ifndef CROSSCHECK_INGEST_HTML_PAGE_META_WALK_H_
#define CROSSCHECK_INGEST_HTML_PAGE_META_WALK_H_

#include <libxml/tree.h>

#include <cstddef>
#include <string>
#include <vector>

namespace crosscheck {

inline constexpr std::size_t kMaxFacts = 200;
inline constexpr std::size_t kMaxFactBytes = 400;

struct MetaTag {
  std::string key;      // lower-case name, property, itemprop or http-equiv
  std::string content;  // content (or value) attribute
};

// An element with an itemprop (other than <meta>): its content/datetime
// attribute, else its text.
struct ItemProp {
  std::string prop;  // lower case: "datepublished", "author", ...
  std::string value;
};

struct TimeElement {
  std::string datetime;  // the datetime attribute, may be empty
  std::string text;
  bool pubdate = false;    // pubdate attribute, or a class/itemprop naming publication
  bool modified = false;   // class/itemprop naming an update
  std::size_t offset = 0;  // where it starts in PageFacts::text
};

// The text of an element whose class or id names a date, a byline or meta
// information.
struct DateLine {
  std::string text;
  std::size_t offset = 0;  // where it starts in PageFacts::text
};

struct PageFacts {
  std::string lang;   // <html lang> / xml:lang
  std::string title;  // first <title>
  std::vector<std::string> h1;
  std::vector<MetaTag> metas;
  std::vector<std::string> canonical;  // <link rel=canonical href>
  std::vector<std::string> jsonld;     // bodies of application/ld+json scripts
  std::vector<ItemProp> itemprops;
  std::vector<TimeElement> times;
  std::vector<std::string> bylines;  // texts of author / byline elements
  // Values of "...publish...": keys in inline scripts that are not JSON-LD
  // (app state such as "published_at":"2024-03-12T10:00"), first 40 bytes each.
  std::vector<std::string> script_dates;
  std::vector<DateLine> date_lines;           // texts of elements named for dates
  std::string text;                           // page text, blocks on their own lines (capped)
  std::size_t h1_offset = std::string::npos;  // where the first <h1> starts in `text`
};

PageFacts CollectPageFacts(const xmlDoc* doc, std::size_t max_text_bytes);

// The text under `node`, white space collapsed, at most `max_bytes` (cut at a
// UTF-8 boundary). Iterative; gives up after visiting 4,000 nodes.
std::string ElementText(const xmlNode* node, std::size_t max_bytes);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_PAGE_META_WALK_H_
