// The learned attribution model (models/quotes.bin) on invented sentences: the
// cue kinds the lexicon and rules missed (belief verbs, "according to",
// findings), sentences with no attribution, the model file's round trip and
// its failures.
#include "extract/quote_model.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "crosscheck/ingest.h"
#include "crosscheck/pipeline.h"
#include "crosscheck/text.h"
#include "extract/quote_stage.h"

namespace crosscheck {
namespace {

std::string ModelsDir() { return std::string(CROSSCHECK_SOURCE_DIR) + "/models"; }

std::shared_ptr<const QuoteModel> Model() {
  static auto model = LoadQuoteModel(ModelsDir());
  EXPECT_TRUE(model.ok()) << model.status().ToString();
  return model.ok() ? *model : nullptr;
}

TextAnalyzer& Text() {
  static auto text = TextAnalyzer::Create();
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  return **text;
}

Document Analyze(const std::string& body, const std::shared_ptr<const QuoteModel>& model) {
  static Cleaner cleaner;
  RawRecord record;
  record.path = "invented.txt";
  record.format = "text";
  record.body = body;
  Outcome outcome = AnalyzeRecord(record, cleaner, Text());
  Document doc = std::get<Document>(std::move(outcome));
  QuoteStageOptions options;
  options.model = model;
  EXPECT_TRUE(MakeQuoteStage(options)->Apply(doc, Text()).ok());
  return doc;
}

struct Case {
  const char* description;
  const char* text;
  const char* cue;      // expected cue text of some quote ("" = no quote at all)
  const char* content;  // a fragment of that quote's content
  const char* source;   // its source span ("" = not checked)
};

// Invented sentences (Velmark, Halvenport and their people are made up).
const Case kCases[] = {
    {"a belief verb with a clause", "Councillor Brandt Osterhof believes the ferry levy will fall.",
     "believes", "ferry levy will fall", "Councillor Brandt Osterhof"},
    {"according to, content before it",
     "The harbour dredging was postponed twice, according to the port authority.", "according to",
     "dredging was postponed", "the port authority"},
    {"a speech verb after its clause",
     "The tide gauges failed during the storm, the engineer said on Tuesday.", "said",
     "tide gauges failed", "the engineer"},
    {"a finding", "A survey by Halvenport University found that most residents back the barrier.",
     "found", "most residents back the barrier", ""},
    {"no attribution", "The ferry leaves at nine and the crossing takes forty minutes.", "", "",
     ""},
};

TEST(QuoteModelTest, InventedSentences) {
  auto model = Model();
  ASSERT_NE(model, nullptr);
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.description);
    Document doc = Analyze(c.text, model);
    if (std::string(c.cue).empty()) {
      EXPECT_TRUE(doc.quotes.empty()) << doc.quotes.size() << " quotes";
      continue;
    }
    const Quote* found = nullptr;
    for (const Quote& q : doc.quotes) {
      if (q.has_cue && q.cue.Of(doc.text) == c.cue) found = &q;
    }
    ASSERT_NE(found, nullptr) << "no quote with cue " << c.cue;
    EXPECT_NE(found->span.Of(doc.text).find(c.content), std::string_view::npos)
        << found->span.Of(doc.text);
    if (std::string(c.source).empty()) continue;
    ASSERT_TRUE(found->has_speaker && found->speaker.has_span);
    EXPECT_EQ(found->speaker.span.Of(doc.text), c.source);
  }
}

TEST(QuoteModelTest, SaveAndLoadGiveTheSameFrames) {
  auto model = Model();
  ASSERT_NE(model, nullptr);
  const std::string path =
      (std::filesystem::temp_directory_path() / "quote_model_test_quotes.bin").string();
  ASSERT_TRUE(model->Save(path).ok());
  auto again = QuoteModel::Load(path);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  const std::string text =
      "Mayor Tobias Wennerholm said the wall would be rebuilt. Critics claim the budget is too "
      "small, according to the Harbourline survey.";
  Document a = Analyze(text, model), b = Analyze(text, *again);
  ASSERT_EQ(a.quotes.size(), b.quotes.size());
  for (std::size_t i = 0; i < a.quotes.size(); ++i) {
    EXPECT_EQ(a.quotes[i].span, b.quotes[i].span);
    EXPECT_EQ(a.quotes[i].cue, b.quotes[i].cue);
  }
  std::filesystem::remove(path);
}

TEST(QuoteModelTest, MissingAndCorruptFilesFailWithTheirPath) {
  auto missing = QuoteModel::Load("/nonexistent/quotes.bin");
  EXPECT_FALSE(missing.ok());
  const std::string path =
      (std::filesystem::temp_directory_path() / "quote_model_test_corrupt.bin").string();
  std::ofstream(path, std::ios::binary) << "CCQUOTES not a model";
  auto corrupt = QuoteModel::Load(path);
  ASSERT_FALSE(corrupt.ok());
  EXPECT_NE(corrupt.status().ToString().find(path), std::string::npos)
      << corrupt.status().ToString();
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace crosscheck
