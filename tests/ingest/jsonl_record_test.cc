#include "ingest/jsonl_record.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/hash.h"

namespace crosscheck {
namespace {

Line MakeLine(std::string_view text, std::int64_t number = 4, std::uint64_t offset = 300) {
  Line line;
  line.text = text;
  line.number = number;
  line.offset = offset;
  line.length = text.size();
  return line;
}

TEST(JsonlRecordTest, ReadsFieldsByName) {
  const struct {
    const char* description;
    const char* json;
    const char* body;
    const char* title;
    const char* outlet;
    const char* published;
    const char* url;
    std::vector<std::string> authors;
  } cases[] = {
      {"AllSides-style record",
       R"({"ID":"q1","source":"Tidewater Ledger","source_url":"www.tidewaterledger.example",)"
       R"("url":"https://tidewaterledger.example/ferry","date":"2026-02-03",)"
       R"("authors":"Mira Kestrel, Olu Banner and Dee Farrow","title":"Ferry fares rise",)"
       R"("topic":"transport","bias_text":"center","bias":"1",)"
       R"("content_original":"Fares on the Harbourgate ferry rise by 4%.","content":"tokenised copy"})",
       "Fares on the Harbourgate ferry rise by 4%.",
       "Ferry fares rise",
       "Tidewater Ledger",
       "2026-02-03",
       "https://tidewaterledger.example/ferry",
       {"Mira Kestrel", "Olu Banner", "Dee Farrow"}},
      {"news-please style",
       R"({"maintext":"Body.","date_publish":"2026-01-05 10:00:00",)"
       R"("source_domain":"valehaven.example","authors":["Ana Pell"," Rob Voss ",""]})",
       "Body.",
       "",
       "valehaven.example",
       "2026-01-05T10:00:00",
       "",
       {"Ana Pell", "Rob Voss"}},
      {"blank first body field falls through",
       R"({"content_original":"  ","text":"Second."})",
       "Second.",
       "",
       "",
       "",
       "",
       {}},
      {"non-string body field falls through",
       R"({"maintext":42,"body":"Fifth field."})",
       "Fifth field.",
       "",
       "",
       "",
       "",
       {}},
      {"outlet as object with name",
       R"({"text":"T.","source":{"id":null,"name":"Brindle Post"}})",
       "T.",
       "",
       "Brindle Post",
       "",
       "",
       {}},
      {"outlet falls through to 'outlet'",
       R"({"text":"T.","source":null,"outlet":"Kite Wire"})",
       "T.",
       "",
       "Kite Wire",
       "",
       "",
       {}},
      {"numbers converted to text",
       R"({"text":"T.","title":1984,"date":20260203})",
       "T.",
       "1984",
       "",
       "2026-02-03",
       "",
       {}},
      {"booleans and arrays ignored; a published value that is no date dropped",
       R"({"text":"T.","title":true,"url":["a"],"published":"x"})",
       "T.",
       "",
       "",
       "",
       "",
       {}},
      {"single author field",
       R"({"text":"T.","author":"Lena Moor"})",
       "T.",
       "",
       "",
       "",
       "",
       {"Lena Moor"}},
      {"author objects",
       R"({"text":"T.","authors":[{"name":"Ivo Rand"},7,null]})",
       "T.",
       "",
       "",
       "",
       "",
       {"Ivo Rand", "7"}},
      {"empty authors fall back to author",
       R"({"text":"T.","authors":[],"author":"Sol Wynn"})",
       "T.",
       "",
       "",
       "",
       "",
       {"Sol Wynn"}},
      {"escapes decoded",
       R"({"text":"Caf\u00e9 \"Lumen\"\nopens."})",
       "Caf\xC3\xA9 \"Lumen\"\nopens.",
       "",
       "",
       "",
       "",
       {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    Result<RawRecord> r = ParseJsonlRecord("feed.jsonl", MakeLine(c.json));
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->body, c.body);
    EXPECT_EQ(r->title, c.title);
    EXPECT_EQ(r->outlet, c.outlet);
    EXPECT_EQ(r->published, c.published);
    EXPECT_EQ(r->url, c.url);
    EXPECT_EQ(r->authors, c.authors);
    EXPECT_EQ(r->path, "feed.jsonl");
    EXPECT_EQ(r->record, 4);
    EXPECT_EQ(r->offset, 300u);
    EXPECT_EQ(r->format, "jsonl");
    EXPECT_EQ(r->input_hash, Hash64(c.json));
    EXPECT_EQ(r->Origin(), "feed.jsonl#4");
  }
}

TEST(JsonlRecordTest, BadLinesAreErrorsWithLocation) {
  const struct {
    const char* description;
    const char* json;
    StatusCode code;
    const char* message_part;
    std::int64_t offset;  // expected Location.offset (line offset is 300)
  } cases[] = {
      {"syntax error", R"({"text": "a",, })", StatusCode::kCorrupt, "parse error", 300 + 13},
      {"cut-off line", R"({"text": "a)", StatusCode::kCorrupt, "invalid JSON", -2},
      {"invalid UTF-8 in a string", "{\"text\": \"caf\xE9 au lait\"}", StatusCode::kCorrupt,
       "UTF-8", -2},
      {"array, not an object", R"(["text", "a"])", StatusCode::kInvalidArgument,
       "not a JSON object", 300},
      {"string, not an object", R"("just words")", StatusCode::kInvalidArgument,
       "not a JSON object", 300},
      {"no body field", R"({"title":"Headline only","source":"Kite Wire"})",
       StatusCode::kInvalidArgument, "no article text (expected one of content_original", 300},
      {"only blank body fields", R"({"text":" \n ","body":""})", StatusCode::kInvalidArgument,
       "no article text", 300},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    Result<RawRecord> r = ParseJsonlRecord("feed.jsonl", MakeLine(c.json));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), c.code) << r.status().ToString();
    EXPECT_NE(r.status().message().find(c.message_part), std::string::npos) << r.status().message();
    EXPECT_EQ(r.status().where().input, "feed.jsonl");
    EXPECT_EQ(r.status().where().record, 4);
    if (c.offset == -2) {
      EXPECT_GE(r.status().where().offset, 300);  // somewhere inside the line
    } else {
      EXPECT_EQ(r.status().where().offset, c.offset);
    }
  }
}

TEST(JsonlRecordTest, SplitsAuthorStrings) {
  const struct {
    const char* description;
    const char* input;
    std::vector<std::string> want;
  } cases[] = {
      {"commas", "Ana Pell, Rob Voss", {"Ana Pell", "Rob Voss"}},
      {"commas and 'and'",
       "Ana Pell, Rob Voss and Lena Moor",
       {"Ana Pell", "Rob Voss", "Lena Moor"}},
      {"Oxford comma", "Ana Pell, Rob Voss, and Lena Moor", {"Ana Pell", "Rob Voss", "Lena Moor"}},
      {"'and' inside a name is kept", "Sandy Anderson", {"Sandy Anderson"}},
      {"empties and spaces dropped", " , Ana Pell ,, ", {"Ana Pell"}},
      {"empty string", "", {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    EXPECT_EQ(SplitAuthors(c.input), c.want);
  }
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(JsonlRecordTest, HtmlBodiesGoToTheHtmlPath) {
  const struct {
    const char* description;
    const char* json;
    const char* media_type;
    const char* body;
  } cases[] = {
      {"news-please maintext is plain text",
       R"({"maintext":"Saltreach kelp permits double. Growers cheered <3 times>.","title":"Kelp"})",
       "", "Saltreach kelp permits double. Growers cheered <3 times>."},
      {"text field holding a whole page",
       R"({"text":"<!DOCTYPE html><html><body><p>Kelp permits.</p></body></html>"})", "text/html",
       "<!DOCTYPE html><html><body><p>Kelp permits.</p></body></html>"},
      {"text field holding paragraphs of markup",
       R"({"text":"<p>Kelp permits double.</p>\n<p>Growers cheered.</p>"})", "text/html",
       "<p>Kelp permits double.</p>\n<p>Growers cheered.</p>"},
      {"one tag in prose stays text", R"({"text":"Use the <br> tag, the guide said."})", "",
       "Use the <br> tag, the guide said."},
      {"explicit raw_html field when there is no text field",
       R"({"raw_html":"<html><p>Kelp.</p></html>","title":"Kelp"})", "text/html",
       "<html><p>Kelp.</p></html>"},
      {"a text field wins over html", R"({"maintext":"Kelp.","html":"<html><p>K</p></html>"})", "",
       "Kelp."},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    Result<RawRecord> r = ParseJsonlRecord("feed.jsonl", MakeLine(c.json));
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->media_type, c.media_type);
    EXPECT_EQ(r->body, c.body);
  }
}

TEST(JsonlRecordTest, DatesAreNormalisedAndImpossibleOnesDropped) {
  const struct {
    const char* description;
    const char* json;
    const char* published;
    const char* fetched;
  } cases[] = {
      {"AllSides M/D/YY", R"({"text":"T.","date":"3/12/19"})", "2019-03-12", ""},
      {"AllSides M/D/YYYY", R"({"text":"T.","date":"11/4/2016"})", "2016-11-04", ""},
      {"ISO date", R"({"text":"T.","date":"2018-07-01"})", "2018-07-01", ""},
      {"empty", R"({"text":"T.","date":""})", "", ""},
      {"bogus year 0001", R"({"text":"T.","date":"0001-01-01"})", "", ""},
      {"bogus year 2050", R"({"text":"T.","date":"2050-01-01"})", "", ""},
      {"impossible day", R"({"text":"T.","date":"2019-02-30"})", "", ""},
      {"news-please with download time",
       R"({"maintext":"T.","date_publish":"2017-09-08 12:36:18","date_download":)"
       R"("2017-09-09 01:00:00"})",
       "2017-09-08T12:36:18", "2017-09-09T01:00:00"},
      {"published after it was downloaded",
       R"({"maintext":"T.","date_publish":"2017-09-12 08:00:00","date_download":)"
       R"("2017-09-09 01:00:00"})",
       "", "2017-09-09T01:00:00"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    Result<RawRecord> r = ParseJsonlRecord("feed.jsonl", MakeLine(c.json));
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->published, c.published);
    EXPECT_EQ(r->fetched, c.fetched);
  }
}

}  // namespace
}  // namespace crosscheck
