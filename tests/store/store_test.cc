#include "crosscheck/store.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "store/schema.h"
#include "store_test_util.h"

namespace crosscheck {
namespace {

using testing::MakeDocument;
using testing::QueryOne;
using testing::TempDir;

std::unique_ptr<Store> OpenOrDie(const std::string& path, const StoreOptions& options = {}) {
  Result<std::unique_ptr<Store>> s = Store::Open(path, options);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? std::move(*s) : nullptr;
}

std::vector<std::string> AllIds(Store& store) {
  std::vector<std::string> ids;
  Status st = store.ForEachDocument([&](const Document& d) {
    ids.push_back(d.id);
    return true;
  });
  EXPECT_TRUE(st.ok()) << st.ToString();
  return ids;
}

// A document with every field set, a non-identity offset map and later stages' spans.
Document FullDocument() {
  Document d = MakeDocument(7, 2, 3);
  d.url = "https://ledger.invalid/2031/harbour";
  d.canonical_url = "https://ledger.invalid/harbour-story";
  d.modified = "2031-03-13";
  d.fetched = "2031-03-14T02:00:00Z";
  d.authors = {"Orla Venn", "Bram \"B.\" Oduya"};
  d.published = "2031-03-12T09:30:00+01:00";
  d.published_from = "meta";
  d.charset = "windows-1252";
  d.format = "jsonl";
  OffsetMap::Builder b;
  b.Copy(10).Replace(2, 1).Skip(37).Copy(d.text.size() - 11);
  d.to_input = std::move(b).Build();
  d.removed = {1234, 5, 2, 300, 3, 1};
  d.mentions = {{{0, 9}, "PERSON", "c1", "e12"}, {{40, 49}, "PLACE", "", "e3"}};
  Quote q;
  q.span = {20, 60};
  q.kind = "direct";
  q.has_speaker = true;
  q.speaker = {true, {0, 9}, "c1", "e12", "Orla Venn"};
  q.has_cue = true;
  q.cue = {10, 14};
  q.via = {"Pellbury Wire"};
  q.confidence = 0.75;
  d.quotes = {q};
  d.timexes = {{{70, 86}, "DATE", "2031-03-13"}};
  d.quantities = {{{90, 100}, "money", 12e6, "XCR", "flood barrier", "", 0.0}};
  d.flags = {{"near_duplicate_of", "shares 91% of shingles", {"00ff00ff00ff00ff"}}};
  return d;
}

TEST(StoreTest, DocumentRoundTripsWithEveryField) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("a.db"));
  ASSERT_NE(store, nullptr);
  const Document d = FullDocument();
  ASSERT_TRUE(store->PutDocument(d).ok());  // outside Begin/Commit: its own transaction

  Result<std::optional<Document>> got = store->GetDocument(d.id);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_TRUE(got->has_value());
  const Document& b = **got;
  EXPECT_EQ(b.id, d.id);
  EXPECT_EQ(b.origin, d.origin);
  EXPECT_EQ(b.input_hash, d.input_hash);
  EXPECT_EQ(b.format, d.format);
  EXPECT_EQ(b.url, d.url);
  EXPECT_EQ(b.canonical_url, d.canonical_url);
  EXPECT_EQ(b.modified, d.modified);
  EXPECT_EQ(b.fetched, d.fetched);
  EXPECT_EQ(b.outlet, d.outlet);
  EXPECT_EQ(b.title, d.title);
  EXPECT_EQ(b.authors, d.authors);
  EXPECT_EQ(b.published, d.published);
  EXPECT_EQ(b.published_from, d.published_from);
  EXPECT_EQ(b.language, d.language);
  EXPECT_EQ(b.charset, d.charset);
  EXPECT_EQ(b.text, d.text);
  EXPECT_EQ(b.removed.boilerplate_chars, 1234u);
  EXPECT_EQ(b.removed.boilerplate_lines, 5u);
  EXPECT_EQ(b.removed.duplicate_paragraphs, 2u);
  EXPECT_EQ(b.removed.duplicate_chars, 300u);
  EXPECT_EQ(b.removed.metadata_lines, 3u);
  EXPECT_EQ(b.removed.split_sentences, 1u);
  EXPECT_FALSE(b.to_input.is_identity());
  EXPECT_EQ(b.to_input.input_size(), d.to_input.input_size());
  for (std::uint64_t i = 0; i <= d.text.size(); ++i)
    ASSERT_EQ(b.to_input.ToInput(i), d.to_input.ToInput(i));
  ASSERT_EQ(b.paragraphs.size(), d.paragraphs.size());
  EXPECT_EQ(b.paragraphs[1].span, d.paragraphs[1].span);
  ASSERT_EQ(b.sentences.size(), d.sentences.size());
  EXPECT_EQ(b.sentences[4].span, d.sentences[4].span);
  EXPECT_EQ(b.sentences[4].first_token, d.sentences[4].first_token);
  EXPECT_TRUE(b.tokens.empty());  // not stored
  ASSERT_EQ(b.mentions.size(), 2u);
  EXPECT_EQ(b.mentions[1].entity, "e3");
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_EQ(b.quotes[0].speaker.name, "Orla Venn");
  EXPECT_EQ(b.quotes[0].cue, (Span{10, 14}));
  EXPECT_EQ(b.quotes[0].via, d.quotes[0].via);
  EXPECT_EQ(b.quotes[0].confidence, 0.75);
  ASSERT_EQ(b.timexes.size(), 1u);
  EXPECT_EQ(b.timexes[0].value, "2031-03-13");
  ASSERT_EQ(b.quantities.size(), 1u);
  EXPECT_EQ(b.quantities[0].value, 12e6);
  ASSERT_EQ(b.flags.size(), 1u);
  EXPECT_EQ(b.flags[0].documents, d.flags[0].documents);

  Result<std::optional<Document>> missing = store->GetDocument("0000000000000000");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

TEST(StoreTest, SecondPutOfTheSameInputChangesNothing) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("a.db"));
  Document first = MakeDocument(1);
  Document again = first;
  again.title = "A later, different cleaning of the same bytes";
  again.id = "ffffffffffffffff";
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->PutDocument(first).ok());
  ASSERT_TRUE(store->PutDocument(again).ok());  // same (origin, input_hash): a no-op
  ASSERT_TRUE(store->Commit().ok());
  ASSERT_TRUE(store->PutDocument(again).ok());  // and in a later transaction too
  EXPECT_EQ(AllIds(*store), std::vector<std::string>{first.id});
  EXPECT_EQ((*store->GetDocument(first.id))->title, first.title);
  EXPECT_EQ(QueryOne(dir.File("a.db"), "SELECT count(*) FROM spans"),
            std::to_string(first.paragraphs.size() + first.sentences.size()));
  EXPECT_EQ(QueryOne(dir.File("a.db"), "SELECT count(*) FROM inputs"), "1");
}

TEST(StoreTest, SameBytesFromTwoOriginsAreKeptTwice) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("a.db"));
  Document a = MakeDocument(2);
  Document b = a;
  b.origin = "mirror/" + a.origin;
  b.id = "0123456789abcdef";
  ASSERT_TRUE(store->PutDocument(a).ok());
  ASSERT_TRUE(store->PutDocument(b).ok());
  EXPECT_EQ(AllIds(*store), (std::vector<std::string>{a.id, b.id}));
  Result<StoreStats> stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->inputs, 2);
}

TEST(StoreTest, DuplicateIdWithADifferentInputFailsAndKeepsTheBatch) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("a.db"));
  Document a = MakeDocument(3);
  Document clash = MakeDocument(4);
  clash.id = a.id;
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->PutDocument(a).ok());
  Status st = store->PutDocument(clash);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(st.ToString().find(dir.File("a.db")), std::string::npos) << st.ToString();
  EXPECT_NE(st.ToString().find("UNIQUE"), std::string::npos) << st.ToString();
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(AllIds(*store), std::vector<std::string>{a.id});
  EXPECT_FALSE(*store->HasInput(clash.origin, clash.input_hash));
}

TEST(StoreTest, HasInputAnswersPerKey) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("a.db"));
  const Document d = MakeDocument(5);
  ASSERT_TRUE(store->PutDocument(d).ok());
  ASSERT_TRUE(store->PutError({"feeds/broken.jsonl#4", 99, "corrupt: bad JSON"}).ok());
  const struct {
    const char* description;
    std::string origin;
    std::uint64_t hash;
    bool want;
  } cases[] = {
      {"stored document", d.origin, d.input_hash, true},
      {"same origin, other bytes", d.origin, d.input_hash + 1, false},
      {"same bytes, other origin", d.origin + "x", d.input_hash, false},
      {"stored error", "feeds/broken.jsonl#4", 99, true},
      {"hash with the top bit set", "big", 0x8000000000000001ull, false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    Result<bool> has = store->HasInput(c.origin, c.hash);
    ASSERT_TRUE(has.ok());
    EXPECT_EQ(*has, c.want);
  }
  Document big = MakeDocument(6);
  big.input_hash = 0xfedcba9876543210ull;  // survives int64 storage
  ASSERT_TRUE(store->PutDocument(big).ok());
  EXPECT_TRUE(*store->HasInput(big.origin, big.input_hash));
  EXPECT_EQ((*store->GetDocument(big.id))->input_hash, big.input_hash);
}

TEST(StoreTest, ErrorsAreKeyedAndDeduplicated) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("a.db"));
  const std::vector<ErrorRecord> twice = {
      {"feeds/a.jsonl#3", 17, "corrupt: bad JSON"},
      {"feeds/a.jsonl#3", 17, "corrupt: another message, same input"},  // same key: ignored
      {"feeds/a.jsonl#3", 18, "corrupt: bad JSON"},                     // other bytes: kept
      {"missing.txt", 0, "not found: no such file"},
      {"missing.txt", 0, "not found: no such file"},      // a rerun hitting the same missing file
      {"missing.txt", 0, "io error: permission denied"},  // another failure of it: kept
      {"gone.txt", 0, "not found: no such file"},
  };
  for (int run = 0; run < 2; ++run) {
    ASSERT_TRUE(store->Begin().ok());
    for (const ErrorRecord& e : twice) ASSERT_TRUE(store->PutError(e).ok());
    ASSERT_TRUE(store->Commit().ok());
  }
  std::vector<ErrorRecord> got;
  ASSERT_TRUE(store
                  ->ForEachError([&](const ErrorRecord& e) {
                    got.push_back(e);
                    return true;
                  })
                  .ok());
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[0].message, "corrupt: bad JSON");
  EXPECT_EQ(got[1].input_hash, 18u);
  EXPECT_EQ(got[2].origin, "missing.txt");
  EXPECT_EQ(got[3].message, "io error: permission denied");
  EXPECT_EQ(got[4].origin, "gone.txt");
  Result<StoreStats> stats = store->Stats();
  EXPECT_EQ(stats->errors, 5);
  EXPECT_EQ(stats->inputs, 2);  // only errors with bytes have an input key

  int seen = 0;  // the callback can stop the walk
  ASSERT_TRUE(store->ForEachError([&](const ErrorRecord&) { return ++seen < 2; }).ok());
  EXPECT_EQ(seen, 2);
}

TEST(StoreTest, ForEachDocumentStreamsInInsertionOrderAndStops) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("a.db"));
  std::vector<std::string> want;
  ASSERT_TRUE(store->Begin().ok());
  for (int i : {9, 3, 7, 1}) {
    Document d = MakeDocument(i);
    want.push_back(d.id);
    ASSERT_TRUE(store->PutDocument(d).ok());
  }
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(AllIds(*store), want);
  int seen = 0;
  Status st = store->ForEachDocument([&](const Document& d) {
    // Another lookup while the walk is open must not disturb it.
    EXPECT_TRUE(store->GetDocument(want[0]).ok());
    EXPECT_EQ(d.sentences.size(), 12u);
    return ++seen < 3;
  });
  EXPECT_TRUE(st.ok());
  EXPECT_EQ(seen, 3);
}

TEST(StoreTest, TransactionsRollBack) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("a.db"));
  ASSERT_TRUE(store->Begin().ok());
  EXPECT_EQ(store->Begin().code(), StatusCode::kInvalidArgument);  // nested
  ASSERT_TRUE(store->PutDocument(MakeDocument(1)).ok());
  ASSERT_TRUE(store->Rollback().ok());
  EXPECT_TRUE(AllIds(*store).empty());
  EXPECT_EQ(store->Commit().code(), StatusCode::kInvalidArgument);  // none open
  EXPECT_TRUE(store->Rollback().ok());                              // nothing to undo
}

TEST(StoreTest, OpenFailuresNameThePath) {
  TempDir dir;
  const std::string missing = dir.File("missing.db");
  const struct {
    const char* description;
    std::string path;
    StoreOptions options;
    StatusCode want;
  } cases[] = {
      {"create=false, no file", missing, {.create = false}, StatusCode::kNotFound},
      {"read_only, no file", missing, {.read_only = true}, StatusCode::kNotFound},
      {"a directory", dir.path().string(), {}, StatusCode::kIoError},
      {"not a database", dir.File("junk.db"), {}, StatusCode::kCorrupt},
  };
  std::ofstream(dir.File("junk.db")) << std::string(4096, 'x');
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    Result<std::unique_ptr<Store>> s = Store::Open(c.path, c.options);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.status().code(), c.want) << s.status().ToString();
    EXPECT_EQ(s.status().where().input, c.path);
  }
  EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST(StoreTest, ReadOnlyRefusesWrites) {
  TempDir dir;
  const std::string path = dir.File("a.db");
  {
    auto writer = OpenOrDie(path);
    ASSERT_TRUE(writer->PutDocument(MakeDocument(1)).ok());
  }
  auto reader = OpenOrDie(path, {.read_only = true});
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(reader->SchemaVersion(), store::kSchemaVersion);
  EXPECT_FALSE(reader->Begin().ok());
  EXPECT_FALSE(reader->PutDocument(MakeDocument(2)).ok());
  EXPECT_FALSE(reader->PutError({"x", 1, "m"}).ok());
  EXPECT_EQ(AllIds(*reader).size(), 1u);
  EXPECT_TRUE(reader->Search("harbour", 5).ok());
  EXPECT_TRUE(reader->Stats().ok());
}

TEST(StoreTest, ReaderSeesCommittedBatchesOfAConcurrentWriter) {
  TempDir dir;
  const std::string path = dir.File("a.db");
  auto writer = OpenOrDie(path);
  auto reader = OpenOrDie(path, {.read_only = true});
  const Document d = MakeDocument(1);
  ASSERT_TRUE(writer->Begin().ok());
  ASSERT_TRUE(writer->PutDocument(d).ok());
  EXPECT_FALSE(*reader->HasInput(d.origin, d.input_hash));  // not committed yet
  ASSERT_TRUE(writer->Commit().ok());
  EXPECT_TRUE(*reader->HasInput(d.origin, d.input_hash));
}

TEST(StoreTest, StatsSummariseTheStore) {
  TempDir dir;
  auto store = OpenOrDie(dir.File("a.db"));
  ASSERT_TRUE(store->Begin().ok());
  for (int i = 0; i < 6; ++i) ASSERT_TRUE(store->PutDocument(MakeDocument(i)).ok());
  Document odd = MakeDocument(100);
  odd.published = "last Tuesday";  // not a date: ignored by first/last
  odd.outlet = "";
  odd.language = "fr";
  ASSERT_TRUE(store->PutDocument(odd).ok());
  ASSERT_TRUE(store->PutError({"a.txt", 0, "not found: a.txt"}).ok());
  ASSERT_TRUE(store->Commit().ok());

  Result<StoreStats> s = store->Stats();
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->documents, 7);
  EXPECT_EQ(s->errors, 1);
  EXPECT_EQ(s->inputs, 7);
  EXPECT_EQ(s->sentences, 7 * 12);
  // MakeDocument: boilerplate_lines = i % 4, chars = 25 per line, one duplicate when i is even.
  EXPECT_EQ(s->boilerplate_lines, 0u + 1 + 2 + 3 + 0 + 1 + 0);
  EXPECT_EQ(s->boilerplate_chars, 25u * (0 + 1 + 2 + 3 + 0 + 1 + 0));
  EXPECT_EQ(s->duplicate_paragraphs, 3u + 1);
  using Counts = std::vector<std::pair<std::string, std::int64_t>>;
  EXPECT_EQ(s->outlets,
            (Counts{{"Eastholm Evening Post", 4}, {"The Marrowick Ledger", 2}, {"", 1}}));
  EXPECT_EQ(s->languages, (Counts{{"en", 6}, {"fr", 1}}));
  EXPECT_EQ(s->first_published, "2031-01-10");
  EXPECT_EQ(s->last_published, "2031-06-15");
}

}  // namespace
}  // namespace crosscheck
