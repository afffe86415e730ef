// Published-date choice. Structured sources speak first, since a page's
// authors put them there for machines: JSON-LD datePublished, then the meta
// tags that name publication, then itemprop / <time> markup. A date in the
// URL path comes next: it is fixed at publication and cannot be a modified
// date. Only then is text read: elements whose class or id names a date or a
// byline, then the lines just below the headline. Every candidate goes
// through the same date_parse.h validation (no impossible dates, none after
// the fetch or today, none before 1990); an invalid one is skipped, not
// trusted, and the next source is asked.
#include "ingest/html/page_meta_dates.h"

#include <algorithm>

namespace crosscheck {
namespace {

// Meta keys (lower case) that name the publication date, most specific first.
constexpr std::string_view kPublishedKeys[] = {"article:published_time",
                                               "og:published_time",
                                               "og:article:published_time",
                                               "article:published",
                                               "article.published",
                                               "published_time",
                                               "published-date",
                                               "publish-date",
                                               "publish_date",
                                               "publishdate",
                                               "publication_date",
                                               "publication-date",
                                               "pubdate",
                                               "datepublished",
                                               "dc.date.issued",
                                               "dcterms.issued",
                                               "dc.date.published",
                                               "dcterms.date",
                                               "dc.date",
                                               "dc.date.created",
                                               "dcterms.created",
                                               "date",
                                               "sailthru.date",
                                               "parsely-pub-date",
                                               "citation_publication_date",
                                               "citation_date",
                                               "citation_online_date",
                                               "article_date_original",
                                               "original-publish-date",
                                               "datecreated",
                                               "date_published",
                                               "release_date",
                                               "prism.publicationdate",
                                               "rnews:datepublished",
                                               "og:pubdate",
                                               "cxenseparse:recs:publishtime",
                                               "bt:pubdate",
                                               "article.created",
                                               "live_date",
                                               "displaydate",
                                               "created",
                                               "article:post_date",
                                               "date.available",
                                               "content_date",
                                               "creation_date"};

constexpr std::string_view kModifiedKeys[] = {
    "article:modified_time", "og:updated_time", "og:modified_time",
    "article:modified",      "datemodified",    "dc.date.modified",
    "dcterms.modified",      "last-modified",   "lastmod",
    "modified_time",         "article.updated", "updated_time",
    "date.updated",          "modified"};

std::optional<DateValue> Parse(std::string_view value, const DateOptions& dates) {
  if (value.empty()) return std::nullopt;
  return ParseDate(value, dates);
}

}  // namespace

std::optional<DateValue> DateFromUrl(std::string_view url, const DateOptions& dates) {
  // Only the path: skip "scheme://host".
  std::size_t scheme = url.find("://");
  std::size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  url = url.substr(path);
  auto digits = [&](std::size_t i) {
    std::size_t n = 0;
    while (i + n < url.size() && url[i + n] >= '0' && url[i + n] <= '9') ++n;
    return n;
  };
  auto number = [&](std::size_t i, std::size_t n) {
    int v = 0;
    for (std::size_t k = 0; k < n; ++k) v = v * 10 + (url[i + k] - '0');
    return v;
  };
  for (std::size_t i = 0; i < url.size(); ++i) {
    if (i > 0 && url[i - 1] >= '0' && url[i - 1] <= '9') continue;
    const std::size_t n = digits(i);
    if (n == 0) continue;
    DateValue v;
    if (n == 4) {
      std::size_t s = i + 4;
      if (s >= url.size() || (url[s] != '/' && url[s] != '-' && url[s] != '_')) continue;
      const char sep = url[s];
      std::size_t n2 = digits(s + 1);
      if (n2 < 1 || n2 > 2 || s + 1 + n2 >= url.size() || url[s + 1 + n2] != sep) continue;
      std::size_t d = s + 2 + n2;
      std::size_t n3 = digits(d);
      if (n3 < 1 || n3 > 2) continue;
      v.year = number(i, 4);
      v.month = number(s + 1, n2);
      v.day = number(d, n3);
    } else if (n == 8) {
      v.year = number(i, 4);
      v.month = number(i + 4, 2);
      v.day = number(i + 6, 2);
    } else {
      i += n - 1;
      continue;
    }
    // Validate through the common parser (limits, calendar).
    std::optional<DateValue> checked = ParseDate(v.ToString(), dates);
    if (checked) return checked;
    i += n - 1;
  }
  return std::nullopt;
}

DateChoice ChoosePublished(const PageFacts& facts, const JsonLdFacts& jsonld,
                           const PageContext& context, const DateOptions& dates) {
  DateChoice choice;
  auto take = [&](std::optional<DateValue> v, const char* from) {
    if (!v) return false;
    choice.value = v->ToString();
    choice.from = from;
    return true;
  };
  if (take(Parse(jsonld.date_published, dates), "jsonld")) return choice;
  for (std::string_view key : kPublishedKeys) {
    for (const MetaTag& meta : facts.metas) {
      if (meta.key == key && take(Parse(meta.content, dates), "meta")) return choice;
    }
  }
  for (const ItemProp& prop : facts.itemprops) {
    if ((prop.prop == "datepublished" || prop.prop == "datecreated") &&
        take(Parse(prop.value, dates), "meta")) {
      return choice;
    }
  }
  for (const TimeElement& t : facts.times) {
    if (t.pubdate && !t.modified &&
        (take(Parse(t.datetime, dates), "meta") || take(Parse(t.text, dates), "text"))) {
      return choice;
    }
  }
  if (context.options.read_url_dates && take(DateFromUrl(context.url, dates), "url")) {
    return choice;
  }
  for (const TimeElement& t : facts.times) {
    if (!t.modified && take(Parse(t.datetime, dates), "meta")) return choice;
  }
  if (!context.options.read_text_dates) return choice;
  for (const std::string& line : facts.date_lines) {
    if (take(Parse(line, dates), "text")) return choice;
  }
  for (const TimeElement& t : facts.times) {
    if (!t.modified && take(Parse(t.text, dates), "text")) return choice;
  }
  // The lines just below the headline (a date line under the title).
  if (facts.h1_offset != std::string::npos && facts.h1_offset < facts.text.size()) {
    std::string_view near = std::string_view(facts.text).substr(facts.h1_offset, 1500);
    std::vector<FoundDate> found = FindDates(near, dates, 1);
    if (!found.empty()) {
      choice.value = found[0].value.ToString();
      choice.from = "text";
      return choice;
    }
  }
  return choice;
}

std::string ChooseModified(const PageFacts& facts, const JsonLdFacts& jsonld,
                           const DateOptions& dates) {
  if (std::optional<DateValue> v = Parse(jsonld.date_modified, dates)) return v->ToString();
  for (std::string_view key : kModifiedKeys) {
    for (const MetaTag& meta : facts.metas) {
      if (meta.key == key) {
        if (std::optional<DateValue> v = Parse(meta.content, dates)) return v->ToString();
      }
    }
  }
  for (const ItemProp& prop : facts.itemprops) {
    if (prop.prop == "datemodified") {
      if (std::optional<DateValue> v = Parse(prop.value, dates)) return v->ToString();
    }
  }
  for (const TimeElement& t : facts.times) {
    if (t.modified) {
      if (std::optional<DateValue> v = Parse(t.datetime.empty() ? t.text : t.datetime, dates)) {
        return v->ToString();
      }
    }
  }
  return "";
}

}  // namespace crosscheck
