#include "store/span_rows.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck::store {
namespace {

Document Decode(const std::vector<SpanRow>& rows) {
  Document d;
  for (const SpanRow& r : rows) {
    std::optional<std::string_view> data;
    if (r.has_data) data = r.data;
    Status st = DecodeSpanRow(r.kind, r.span, data, &d);
    EXPECT_TRUE(st.ok()) << st.ToString();
  }
  return d;
}

TEST(SpanRowsTest, EveryListRoundTrips) {
  Document d;
  d.paragraphs = {{{0, 40}}, {{42, 90}}};
  d.sentences = {{{0, 20}, 0, 5}, {{21, 40}, 5, 4}, {{42, 90}, 9, 11}};
  d.mentions = {{{0, 10}, "PERSON", "c1", "e4"}, {{50, 58}, "PLACE", "", ""}};
  Quote full;
  full.span = {60, 88};
  full.kind = "direct";
  full.has_speaker = true;
  full.speaker = {true, {0, 10}, "c1", "e4", "Orla Venn"};
  full.has_cue = true;
  full.cue = {11, 15};
  full.via = {"Pellbury Wire", "Lowfen Radio"};
  full.confidence = 0.8125;
  Quote bare;  // no speaker, no cue, no via
  bare.span = {21, 30};
  bare.kind = "indirect";
  bare.confidence = 1.0 / 3.0;
  Quote nameless;  // a speaker with no span and no fields
  nameless.span = {31, 35};
  nameless.has_speaker = true;
  d.quotes = {full, bare, nameless};
  d.timexes = {{{70, 80}, "DATE", "2031-03-12"}, {{81, 84}, "DURATION", ""}};
  d.quantities = {{{85, 90}, "money", 4.5e6, "XCR", "grant", "up to", 6e6},
                  {{5, 6}, "count", -2.0, "", "", "", 0.0}};
  d.flags = {{"stale_content", "dated 2029, re-served in 2031", {"00aa", "00bb"}},
             {"duplicate_of", "", {}}};

  std::vector<SpanRow> rows;
  EncodeSpanRows(d, &rows);
  EXPECT_EQ(rows.size(), 2u + 3 + 2 + 3 + 2 + 2 + 2);
  EXPECT_FALSE(rows[0].has_data);  // paragraphs carry no data
  EXPECT_EQ(rows[2].data, "0,5");
  const Document back = Decode(rows);

  ASSERT_EQ(back.paragraphs.size(), 2u);
  EXPECT_EQ(back.paragraphs[1].span, (Span{42, 90}));
  ASSERT_EQ(back.sentences.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(back.sentences[i].span, d.sentences[i].span);
    EXPECT_EQ(back.sentences[i].first_token, d.sentences[i].first_token);
    EXPECT_EQ(back.sentences[i].token_count, d.sentences[i].token_count);
  }
  ASSERT_EQ(back.mentions.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(back.mentions[i].span, d.mentions[i].span);
    EXPECT_EQ(back.mentions[i].type, d.mentions[i].type);
    EXPECT_EQ(back.mentions[i].chain, d.mentions[i].chain);
    EXPECT_EQ(back.mentions[i].entity, d.mentions[i].entity);
  }
  ASSERT_EQ(back.quotes.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    SCOPED_TRACE("quote " + std::to_string(i));
    const Quote& a = d.quotes[i];
    const Quote& b = back.quotes[i];
    EXPECT_EQ(b.span, a.span);
    EXPECT_EQ(b.kind, a.kind);
    EXPECT_EQ(b.has_speaker, a.has_speaker);
    EXPECT_EQ(b.speaker.has_span, a.speaker.has_span);
    EXPECT_EQ(b.speaker.span, a.speaker.span);
    EXPECT_EQ(b.speaker.chain, a.speaker.chain);
    EXPECT_EQ(b.speaker.entity, a.speaker.entity);
    EXPECT_EQ(b.speaker.name, a.speaker.name);
    EXPECT_EQ(b.has_cue, a.has_cue);
    EXPECT_EQ(b.cue, a.cue);
    EXPECT_EQ(b.via, a.via);
    EXPECT_EQ(b.confidence, a.confidence);  // exact: JSON keeps round-trip digits
  }
  ASSERT_EQ(back.timexes.size(), 2u);
  EXPECT_EQ(back.timexes[0].value, "2031-03-12");
  EXPECT_EQ(back.timexes[1].type, "DURATION");
  EXPECT_EQ(back.timexes[1].span, (Span{81, 84}));
  ASSERT_EQ(back.quantities.size(), 2u);
  EXPECT_EQ(back.quantities[0].value, 4.5e6);
  EXPECT_EQ(back.quantities[0].unit, "XCR");
  EXPECT_EQ(back.quantities[0].counts, "grant");
  EXPECT_EQ(back.quantities[0].modifier, "up to");
  EXPECT_EQ(back.quantities[0].high, 6e6);
  EXPECT_EQ(back.quantities[1].modifier, "");
  EXPECT_EQ(back.quantities[1].high, 0.0);
  EXPECT_EQ(back.quantities[1].value, -2.0);
  EXPECT_EQ(back.quantities[1].kind, "count");
  ASSERT_EQ(back.flags.size(), 2u);
  EXPECT_EQ(back.flags[0].kind, "stale_content");
  EXPECT_EQ(back.flags[0].detail, "dated 2029, re-served in 2031");
  EXPECT_EQ(back.flags[0].documents, (std::vector<std::string>{"00aa", "00bb"}));
  EXPECT_EQ(back.flags[1].kind, "duplicate_of");
}

TEST(SpanRowsTest, ReusedBufferShrinks) {
  Document big;
  big.sentences.assign(10, Sentence{{0, 1}, 0, 1});
  Document small;
  small.paragraphs = {{{0, 1}}};
  std::vector<SpanRow> rows;
  EncodeSpanRows(big, &rows);
  EXPECT_EQ(rows.size(), 10u);
  EncodeSpanRows(small, &rows);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_STREQ(rows[0].kind, "paragraph");
  EXPECT_FALSE(rows[0].has_data);
}

TEST(SpanRowsTest, MalformedDataIsCorruptAndUnknownKindsAreSkipped) {
  struct Case {
    const char* description;
    const char* kind;
    std::optional<std::string_view> data;
    StatusCode want;
  };
  const std::vector<Case> cases = {
      {"sentence without a comma", "sentence", "12", StatusCode::kCorrupt},
      {"sentence with letters", "sentence", "1,x", StatusCode::kCorrupt},
      {"sentence with NULL data", "sentence", std::nullopt, StatusCode::kCorrupt},
      {"mention with broken JSON", "mention", "{\"type\":", StatusCode::kCorrupt},
      {"mention data not an object", "mention", "[1,2]", StatusCode::kCorrupt},
      {"quote with a wrongly typed field", "quote", "{\"kind\":7}", StatusCode::kCorrupt},
      {"quote cue not a pair", "quote", "{\"cue\":[1]}", StatusCode::kCorrupt},
      {"timex without data", "timex", std::nullopt, StatusCode::kCorrupt},
      {"a kind from a newer writer is skipped", "claim", "{\"x\":1}", StatusCode::kOk},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.description);
    Document d;
    Status st = DecodeSpanRow(c.kind, Span{0, 1}, c.data, &d);
    EXPECT_EQ(st.code(), c.want) << st.ToString();
  }
}

}  // namespace
}  // namespace crosscheck::store
