// JSON-LD (schema.org) in a page: the article's headline, dates, authors and
// publisher, from the bodies of its application/ld+json scripts.
//
// Each script is parsed with nlohmann::json (no exceptions escape: a script
// that is not JSON, even after dropping HTML comment / CDATA wrappers and a
// trailing ';', is ignored). Objects are found anywhere: top level, arrays,
// @graph, nested values (mainEntity, itemListElement ...), iteratively.
// The article object is the first whose @type is an article type (Article,
// NewsArticle, BlogPosting, Report, LiveBlogPosting, ... or any type ending
// in "Article"); failing that a WebPage-like object; its fields win. Dates
// fall back to any object's datePublished / dateModified.
// Authors: strings, {"@type":"Person","name":...}, arrays of them; objects
// typed Organization (or NewsMediaOrganization, Corporation ...) are not
// authors. Thread safety: reentrant.
#ifndef CROSSCHECK_INGEST_HTML_PAGE_META_JSONLD_H_
#define CROSSCHECK_INGEST_HTML_PAGE_META_JSONLD_H_

#include <string>
#include <vector>

namespace crosscheck {

struct JsonLdFacts {
  std::string headline;
  std::string date_published;
  std::string date_modified;
  std::vector<std::string> authors;
  std::string publisher;  // publisher name, else a WebSite / Organization name
  bool article = false;   // an article-typed object was found
};

JsonLdFacts ReadJsonLd(const std::vector<std::string>& scripts);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_PAGE_META_JSONLD_H_
