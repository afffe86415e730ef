#include "ingest/html/page_meta_walk.h"

#include <cctype>
#include <cstring>
#include <string_view>

namespace crosscheck {
namespace {

std::string_view Name(const xmlNode* node) {
  return node->name ? std::string_view(reinterpret_cast<const char*>(node->name))
                    : std::string_view();
}

bool IsSkipped(std::string_view name) {
  return name == "script" || name == "style" || name == "noscript" || name == "template" ||
         name == "svg" || name == "iframe" || name == "head";
}

bool IsBlock(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "p",     "div",    "br",         "li",         "ul",     "ol",     "h1",      "h2",
      "h3",    "h4",     "h5",         "h6",         "header", "footer", "section", "article",
      "aside", "nav",    "table",      "tr",         "td",     "th",     "dd",      "dt",
      "dl",    "figure", "figcaption", "blockquote", "pre",    "form",   "main",    "address",
      "time",  "hr",     "title",      "body"};
  for (std::string_view b : kBlocks) {
    if (name == b) return true;
  }
  return false;
}

std::string AttrValue(const xmlAttr* attr) {
  std::string out;
  for (const xmlNode* c = attr->children; c != nullptr; c = c->next) {
    if (c->content) out += reinterpret_cast<const char*>(c->content);
  }
  return out;
}

std::string LowerAscii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

struct Attrs {
  std::string name, property, itemprop, http_equiv, content, value, rel, href, type, lang, datetime,
      cls, id;
  bool pubdate = false;
};

Attrs ReadAttrs(const xmlNode* node) {
  Attrs a;
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (attr->name == nullptr) continue;
    std::string key = LowerAscii(reinterpret_cast<const char*>(attr->name));
    if (key == "name")
      a.name = AttrValue(attr);
    else if (key == "property")
      a.property = AttrValue(attr);
    else if (key == "itemprop")
      a.itemprop = AttrValue(attr);
    else if (key == "http-equiv")
      a.http_equiv = AttrValue(attr);
    else if (key == "content")
      a.content = AttrValue(attr);
    else if (key == "value")
      a.value = AttrValue(attr);
    else if (key == "rel")
      a.rel = AttrValue(attr);
    else if (key == "href")
      a.href = AttrValue(attr);
    else if (key == "type")
      a.type = AttrValue(attr);
    else if (key == "lang" || key == "xml:lang")
      a.lang = AttrValue(attr);
    else if (key == "datetime")
      a.datetime = AttrValue(attr);
    else if (key == "class")
      a.cls = AttrValue(attr);
    else if (key == "id")
      a.id = AttrValue(attr);
    else if (key == "pubdate")
      a.pubdate = true;
  }
  return a;
}

bool HasAny(std::string_view haystack, std::initializer_list<std::string_view> needles) {
  for (std::string_view n : needles) {
    if (haystack.find(n) != std::string_view::npos) return true;
  }
  return false;
}

// Appends `piece` to `out` collapsing white space, up to `max` bytes.
void AppendCollapsed(std::string* out, std::string_view piece, std::size_t max) {
  for (char c : piece) {
    if (out->size() >= max) return;
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    if (space) {
      if (!out->empty() && out->back() != ' ' && out->back() != '\n') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

void CutUtf8(std::string* s, std::size_t max) {
  if (s->size() <= max) return;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>((*s)[cut]) & 0xC0) == 0x80) --cut;
  s->resize(cut);
}

void Trim(std::string* s) {
  std::size_t b = 0, e = s->size();
  while (b < e && ((*s)[b] == ' ' || (*s)[b] == '\n')) ++b;
  while (e > b && ((*s)[e - 1] == ' ' || (*s)[e - 1] == '\n')) --e;
  *s = s->substr(b, e - b);
}

template <typename T>
void PushCapped(std::vector<T>* list, T value) {
  if (list->size() < kMaxFacts) list->push_back(std::move(value));
}

// Finds "<key containing publish or pubdate>": "<value>" pairs in script text
// (plain, backslash-escaped or &quot;-escaped quotes) and keeps the values.
void ScanScriptDates(std::string_view script, PageFacts* facts) {
  script = script.substr(0, 1 << 20);
  std::string lower(script);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (std::string_view needle : {"publish", "pubdate"}) {
    std::size_t at = 0;
    while ((at = lower.find(needle, at)) != std::string::npos &&
           facts->script_dates.size() < kMaxFacts) {
      std::size_t i = at + needle.size();
      at = i;
      // The rest of the key, its closing quote, the colon.
      while (i < lower.size() && (std::isalnum(static_cast<unsigned char>(lower[i])) ||
                                  lower[i] == '_' || lower[i] == '-')) {
        ++i;
      }
      while (i < lower.size() && (lower[i] == '"' || lower[i] == '\\' || lower[i] == '\'')) ++i;
      if (lower.compare(i, 6, "&quot;") == 0) i += 6;
      while (i < lower.size() && lower[i] == ' ') ++i;
      if (i >= lower.size() || (lower[i] != ':' && lower[i] != '=')) continue;
      ++i;
      while (i < lower.size() &&
             (lower[i] == ' ' || lower[i] == '"' || lower[i] == '\\' || lower[i] == '\'')) {
        ++i;
      }
      if (lower.compare(i, 6, "&quot;") == 0) i += 6;
      if (i < lower.size() && lower[i] >= '0' && lower[i] <= '9') {
        facts->script_dates.emplace_back(script.substr(i, 40));
      }
    }
  }
}

}  // namespace

std::string ElementText(const xmlNode* node, std::size_t max_bytes) {
  std::string out;
  const xmlNode* n = node->children;
  int visits = 0;  // bounds the work on huge, text-less subtrees
  while (n != nullptr && out.size() < max_bytes + 4 && ++visits < 4000) {
    bool descend = false;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content)
        AppendCollapsed(&out, reinterpret_cast<const char*>(n->content), max_bytes + 4);
    } else if (n->type == XML_ELEMENT_NODE) {
      std::string_view name = Name(n);
      if (!IsSkipped(name)) {
        if (IsBlock(name) && !out.empty() && out.back() != ' ') out.push_back(' ');
        descend = n->children != nullptr;
      }
    }
    if (descend) {
      n = n->children;
      continue;
    }
    while (n != nullptr && n != node && n->next == nullptr) n = n->parent;
    if (n == nullptr || n == node) break;
    n = n->next;
  }
  Trim(&out);
  CutUtf8(&out, max_bytes);
  return out;
}

PageFacts CollectPageFacts(const xmlDoc* doc, std::size_t max_text_bytes) {
  PageFacts facts;
  if (doc == nullptr) return facts;
  const xmlNode* root = xmlDocGetRootElement(const_cast<xmlDoc*>(doc));
  if (root == nullptr) return facts;
  std::string& text = facts.text;
  auto block_break = [&] {
    if (!text.empty() && text.back() != '\n' && text.size() < max_text_bytes) {
      while (!text.empty() && text.back() == ' ') text.pop_back();
      text.push_back('\n');
    }
  };
  const xmlNode* n = root;
  while (n != nullptr) {
    bool descend = false;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content)
        AppendCollapsed(&text, reinterpret_cast<const char*>(n->content), max_text_bytes);
    } else if (n->type == XML_ELEMENT_NODE) {
      const std::string_view name = Name(n);
      const Attrs a = ReadAttrs(n);
      descend = n->children != nullptr;
      if (name == "html" && facts.lang.empty()) {
        facts.lang = a.lang;
      } else if (name == "title" && facts.title.empty()) {
        facts.title = ElementText(n, kMaxFactBytes);
      } else if (name == "meta") {
        std::string key = !a.property.empty()   ? a.property
                          : !a.name.empty()     ? a.name
                          : !a.itemprop.empty() ? a.itemprop
                                                : a.http_equiv;
        std::string content = !a.content.empty() ? a.content : a.value;
        if (!key.empty() && !content.empty()) {
          CutUtf8(&content, kMaxFactBytes);
          PushCapped(&facts.metas, MetaTag{LowerAscii(key), std::move(content)});
          // A <meta itemprop> counts as an item property too.
          if (!a.itemprop.empty() && key != a.itemprop) {
            PushCapped(&facts.itemprops,
                       ItemProp{LowerAscii(a.itemprop), facts.metas.back().content});
          }
        }
      } else if (name == "link") {
        std::string rel = LowerAscii(a.rel);
        if (rel == "canonical" && !a.href.empty()) PushCapped(&facts.canonical, a.href);
        if (rel == "author" && !a.href.empty()) {
          // <link rel=author> names a profile URL, not a name: ignored.
        }
      } else if (name == "script") {
        descend = false;
        if (LowerAscii(a.type).find("ld+json") == std::string::npos) {
          for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
            if (c->content) ScanScriptDates(reinterpret_cast<const char*>(c->content), &facts);
          }
        } else if (facts.jsonld.size() < 32) {
          std::string body;
          for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
            if (c->content && body.size() < (1u << 20))
              body += reinterpret_cast<const char*>(c->content);
          }
          facts.jsonld.push_back(std::move(body));
        }
      } else if (IsSkipped(name) && name != "head") {
        descend = false;
      }
      if (name != "meta" && name != "script" && descend) {
        const std::string cls = LowerAscii(a.cls + " " + a.id);
        const std::string itemprop = LowerAscii(a.itemprop);
        const std::string rel = LowerAscii(a.rel);
        if (name == "h1") {
          if (facts.h1_offset == std::string::npos) {
            block_break();
            facts.h1_offset = text.size();
          }
          if (facts.h1.size() < 8) facts.h1.push_back(ElementText(n, kMaxFactBytes));
        }
        if (!itemprop.empty()) {
          std::string value = !a.content.empty()    ? a.content
                              : !a.datetime.empty() ? a.datetime
                                                    : ElementText(n, kMaxFactBytes);
          PushCapped(&facts.itemprops, ItemProp{itemprop, std::move(value)});
        }
        if (name == "time") {
          TimeElement t;
          t.datetime = a.datetime;
          t.text = ElementText(n, kMaxFactBytes);
          t.pubdate = a.pubdate || HasAny(itemprop, {"datepublished", "datecreated"}) ||
                      HasAny(cls, {"publi", "posted", "created"});
          t.modified = HasAny(itemprop, {"datemodified"}) || HasAny(cls, {"updated", "modified"});
          t.offset = text.size();
          PushCapped(&facts.times, std::move(t));
        }
        const bool byline = rel == "author" || itemprop == "author" || itemprop == "creator" ||
                            HasAny(cls, {"author", "byline", "by-line", "writer", "autor", "auteur",
                                         "reporter", "journalist", "redakteur"});
        if (byline) {
          std::string t = ElementText(n, kMaxFactBytes);
          if (!t.empty() && t.size() < 200) PushCapped(&facts.bylines, std::move(t));
        }
        if (HasAny(cls, {"date", "time", "publi", "posted", "dateline", "datum", "fecha", "byline",
                         "meta", "info", "stamp"})) {
          std::string t = ElementText(n, kMaxFactBytes);
          if (!t.empty() && t.size() < 250) {
            PushCapped(&facts.date_lines, DateLine{std::move(t), text.size()});
          }
        }
        if (IsBlock(name)) block_break();
      }
    }
    if (descend) {
      n = n->children;
      continue;
    }
    // Climb to the next sibling, closing blocks on the way.
    while (n != nullptr && n->next == nullptr) {
      n = n->parent;
      if (n != nullptr && n->type == XML_ELEMENT_NODE && IsBlock(Name(n))) block_break();
      if (n == root) n = nullptr;
    }
    if (n == nullptr || n == root) break;
    n = n->next;
  }
  CutUtf8(&text, max_text_bytes);
  // No <h1>: the headline is where the start of the <title> (or og:title)
  // shows up again in the body.
  if (facts.h1_offset == std::string::npos) {
    std::string key = facts.title;
    for (const MetaTag& m : facts.metas) {
      if (m.key == "og:title") key = m.content;
    }
    std::string probe;
    AppendCollapsed(&probe, key, 30);
    Trim(&probe);
    if (probe.size() >= 8) {
      std::size_t first = text.find(probe);
      std::size_t again = first == std::string::npos ? first : text.find(probe, first + 1);
      if (again != std::string::npos) {
        facts.h1_offset = again;
      } else if (first != std::string::npos && first > facts.title.size()) {
        facts.h1_offset = first;
      }
    }
  }
  return facts;
}

}  // namespace crosscheck
