#include "report/export_json.h"

#include <gtest/gtest.h>

#include "crosscheck/text.h"

namespace crosscheck {
namespace {

Document SampleDocument() {
  Document d;
  d.id = "00000000000000aa";
  d.origin = "news/a.txt";
  d.input_hash = 0xbeef;
  d.format = "text";
  d.title = "Barrier vote delayed";
  d.authors = {"Lene Okke"};
  d.published = "2026-03-12";
  d.published_from = "text";
  d.language = "en";
  d.charset = "UTF-8";
  d.text = "Mayor Ivo Strand said \"no\".";
  d.to_input = OffsetMap::Identity(d.text.size());
  d.removed.boilerplate_chars = 42;
  d.removed.duplicate_paragraphs = 1;
  d.paragraphs.push_back({{0, 27}});
  d.sentences.push_back({{0, 27}, 0, 7});
  d.mentions.push_back({{6, 16}, "PERSON", "c1", ""});
  Quote q;
  q.span = {22, 26};
  q.kind = "direct";
  q.has_speaker = true;
  q.speaker.has_span = true;
  q.speaker.span = {6, 16};
  q.speaker.name = "Ivo Strand";
  q.has_cue = true;
  q.cue = {17, 21};
  q.confidence = 0.9;
  d.quotes.push_back(q);
  return d;
}

TEST(ExportJsonTest, DocumentFollowsTheContract) {
  nlohmann::json j = DocumentToJson(SampleDocument());
  // Every contract field is present (DESIGN.md §2).
  for (const char* field :
       {"type", "id", "origin", "url", "outlet", "title", "authors", "published", "published_from",
        "language", "text", "removed", "mentions", "quotes", "timexes", "quantities", "flags"}) {
    EXPECT_TRUE(j.contains(field)) << field;
  }
  EXPECT_EQ(j["type"], "document");
  EXPECT_TRUE(j["url"].is_null());
  EXPECT_TRUE(j["outlet"].is_null());
  EXPECT_EQ(j["removed"]["boilerplate_chars"], 42);
  EXPECT_EQ(j["removed"]["duplicate_paragraphs"], 1);
  EXPECT_EQ(j["mentions"][0]["text"], "Ivo Strand");
  EXPECT_EQ(j["quotes"][0]["speaker"]["text"], "Ivo Strand");
  EXPECT_EQ(j["quotes"][0]["cue"]["text"], "said");
  EXPECT_EQ(j["quotes"][0]["text"], "\"no\"");
  EXPECT_EQ(j["sentences"][0], nlohmann::json::array({0, 27}));
  EXPECT_FALSE(j.contains("tokens"));
}

TEST(ExportJsonTest, TokensCarryTagsAndTreeWhenAsked) {
  Document d = SampleDocument();
  Token tagged{{0, 3}, TokenKind::kWord};
  Token parsed = tagged;
  parsed.span = {4, 9};
  for (std::uint8_t id = 1; id < 64; ++id) {  // find the ids of NOUN / NN / nsubj by name
    if (UposName(id) == "NOUN") tagged.upos = parsed.upos = id;
    if (XposName(id) == "NN") tagged.xpos = parsed.xpos = id;
    if (DeprelName(id) == "nsubj") parsed.deprel = id;
  }
  ASSERT_NE(parsed.deprel, 0);
  parsed.head = 0;
  d.tokens = {tagged, parsed, Token{{10, 11}, TokenKind::kPunct}};
  ExportOptions options;
  options.include_tokens = true;
  const nlohmann::json j = DocumentToJson(d, options);
  ASSERT_EQ(j["tokens"].size(), 3u);
  EXPECT_EQ(j["tokens"][0],
            nlohmann::json::parse(R"([0, 3, "word", "NOUN", "NN", "_", null, null])"));
  EXPECT_EQ(j["tokens"][1],
            nlohmann::json::parse(R"([4, 9, "word", "NOUN", "NN", "_", 0, "nsubj"])"));
  EXPECT_EQ(j["tokens"][2][3], "_");  // untagged
}

TEST(ExportJsonTest, OutOfRangeSpanGivesEmptyTextNotACrash) {
  Document d = SampleDocument();
  d.mentions[0].span = {20, 999};
  d.mentions.push_back({{999, 1000}, "ORG", "", ""});
  nlohmann::json j = DocumentToJson(d);
  EXPECT_EQ(j["mentions"][0]["text"], "d \"no\".");
  EXPECT_EQ(j["mentions"][1]["text"], "");
}

TEST(ExportJsonTest, ErrorRecordAndInvalidUtf8AreWritten) {
  ErrorRecord e{"bad.txt", 0, "bad.txt: corrupt: invalid UTF-8 at byte 3 \xff"};
  std::string line = ToJsonLine(ErrorToJson(e));
  EXPECT_NE(line.find("\"type\":\"error\""), std::string::npos);
  EXPECT_NE(line.find("\"origin\":\"bad.txt\""), std::string::npos);
  EXPECT_EQ(line.find('\n'), std::string::npos);
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(ExportJsonTest, EntityLine) {
  Entity e{"e7", "Odalys Brenfield", "PERSON", {"Brenfield", "Odalys Brenfeld"}, {"a1", "b2"}};
  const nlohmann::json j = EntityToJson(e);
  EXPECT_EQ(ToJsonLine(j),
            R"({"aliases":["Brenfield","Odalys Brenfeld"],"documents":["a1","b2"],"id":"e7",)"
            R"("kind":"PERSON","name":"Odalys Brenfield","type":"entity"})");
}

}  // namespace
}  // namespace crosscheck
