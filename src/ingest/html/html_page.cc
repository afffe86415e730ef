#include "ingest/html/html_page.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <mutex>
#include <string_view>

#include "ingest/html/html_charset.h"

namespace crosscheck {

namespace {

constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC |
                              XML_PARSE_HUGE;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == ':' || c == '_' || c == '.' ||
         c == '-';
}

bool StartsWithNoCase(std::string_view s, std::size_t at, std::string_view lower) {
  if (s.size() - at < lower.size()) return false;
  for (std::size_t k = 0; k < lower.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(s[at + k])) != lower[k]) return false;
  }
  return true;
}

// libxml2 (before 2.12) gives up on a start tag at an attribute name that is
// not an XML-like name ("@click", ":[x]", "(click)", "*ngIf" of script
// frameworks) and ends the tag at the next '>' (inside a value such as
// "() => x"), reading the rest as text. Such names are rewritten byte for byte
// ('_' for each offending byte) in `repaired`, a copy made only when needed,
// so every offset in the page stays the same. Returns false when nothing
// needed rewriting (`repaired` is then untouched).
bool RepairAttributeNames(const std::string& html, std::string& repaired) {
  bool changed = false;
  const std::size_t n = html.size();
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      const std::size_t e = html.find("-->", i + 4);
      if (e == std::string::npos) break;
      i = e + 3;
      continue;
    }
    if (i + 1 >= n || !IsAlpha(html[i + 1])) {
      ++i;
      continue;
    }
    std::size_t k = i + 1;
    while (k < n && IsNameChar(html[k])) ++k;
    const bool raw = (k - i - 1 == 6 && StartsWithNoCase(html, i + 1, "script")) ||
                     (k - i - 1 == 5 && StartsWithNoCase(html, i + 1, "style"));
    while (k < n && html[k] != '>') {
      if (IsSpace(html[k]) || html[k] == '/') {
        ++k;
        continue;
      }
      const std::size_t name = k;
      while (k < n && !IsSpace(html[k]) && html[k] != '=' && html[k] != '>' &&
             !(html[k] == '/' && k + 1 < n && html[k + 1] == '>')) {
        const bool ok = k == name ? (IsAlpha(html[k]) || html[k] == '_' || html[k] == ':')
                                  : IsNameChar(html[k]);
        if (!ok) {
          if (!changed) repaired = html;
          repaired[k] = '_';
          changed = true;
        }
        ++k;
      }
      while (k < n && IsSpace(html[k])) ++k;
      if (k < n && html[k] == '=') {
        ++k;
        while (k < n && IsSpace(html[k])) ++k;
        if (k < n && (html[k] == '"' || html[k] == '\'')) {
          const std::size_t e = html.find(html[k], k + 1);
          k = e == std::string::npos ? n : e + 1;
        } else {
          while (k < n && !IsSpace(html[k]) && html[k] != '>') ++k;
        }
      }
    }
    i = k;
    if (raw) {
      std::size_t e = i;
      while ((e = html.find("</", e)) != std::string::npos) {
        if (StartsWithNoCase(html, e + 2, "script") || StartsWithNoCase(html, e + 2, "style"))
          break;
        e += 2;
      }
      if (e == std::string::npos) break;
      i = e;
    }
  }
  return changed;
}

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
  // libxml2 stops reading at a NUL byte (a page then loses everything after
  // a stray run of NULs in an ad's markup); HTML5 ignores them. A space in
  // its place keeps every offset of the page.
  std::replace(page.source_.begin(), page.source_.end(), '\0', ' ');
  // An empty buffer makes libxml2 return no tree: parse a minimal page instead.
  static const std::string kEmpty = "<html></html>";
  std::string repaired;
  const bool repair = RepairAttributeNames(page.source_, repaired);
  const std::string& text = page.source_.empty() ? kEmpty : repair ? repaired : page.source_;
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
