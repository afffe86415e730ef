// GUM's Entity= annotations on an invented two-sentence document: nested and
// one-word mentions, closers that name their id, and the name rule (leading
// determiner and possessive 's dropped, PROPN ... ADP/DET ... PROPN accepted,
// a relative clause rejected unless lenient).
#include "extract/ner_gum.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck::extract {
namespace {

std::vector<text::ConlluSentence> Doc() {
  auto doc = text::ReadConlluFile(std::string(CROSSCHECK_TEST_DATA) +
                                  "/extract/testdata/ner_gum_tiny.conllu");
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? *doc : std::vector<text::ConlluSentence>{};
}

TEST(NerGumTest, ReadsMentionsWithTypesAndIds) {
  const auto doc = Doc();
  const auto mentions = ReadGumMentions(doc);
  struct Want {
    int sentence, first, last;
    const char* etype;
    const char* id;
  };
  const Want want[] = {
      {0, 0, 2, "person", "1"},   {0, 4, 7, "organization", "2"}, {0, 7, 7, "place", "3"},
      {0, 9, 10, "place", "4"},   {0, 12, 12, "time", "5"},       {0, 14, 15, "person", "6"},
      {0, 14, 14, "person", "1"}, {1, 0, 2, "organization", "7"}, {1, 0, 0, "person", "1"},
      {1, 4, 11, "person", "8"},
  };
  ASSERT_EQ(mentions.size(), std::size(want));
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(mentions[i].sentence, want[i].sentence);
    EXPECT_EQ(mentions[i].first, want[i].first);
    EXPECT_EQ(mentions[i].last, want[i].last);
    EXPECT_EQ(mentions[i].etype, want[i].etype);
    EXPECT_EQ(mentions[i].id, want[i].id);
  }
}

TEST(NerGumTest, NameRule) {
  const auto doc = Doc();
  const auto names = GumNames(doc);
  ASSERT_EQ(names.size(), 2u);
  const std::vector<NerSpan> first = {
      {0, 2, NerTypeIndex("PERSON")},   // Mayor Odalys Brenfield
      {5, 7, NerTypeIndex("ORG")},      // (the) Port of Kessaly
      {7, 7, NerTypeIndex("PLACE")},    // Kessaly, nested
      {9, 10, NerTypeIndex("PLACE")},   // Lake Varn
      {12, 12, NerTypeIndex("OTHER")},  // Tuesday (GUM time)
  };
  EXPECT_EQ(names[0], first);
  // "Brenfield" (possessive 's dropped); not "Harlow Teague, who runs the ferry".
  const std::vector<NerSpan> second = {{0, 0, NerTypeIndex("PERSON")}};
  EXPECT_EQ(names[1], second);
  const auto lenient = GumNames(doc, true);
  const std::vector<NerSpan> second_lenient = {{0, 0, NerTypeIndex("PERSON")},
                                               {4, 5, NerTypeIndex("PERSON")}};
  EXPECT_EQ(lenient[1], second_lenient);
}

TEST(NerGumTest, TypesAndMissingFolder) {
  EXPECT_EQ(NerTypeOfGum("organization"), "ORG");
  EXPECT_EQ(NerTypeOfGum("event"), "EVENT");
  EXPECT_EQ(NerTypeOfGum("substance"), "OTHER");
  EXPECT_EQ(ListGumDocuments("/nonexistent/gum", "dev").status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace crosscheck::extract
