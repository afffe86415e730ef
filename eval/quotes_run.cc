// eval/quotes_run: runs cleaning, the text stage and the quote stages over the
// plain-text files named on the command line and prints one JSON line per
// file: {"file": name, "quotes": [{"kind", "span": [s, e], "cue": [s, e] | null,
// "source": [s, e] | null, "speaker": name, "confidence"}]}. Offsets are
// CHARACTERS (code points) of the file as read, mapped back through
// Document::to_input, which is what PolNeAR's brat offsets count. Cleaning
// keeps every line (no boilerplate, duplicate or metadata-line removal), so
// that nothing the annotators saw is dropped; run-together sentences are split. Used by
// eval/quotes.py. Flags: --rules (cue frames from the lexicon and rules, not the learned
// model), --trees (parsed sentences to stderr).
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "crosscheck/extract.h"
#include "crosscheck/ingest.h"
#include "crosscheck/pipeline.h"
#include "crosscheck/text.h"

namespace {

// chars[i] = number of code points in body[0, i).
std::vector<std::uint32_t> CharIndex(const std::string& body) {
  std::vector<std::uint32_t> chars(body.size() + 1, 0);
  std::uint32_t n = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    chars[i] = n;
    if ((static_cast<unsigned char>(body[i]) & 0xC0) != 0x80) ++n;
  }
  chars[body.size()] = n;
  return chars;
}

}  // namespace

int main(int argc, char** argv) {
  crosscheck::IngestOptions ingest;
  ingest.remove_boilerplate = false;
  ingest.remove_duplicates = false;
  ingest.read_metadata_lines = false;
  crosscheck::Cleaner cleaner(ingest);
  crosscheck::TextOptions text_options;
  text_options.detect_language = false;
  auto text = crosscheck::TextAnalyzer::Create(text_options);
  if (!text.ok()) {
    std::cerr << text.status().ToString() << "\n";
    return 2;
  }
  crosscheck::ExtractOptions extract;
  extract.mentions = false;
  extract.time = false;
  for (int a = 1; a < argc; ++a) {
    // --rules: the lexicon and rules instead of the learned model (comparisons)
    if (std::string(argv[a]) == "--rules") extract.quote_model = false;
  }
  auto stages = crosscheck::MakeDocumentStages(extract);
  if (!stages.ok()) {
    std::cerr << stages.status().ToString() << "\n";
    return 2;
  }
  bool dump_trees = false;
  for (int a = 1; a < argc; ++a) {
    const std::string path = argv[a];
    if (path == "--rules") continue;
    if (path == "--trees") {  // debugging: the parsed sentences' tokens to stderr
      dump_trees = true;
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    crosscheck::RawRecord record;
    record.path = path;
    record.format = "text";
    record.body = buffer.str();
    crosscheck::Outcome outcome = crosscheck::AnalyzeRecord(record, cleaner, **text, *stages);
    nlohmann::json out = {{"file", path}};
    nlohmann::json quotes = nlohmann::json::array();
    if (auto* doc = std::get_if<crosscheck::Document>(&outcome)) {
      const std::vector<std::uint32_t> chars = CharIndex(record.body);
      for (const crosscheck::Sentence& s : doc->sentences) {
        if (!dump_trees || !s.parsed) continue;
        for (std::uint32_t k = s.first_token; k < s.first_token + s.token_count; ++k) {
          const crosscheck::Token& t = doc->tokens[k];
          std::cerr << k << '\t' << t.span.Of(doc->text) << '\t' << crosscheck::UposName(t.upos)
                    << '\t' << crosscheck::XposName(t.xpos) << '\t' << t.head << '\t'
                    << crosscheck::DeprelName(t.deprel) << '\n';
        }
        std::cerr << '\n';
      }
      auto map = [&](crosscheck::Span s) {
        const std::uint64_t a = doc->to_input.ToInput(s.start);
        const std::uint64_t b = doc->to_input.ToInputEnd(s.end);
        return nlohmann::json::array({chars[std::min<std::uint64_t>(a, record.body.size())],
                                      chars[std::min<std::uint64_t>(b, record.body.size())]});
      };
      for (const crosscheck::Quote& q : doc->quotes) {
        nlohmann::json j = {{"kind", q.kind},
                            {"span", map(q.span)},
                            {"confidence", q.confidence},
                            {"speaker", q.speaker.name},
                            {"via", q.via}};
        j["cue"] = q.has_cue ? map(q.cue) : nlohmann::json();
        j["source"] = q.has_speaker && q.speaker.has_span ? map(q.speaker.span) : nlohmann::json();
        quotes.push_back(std::move(j));
      }
    } else {
      out["error"] = std::get<crosscheck::ErrorRecord>(outcome).message;
    }
    out["quotes"] = std::move(quotes);
    std::cout << out.dump() << "\n";
  }
  return 0;
}
