#include "ingest/input_name.h"

#include <cstddef>
#include <string>

namespace crosscheck {
namespace {

bool EndsWithNoCase(std::string_view text, std::string_view suffix) {
  if (suffix.size() > text.size()) return false;
  text.remove_prefix(text.size() - suffix.size());
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

struct Extension {
  std::string_view suffix;
  InputFormat format;
};

constexpr Extension kArticleExtensions[] = {
    {".txt", InputFormat::kText},    {".text", InputFormat::kText},
    {".jsonl", InputFormat::kJsonl}, {".ndjson", InputFormat::kJsonl},
    {".html", InputFormat::kHtml},   {".htm", InputFormat::kHtml},
    {".warc", InputFormat::kWarc},
};

}  // namespace

InputName ClassifyInputName(std::string_view path) {
  std::size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  InputName result;
  if (EndsWithNoCase(name, ".gz")) {
    result.gzip = true;
    name.remove_suffix(3);
  }
  for (const Extension& ext : kArticleExtensions) {
    // The stem must not be empty: ".txt" alone is a hidden file, not an article.
    if (name.size() > ext.suffix.size() && EndsWithNoCase(name, ext.suffix)) {
      result.format = ext.format;
      result.article = true;
      break;
    }
  }
  return result;
}

std::string_view InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kText:
      return "text";
    case InputFormat::kJsonl:
      return "JSON Lines";
    case InputFormat::kHtml:
      return "HTML";
    case InputFormat::kWarc:
      return "WARC";
  }
  return "unknown";
}

}  // namespace crosscheck
