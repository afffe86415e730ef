// eval/claims_run: the whole per-document pipeline over a JSON Lines sample,
// entities across it, then claims and positions per story, for the claim
// precision check (eval/claims.py).
//
//   build/eval/claims_run SAMPLE.jsonl STORIES.tsv > CLAIMS.jsonl
//
// STORIES.tsv: one "line<TAB>story" row per record of SAMPLE.jsonl (1-based
// line numbers). Output: one line per claim, {"story", "kind", "verdict",
// "about", "reports": [{"line", "span": [s, e], "value", "text", "sentence"}]}
// with "sentence" the words of the report's sentence (for a person checking
// the claim on screen; eval/claims.py never stores it).
// Exit status: 0 done, 1 the pipeline could not run, 2 bad arguments.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/claim_aligner.h"
#include "corpus/claim_facts.h"
#include "corpus/entity_resolver.h"
#include "corpus/quote_group.h"
#include "crosscheck/pipeline.h"

using json = nlohmann::json;
namespace cc = crosscheck::corpus;

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: claims_run SAMPLE.jsonl STORIES.tsv\n");
    return 2;
  }
  std::map<long, std::string> story_of_line;
  {
    std::ifstream in(argv[2]);
    std::string row;
    while (std::getline(in, row)) {
      std::istringstream fields(row);
      long line = 0;
      std::string story;
      if (fields >> line >> story) story_of_line[line] = story;
    }
  }
  std::vector<crosscheck::Document> docs;
  crosscheck::PipelineOptions options;
  options.ordered = true;
  crosscheck::PipelineCallbacks callbacks;
  callbacks.sink = [&](crosscheck::Outcome&& o) {
    if (auto* d = std::get_if<crosscheck::Document>(&o)) docs.push_back(std::move(*d));
    return true;
  };
  const crosscheck::Status st = crosscheck::RunPipeline({argv[1]}, options, callbacks);
  if (!st.ok()) {
    std::fprintf(stderr, "claims_run: %s\n", st.ToString().c_str());
    return 1;
  }
  cc::EntityResolver resolver;
  for (const auto& d : docs) resolver.Add(d.id, cc::ChainKeysOf(d));
  resolver.Finish();
  std::map<std::string, long> line_of;
  std::map<std::string, const crosscheck::Document*> doc_of;
  std::vector<cc::DocumentFacts> facts;
  for (auto& d : docs) {
    resolver.FillMentions(d);
    const auto hash = d.origin.rfind('#');
    line_of[d.id] = hash == std::string::npos ? 0 : std::stol(d.origin.substr(hash + 1));
    doc_of[d.id] = &d;
    facts.push_back(cc::FactsOf(d));
  }
  std::map<std::string, std::vector<const cc::DocumentFacts*>> stories;
  for (const auto& f : facts) stories[story_of_line[line_of[f.id]]].push_back(&f);
  for (const auto& [story, members] : stories) {
    if (story.empty()) continue;
    std::vector<cc::Claim> claims = cc::AlignClaims(members);
    for (auto& c : cc::GroupQuotes(members).positions) claims.push_back(std::move(c));
    for (const cc::Claim& c : claims) {
      json reports = json::array();
      for (const auto& r : c.reports) {
        const crosscheck::Document& d = *doc_of[r.document];
        json value = r.numeric ? json(r.value) : !r.date.empty() ? json(r.date) : json(r.text);
        reports.push_back({{"line", line_of[r.document]},
                           {"span", {r.span.start, r.span.end}},
                           {"value", value},
                           {"unit", r.unit},
                           {"text", r.text},
                           {"sentence", std::string(r.sentence.Of(d.text))}});
      }
      std::cout << json{{"story", story},          {"kind", c.kind},
                        {"verdict", c.verdict},    {"about", c.about},
                        {"reports", reports}}
                       .dump(-1, ' ', false, json::error_handler_t::replace)
                << "\n";
    }
  }
  return 0;
}
