// The quote stage on a sentence whose parse is given, so that a parse error the
// stage must survive stays in the test whatever the shipped parser does.
#include "extract/quote_stage.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "crosscheck/ingest.h"
#include "crosscheck/text.h"

namespace crosscheck {
namespace {

struct Arc {
  int head;  // 1-based token number (the text is one sentence), 0 = root
  const char* deprel;
};

// `body` analysed by the real text stage, then its one sentence given `arcs`.
Document WithParse(const std::string& body, const std::vector<Arc>& arcs) {
  RawRecord record;
  record.path = "given-parse.txt";
  record.format = "text";
  record.body = body;
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(record);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  auto text = TextAnalyzer::Create();
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  EXPECT_TRUE((*text)->Analyze(*doc).ok());
  EXPECT_EQ(doc->sentences.size(), 1u);
  EXPECT_EQ(doc->tokens.size(), arcs.size());
  for (std::size_t i = 0; i < arcs.size() && i < doc->tokens.size(); ++i) {
    doc->tokens[i].head = arcs[i].head - 1;  // Token::head: a token index, -1 = root
    doc->tokens[i].deprel = DeprelId(arcs[i].deprel);
  }
  doc->sentences[0].parsed = true;
  return *std::move(doc);
}

// A parser once hung the words after "does" from "warned", so the reported
// clause under "does" stopped inside the quotation: 'that the plan "does'.
TEST(QuoteStageTest, RegressionContentCutInsideQuotationRunsToItsClose) {
  Document doc = WithParse(
      "Its chair, Tomas Wik, warned that the plan \"does nothing for the wards we already have\".",
      {{2, "nmod:poss"}, {7, "nsubj"},  {4, "punct"}, {2, "appos"},  {4, "flat"},   {2, "punct"},
       {0, "root"},      {12, "mark"},  {10, "det"},  {12, "nsubj"}, {10, "punct"}, {7, "ccomp"},
       {19, "punct"},    {16, "case"},  {16, "det"},  {13, "nmod"},  {19, "nsubj"}, {19, "advmod"},
       {7, "parataxis"}, {19, "punct"}, {7, "punct"}});
  auto stage = MakeQuoteStage({.parse = false});
  auto text = TextAnalyzer::Create();
  ASSERT_TRUE(text.ok());
  ASSERT_TRUE(stage->Apply(doc, **text).ok());
  bool found = false;
  for (const Quote& q : doc.quotes) {
    if (q.kind != "indirect") continue;
    found = true;
    EXPECT_EQ(q.span.Of(doc.text), "that the plan \"does nothing for the wards we already have\"");
  }
  EXPECT_TRUE(found) << "no indirect quote";
}

}  // namespace
}  // namespace crosscheck
