#include "ingest/jsonl_record.h"

#include <initializer_list>
#include <nlohmann/json.hpp>

#include "common/hash.h"
#include "ingest/html/date_parse.h"

namespace crosscheck {
namespace {

using nlohmann::json;

constexpr std::string_view kBodyFields[] = {"content_original", "maintext", "text", "content",
                                            "body"};
constexpr std::string_view kHtmlFields[] = {"html", "raw_html"};

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Tag names that mark a text as HTML markup.
constexpr std::string_view kMarkupTags[] = {
    "!doctype", "html",    "head", "body",   "div",    "p",  "br",     "span", "a",
    "article",  "section", "h1",   "h2",     "h3",     "h4", "ul",     "ol",   "li",
    "table",    "img",     "meta", "script", "figure", "em", "strong", "b",    "i"};

// The number of known tags ("<p>", "</div", "<br/>", "<a href") in `text`, up to `enough`.
int CountMarkupTags(std::string_view text, int enough) {
  int count = 0;
  for (std::size_t at = text.find('<'); at != std::string_view::npos && count < enough;
       at = text.find('<', at + 1)) {
    std::size_t name = at + 1;
    if (name < text.size() && text[name] == '/') ++name;
    for (std::string_view tag : kMarkupTags) {
      if (name + tag.size() >= text.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < tag.size() && same; ++k) same = Lower(text[name + k]) == tag[k];
      const char next = text[name + tag.size()];
      if (same && (next == '>' || next == ' ' || next == '/' || next == '\n' || next == '\t')) {
        ++count;
        break;
      }
    }
  }
  return count;
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r')) {
    --e;
  }
  return s.substr(b, e - b);
}

// A scalar field as text: strings as they are, numbers as their JSON text.
std::string Scalar(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number()) return value.dump();
  return "";
}

// The first of `names` in `object` whose value reads as non-blank text.
std::string FirstText(const json& object, std::initializer_list<std::string_view> names,
                      bool read_name_objects = false) {
  for (std::string_view name : names) {
    auto it = object.find(name);
    if (it == object.end()) continue;
    std::string text = Scalar(*it);
    if (text.empty() && read_name_objects && it->is_object()) {
      auto inner = it->find("name");
      if (inner != it->end()) text = Scalar(*inner);
    }
    if (!IsBlank(text)) return std::string(Trim(text));
  }
  return "";
}

void AppendAuthors(const json& value, std::vector<std::string>* out) {
  if (value.is_string()) {
    for (std::string& name : SplitAuthors(value.get_ref<const std::string&>())) {
      out->push_back(std::move(name));
    }
  } else if (value.is_array()) {
    for (const json& item : value) {
      std::string name = Scalar(item);
      if (item.is_object()) {
        auto inner = item.find("name");
        if (inner != item.end()) name = Scalar(*inner);
      }
      std::string_view trimmed = Trim(name);
      if (!trimmed.empty()) out->emplace_back(trimmed);
    }
  }
}

}  // namespace

bool LooksLikeMarkup(std::string_view text) {
  std::size_t first = 0;
  while (first < text.size() && IsBlank(text.substr(first, 1))) ++first;
  text.remove_prefix(first);
  if (text.empty()) return false;
  // Opening with a tag and holding another, or holding several.
  if (text[0] == '<' && CountMarkupTags(text.substr(0, 1 << 16), 2) >= 2) return true;
  return CountMarkupTags(text, 4) >= 4;
}

std::vector<std::string> SplitAuthors(std::string_view authors) {
  std::vector<std::string> out;
  auto add = [&](std::string_view piece) {
    piece = Trim(piece);
    if (!piece.empty()) out.emplace_back(piece);
  };
  constexpr std::string_view kAnd = " and ";
  std::size_t start = 0;
  for (std::size_t i = 0; i < authors.size();) {
    if (authors[i] == ',') {
      add(authors.substr(start, i - start));
      start = ++i;
    } else if (authors.compare(i, kAnd.size(), kAnd) == 0) {
      add(authors.substr(start, i - start));
      i += kAnd.size();
      start = i;
    } else {
      ++i;
    }
  }
  add(authors.substr(start));
  return out;
}

Result<RawRecord> ParseJsonlRecord(const std::string& path, const Line& line) {
  Location where{
      .input = path, .record = line.number, .offset = static_cast<std::int64_t>(line.offset)};
  json object;
  try {
    object = json::parse(line.text);
  } catch (const json::parse_error& e) {
    Location at = where;
    if (e.byte > 0 && e.byte <= line.text.size() + 1)
      at.offset += static_cast<std::int64_t>(e.byte - 1);
    return Status::Corrupt(std::string("invalid JSON: ") + e.what(), at);
  } catch (const json::exception& e) {
    return Status::Corrupt(std::string("invalid JSON: ") + e.what(), where);
  }
  if (!object.is_object()) {
    return Status::InvalidArgument(
        std::string("not a JSON object (a JSON Lines article is one object per line; got ") +
            object.type_name() + ")",
        where);
  }
  RawRecord record;
  record.path = path;
  record.record = line.number;
  record.offset = line.offset;
  record.format = "jsonl";
  record.input_hash = Hash64(line.text);
  for (std::string_view field : kBodyFields) {
    auto it = object.find(field);
    if (it != object.end() && it->is_string() && !IsBlank(it->get_ref<const std::string&>())) {
      record.body = std::move(it->get_ref<std::string&>());
      break;
    }
  }
  bool html = false;
  if (record.body.empty()) {
    for (std::string_view field : kHtmlFields) {
      auto it = object.find(field);
      if (it != object.end() && it->is_string() && !IsBlank(it->get_ref<const std::string&>())) {
        record.body = std::move(it->get_ref<std::string&>());
        html = true;
        break;
      }
    }
  }
  if (record.body.empty()) {
    return Status::InvalidArgument(
        "no article text (expected one of content_original, maintext, text, content, body, "
        "html, raw_html)",
        where);
  }
  if (html || LooksLikeMarkup(record.body)) record.media_type = "text/html";
  record.title = FirstText(object, {"title"});
  record.outlet = FirstText(object, {"source", "outlet", "source_domain"}, true);
  record.fetched = FirstText(object, {"date_download"});
  DateOptions dates;
  if (!record.fetched.empty()) {
    record.fetched = NormalizeDate(record.fetched, dates);
    if (!record.fetched.empty()) dates.latest = record.fetched;
  }
  // US-style M/D/YY (AllSides); empty, impossible and future dates are dropped.
  dates.month_first = true;
  record.published = NormalizeDate(
      FirstText(object, {"date", "date_publish", "published", "publish_date"}), dates);
  record.url = FirstText(object, {"url"});
  for (std::string_view field : {"authors", "author"}) {
    auto it = object.find(field);
    if (it == object.end()) continue;
    AppendAuthors(*it, &record.authors);
    if (!record.authors.empty()) break;
  }
  return record;
}

}  // namespace crosscheck
