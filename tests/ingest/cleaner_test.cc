// Cleaner end to end: golden files (tests/ingest/testdata/cleaner/NAME.txt +
// NAME.json), the offset map back to the input bytes, and the error cases.
//
// To regenerate the goldens after a deliberate change, run the test with
// CROSSCHECK_UPDATE_GOLDEN=1 and review the diff.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "crosscheck/ingest.h"

namespace crosscheck {
namespace {

const std::string kDir = std::string(CROSSCHECK_TEST_DATA) + "/ingest/testdata/cleaner/";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// `bytes` in `charset` as UTF-8, through ICU.
std::string ToUtf8(std::string_view bytes, const std::string& charset) {
  if (charset == "UTF-8") return std::string(bytes);
  UErrorCode err = U_ZERO_ERROR;
  std::string out(bytes.size() * 4 + 4, '\0');
  const int32_t n = ucnv_convert(
      "UTF-8", charset == "ISO-8859-1" ? "windows-1252" : charset.c_str(), out.data(),
      static_cast<int32_t>(out.size()), bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err)) << u_errorName(err);
  out.resize(U_SUCCESS(err) ? static_cast<std::size_t>(n) : 0);
  return out;
}

// Drops ASCII white space and U+00A0, which cleaning folds and collapses.
std::string WithoutSpace(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      ++i;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

// Every line of doc.text maps back to input bytes holding the same characters.
void ExpectLinesMapBack(const Document& doc, const std::string& body) {
  std::size_t start = 0;
  while (start < doc.text.size()) {
    std::size_t end = doc.text.find('\n', start);
    if (end == std::string::npos) end = doc.text.size();
    if (end > start) {
      const std::string_view line = std::string_view(doc.text).substr(start, end - start);
      const Span in = doc.to_input.ToInput(
          Span{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
      ASSERT_LE(in.end, body.size());
      EXPECT_EQ(
          WithoutSpace(line),
          WithoutSpace(ToUtf8(std::string_view(body).substr(in.start, in.size()), doc.charset)))
          << "line at " << start;
    }
    start = end + 1;
  }
}

nlohmann::json Summary(const Document& doc, const std::string& description) {
  return {{"description", description},
          {"charset", doc.charset},
          {"title", doc.title},
          {"outlet", doc.outlet},
          {"authors", doc.authors},
          {"published", doc.published},
          {"published_from", doc.published_from},
          {"removed",
           {{"boilerplate_lines", doc.removed.boilerplate_lines},
            {"boilerplate_chars", doc.removed.boilerplate_chars},
            {"duplicate_paragraphs", doc.removed.duplicate_paragraphs},
            {"duplicate_chars", doc.removed.duplicate_chars},
            {"metadata_lines", doc.removed.metadata_lines},
            {"split_sentences", doc.removed.split_sentences}}},
          {"paragraphs", doc.paragraphs.size()},
          {"text", doc.text}};
}

TEST(CleanerGoldenTest, FixturesMatch) {
  const bool update = std::getenv("CROSSCHECK_UPDATE_GOLDEN") != nullptr;
  int count = 0;
  std::vector<std::filesystem::path> inputs;
  for (const auto& e : std::filesystem::directory_iterator(kDir)) {
    if (e.path().extension() == ".txt") inputs.push_back(e.path());
  }
  std::sort(inputs.begin(), inputs.end());
  Cleaner cleaner;
  for (const auto& path : inputs) {
    SCOPED_TRACE(path.filename().string());
    ++count;
    RawRecord r;
    r.path = path.filename().string();
    r.format = "text";
    r.body = ReadFile(path.string());
    Result<Document> doc = cleaner.Clean(r);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    ExpectLinesMapBack(*doc, r.body);
    std::string golden_path = path.string();
    golden_path.replace(golden_path.size() - 4, 4, ".json");
    const std::string golden_text = ReadFile(golden_path);
    nlohmann::json golden =
        golden_text.empty() ? nlohmann::json::object() : nlohmann::json::parse(golden_text);
    const nlohmann::json got = Summary(*doc, golden.value("description", "(describe me)"));
    if (update) {
      std::ofstream(golden_path) << got.dump(2) << "\n";
      continue;
    }
    ASSERT_FALSE(golden_text.empty()) << "missing " << golden_path;
    for (const auto& [key, value] : golden.items()) {
      EXPECT_EQ(got[key], value) << "field " << key << ": " << golden["description"];
    }
  }
  EXPECT_GE(count, 6);
}

TEST(CleanerTest, OffsetMapOfUtf8InputIsExactForCopiedLines) {
  RawRecord r;
  r.path = "a.txt";
  r.format = "text";
  r.body =
      "Menu | News | Sport\n\n  The  mayor\u00a0said the bridge would reopen in May, after "
      "repairs.  \r\n"
      "\r\n\r\n\r\nShe thanked the crews who had worked through the night to clear the road.\n";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(r);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text,
            "The mayor said the bridge would reopen in May, after repairs.\n\n"
            "She thanked the crews who had worked through the night to clear the road.");
  const std::size_t she = doc->text.find("She");
  EXPECT_EQ(r.body.substr(doc->to_input.ToInput(she), 11), "She thanked");
  EXPECT_EQ(r.body.substr(doc->to_input.ToInput(0), 5), "The  ");
  EXPECT_EQ(doc->paragraphs.size(), 2u);
  EXPECT_EQ(doc->paragraphs[1].span.Of(doc->text).substr(0, 3), "She");
}

struct ErrorCase {
  const char* description;
  std::string body;
  StatusCode code;
  std::string message_part;
  std::int64_t offset;  // -1: not checked
};

TEST(CleanerTest, ErrorsNameTheRecordAndOffset) {
  const std::vector<ErrorCase> cases = {
      {"NUL bytes: binary",
       std::string("PK\x03\x04\x00\x00"
                   "abc",
                   9),
       StatusCode::kUnsupported, "binary content (2 NUL bytes in the first 4 KiB)", 4},
      {"many control characters: binary", std::string(40, '\x01') + "text",
       StatusCode::kUnsupported, "binary content", 0},
      {"valid and invalid UTF-8 together: broken UTF-8",
       "Caf\xC3\xA9 owners said the \xE2\x80\x9C deal \xC3 was off.", StatusCode::kCorrupt,
       "invalid UTF-8 at byte 31", 31},
      {"nothing but furniture", "Home | News | Sport\nShare\nSubscribe\n", StatusCode::kUnsupported,
       "no article text left after cleaning (3 lines were boilerplate)", -1},
      {"empty body", "", StatusCode::kUnsupported, "no article text left", -1},
  };
  Cleaner cleaner;
  for (const ErrorCase& c : cases) {
    SCOPED_TRACE(c.description);
    RawRecord r;
    r.path = "feed.jsonl";
    r.record = 7;
    r.format = "jsonl";
    r.body = c.body;
    Result<Document> doc = cleaner.Clean(r);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.status().code(), c.code) << doc.status().ToString();
    EXPECT_NE(doc.status().message().find(c.message_part), std::string::npos)
        << doc.status().ToString();
    EXPECT_EQ(doc.status().where().input, "feed.jsonl");
    EXPECT_EQ(doc.status().where().record, 7);
    if (c.offset >= 0) {
      EXPECT_EQ(doc.status().where().offset, c.offset);
    }
  }
}

TEST(CleanerTest, ContainerMetadataWinsAndJsonlTextKeepsItsLines) {
  RawRecord r;
  r.path = "feed.jsonl";
  r.record = 2;
  r.format = "jsonl";
  r.title = "Container title";
  r.published = "2026-01-02";
  r.authors = {"Ivo Marchetti"};
  r.body =
      "Bridge reopens after repairs\nBy Someone Else\n\nThe bridge reopened on Friday after "
      "four months of repairs, the council said.\n";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(r);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->origin, "feed.jsonl#2");
  EXPECT_EQ(doc->title, "Container title");
  EXPECT_EQ(doc->published, "2026-01-02");
  EXPECT_EQ(doc->published_from, "container");
  EXPECT_EQ(doc->authors, std::vector<std::string>{"Ivo Marchetti"});
  EXPECT_EQ(doc->removed.metadata_lines, 0u);  // JSONL: no metadata lines read
  EXPECT_EQ(doc->language, "und");
  EXPECT_EQ(doc->text.substr(0, 11), "The bridge ");
}

TEST(CleanerTest, TextMetadataFillsOnlyEmptyFields) {
  RawRecord r;
  r.path = "a.txt";
  r.format = "text";
  r.title = "Given";
  r.body =
      "Bridge reopens after repairs\nBy Ines Valcourt\n3 March 2026\n\nThe bridge reopened on "
      "Friday after four months of repairs, the council said.\n";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(r);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->title, "Given");
  EXPECT_EQ(doc->authors, std::vector<std::string>{"Ines Valcourt"});
  EXPECT_EQ(doc->published, "2026-03-03");
  EXPECT_EQ(doc->published_from, "text");
  EXPECT_EQ(doc->removed.metadata_lines, 3u);
}

TEST(CleanerTest, OptionsTurnStepsOff) {
  RawRecord r;
  r.path = "a.txt";
  r.format = "text";
  r.body =
      "Share\n\nThe bridge reopened on Friday.The council said repairs took four months in all.\n\n"
      "The bridge reopened on Friday.The council said repairs took four months in all.\n";
  IngestOptions o;
  o.remove_boilerplate = false;
  o.remove_duplicates = false;
  o.split_run_together = false;
  o.read_metadata_lines = false;
  Cleaner cleaner(o);
  Result<Document> doc = cleaner.Clean(r);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->paragraphs.size(), 3u);
  EXPECT_EQ(doc->removed.split_sentences, 0u);
  Cleaner on;
  Result<Document> doc2 = on.Clean(r);
  ASSERT_TRUE(doc2.ok());
  EXPECT_EQ(doc2->paragraphs.size(), 1u);
  EXPECT_EQ(doc2->removed.duplicate_paragraphs, 1u);
  EXPECT_EQ(doc2->removed.split_sentences, 1u);
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// A few hundred words of an invented broadcast transcript on one line: speaker
// labels, a translated line, no paragraph breaks.
std::string LongTranscript() {
  std::string t = "November 3, 2025 Anchor1: Breaking news tonight from the harbour of Selvik. ";
  for (int i = 0; i < 12; ++i) {
    t += "Reporter" + std::to_string(i % 3 + 1) +
         ": Residents of the Old Quay were told to leave their homes within the hour, and the "
         "ferry service was suspended until further notice. Ola (SV): Vi maste ga nu, sa hon. "
         "Anchor2: The storm wall gave way just after midnight, officials said. ";
  }
  return t + "Anchor1: We will bring you more as we get it.";
}

// Regression: an AllSides-style record holding a broadcast transcript pasted as
// one long line was removed whole as boilerplate ("no article text left").
TEST(CleanerTest, SingleLineTranscriptIsKeptWhenNothingElseIs) {
  const struct {
    const char* description;
    const char* format;
    std::string body;
  } cases[] = {
      {"long transcript with speaker labels and translations, one line, JSON Lines", "jsonl",
       LongTranscript()},
      {"the same as plain text", "text", LongTranscript()},
      {"only line is furniture-shaped (pipes, no sentence end) but long: the fallback keeps it",
       "jsonl",
       "Selvik harbour live | Residents of the Old Quay were told to leave their homes within the "
       "hour | the ferry service was suspended until further notice | officials said the storm "
       "wall gave way just after midnight | more updates through the night"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    RawRecord r;
    r.path = "transcript.jsonl";
    r.record = 7;
    r.format = c.format;
    r.body = c.body;
    Cleaner cleaner;
    Result<Document> doc = cleaner.Clean(r);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_NE(doc->text.find("Residents of the Old Quay"), std::string::npos) << doc->text;
  }
}

}  // namespace
}  // namespace crosscheck
