// eval/segment: runs the text stage (no cleaning) over JSON Lines documents
// {"id": ..., "text": ...} on stdin and prints {"id": ..., "sentences": [[s, e], ...],
// "tokens": [[s, e], ...]} per line. Used by eval/sentences.py.
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "crosscheck/text.h"

int main() {
  auto analyzer = crosscheck::TextAnalyzer::Create({.detect_language = false, .tag = false});
  if (!analyzer.ok()) {
    std::cerr << analyzer.status().ToString() << "\n";
    return 2;
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    nlohmann::json in = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (in.is_discarded()) {
      std::cerr << "segment: bad JSON line\n";
      return 2;
    }
    crosscheck::Document doc;
    doc.text = in.value("text", "");
    doc.to_input = crosscheck::OffsetMap::Identity(doc.text.size());
    crosscheck::Status st = (*analyzer)->Analyze(doc);
    if (!st.ok()) {
      std::cerr << st.ToString() << "\n";
      return 2;
    }
    nlohmann::json out = {{"id", in.value("id", "")}};
    nlohmann::json sentences = nlohmann::json::array(), tokens = nlohmann::json::array();
    for (const auto& s : doc.sentences) sentences.push_back({s.span.start, s.span.end});
    for (const auto& t : doc.tokens) tokens.push_back({t.span.start, t.span.end});
    out["sentences"] = std::move(sentences);
    out["tokens"] = std::move(tokens);
    out["text_changed"] = doc.text != in.value("text", "");
    std::cout << out.dump() << "\n";
  }
  return 0;
}
