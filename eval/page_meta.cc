// page_meta: page files -> one JSON line of metadata each, for the date and
// metadata scorers (eval/page_meta_score.py).
//
//   page_meta [--fetched YYYY-MM-DD] [--time] < list      list lines: "path<TAB>url"
//
// Each page (gzip-compressed or not) is decoded to UTF-8 — byte-order mark,
// else valid UTF-8 as is, else the <meta charset> / http-equiv charset of its
// first 4 KiB converted with ICU, else windows-1252 — parsed with the same
// libxml2 call the HTML path uses, and read with ReadPageMetadata. Output:
//   {"path":…,"title":…,"authors":[…],"outlet":…,"canonical":…,"language":…,
//    "published":…,"published_from":…,"modified":…}
// Unreadable files give {"path":…,"error":…}. --time prints to stderr the
// seconds spent parsing (libxml2) and reading metadata, and pages per second
// of ReadPageMetadata alone.
#include "ingest/html/page_meta.h"

#include <libxml/HTMLparser.h>
#include <unicode/ucnv.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

namespace {

bool ReadFile(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out->append(buf, static_cast<std::size_t>(n));
  gzclose(f);
  return n == 0;
}

bool ValidUtf8(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80         ? 1
                      : (c >> 5) == 6  ? 2
                      : (c >> 4) == 14 ? 3
                      : (c >> 3) == 30 ? 4
                                       : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

std::string DeclaredCharset(const std::string& bytes) {
  std::string head = bytes.substr(0, 4096);
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t at = head.find("charset=");
  if (at == std::string::npos) return "";
  at += 8;
  while (at < head.size() && (head[at] == '"' || head[at] == '\'' || head[at] == ' ')) ++at;
  std::size_t end = at;
  while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) ||
                               head[end] == '-' || head[end] == '_')) {
    ++end;
  }
  return head.substr(at, end - at);
}

std::string ToUtf8(const std::string& bytes) {
  if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) return bytes.substr(3);
  if (ValidUtf8(bytes)) return bytes;
  std::string charset = DeclaredCharset(bytes);
  if (charset.empty() || charset == "utf-8" || charset == "utf8") charset = "windows-1252";
  std::string out(bytes.size() * 3 + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = ucnv_convert("UTF-8", charset.c_str(), out.data(), static_cast<int32_t>(out.size()),
                           bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    n = ucnv_convert("UTF-8", "windows-1252", out.data(), static_cast<int32_t>(out.size()),
                     bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) return bytes;
  }
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string fetched;
  bool timing = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--fetched") == 0 && i + 1 < argc) fetched = argv[i + 1];
    if (std::strcmp(argv[i], "--time") == 0) timing = true;
  }
  using Clock = std::chrono::steady_clock;
  Clock::duration parse_time{}, meta_time{};
  std::size_t pages = 0;
  std::string line;
  while (std::getline(std::cin, line)) {
    std::size_t tab = line.find('\t');
    const std::string path = line.substr(0, tab);
    const std::string url = tab == std::string::npos ? "" : line.substr(tab + 1);
    nlohmann::json out;
    out["path"] = path;
    std::string bytes;
    if (!ReadFile(path, &bytes)) {
      out["error"] = "cannot read";
      std::cout << out.dump() << "\n";
      continue;
    }
    const std::string utf8 = ToUtf8(bytes);
    const auto t0 = Clock::now();
    htmlDocPtr doc =
        htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), url.c_str(), "UTF-8",
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_NONET | HTML_PARSE_COMPACT);
    const auto t1 = Clock::now();
    crosscheck::PageContext context;
    context.url = url;
    context.fetched = fetched;
    crosscheck::PageMetadata meta = crosscheck::ReadPageMetadata(doc, context);
    const auto t2 = Clock::now();
    parse_time += t1 - t0;
    meta_time += t2 - t1;
    ++pages;
    if (doc != nullptr) xmlFreeDoc(doc);
    out["title"] = meta.title;
    out["authors"] = meta.authors;
    out["outlet"] = meta.outlet;
    out["canonical"] = meta.canonical_url;
    out["language"] = meta.language;
    out["published"] = meta.published;
    out["published_from"] = meta.published_from;
    out["modified"] = meta.modified;
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  if (timing) {
    const double parse_s = std::chrono::duration<double>(parse_time).count();
    const double meta_s = std::chrono::duration<double>(meta_time).count();
    std::fprintf(stderr, "pages %zu, parse %.3f s, metadata %.3f s (%.0f pages/s)\n", pages,
                 parse_s, meta_s, meta_s > 0 ? static_cast<double>(pages) / meta_s : 0.0);
  }
  return 0;
}
