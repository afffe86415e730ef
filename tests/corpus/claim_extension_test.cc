// ChooseClaimDocuments: the cap on documents a story's claims are aligned over.
#include "corpus/claim_extension.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck::corpus {
namespace {

DocumentFacts Facts(std::string id, std::string outlet, std::string published) {
  DocumentFacts f;
  f.id = std::move(id);
  f.outlet = std::move(outlet);
  f.published = std::move(published);
  return f;
}

std::vector<std::string> Ids(const std::vector<const DocumentFacts*>& chosen) {
  std::vector<std::string> ids;
  for (const DocumentFacts* f : chosen) ids.push_back(f->id);
  return ids;
}

TEST(ClaimExtensionTest, FewDocumentsAreAllKeptInTheirOrder) {
  const DocumentFacts a = Facts("a", "Tessel River Desk", "2026-04-02");
  const DocumentFacts b = Facts("b", "Tessel River Desk", "2026-04-01");
  EXPECT_EQ(Ids(ChooseClaimDocuments({&a, &b}, 2)), (std::vector<std::string>{"a", "b"}));
}

TEST(ClaimExtensionTest, EachOutletFirstThenTheEarliest) {
  const DocumentFacts d1 = Facts("d1", "Velmark Press Agency", "2026-04-01");
  const DocumentFacts d2 = Facts("d2", "Velmark Press Agency", "2026-04-02");
  const DocumentFacts d3 = Facts("d3", "Velmark Press Agency", "2026-04-03");
  const DocumentFacts d4 = Facts("d4", "Halvenport Courier", "2026-04-05");
  const DocumentFacts d5 = Facts("d5", "Portwatch24", "2026-04-06");
  // Limit 3: one per outlet, even though d2 and d3 are earlier than d4 and d5.
  EXPECT_EQ(Ids(ChooseClaimDocuments({&d5, &d3, &d1, &d4, &d2}, 3)),
            (std::vector<std::string>{"d1", "d4", "d5"}));
  // Limit 4: the outlets, then the earliest other document.
  EXPECT_EQ(Ids(ChooseClaimDocuments({&d5, &d3, &d1, &d4, &d2}, 4)),
            (std::vector<std::string>{"d1", "d2", "d4", "d5"}));
}

TEST(ClaimExtensionTest, RegressionHugeStoryIsCapped) {
  // 3,000 near-identical notices from one desk (the kill test's corpus) made
  // one story whose alignment ran for minutes; now it is aligned over 40.
  std::vector<DocumentFacts> all;
  all.reserve(3000);
  for (int i = 0; i < 3000; ++i)
    all.push_back(Facts("n" + std::to_string(10000 + i), "Tessel River Desk",
                        "2026-04-" + std::to_string(10 + i % 18)));
  std::vector<const DocumentFacts*> members;
  for (const DocumentFacts& f : all) members.push_back(&f);
  const std::vector<const DocumentFacts*> chosen =
      ChooseClaimDocuments(members, kMaxClaimDocuments);
  ASSERT_EQ(chosen.size(), kMaxClaimDocuments);
  for (const DocumentFacts* f : chosen) EXPECT_EQ(f->published, "2026-04-10");
}

}  // namespace
}  // namespace crosscheck::corpus
