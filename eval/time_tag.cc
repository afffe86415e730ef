// eval/time_tag: runs the text stage and the time stages (timexes, quantities,
// timex values, stale content) over texts given as JSON lines and prints what
// they found, for the scorers eval/time.py and eval/quantities.py.
//
//   build/eval/time_tag < IN.jsonl > OUT.jsonl
//
// Input lines: {"id": ..., "text": "...", "published": "YYYY-MM-DD" or ""}.
// The text is taken as already clean (no ingest cleaning; offsets are bytes of
// the given text after NFC, which the scorers apply first).
// Output lines: {"id", "timexes": [[start, end, type, value]...],
//   "quantities": [[start, end, kind, value, unit, counts, modifier, high]...],
//   "flags": [[kind, detail]...]}; offsets are UTF-8 byte offsets.
// Exit status: 0 done, 1 a model could not be loaded or a line is not JSON.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "crosscheck/extract.h"
#include "crosscheck/text.h"

using json = nlohmann::json;

int main() {
  crosscheck::TextOptions text_options;
  text_options.detect_language = false;
  auto analyzer = crosscheck::TextAnalyzer::Create(text_options);
  if (!analyzer.ok()) {
    std::fprintf(stderr, "time_tag: %s\n", analyzer.status().ToString().c_str());
    return 1;
  }
  crosscheck::ExtractOptions options;
  options.mentions = false;
  options.quotes = false;
  auto stages = crosscheck::MakeDocumentStages(options);
  if (!stages.ok()) {
    std::fprintf(stderr, "time_tag: %s\n", stages.status().ToString().c_str());
    return 1;
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    json in = json::parse(line, nullptr, false);
    if (in.is_discarded()) {
      std::fprintf(stderr, "time_tag: a line is not JSON\n");
      return 1;
    }
    crosscheck::Document document;
    document.origin = in.value("id", "");
    document.text = in.value("text", "");
    document.to_input = crosscheck::OffsetMap::Identity(document.text.size());
    document.published = in.value("published", "");
    json out = {{"id", in.value("id", "")}};
    const crosscheck::Status analysed = (*analyzer)->Analyze(document);
    if (!analysed.ok()) {
      out["error"] = analysed.ToString();
      std::cout << out.dump() << "\n";
      continue;
    }
    for (auto& stage : *stages) {
      const crosscheck::Status status = stage->Apply(document, **analyzer);
      if (!status.ok()) out["error"] = status.ToString();
    }
    json timexes = json::array();
    for (const auto& t : document.timexes) {
      timexes.push_back({t.span.start, t.span.end, t.type, t.value});
    }
    json quantities = json::array();
    for (const auto& q : document.quantities) {
      quantities.push_back(
          {q.span.start, q.span.end, q.kind, q.value, q.unit, q.counts, q.modifier, q.high});
    }
    json flags = json::array();
    for (const auto& f : document.flags) flags.push_back({f.kind, f.detail});
    out["timexes"] = std::move(timexes);
    out["quantities"] = std::move(quantities);
    out["flags"] = std::move(flags);
    out["text_bytes"] = document.text.size();
    std::cout << out.dump() << "\n";
  }
  return 0;
}
