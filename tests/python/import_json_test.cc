#include "python/import_json.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "report/export_json.h"

namespace crosscheck {
namespace {

// An invented article with every field the export writes filled in.
Document FullDocument() {
  Document d;
  d.id = "00000000000000ab";
  d.origin = "wire/harbour.txt";
  d.input_hash = 0xfeedbeef;
  d.format = "text";
  d.url = "https://example.test/harbour";
  d.canonical_url = "https://example.test/c/harbour";
  d.outlet = "Quayside Courier";
  d.outlet_from = "url";
  d.title = "Harbour gate stays shut";
  d.authors = {"Tilde Marsh", "Osk Vane"};
  d.published = "2026-04-02";
  d.published_from = "text";
  d.modified = "2026-04-03";
  d.fetched = "2026-04-04T10:00:00Z";
  d.language = "en";
  d.charset = "windows-1252";
  d.text = "Gatekeeper Ana Lund said \"not today\". It cost 3 million.";
  // Input: a 2-byte quote mark became 1 byte, 4 bytes were dropped, a 1:1
  // replacement after a copy, then copies.
  OffsetMap::Builder b;
  b.Copy(25).Replace(2, 1).Skip(4).Copy(10).Replace(1, 1).Copy(d.text.size() - 37);
  d.to_input = std::move(b).Build();
  d.removed = {12, 1, 1, 30, 2, 1};
  d.paragraphs.push_back({{0, 56}});
  d.sentences.push_back({{0, 37}, 0, 9});
  d.sentences.push_back({{38, 56}, 9, 5});
  for (std::uint32_t i = 0; i < 14; ++i) {
    Token t;
    t.span = {i < 9 ? i * 4 : 38 + (i - 9) * 3, (i < 9 ? i * 4 : 38 + (i - 9) * 3) + 2};
    d.tokens.push_back(t);
  }
  d.mentions.push_back({{11, 19}, "PERSON", "c1", "e4"});
  Quote q;
  q.span = {25, 36};
  q.kind = "direct";
  q.has_speaker = true;
  q.speaker.has_span = true;
  q.speaker.span = {11, 19};
  q.speaker.chain = "c1";
  q.speaker.name = "Ana Lund";
  q.has_cue = true;
  q.cue = {20, 24};
  q.via = {"Quayside Courier"};
  q.confidence = 0.75;
  d.quotes.push_back(q);
  Quote unattributed;
  unattributed.span = {26, 35};
  unattributed.kind = "partial";
  d.quotes.push_back(unattributed);
  d.timexes.push_back({{29, 34}, "DATE", "2026-04-02"});
  d.quantities.push_back({{46, 55}, "money", 3e6, "", "", "about", 4e6});
  d.flags.push_back({"stale_content", "dates itself to 2025", {"00000000000000cd"}});
  d.credits.push_back({{0, 10}, "Tide Wire", "according_to"});
  return d;
}

ExportOptions WithTokens() {
  ExportOptions o;
  o.include_tokens = true;
  return o;
}

TEST(ImportJsonTest, DocumentRoundTripsThroughTheExport) {
  const Document original = FullDocument();
  const nlohmann::json line = DocumentToJson(original, WithTokens());
  Result<Document> back = DocumentFromJson(line);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  // Every exported field, and the sentence token indexes from the token list.
  ExportOptions no_tokens;
  EXPECT_EQ(DocumentToJson(*back, no_tokens), DocumentToJson(original, no_tokens));
  ASSERT_EQ(back->sentences.size(), 2u);
  EXPECT_EQ(back->sentences[0].first_token, 0u);
  EXPECT_EQ(back->sentences[0].token_count, 9u);
  EXPECT_EQ(back->sentences[1].first_token, 9u);
  EXPECT_EQ(back->sentences[1].token_count, 5u);
  EXPECT_TRUE(back->tokens.empty());  // not kept, as in the store
  // The offset map segment for segment, copy flags included.
  const auto& want = original.to_input.segments();
  const auto& got = back->to_input.segments();
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].out_start, want[i].out_start) << i;
    EXPECT_EQ(got[i].in_start, want[i].in_start) << i;
    EXPECT_EQ(got[i].out_len, want[i].out_len) << i;
    EXPECT_EQ(got[i].in_len, want[i].in_len) << i;
    EXPECT_EQ(got[i].copy, want[i].copy) << i;
  }
  EXPECT_EQ(back->to_input.input_size(), original.to_input.input_size());
}

TEST(ImportJsonTest, WithoutTokensSentenceIndexesAreZero) {
  Result<Document> back = DocumentFromJson(DocumentToJson(FullDocument()));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->sentences[1].first_token, 0u);
  EXPECT_EQ(back->sentences[1].token_count, 0u);
}

TEST(ImportJsonTest, LinesOfEachType) {
  ErrorRecord with_bytes{"feeds/a.jsonl#3", 0x1234, "feeds/a.jsonl#3: not JSON"};
  ErrorRecord without{"missing.txt", 0, "missing.txt: not found"};
  struct Case {
    std::string line;
    int kind;  // 0 corpus line, 1 document, 2 error
  } cases[] = {
      {ToJsonLine(DocumentToJson(FullDocument())), 1},
      {ToJsonLine(ErrorToJson(with_bytes)), 2},
      {ToJsonLine(ErrorToJson(without)), 2},
      {R"({"type":"entity","id":"e1","name":"Ana Lund"})", 0},
      {R"({"type":"story","id":"s1"})", 0},
  };
  for (const Case& c : cases) {
    Result<ImportedLine> parsed = ParseExportLine(c.line);
    ASSERT_TRUE(parsed.ok()) << c.line << ": " << parsed.status().ToString();
    EXPECT_EQ(static_cast<int>(parsed->index()), c.kind) << c.line;
  }
  Result<ImportedLine> e = ParseExportLine(ToJsonLine(ErrorToJson(with_bytes)));
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(std::get<ErrorRecord>(*e).input_hash, 0x1234u);
  EXPECT_EQ(std::get<ErrorRecord>(*e).message, with_bytes.message);
}

TEST(ImportJsonTest, MalformedLinesAreCorrupt) {
  nlohmann::json good = DocumentToJson(FullDocument());
  auto without = [&](const char* field) {
    nlohmann::json j = good;
    j.erase(field);
    return j.dump();
  };
  auto with = [&](const char* field, nlohmann::json value) {
    nlohmann::json j = good;
    j[field] = std::move(value);
    return j.dump();
  };
  const std::string cases[] = {
      "not json",
      "[1, 2]",
      R"("a string")",
      without("id"),
      without("text"),  // written with --no-text
      without("to_input"),
      with("input_hash", "xyz"),
      with("input_hash", 12),
      with("title", 5),
      with("sentences", nlohmann::json::array({"0-5"})),
      with("mentions", nlohmann::json::array({{{"span", {1}}, {"type", "PERSON"}}})),
      with("to_input", nlohmann::json::array({{0, 5, 3, 3}})),  // not contiguous
      with("authors", nlohmann::json::array({1})),
      R"({"type":"error","origin":"a.txt"})",
  };
  for (const std::string& line : cases) {
    Result<ImportedLine> parsed = ParseExportLine(line);
    ASSERT_FALSE(parsed.ok()) << line;
    EXPECT_EQ(parsed.status().code(), StatusCode::kCorrupt) << line;
  }
}

class ImportStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device random;
    dir_ = std::filesystem::temp_directory_path() /
           ("crosscheck-import-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Write(const std::string& name, const std::vector<std::string>& lines) {
    const std::string path = (dir_ / name).string();
    std::ofstream out(path, std::ios::binary);
    for (const std::string& l : lines) out << l << "\n";
    return path;
  }
  std::filesystem::path dir_;
};

TEST_F(ImportStoreTest, StoresDocumentsAndErrorsOnceAndSkipsCorpusLines) {
  const Document doc = FullDocument();
  const ErrorRecord error{"feeds/b.jsonl#2", 0x99, "feeds/b.jsonl#2: empty input"};
  const std::string file =
      Write("part.jsonl", {ToJsonLine(DocumentToJson(doc, WithTokens())), "",
                           ToJsonLine(ErrorToJson(error)), R"({"type":"entity","id":"e1"})"});
  Result<std::unique_ptr<Store>> store = Store::Open((dir_ / "db.sqlite").string());
  ASSERT_TRUE(store.ok()) << store.status().ToString();

  ImportCounts counts;
  ASSERT_TRUE(ImportJsonLines(**store, file, &counts).ok());
  EXPECT_EQ(counts.documents, 1u);
  EXPECT_EQ(counts.errors, 1u);
  EXPECT_EQ(counts.skipped, 1u);
  EXPECT_EQ(counts.unchanged, 0u);

  Result<std::optional<Document>> stored = (*store)->GetDocument(doc.id);
  ASSERT_TRUE(stored.ok() && stored->has_value());
  EXPECT_EQ(DocumentToJson(**stored), DocumentToJson(doc));
  EXPECT_EQ((*stored)->sentences[1].first_token, 9u);

  ImportCounts again;
  ASSERT_TRUE(ImportJsonLines(**store, file, &again).ok());
  EXPECT_EQ(again.documents, 0u);
  EXPECT_EQ(again.errors, 0u);
  EXPECT_EQ(again.unchanged, 2u);
  Result<StoreStats> stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 1);
  EXPECT_EQ(stats->errors, 1);
}

TEST_F(ImportStoreTest, ABadLineStoresNothingOfItsFileAndNamesTheLine) {
  const std::string file =
      Write("bad.jsonl", {ToJsonLine(DocumentToJson(FullDocument())), R"({"type":"document"})"});
  Result<std::unique_ptr<Store>> store = Store::Open((dir_ / "db.sqlite").string());
  ASSERT_TRUE(store.ok());
  Status st = ImportJsonLines(**store, file);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.code(), StatusCode::kCorrupt);
  EXPECT_NE(st.ToString().find("bad.jsonl"), std::string::npos) << st.ToString();
  EXPECT_EQ(st.where().record, 2);
  Result<StoreStats> stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 0);

  Status missing = ImportJsonLines(**store, (dir_ / "none.jsonl").string());
  EXPECT_EQ(missing.code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace crosscheck
