#include "ingest/html/page_meta_jsonld.h"

#include <nlohmann/json.hpp>
#include <string_view>

namespace crosscheck {
namespace {

using nlohmann::json;

std::string_view StripWrappers(std::string_view s) {
  auto trim = [](std::string_view t) {
    while (!t.empty() &&
           (t.front() == ' ' || t.front() == '\n' || t.front() == '\r' || t.front() == '\t'))
      t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\r' ||
                          t.back() == '\t' || t.back() == ';'))
      t.remove_suffix(1);
    return t;
  };
  s = trim(s);
  for (std::string_view open : {"<!--", "//<![CDATA[", "<![CDATA["}) {
    if (s.substr(0, open.size()) == open) s = trim(s.substr(open.size()));
  }
  for (std::string_view close : {"-->", "//]]>", "]]>"}) {
    if (s.size() >= close.size() && s.substr(s.size() - close.size()) == close) {
      s = trim(s.substr(0, s.size() - close.size()));
    }
  }
  return s;
}

// The @type of an object as a list of strings.
std::vector<std::string> Types(const json& object) {
  std::vector<std::string> out;
  auto it = object.find("@type");
  if (it == object.end()) return out;
  if (it->is_string()) out.push_back(it->get<std::string>());
  if (it->is_array()) {
    for (const json& t : *it) {
      if (t.is_string()) out.push_back(t.get<std::string>());
    }
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// 2 = an article, 1 = a web page, 0 = other.
int ArticleRank(const json& object) {
  int rank = 0;
  for (const std::string& t : Types(object)) {
    if (EndsWith(t, "Article") || t == "BlogPosting" || t == "Report" || t == "LiveBlogPosting" ||
        t == "SocialMediaPosting" || t == "Review" || t == "Recipe" || t == "HowTo") {
      rank = 2;
    } else if ((t == "WebPage" || t == "ItemPage" || t == "Blog" || t == "AboutPage") && rank < 1) {
      rank = 1;
    }
  }
  return rank;
}

bool IsOrganization(const json& object) {
  for (const std::string& t : Types(object)) {
    if (t.find("Organization") != std::string::npos || t == "Corporation" || t == "WebSite" ||
        t == "NewsMediaOrganization" || t == "Brand" || t == "EducationalOrganization") {
      return true;
    }
  }
  return false;
}

std::string Text(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object()) {
    auto it = value.find("name");
    if (it != value.end() && it->is_string()) return it->get<std::string>();
    it = value.find("@value");
    if (it != value.end() && it->is_string()) return it->get<std::string>();
  }
  if (value.is_array() && !value.empty()) return Text(value.front());
  return "";
}

void AddAuthors(const json& value, std::vector<std::string>* out) {
  if (value.is_array()) {
    for (const json& v : value) {
      if (!v.is_array()) AddAuthors(v, out);
    }
    return;
  }
  if (value.is_object()) {
    if (IsOrganization(value)) return;
    std::string name = Text(value);
    if (name.empty()) {
      auto given = value.find("givenName");
      auto family = value.find("familyName");
      if (given != value.end() && family != value.end() && given->is_string() &&
          family->is_string()) {
        name = given->get<std::string>() + " " + family->get<std::string>();
      }
    }
    if (!name.empty()) out->push_back(name);
    return;
  }
  if (value.is_string()) out->push_back(value.get<std::string>());
}

}  // namespace

JsonLdFacts ReadJsonLd(const std::vector<std::string>& scripts) {
  JsonLdFacts facts;
  int best_rank = -1;
  std::string any_published, any_modified, site_name;
  for (const std::string& script : scripts) {
    json root = json::parse(StripWrappers(script), nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) continue;
    std::vector<const json*> stack{&root};
    int visited = 0;
    while (!stack.empty() && ++visited < 5000) {
      const json* v = stack.back();
      stack.pop_back();
      if (v->is_array()) {
        for (auto it = v->rbegin(); it != v->rend(); ++it) {
          if (it->is_structured()) stack.push_back(&*it);
        }
        continue;
      }
      if (!v->is_object()) continue;
      const json& object = *v;
      const int rank = ArticleRank(object);
      if (rank > best_rank && (rank > 0 || best_rank < 0)) {
        auto headline = object.find("headline");
        auto published = object.find("datePublished");
        auto modified = object.find("dateModified");
        auto author = object.find("author");
        if (rank > 0 || headline != object.end() || published != object.end()) {
          best_rank = rank;
          facts.article = rank == 2;
          facts.headline = headline != object.end() ? Text(*headline) : "";
          if (facts.headline.empty() && rank > 0) {
            auto name = object.find("name");
            if (name != object.end() && rank == 2) facts.headline = Text(*name);
          }
          facts.date_published = published != object.end() ? Text(*published) : "";
          facts.date_modified = modified != object.end() ? Text(*modified) : "";
          facts.authors.clear();
          if (author != object.end()) AddAuthors(*author, &facts.authors);
          if (facts.authors.empty()) {
            auto creator = object.find("creator");
            if (creator != object.end()) AddAuthors(*creator, &facts.authors);
          }
          auto publisher = object.find("publisher");
          if (publisher != object.end()) {
            std::string name = Text(*publisher);
            if (!name.empty()) facts.publisher = name;
          }
        }
      }
      auto published = object.find("datePublished");
      if (any_published.empty() && published != object.end()) any_published = Text(*published);
      auto modified = object.find("dateModified");
      if (any_modified.empty() && modified != object.end()) any_modified = Text(*modified);
      if (site_name.empty() && IsOrganization(object)) {
        auto name = object.find("name");
        if (name != object.end() && name->is_string()) site_name = name->get<std::string>();
      }
      // Nested values, in document order.
      std::vector<const json*> children;
      for (const auto& [key, child] : object.items()) {
        if (child.is_structured() && key != "author" && key != "creator") {
          children.push_back(&child);
        }
      }
      for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
    }
  }
  if (facts.date_published.empty()) facts.date_published = any_published;
  if (facts.date_modified.empty()) facts.date_modified = any_modified;
  if (facts.publisher.empty()) facts.publisher = site_name;
  return facts;
}

}  // namespace crosscheck
