// Outlets in the store: outlet_from and credits survive a round trip through
// the documents' meta column, and Stats counts quotes per outlet.
#include <gtest/gtest.h>

#include "crosscheck/store.h"
#include "store_test_util.h"

namespace crosscheck {
namespace {

TEST(OutletStoreTest, OutletFromAndCreditsRoundTrip) {
  testing::TempDir dir;
  Result<std::unique_ptr<Store>> store = Store::Open(dir.File("o.db"));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Document d = testing::MakeDocument(1);
  d.outlet = "Tarnby Gazette";
  d.outlet_from = "text";
  d.credits = {{{4, 9}, "Kestrel Wire", "dateline"}, {{20, 27}, "Norrland Press", "source_line"}};
  Quote q;
  q.span = {0, 5};
  q.kind = "direct";
  d.quotes = {q, q};
  Document bare = testing::MakeDocument(2);  // no outlet: "none", no credits
  ASSERT_TRUE((*store)->PutDocument(d).ok());
  ASSERT_TRUE((*store)->PutDocument(bare).ok());

  Result<std::optional<Document>> got = (*store)->GetDocument(d.id);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->outlet_from, "text");
  ASSERT_EQ((*got)->credits.size(), 2u);
  EXPECT_EQ((*got)->credits[0].span.start, 4u);
  EXPECT_EQ((*got)->credits[0].span.end, 9u);
  EXPECT_EQ((*got)->credits[0].outlet, "Kestrel Wire");
  EXPECT_EQ((*got)->credits[1].how, "source_line");

  Result<std::optional<Document>> other = (*store)->GetDocument(bare.id);
  ASSERT_TRUE(other.ok() && other->has_value());
  EXPECT_EQ((*other)->outlet_from, "none");
  EXPECT_TRUE((*other)->credits.empty());

  Result<StoreStats> stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->quotes_by_outlet,
            (std::vector<std::pair<std::string, std::int64_t>>{{"Tarnby Gazette", 2}}));
}

}  // namespace
}  // namespace crosscheck
