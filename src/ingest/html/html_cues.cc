#include "ingest/html/html_cues.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>

#include "ingest/html/html_blocks.h"
#include "ingest/html/html_page.h"

namespace crosscheck {

namespace {

const std::unordered_map<std::string_view, TagRole>& Roles() {
  static const auto* roles = new std::unordered_map<std::string_view, TagRole>{
      {"script", TagRole::kSkip},    {"style", TagRole::kSkip},    {"noscript", TagRole::kBlock},
      {"template", TagRole::kSkip},  {"svg", TagRole::kSkip},      {"math", TagRole::kSkip},
      {"iframe", TagRole::kSkip},    {"object", TagRole::kSkip},   {"embed", TagRole::kSkip},
      {"canvas", TagRole::kSkip},    {"video", TagRole::kSkip},    {"audio", TagRole::kSkip},
      {"select", TagRole::kSkip},    {"option", TagRole::kSkip},   {"button", TagRole::kBlock},
      {"textarea", TagRole::kSkip},  {"input", TagRole::kSkip},    {"head", TagRole::kSkip},
      {"title", TagRole::kSkip},     {"meta", TagRole::kSkip},     {"link", TagRole::kSkip},
      {"map", TagRole::kSkip},       {"area", TagRole::kSkip},     {"source", TagRole::kSkip},
      {"track", TagRole::kSkip},     {"frameset", TagRole::kSkip}, {"frame", TagRole::kSkip},
      {"param", TagRole::kSkip},     {"rp", TagRole::kSkip},       {"datalist", TagRole::kSkip},
      {"a", TagRole::kInline},       {"abbr", TagRole::kInline},   {"b", TagRole::kInline},
      {"bdi", TagRole::kInline},     {"bdo", TagRole::kInline},    {"cite", TagRole::kInline},
      {"code", TagRole::kInline},    {"data", TagRole::kInline},   {"dfn", TagRole::kInline},
      {"em", TagRole::kInline},      {"font", TagRole::kInline},   {"i", TagRole::kInline},
      {"kbd", TagRole::kInline},     {"mark", TagRole::kInline},   {"q", TagRole::kInline},
      {"s", TagRole::kInline},       {"samp", TagRole::kInline},   {"small", TagRole::kInline},
      {"span", TagRole::kInline},    {"strong", TagRole::kInline}, {"sub", TagRole::kInline},
      {"sup", TagRole::kInline},     {"time", TagRole::kInline},   {"tt", TagRole::kInline},
      {"u", TagRole::kInline},       {"var", TagRole::kInline},    {"wbr", TagRole::kInline},
      {"del", TagRole::kInline},     {"ins", TagRole::kInline},    {"label", TagRole::kInline},
      {"big", TagRole::kInline},     {"nobr", TagRole::kInline},   {"strike", TagRole::kInline},
      {"acronym", TagRole::kInline}, {"img", TagRole::kInline},    {"blink", TagRole::kInline},
      {"ruby", TagRole::kInline},    {"rt", TagRole::kInline},     {"picture", TagRole::kInline},
      {"br", TagRole::kBreak},
  };
  return *roles;
}

// Furniture words: a class/id word equal to one of these, or starting with
// one of the stems, marks the element. Strong marks name things that are
// never the article (cookie notices, comments, ads, menus); weak marks name
// things whose words also end up on article wrappers ("entry share-enabled",
// "post-meta", "has-author").
constexpr std::array<std::string_view, 33> kStrongWords = {
    "related",     "recommended", "ad",         "ads",         "advert",       "advertisement",
    "adsbygoogle", "banner",      "breadcrumb", "breadcrumbs", "comment",      "comments",
    "consent",     "cookie",      "cookies",    "footer",      "gdpr",         "login",
    "masthead",    "menu",        "modal",      "nav",         "navbar",       "navigation",
    "newsletter",  "popup",       "sidebar",    "subscribe",   "subscription", "outbrain",
    "taboola",     "pagination",  "pager",
};
constexpr std::array<std::string_view, 13> kStrongStems = {
    "related",    "recommend", "comment",  "cookie",  "sidebar", "advert",  "newsletter",
    "breadcrumb", "taboola",   "outbrain", "overlay", "popup",   "popmake",
};
constexpr std::array<std::string_view, 22> kWeakWords = {
    "byline",    "caption",      "credit",       "credits",          "disclaimer", "meta",
    "promo",     "share",        "sharing",      "social",           "sponsor",    "sponsored",
    "tags",      "tagcloud",     "teaser",       "toolbar",          "author",     "dateline",
    "copyright", "postmetadata", "imagecaption", "imagedescription",
};
constexpr std::array<std::string_view, 3> kWeakStems = {
    "share",
    "social",
    "promo",
};
constexpr std::array<std::string_view, 11> kPositiveWords = {
    "articlebody",     "article-body",  "article__body", "articletext",
    "article-content", "entry-content", "post-content",  "post-body",
    "story-body",      "storybody",     "main-content",
};

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

TagRole TagRoleOf(std::string_view tag) {
  const auto& roles = Roles();
  const auto it = roles.find(tag);
  return it == roles.end() ? TagRole::kBlock : it->second;
}

int ClassCue(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (std::string_view p : kPositiveWords) {
    if (lower.find(p) != std::string::npos) return 1;
  }
  int verdict = 0;
  std::size_t i = 0;
  while (i < lower.size()) {
    while (i < lower.size() && !IsWordChar(lower[i])) ++i;
    std::size_t j = i;
    while (j < lower.size() && IsWordChar(lower[j])) ++j;
    if (j > i) {
      const std::string_view word(lower.data() + i, j - i);
      for (std::string_view w : kStrongWords) {
        if (word == w) return -2;
      }
      // "commentary" is an opinion article, not a comment section.
      const bool article_kind = word.starts_with("commentar");
      for (std::string_view s : kStrongStems) {
        if (word.starts_with(s) && !article_kind) return -2;
      }
      for (std::string_view w : kWeakWords) {
        if (word == w) verdict = -1;
      }
      for (std::string_view s : kWeakStems) {
        if (word.starts_with(s)) verdict = -1;
      }
    }
    i = j;
  }
  return verdict;
}

bool IsHidden(const xmlNode* node) {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (xmlStrEqual(a->name, reinterpret_cast<const xmlChar*>("style"))) {
      std::string style = Attribute(node, "style");
      style.erase(std::remove_if(style.begin(), style.end(),
                                 [](unsigned char c) { return std::isspace(c); }),
                  style.end());
      std::transform(style.begin(), style.end(), style.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      return style.find("display:none") != std::string::npos ||
             style.find("visibility:hidden") != std::string::npos;
    }
  }
  return false;
}

std::uint16_t ElementFlags(const xmlNode* node, std::string_view tag) {
  std::uint16_t flags = 0;
  if (tag == "nav" || tag == "aside" || tag == "footer" || tag == "header" || tag == "menu" ||
      tag == "dialog" || tag == "figcaption") {
    flags |= kNegativeTag;
    if (tag == "header") flags |= kHeaderTag;
  } else if (tag == "article" || tag == "main") {
    flags |= kArticleTag;
  } else if (tag == "form") {
    flags |= kFormTag;
  } else if (tag == "figure") {
    flags |= kFigure;
  }
  if (node->properties == nullptr || tag == "body" || tag == "html") return flags;
  std::string cue;
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    const char* name = reinterpret_cast<const char*>(a->name);
    if (name == nullptr) continue;
    const std::string_view n(name);
    if (n == "class" || n == "id") {
      cue += Attribute(node, name);
      cue += ' ';
    } else if (n == "role") {
      const std::string role = Attribute(node, name);
      if (role == "main" || role == "article") flags |= kArticleTag;
      if (role == "navigation" || role == "banner" || role == "contentinfo" ||
          role == "complementary" || role == "menu") {
        flags |= kNegativeTag;
      }
    } else if (n == "itemprop") {
      if (Attribute(node, name) == "articleBody") flags |= kPositiveCue | kArticleTag;
    }
  }
  if (!cue.empty()) {
    const int verdict = ClassCue(cue);
    if (verdict == -2) flags |= kNegativeCue;
    if (verdict == -1) flags |= kWeakCue;
    if (verdict > 0) flags |= kPositiveCue;
    if (verdict < 0 && cue.find("omment") != std::string::npos) flags |= kCommentCue;
  }
  return flags;
}

}  // namespace crosscheck
