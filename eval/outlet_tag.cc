// outlet_tag: records -> the outlet the pipeline's ingest and outlet stage find,
// one JSON line each, for the outlet scorer (eval/outlets.py).
//
//   outlet_tag --html [--no-url] [--outlets FILE]... < list    list lines: "path<TAB>url"
//   outlet_tag --jsonl [--no-url] [--outlets FILE]... < records.jsonl
//   outlet_tag --text [--outlets FILE]... < list                list lines: a .txt path
//
// --html reads each page file (gzip or not) as the HTML reader does; --jsonl
// reads each line as the JSON Lines reader does (url, source/outlet fields);
// --text reads each listed file whole as the plain-text reader does.
// Every record is cleaned (crosscheck::Cleaner) and passed to IdentifyOutlet
// with the built-in registry (plus --outlets files). --no-url drops the URL
// the record gives and the one the page states (og:url, canonical link), to
// measure the name paths: page metadata names, the JSON Lines source, the text.
// Output: {"key": path or line number, "outlet": ..., "outlet_from": ...,
// "credits": n}, or {"key": ..., "error": ...}.
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "crosscheck/ingest.h"
#include "ingest/html/clean_html.h"
#include "ingest/jsonl_record.h"
#include "page_files.h"
#include "resolve/outlet_registry.h"
#include "resolve/outlet_stage.h"

int main(int argc, char** argv) {
  bool html = false, text = false, no_url = false;
  std::vector<std::string> extra;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--html") == 0) html = true;
    if (std::strcmp(argv[i], "--text") == 0) text = true;
    if (std::strcmp(argv[i], "--no-url") == 0) no_url = true;
    if (std::strcmp(argv[i], "--outlets") == 0 && i + 1 < argc) extra.push_back(argv[++i]);
  }
  auto registry = crosscheck::resolve::LoadOutletRegistry(extra);
  if (!registry.ok()) {
    std::cerr << "outlet_tag: " << registry.status().ToString() << "\n";
    return 2;
  }
  crosscheck::Cleaner cleaner;
  std::string line;
  std::int64_t number = 0;
  while (std::getline(std::cin, line)) {
    ++number;
    nlohmann::json out;
    crosscheck::Result<crosscheck::RawRecord> record = crosscheck::Status::Ok();
    if (html) {
      const std::size_t tab = line.find('\t');
      const std::string path = line.substr(0, tab);
      out["key"] = path;
      crosscheck::Result<std::string> bytes = crosscheck::ReadPageFile(path);
      if (!bytes.ok()) {
        record = bytes.status();
      } else {
        record = crosscheck::HtmlPageRecord(path, std::move(*bytes));
        if (tab != std::string::npos) record->url = line.substr(tab + 1);
      }
    } else if (text) {
      out["key"] = line;
      crosscheck::Result<std::string> bytes = crosscheck::ReadPageFile(line);
      if (!bytes.ok()) {
        record = bytes.status();
      } else {
        crosscheck::RawRecord raw;
        raw.path = line;
        raw.format = "text";
        raw.body = std::move(*bytes);
        record = std::move(raw);
      }
    } else {
      out["key"] = number;
      crosscheck::Line l;
      l.text = line;
      l.number = number;
      l.length = line.size();
      record = crosscheck::ParseJsonlRecord("stdin", l);
    }
    if (record.ok() && no_url) record->url.clear();
    crosscheck::Result<crosscheck::Document> doc =
        record.ok() ? cleaner.Clean(*record)
                    : crosscheck::Result<crosscheck::Document>(record.status());
    if (!doc.ok()) {
      out["error"] = doc.status().ToString();
    } else {
      if (no_url) {  // also the URL the page states itself (og:url, canonical link)
        doc->url.clear();
        doc->canonical_url.clear();
      }
      crosscheck::resolve::IdentifyOutlet(*doc, **registry);
      out["outlet"] = doc->outlet;
      out["outlet_from"] = doc->outlet_from;
      out["credits"] = doc->credits.size();
    }
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  return 0;
}
