// Golden documents for the quote stages: each tests/extract/golden/quotes/NAME.txt
// (an invented article) has NAME.json: {"description": one line, "quotes": [
// {"kind", "text", "cue", "source", "speaker", "via"}]} listing every quote the
// text stage + quote stage + speaker stage must produce, in order.
// CROSSCHECK_UPDATE_GOLDEN=1 rewrites the .json files from the current output
// (keeping the descriptions), for review in the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "crosscheck/text.h"
#include "extract/quote_stage.h"
#include "resolve/speaker_stage.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

nlohmann::json QuotesOf(const std::string& body) {
  static auto text = TextAnalyzer::Create();
  EXPECT_TRUE(text.ok());
  Document doc;
  doc.text = body;
  doc.to_input = OffsetMap::Identity(body.size());
  EXPECT_TRUE((*text)->Analyze(doc).ok());
  auto quotes = MakeQuoteStage();
  auto speakers = MakeSpeakerStage();
  EXPECT_TRUE(quotes->Apply(doc, **text).ok());
  EXPECT_TRUE(speakers->Apply(doc, **text).ok());
  nlohmann::json out = nlohmann::json::array();
  for (const Quote& q : doc.quotes) {
    out.push_back({{"kind", q.kind},
                   {"text", q.span.Of(doc.text)},
                   {"cue", q.has_cue ? std::string(q.cue.Of(doc.text)) : ""},
                   {"source", q.speaker.has_span ? std::string(q.speaker.span.Of(doc.text)) : ""},
                   {"speaker", q.speaker.name},
                   {"via", q.via}});
  }
  return out;
}

TEST(QuoteGoldenTest, Documents) {
  const fs::path dir = fs::path(CROSSCHECK_TEST_DATA) / "extract" / "golden" / "quotes";
  const bool update = std::getenv("CROSSCHECK_UPDATE_GOLDEN") != nullptr;
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    SCOPED_TRACE(entry.path().filename().string());
    fs::path golden_path = entry.path();
    golden_path.replace_extension(".json");
    const nlohmann::json actual = QuotesOf(ReadFile(entry.path()));
    nlohmann::json golden = nlohmann::json::parse(ReadFile(golden_path), nullptr, false);
    if (update) {
      nlohmann::json out = {
          {"description", golden.is_object() ? golden.value("description", "") : ""},
          {"quotes", actual}};
      std::ofstream(golden_path) << out.dump(2) << "\n";
      continue;
    }
    ASSERT_TRUE(golden.is_object()) << golden_path;
    EXPECT_FALSE(golden.value("description", "").empty());
    const nlohmann::json& expected = golden["quotes"];
    ASSERT_EQ(actual.size(), expected.size()) << actual.dump(2);
    for (std::size_t i = 0; i < actual.size(); ++i) {
      EXPECT_EQ(actual[i], expected[i]) << "quote " << i;
    }
  }
  EXPECT_GE(files, 3);
}

}  // namespace
}  // namespace crosscheck
