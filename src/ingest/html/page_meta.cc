// ReadPageMetadata: one walk of the tree collects facts (page_meta_walk.h),
// JSON-LD is parsed once (page_meta_jsonld.h), then each field takes the
// first usable source in the order page_meta.h documents. Titles lose a site
// name part: a page's <title> is often "Headline | Outlet" or "Outlet -
// Headline"; a part is dropped when it names the outlet or the host, and when
// the page's <h1> equals one part that part is the title.
#include "ingest/html/page_meta.h"

#include <libxml/uri.h>

#include <algorithm>

#include "ingest/html/date_parse.h"
#include "ingest/html/page_meta_authors.h"
#include "ingest/html/page_meta_dates.h"
#include "ingest/html/page_meta_jsonld.h"
#include "ingest/html/page_meta_walk.h"

namespace crosscheck {
namespace {

std::string Collapse(std::string_view s) { return CollapseWhiteSpace(s); }

// Lower-case ASCII letters and digits only, for comparing names loosely.
std::string Key(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z')
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out.push_back(c);
    else if (static_cast<unsigned char>(c) >= 0x80)
      out.push_back(c);
  }
  return out;
}

const std::string* Meta(const PageFacts& facts, std::string_view key) {
  for (const MetaTag& m : facts.metas) {
    if (m.key == key) return &m.content;
  }
  return nullptr;
}

std::string MetaText(const PageFacts& facts, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    if (const std::string* v = Meta(facts, key)) {
      std::string text = Collapse(*v);
      if (!text.empty()) return text;
    }
  }
  return "";
}

// "https://www.brackwater-courier.example/a" -> "brackwater-courier.example".
std::string Host(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  url = url.substr(url.find('@') == std::string_view::npos ? 0 : url.find('@') + 1);
  url = url.substr(0, url.find(':'));
  std::string host(url);
  for (char& c : host) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

// True when `part` names the outlet or the host ("Brackwater Courier",
// "brackwater-courier.example", "BrackwaterCourier.com").
bool NamesSite(std::string_view part, const std::string& outlet, const std::string& host) {
  const std::string k = Key(part);
  if (k.empty()) return false;
  if (!outlet.empty()) {
    const std::string o = Key(outlet);
    if (k == o || (o.size() >= 4 && k.find(o) != std::string::npos && k.size() <= o.size() + 8) ||
        (k.size() >= 4 && o.find(k) != std::string::npos)) {
      return true;
    }
  }
  if (!host.empty()) {
    std::string h = Key(host.substr(0, host.rfind('.')));  // without the top-level domain
    if (k == h || k == Key(host) || (h.size() >= 4 && k.find(h) != std::string::npos)) return true;
  }
  return false;
}

std::string StripSiteName(const std::string& title, const std::string& outlet,
                          const std::string& host, const std::vector<std::string>& h1) {
  static constexpr std::string_view kSeparators[] = {" | ",
                                                     " - ",
                                                     " \xE2\x80\x93 ",
                                                     " \xE2\x80\x94 ",
                                                     " :: ",
                                                     " \xC2\xB7 ",
                                                     " \xE2\x80\xA2 ",
                                                     " \xC2\xBB ",
                                                     " \xC2\xAB ",
                                                     " / ",
                                                     ": "};
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i < title.size(); ++i) {
    for (std::string_view sep : kSeparators) {
      if (title.compare(i, sep.size(), sep) == 0) {
        parts.push_back(title.substr(start, i - start));
        start = i + sep.size();
        i = start - 1;
        break;
      }
    }
  }
  parts.push_back(title.substr(start));
  if (parts.size() == 1) return title;
  // The page's own headline, when it is one of the parts.
  for (const std::string& heading : h1) {
    const std::string hk = Key(heading);
    if (hk.empty() || NamesSite(heading, outlet, host)) continue;  // a logo in an <h1>
    for (const std::string& part : parts) {
      if (Key(part) == hk) return Collapse(part);
    }
  }
  // Drop site-name parts at either end; keep the middle together.
  std::size_t first = 0, last = parts.size();
  while (last - first > 1 && NamesSite(parts[last - 1], outlet, host)) --last;
  while (last - first > 1 && NamesSite(parts[first], outlet, host)) ++first;
  if (first == 0 && last == parts.size()) return title;
  // Re-join what is left with the original separators.
  std::size_t begin = 0, end = title.size();
  std::size_t offset = 0;
  for (std::size_t p = 0; p < parts.size(); ++p) {
    std::size_t at = title.find(parts[p], offset);
    if (p == first) begin = at;
    if (p + 1 == last) end = at + parts[p].size();
    offset = at + parts[p].size();
  }
  return Collapse(title.substr(begin, end - begin));
}

std::string Language(const PageFacts& facts) {
  std::string raw = facts.lang;
  if (raw.empty()) {
    raw = MetaText(
        facts, {"content-language", "language", "dc.language", "og:locale", "dcterms.language"});
  }
  std::string out;
  for (char c : raw) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') break;
    out.push_back(c);
  }
  return out.size() == 2 ? out : "";
}

bool MonthFirst(const PageFacts& facts, const std::string& language) {
  if (language.empty()) return true;
  if (language != "en") return false;
  std::string tag =
      facts.lang.empty() ? MetaText(facts, {"content-language", "og:locale"}) : facts.lang;
  for (char& c : tag) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_') c = '-';
  }
  return tag.size() < 5 || tag.compare(2, 3, "-us") == 0 || tag.compare(2, 3, "-ph") == 0;
}

std::string Absolute(const std::string& href, const std::string& base) {
  std::string h = Collapse(href);
  if (h.empty()) return "";
  if (base.empty()) return h;
  xmlChar* built = xmlBuildURI(reinterpret_cast<const xmlChar*>(h.c_str()),
                               reinterpret_cast<const xmlChar*>(base.c_str()));
  if (built == nullptr) return h;
  std::string out(reinterpret_cast<const char*>(built));
  xmlFree(built);
  return out;
}

}  // namespace

PageMetadata ReadPageMetadata(const xmlDoc* doc, const PageContext& context) {
  PageMetadata meta;
  const PageFacts facts = CollectPageFacts(doc, context.options.max_text_bytes);
  const JsonLdFacts jsonld = ReadJsonLd(facts.jsonld);
  const std::string host = Host(context.url);

  meta.outlet = MetaText(facts, {"og:site_name"});
  if (meta.outlet.empty()) meta.outlet = Collapse(jsonld.publisher);
  if (meta.outlet.empty()) meta.outlet = MetaText(facts, {"application-name", "twitter:site"});
  if (!meta.outlet.empty() && meta.outlet[0] == '@') meta.outlet.clear();  // a Twitter handle
  if (meta.outlet.empty()) meta.outlet = host;

  // The page's one <h1> is the headline readers see; og:title and JSON-LD
  // headlines are often rewritten for search and sharing. Several <h1>s (a
  // logo, a section name, the headline) make none of them trustworthy.
  std::string title;
  if (facts.h1.size() == 1) {
    std::string h1 = Collapse(facts.h1[0]);
    if (h1.size() >= 10 && h1.size() <= 300) title = std::move(h1);
  }
  if (title.empty()) title = MetaText(facts, {"og:title", "twitter:title"});
  if (title.empty()) title = Collapse(jsonld.headline);
  if (title.empty()) title = Collapse(facts.title);
  if (title.empty() && !facts.h1.empty()) title = Collapse(facts.h1[0]);
  meta.title = StripSiteName(title, meta.outlet, host, facts.h1);

  std::vector<std::string> raw_authors = jsonld.authors;
  meta.authors = NormalizeAuthors(raw_authors, meta.outlet);
  if (meta.authors.empty()) {
    std::vector<std::string> from_meta;
    for (std::string_view key :
         {"author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
          "dcterms.creator", "byl", "citation_author", "twitter:creator"}) {
      for (const MetaTag& m : facts.metas) {
        if (m.key == key && m.content.find("://") == std::string::npos && m.content[0] != '@') {
          from_meta.push_back(m.content);
        }
      }
      if (!from_meta.empty()) break;
    }
    meta.authors = NormalizeAuthors(from_meta, meta.outlet);
  }
  if (meta.authors.empty()) {
    std::vector<std::string> from_props;
    for (const ItemProp& p : facts.itemprops) {
      if (p.prop == "author" || p.prop == "creator") from_props.push_back(p.value);
    }
    meta.authors = NormalizeAuthors(from_props, meta.outlet);
  }
  // Byline elements nest (a box, its link, the name): the first that yields
  // names is the byline.
  for (std::size_t i = 0; meta.authors.empty() && i < facts.bylines.size(); ++i) {
    meta.authors = NormalizeAuthors({facts.bylines[i]}, meta.outlet);
  }
  if (meta.authors.empty()) {
    for (const DateLine& line : facts.date_lines) {
      meta.authors = AuthorsFromBylinePhrase(line.text, meta.outlet);
      if (!meta.authors.empty()) break;
    }
  }

  for (const std::string& href : facts.canonical) {
    meta.canonical_url = Absolute(href, context.url);
    if (!meta.canonical_url.empty()) break;
  }
  if (meta.canonical_url.empty()) {
    meta.canonical_url = Absolute(MetaText(facts, {"og:url"}), context.url);
  }
  meta.language = Language(facts);

  DateOptions dates;
  if (context.fetched.size() >= 10) {
    // Only a parseable capture date limits the page's dates.
    if (ParseDate(context.fetched, DateOptions{})) dates.latest = context.fetched.substr(0, 10);
  }
  // "3/12/24" is 12 March in the US and most pages with no language; English
  // elsewhere (en-GB, en-AU, en-IN, ...) and other languages write the day first.
  dates.month_first = MonthFirst(facts, meta.language);
  DateChoice published = ChoosePublished(facts, jsonld, context, dates);
  meta.published = published.value;
  meta.published_from = published.from;
  meta.modified = ChooseModified(facts, jsonld, dates);
  return meta;
}

}  // namespace crosscheck

namespace crosscheck {

PageContext PageContextFor(const RawRecord& record, PageMetaOptions options) {
  PageContext context;
  context.url = record.url;
  context.fetched = record.fetched;
  context.options = options;
  return context;
}

void ApplyPageMetadata(const PageMetadata& page, const RawRecord& record, Document* document) {
  auto pick = [](const std::string& first, const std::string& second) {
    return first.empty() ? second : first;
  };
  document->url = pick(record.url, page.canonical_url);
  document->canonical_url = page.canonical_url;
  document->title = pick(record.title, page.title);
  document->outlet = pick(record.outlet, page.outlet);
  document->authors = record.authors.empty() ? page.authors : record.authors;
  if (!record.published.empty()) {
    document->published = record.published;
    document->published_from = "container";
  } else {
    document->published = page.published;
    document->published_from = page.published_from;
  }
  document->modified = page.modified;
  document->fetched = record.fetched;
  if (!page.language.empty()) document->language = page.language;
}

}  // namespace crosscheck
