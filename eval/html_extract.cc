// eval/html_extract: runs the HTML path (charset, libxml2, main-text
// extraction) over page files named on the command line or, one per line, on
// stdin, and prints one JSON line per page:
//   {"file": PATH, "text": ..., "flags": [{"kind":..., "detail":...}], "charset": ...,
//    "map": {"copied": N, "replaced": N, "separators": N, "inserted": N}}
// (text bytes by how the offset map places them).
// or {"file": PATH, "error": MESSAGE}. Used by eval/extraction.py.
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "crosscheck/ingest.h"
#include "ingest/html/clean_html.h"
#include "page_files.h"

int main(int argc, char** argv) {
  std::vector<std::string> files(argv + 1, argv + argc);
  if (files.empty()) {
    for (std::string line; std::getline(std::cin, line);) {
      if (!line.empty()) files.push_back(line);
    }
  }
  crosscheck::Cleaner cleaner;
  for (const std::string& path : files) {
    nlohmann::json out = {{"file", path}};
    crosscheck::Result<std::string> bytes = crosscheck::ReadPageFile(path);
    if (!bytes.ok()) {
      out["error"] = bytes.status().ToString();
      std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      continue;
    }
    crosscheck::Result<crosscheck::Document> doc =
        cleaner.Clean(crosscheck::HtmlPageRecord(path, std::move(*bytes)));
    if (!doc.ok()) {
      out["error"] = doc.status().ToString();
    } else {
      out["text"] = doc->text;
      out["charset"] = doc->charset;
      nlohmann::json flags = nlohmann::json::array();
      for (const auto& f : doc->flags) flags.push_back({{"kind", f.kind}, {"detail", f.detail}});
      out["flags"] = std::move(flags);
      // How the text maps to the page bytes: bytes copied one to one, bytes
      // in replaced units (references, collapsed spaces, separators), bytes
      // with no input behind them.
      std::uint64_t copied = 0, replaced = 0, inserted = 0, separators = 0;
      for (const auto& seg : doc->to_input.segments()) {
        if (seg.copy) {
          copied += seg.out_len;
        } else if (seg.in_len > 0) {
          replaced += seg.out_len;
        } else {
          // White space with no bytes behind it joins two text nodes that
          // touch in the page (<td>a</td><td>b</td>); other bytes are text
          // the aligner could not place.
          for (std::uint64_t k = 0; k < seg.out_len; ++k) {
            const char c = doc->text[seg.out_start + k];
            (c == ' ' || c == '\n' ? separators : inserted) += 1;
          }
        }
      }
      out["map"] = {{"copied", copied},
                    {"replaced", replaced},
                    {"separators", separators},
                    {"inserted", inserted}};
    }
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  return 0;
}
