#include "ingest/html/html_page.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <limits>
#include <mutex>

#include "ingest/html/html_charset.h"

namespace crosscheck {

namespace {

constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC |
                              XML_PARSE_HUGE;

void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace

std::string Attribute(const xmlNode* node, const char* name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return {};
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>(name)) != 0)
      continue;
    std::string value;
    for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
      if (c->content != nullptr) value += reinterpret_cast<const char*>(c->content);
    }
    return value;
  }
  return {};
}

Result<HtmlPage> HtmlPage::Parse(std::string_view body, std::string_view charset_hint,
                                 const std::string& url) {
  InitLibxml();
  Result<HtmlDecoded> decoded = DecodeHtml(body, charset_hint);
  if (!decoded.ok()) return decoded.status();
  HtmlPage page;
  page.source_ = std::move(decoded->text.utf8);
  page.source_to_bytes_ = std::move(decoded->text.to_bytes);
  page.charset_ = std::move(decoded->text.charset);
  page.charset_source_ = std::move(decoded->source);
  page.charset_mismatch_ = std::move(decoded->mismatch);
  if (page.source_.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    return Status::TooLarge("page too large for the HTML parser");
  }
  // An empty buffer makes libxml2 return no tree: parse a minimal page instead.
  static const std::string kEmpty = "<html></html>";
  const std::string& text = page.source_.empty() ? kEmpty : page.source_;
  page.doc_.reset(htmlReadMemory(text.data(), static_cast<int>(text.size()),
                                 url.empty() ? nullptr : url.c_str(), "UTF-8", kParseOptions));
  if (page.doc_ == nullptr) {
    page.doc_.reset(htmlReadMemory(kEmpty.data(), static_cast<int>(kEmpty.size()), nullptr, "UTF-8",
                                   kParseOptions));
  }
  if (page.doc_ == nullptr) return Status::Internal("libxml2 returned no document");
  return page;
}

}  // namespace crosscheck
