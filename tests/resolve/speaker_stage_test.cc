// Speaker resolution (src/resolve/speaker_stage.h) on invented articles: the
// fallback name detector when there are no mentions, and PERSON chains from
// the entities stage when there are.
#include "resolve/speaker_stage.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "crosscheck/text.h"
#include "extract/quote_stage.h"

namespace crosscheck {
namespace {

TextAnalyzer& Text() {
  static auto text = TextAnalyzer::Create();
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  return **text;
}

Document Analyzed(const std::string& body) {
  Document doc;
  doc.text = body;
  doc.to_input = OffsetMap::Identity(body.size());
  EXPECT_TRUE(Text().Analyze(doc).ok());
  return doc;
}

void RunQuotes(Document& doc) {
  auto quotes = MakeQuoteStage();
  auto speakers = MakeSpeakerStage();
  ASSERT_TRUE(quotes->Apply(doc, Text()).ok());
  ASSERT_TRUE(speakers->Apply(doc, Text()).ok());
}

// The first quote holding `fragment` (whose cue is `cue`, when given).
const Quote* QuoteWith(const Document& doc, std::string_view fragment, std::string_view cue = "") {
  for (const Quote& q : doc.quotes) {
    if (!cue.empty() && (!q.has_cue || q.cue.Of(doc.text) != cue)) continue;
    if (q.span.Of(doc.text).find(fragment) != std::string_view::npos) return &q;
  }
  return nullptr;
}

const char* const kArticle =
    "Harbour pilot Oskar Lindqvist said the channel had silted up over the winter.\n\n"
    "\"We have been asking for a dredger since October,\" he said. \"Nobody came.\"\n\n"
    "\"The boats wait outside for the tide now.\"\n\n"
    "Port director Greta Sandvik, who took over in May, said dredging was booked for June. "
    "The director said the budget \"was never the problem\".\n\n"
    "Local traders said they had lost a month of trade, according to the chamber of "
    "commerce.\n";

struct Row {
  const char* fragment;
  const char* speaker;
  bool continued;  // continued from the previous quotation: no cue of its own
};

TEST(SpeakerStageTest, FallbackNamesPronounsDescriptionsAndContinuations) {
  Document doc = Analyzed(kArticle);
  RunQuotes(doc);
  const std::vector<Row> rows = {
      {"the channel had silted up", "Oskar Lindqvist", false},
      {"asking for a dredger", "Oskar Lindqvist", false},        // pronoun
      {"Nobody came", "Oskar Lindqvist", false},                 // same paragraph, same cue
      {"The boats wait outside", "Oskar Lindqvist", true},       // a paragraph of quotation only
      {"dredging was booked for June", "Greta Sandvik", false},  // name with a relative clause
      {"was never the problem", "Greta Sandvik", false},         // description ("The director")
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.fragment);
    const Quote* q = QuoteWith(doc, row.fragment);
    ASSERT_NE(q, nullptr);
    EXPECT_TRUE(q->has_speaker);
    EXPECT_EQ(q->speaker.name, row.speaker);
    EXPECT_TRUE(q->speaker.has_span);
    EXPECT_EQ(q->has_cue, !row.continued);
    EXPECT_TRUE(q->speaker.chain.empty());  // no chains without the entities stage
  }
  // Sorting by confidence puts a named speaker above a continued one.
  EXPECT_GT(QuoteWith(doc, "asking for a dredger")->confidence,
            QuoteWith(doc, "The boats wait outside")->confidence);
}

TEST(SpeakerStageTest, UsesPersonChainsWhenMentionsExist) {
  Document doc = Analyzed(kArticle);
  // What the entities stage would add: two PERSON chains whose best names are
  // fuller than the text's (so the test sees where the name comes from).
  auto mention = [&](std::string_view name, const char* chain) {
    const std::size_t at = doc.text.find(name);
    ASSERT_NE(at, std::string::npos);
    doc.mentions.push_back(
        {{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + name.size())},
         "PERSON",
         chain,
         std::string("e-") + chain});
  };
  mention("Oskar Lindqvist", "c1");
  mention("Greta Sandvik", "c2");
  doc.chains.push_back({"c1", "PERSON", "Oskar E. Lindqvist", {0}});
  doc.chains.push_back({"c2", "PERSON", "Greta M. Sandvik", {1}});
  RunQuotes(doc);
  const Quote* q = QuoteWith(doc, "asking for a dredger");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.chain, "c1");
  EXPECT_EQ(q->speaker.entity, "e-c1");
  EXPECT_EQ(q->speaker.name, "Oskar E. Lindqvist");
  q = QuoteWith(doc, "dredging was booked");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.chain, "c2");
  EXPECT_EQ(q->speaker.name, "Greta M. Sandvik");
}

// With the entities stage merged, speakers came from its PERSON mentions
// alone: a name it missed lost its quotes, and a place it mistyped as a person
// took them ("Halvenport" for the mayor's words in the demo corpus).
TEST(SpeakerStageTest, RegressionChainsDoNotReplaceNames) {
  Document doc = Analyzed(kArticle);
  // A tagger that typed "Harbour" as a person and missed Greta Sandvik.
  const std::size_t at = doc.text.find("Harbour");
  doc.mentions.push_back(
      {{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 7)}, "PERSON", "c9", "e9"});
  doc.chains.push_back({"c9", "PERSON", "Harbour", {0}});
  RunQuotes(doc);
  const Quote* q = QuoteWith(doc, "dredging was booked for June");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Greta Sandvik");
  EXPECT_TRUE(q->speaker.chain.empty());
  q = QuoteWith(doc, "was never the problem");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Greta Sandvik");
}

TEST(SpeakerStageTest, SourcesThatAreNotPersonsKeepTheirWords) {
  Document doc = Analyzed(kArticle);
  RunQuotes(doc);
  const Quote* q = QuoteWith(doc, "they had lost a month", "said");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "Local traders");
  EXPECT_EQ(q->kind, "indirect");
  // The whole report is in turn attributed to the chamber (nested attribution).
  q = QuoteWith(doc, "Local traders said they had lost", "according to");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker.name, "the chamber of commerce");
}

TEST(SpeakerStageTest, NoQuotesIsFine) {
  Document doc = Analyzed("The tide turned at noon.\n");
  RunQuotes(doc);
  EXPECT_TRUE(doc.quotes.empty());
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// Regression: a cue as the first or second word of the document made the
// word-order rule ("CONTENT, the operator said") index before token 0.
TEST(SpeakerStageTest, CueAtTheStartOfTheDocumentDoesNotCrash) {
  for (const char* body : {"Said.", "Said the mayor.", "He said, \"no\".", ", said Ola Berg.",
                           "\"Yes,\" said.", "According to.", "according to"}) {
    SCOPED_TRACE(body);
    Document doc = Analyzed(body);
    RunQuotes(doc);
    for (const Quote& q : doc.quotes) {
      EXPECT_LE(q.span.end, doc.text.size());
      EXPECT_LE(q.cue.end, doc.text.size());
      EXPECT_LE(q.speaker.span.end, doc.text.size());
    }
  }
}

// Random mixes of marks, cue words, names and punctuation: spans stay inside
// the text and nothing crashes.
TEST(SpeakerStageTest, RandomTextKeepsSpansInside) {
  const char* pieces[] = {"“",           "”",        "\"",       "'",     "’",
                          "«",           "»",        " said",    " told", " according to",
                          " Ola Berg",   " she",     ",",        ".",     ":",
                          " the mayor",  " - ",      "\n\n",     " that", " the plan",
                          " criticized", " Mr Lund", " KESSMARK"};
  std::uint32_t seed = 12345;
  for (int doc_index = 0; doc_index < 200; ++doc_index) {
    std::string body;
    for (int k = 0; k < 40; ++k) {
      seed = seed * 1103515245u + 12345u;
      body += pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
    }
    SCOPED_TRACE(body);
    Document doc = Analyzed(body);
    RunQuotes(doc);
    for (const Quote& q : doc.quotes) {
      EXPECT_LE(q.span.start, q.span.end);
      EXPECT_LE(q.span.end, doc.text.size());
      EXPECT_LE(q.cue.end, doc.text.size());
      EXPECT_LE(q.speaker.span.end, doc.text.size());
      EXPECT_GE(q.confidence, 0.0);
      EXPECT_LE(q.confidence, 1.0);
    }
  }
}

}  // namespace
}  // namespace crosscheck
