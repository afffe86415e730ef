// HtmlPage: a web page decoded to UTF-8 and parsed by libxml2's HTML parser.
//
// The page owns its libxml2 tree (freed with the page), the UTF-8 source the
// tree was parsed from, and the map from that source back to the record's body
// bytes. Metadata readers and the main-text extractor only read the tree.
//
// Parsing: the bytes are decoded first (html_charset.h: BOM, HTTP header hint,
// <meta>, detection), then handed to htmlReadMemory as UTF-8 with
// HTML_PARSE_RECOVER | NOERROR | NOWARNING | NONET | COMPACT | IGNORE_ENC and
// XML_PARSE_HUGE (the parser never re-decodes, never fetches anything and
// never fails on broken markup: it builds the tree it can; without HUGE,
// libxml2 drops the whole body of a page nested deeper than 256 elements —
// the record size limit bounds the input instead). libxml2's HTML parser is HTML 4 with
// error recovery, not the HTML5 algorithm: misnested markup may be repaired
// differently from a browser; the text itself is kept. Attribute names that
// libxml2 2.9 cannot read ("@click", "(click)", "[class]", "*ngIf" of script
// frameworks) make it read the rest of the tag as text, so the parser gets a
// copy in which their offending bytes are '_' (same length: offsets hold);
// source() is the page as decoded.
//
// Failure: kUnsupported for binary content or an undetectable charset,
// kInternal when libxml2 returns no tree at all. Locations carry the byte
// offset only (callers add input and record).
// Thread safety: Parse is reentrant (libxml2 must have been initialised, which
// Parse does once, thread-safely); a page is immutable after Parse and may be
// read from several threads.
#ifndef CROSSCHECK_INGEST_HTML_HTML_PAGE_H_
#define CROSSCHECK_INGEST_HTML_HTML_PAGE_H_

#include <libxml/HTMLparser.h>

#include <memory>
#include <string>
#include <string_view>

#include "crosscheck/offset_map.h"
#include "crosscheck/status.h"

namespace crosscheck {

class HtmlPage {
 public:
  // Decodes `body` (with the container's `charset_hint`, may be empty) and
  // parses it. `url` becomes the document's base URL (may be empty).
  static Result<HtmlPage> Parse(std::string_view body, std::string_view charset_hint,
                                const std::string& url);

  HtmlPage(HtmlPage&&) noexcept = default;
  HtmlPage& operator=(HtmlPage&&) noexcept = default;

  // The tree. Never null after a successful Parse.
  xmlDoc* doc() const { return doc_.get(); }
  // <html> (or the first element), or nullptr for an empty tree.
  xmlNode* root() const { return xmlDocGetRootElement(doc_.get()); }
  // The document node: its children are every top-level node (after a stray
  // </html>, libxml2 puts the rest of the page in a second top-level element).
  const xmlNode* top() const { return reinterpret_cast<const xmlNode*>(doc_.get()); }
  // The UTF-8 text the tree was parsed from, and its map to the body bytes.
  const std::string& source() const { return source_; }
  const OffsetMap& source_to_bytes() const { return source_to_bytes_; }
  // Charset the body was decoded from ("UTF-8", "windows-1252", ...), where
  // that came from (bom|utf8|header|meta|detected), and a non-empty reason
  // when a label contradicted the bytes.
  const std::string& charset() const { return charset_; }
  const std::string& charset_source() const { return charset_source_; }
  const std::string& charset_mismatch() const { return charset_mismatch_; }

 private:
  HtmlPage() = default;
  struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
  };
  std::unique_ptr<xmlDoc, DocFree> doc_;
  std::string source_;
  OffsetMap source_to_bytes_;
  std::string charset_, charset_source_, charset_mismatch_;
};

// Lower-case ASCII tag name of an element ("" for other nodes). HTML tag names
// in libxml2's tree are already lower case.
inline std::string_view TagName(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

// The value of attribute `name` of `node` as a string ("" when absent).
std::string Attribute(const xmlNode* node, const char* name);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_HTML_PAGE_H_
