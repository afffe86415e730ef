#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "crosscheck/store.h"
#include "store_test_util.h"

namespace crosscheck {
namespace {

using testing::QueryOne;
using testing::TempDir;

Document Article(int index, std::string title, std::string text) {
  Document d;
  d.id = "doc" + std::to_string(index);
  d.origin = "invented/" + std::to_string(index) + ".txt";
  d.input_hash = static_cast<std::uint64_t>(index) + 1;
  d.format = "text";
  d.outlet = "Pellbury Courier";
  d.published = "2031-05-0" + std::to_string(index);
  d.title = std::move(title);
  d.text = std::move(text);
  d.paragraphs = {{{0, static_cast<std::uint32_t>(d.text.size())}}};
  d.to_input = OffsetMap::Identity(d.text.size());
  return d;
}

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.File("search.db");
    Result<std::unique_ptr<Store>> s = Store::Open(path_);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
    const std::vector<Document> docs = {
        Article(1, "Tram depot plan approved",
                "The Eastholm council approved the tram depot on Monday. Councillor Ines Marlow "
                "said the depot would open in spring."),
        Article(2, "Ferry pier closes",
                "The ferry pier in Lowfen closed after a storm. A depot worker said the tram "
                "service was not affected."),
        Article(3, "Depot, depot, depot",
                "Residents of Pellbury argued about the depot again: the depot's roof, the depot's "
                "noise, the depot's lorries."),
        Article(4, "Café reopens in Marrowick",
                "The café by the harbour wall reopened; its owner, Celia Quist, said she was "
                "relieved. Rumours of a NEAR(a b) deal were denied."),
    };
    ASSERT_TRUE(store_->Begin().ok());
    for (const Document& d : docs) ASSERT_TRUE(store_->PutDocument(d).ok());
    ASSERT_TRUE(store_->Commit().ok());
  }

  std::vector<std::string> Ids(const std::string& query, int limit = 10) {
    Result<std::vector<SearchHit>> hits = store_->Search(query, limit);
    EXPECT_TRUE(hits.ok()) << hits.status().ToString();
    std::vector<std::string> ids;
    if (hits.ok()) {
      for (const SearchHit& h : *hits) ids.push_back(h.document_id);
    }
    return ids;
  }

  TempDir dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_F(SearchTest, FindsWordsAndPhrases) {
  using IdList = std::vector<std::string>;
  const struct {
    const char* description;
    const char* query;
    IdList want;  // in rank order where it is determined, else sorted below
    bool ordered;
  } cases[] = {
      {"one word, case-insensitive", "FERRY", {"doc2"}, true},
      {"words are ANDed", "tram depot", {"doc1", "doc2"}, false},
      {"a phrase must be adjacent", "\"tram depot\"", {"doc1"}, true},
      {"diacritics are folded", "cafe", {"doc4"}, true},
      {"accented query finds plain text too", "Lówfen", {"doc2"}, true},
      {"no match", "zeppelin", {}, true},
      {"more hits rank first", "depot", {"doc3", "doc1", "doc2"}, true},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    IdList got = Ids(c.query);
    IdList want = c.want;
    if (!c.ordered) {
      std::sort(got.begin(), got.end());
      std::sort(want.begin(), want.end());
    }
    EXPECT_EQ(got, want);
  }
}

TEST_F(SearchTest, HitsCarryMetadataSnippetAndRank) {
  Result<std::vector<SearchHit>> hits = store_->Search("Celia Quist", 10);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  const SearchHit& h = (*hits)[0];
  EXPECT_EQ(h.document_id, "doc4");
  EXPECT_EQ(h.origin, "invented/4.txt");
  EXPECT_EQ(h.title, "Café reopens in Marrowick");
  EXPECT_EQ(h.outlet, "Pellbury Courier");
  EXPECT_EQ(h.published, "2031-05-04");
  EXPECT_NE(h.snippet.find("[Celia] [Quist]"), std::string::npos) << h.snippet;
  EXPECT_LT(h.rank, 0.0);  // bm25: negative, lower is better

  Result<std::vector<SearchHit>> ranked = store_->Search("depot", 10);
  ASSERT_TRUE(ranked.ok());
  ASSERT_EQ(ranked->size(), 3u);
  EXPECT_LE((*ranked)[0].rank, (*ranked)[1].rank);
  EXPECT_LE((*ranked)[1].rank, (*ranked)[2].rank);
  EXPECT_EQ(Ids("depot", 2).size(), 2u);  // limit
  EXPECT_EQ(Ids("depot", 0).size(), 3u);  // 0: no limit
}

TEST_F(SearchTest, HostileQueriesAreWordsNotSyntax) {
  const std::string before =
      QueryOne(path_, "SELECT count(*) || '/' || sum(length(text)) FROM documents");
  const struct {
    const char* description;
    std::string query;
    StatusCode want;
    std::vector<std::string> ids;  // expected hits when ok
  } cases[] = {
      {"NEAR group is matched as words", "NEAR(a b)", StatusCode::kOk, {"doc4"}},
      {"unbalanced quote", "\"unbalanced", StatusCode::kOk, {}},
      {"dangling OR", "depot OR", StatusCode::kOk, {}},
      {"OR as a word", "a OR", StatusCode::kOk, {}},
      {"bare star", "*", StatusCode::kOk, {}},
      {"prefix star is a word (\"dep\")", "dep*", StatusCode::kOk, {}},
      {"column filter is the phrase \"title ferry\"", "title:ferry", StatusCode::kOk, {}},
      {"SQL injection", "'; DROP TABLE documents; --", StatusCode::kOk, {}},
      {"caret", "^", StatusCode::kOk, {}},
      {"caret word", "^ferry", StatusCode::kOk, {"doc2"}},
      {"parentheses", "((depot", StatusCode::kOk, {"doc1", "doc2", "doc3"}},
      {"minus and plus", "-depot +ferry", StatusCode::kOk, {"doc2"}},
      {"very long", std::string(20000, 'x') + " " + std::string(5000, '"'), StatusCode::kOk, {}},
      {"many terms",
       [] {
         std::string q;
         for (int i = 0; i < 2000; ++i) q += "depot ";
         return q;
       }(),
       StatusCode::kOk,
       {"doc1", "doc2", "doc3"}},
      {"empty", "", StatusCode::kInvalidArgument, {}},
      {"white space only", " \t\n", StatusCode::kInvalidArgument, {}},
      {"empty phrase only", "\"\"", StatusCode::kInvalidArgument, {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    Result<std::vector<SearchHit>> hits = store_->Search(c.query, 10);
    ASSERT_EQ(hits.status().code(), c.want) << hits.status().ToString();
    if (!hits.ok()) continue;
    std::vector<std::string> ids;
    for (const SearchHit& h : *hits) ids.push_back(h.document_id);
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, c.ids);
  }
  EXPECT_EQ(QueryOne(path_, "SELECT count(*) || '/' || sum(length(text)) FROM documents"), before);
  EXPECT_EQ(QueryOne(path_, "PRAGMA integrity_check"), "ok");
}

}  // namespace
}  // namespace crosscheck
