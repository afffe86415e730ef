// CleanHtml: a web page (RawRecord with media_type "text/html") -> Document.
//
//   bytes --html_charset--> UTF-8 source --libxml2--> tree (html_page.h)
//         --html_blocks--> text blocks --html_extract--> article blocks
//         --duplicate.h--> repeated paragraphs dropped
//         --source_stream--> text + offset map back to the body bytes
//
// The Document's text holds the article's paragraphs, headings, list items
// and block quotes in page order, one block per paragraph, separated by one
// blank line; line breaks (<br>) inside a block become "\n"; white space runs
// become one space. Document::to_input maps every text byte back to the body
// bytes: exact for text copied from the page (the span of a paragraph covers
// the bytes of its words in the file); a character reference (&amp;) maps to
// the whole reference; a collapsed white-space run or a paragraph separator
// maps to the bytes between the words it joins (markup included); the rare
// text libxml2 repaired differently from the source maps to the position the
// aligner had reached (a zero-length input span).
//
// A page with no article (an index page, an empty shell) gives a Document with
// empty text and a Flag{"no_article", reason} — not an error. A charset label
// the bytes contradict gives a Flag{"charset_mismatch", reason}; the text is
// always valid UTF-8.
//
// Metadata: title, authors, dates are not read here (page metadata is read
// from the same tree elsewhere); see CleanHtml's note on the placeholder title.
//
// Errors (Status with the record's Location): kTooLarge for a body over
// max_record_bytes, kUnsupported for binary content or an undetectable
// charset, kInternal when libxml2 fails outright.
// Thread safety: reentrant; `duplicates` is the caller's (one per thread).
#ifndef CROSSCHECK_INGEST_HTML_CLEAN_HTML_H_
#define CROSSCHECK_INGEST_HTML_CLEAN_HTML_H_

#include "crosscheck/document.h"
#include "crosscheck/ingest.h"
#include "crosscheck/status.h"
#include "ingest/duplicate.h"

namespace crosscheck {

// The record an HTML reader makes of a whole page file: format "html",
// media_type "text/html", body = the page bytes (for tools and tests).
RawRecord HtmlPageRecord(std::string path, std::string body);

// `doc` arrives with the record's identity and container metadata filled in
// (id, origin, input_hash, format, url, ...); the text fields are added.
Result<Document> CleanHtml(const RawRecord& record, const IngestOptions& options,
                           DuplicateFinder& duplicates, Document doc);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_CLEAN_HTML_H_
