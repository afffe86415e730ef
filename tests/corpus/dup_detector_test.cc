// Copies: an invented wire story, its exact re-post (other quotes and white
// space), an aggregator's near copy (headline changed, a sentence added, the
// last paragraphs dropped, its own furniture), a copy truncated to its first
// half, and an unrelated article on the same event in other words. The
// copies link to the wire story (published first), the unrelated one to
// nothing; the fast path (LSH) agrees with checking every pair.
#include "corpus/dup_detector.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "corpus_test_docs.h"

namespace crosscheck::corpus {
namespace {

const char* const kWire[] = {
    "LOMBARDY FALLS (NRA) - Ferry crews on the Varrow estuary walked off the job on Thursday "
    "morning, leaving about 3,000 commuters to find another way across the water before dawn.",
    "The Estuary Crews Guild said the stoppage would last 48 hours unless the operator, "
    "Kestrel Line, withdrew a plan to cut two of the six night crossings from April.",
    "\"Nobody on these boats wants to strand a nurse at five in the morning,\" guild secretary "
    "Pella Draven told reporters at the Lombardy Falls terminal. \"But the night timetable is "
    "the only thing keeping our members' hours legal.\"",
    "Kestrel Line said in a statement that the cuts reflected falling night traffic, which it "
    "put at 31 percent below the level of three years ago, and that no jobs would be lost.",
    "The regional transport board has asked both sides to meet on Saturday at its offices in "
    "Carrow, according to a board spokesman who declined to be named.",
    "Buses laid on by the council ran every twenty minutes over the Harl bridge, a detour of "
    "nearly eleven kilometres, and queues at the southern stop reached the car park by seven.",
    "The last strike on the estuary, in the autumn of 2019, lasted three days and ended with a "
    "pay settlement of four percent over two years.",
};

std::string Join(const std::vector<std::string>& paragraphs, const char* sep = "\n\n") {
  std::string out;
  for (const std::string& p : paragraphs) out += (out.empty() ? "" : sep) + p;
  return out;
}

std::vector<std::string> Wire() { return {std::begin(kWire), std::end(kWire)}; }

Document Doc(std::string id, std::string outlet, std::string published, std::string text) {
  return TextDocument(std::move(id), std::move(published), std::move(text), "", std::move(outlet));
}

std::vector<DocSummary> Corpus() {
  std::vector<std::string> repost = Wire();
  repost[2] =
      "“Nobody on these boats wants to strand a nurse at five in the morning,”  guild secretary "
      "Pella Draven told reporters at the Lombardy Falls terminal. “But the night timetable is "
      "the only thing keeping our members’ hours legal.”";
  std::vector<std::string> aggregator = Wire();
  aggregator[0].replace(aggregator[0].find("on Thursday morning"), 19, "early on Thursday");
  aggregator.insert(aggregator.begin() + 2, "The first cancellations were posted at 4 a.m.");
  aggregator.resize(aggregator.size() - 2);
  aggregator.push_back("Share this story: Tiltwire Daily brings you the estuary news first.");
  const std::vector<std::string> wire = Wire();
  const std::vector<std::string> truncated(wire.begin(), wire.begin() + 4);
  const std::string other =
      "Commuters crowded the Harl bridge buses on Thursday after the estuary ferry crews stopped "
      "work. Pella Draven of the crews' guild blamed Kestrel Line's plan to drop night "
      "crossings, which the company says carry a third fewer passengers than three years ago. "
      "A meeting called by the transport board in Carrow is set for Saturday. Previous "
      "stoppages, the longest in 2019, ended with modest pay deals, and the council says its "
      "buses will keep running every twenty minutes for as long as the boats stay tied up.";
  std::vector<Document> docs = {
      Doc("aggregator", "Tiltwire Daily", "2027-02-11T10:30", Join(aggregator, "\n")),
      Doc("wire", "NRA", "2027-02-11T08:05", Join(Wire())),
      Doc("repost", "Carrow Courier", "2027-02-12", Join(repost)),
      Doc("truncated", "Estuary FM", "2027-02-13", Join(truncated)),
      Doc("other", "Carrow Courier", "2027-02-11", other),
      Doc("undated-copy", "Archive", "", Join(Wire())),
  };
  std::vector<DocSummary> out;
  for (const Document& d : docs) {
    out.push_back(Summarize(d));
    out.back().order = static_cast<std::uint32_t>(out.size() - 1);
  }
  return out;
}

TEST(DupDetectorTest, CopiesLinkToTheFirstPublished) {
  // The aggregator arrives first and its id sorts first, but the wire story
  // was stamped earlier that day; the undated copy and the same-day repost
  // never count as first. The input order plays no part.
  std::vector<DocSummary> summaries = Corpus();
  const std::vector<Duplicate> found = FindDuplicates(summaries);
  std::reverse(summaries.begin(), summaries.end());
  EXPECT_EQ(FindDuplicates(summaries).size(), found.size());
  struct Want {
    const char* copy;
    const char* kind;
  } const wants[] = {{"aggregator", "near"},
                     {"repost", "exact"},
                     {"truncated", "near"},
                     {"undated-copy", "exact"}};
  ASSERT_EQ(found.size(), std::size(wants));
  for (std::size_t i = 0; i < found.size(); ++i) {
    EXPECT_EQ(found[i].documents, (std::vector<std::string>{"wire", wants[i].copy}));
    EXPECT_EQ(found[i].kind, wants[i].kind) << wants[i].copy;
    EXPECT_EQ(found[i].similarity == 1.0, found[i].kind == "exact") << wants[i].copy;
  }
}

TEST(DupDetectorTest, SameEventInOtherWordsIsNoCopy) {
  const std::vector<DocSummary> s = Corpus();
  double similarity = 1.0;
  EXPECT_FALSE(IsNearDuplicate(s[1], s[4], {}, &similarity));
  EXPECT_LT(similarity, 0.1);
  EXPECT_TRUE(IsNearDuplicate(s[1], s[3], {}, &similarity));  // truncated: containment
  EXPECT_LT(similarity, 0.8);
}

TEST(DupDetectorTest, LshFindsWhatCheckingEveryPairFinds) {
  const std::vector<DocSummary> s = Corpus();
  std::set<std::pair<std::string, std::string>> all_pairs, lsh_pairs;
  for (std::size_t i = 0; i < s.size(); ++i)
    for (std::size_t j = i + 1; j < s.size(); ++j)
      if (s[i].exact_hash == s[j].exact_hash || IsNearDuplicate(s[i], s[j], {}, nullptr))
        all_pairs.emplace(std::min(s[i].id, s[j].id), std::max(s[i].id, s[j].id));
  // Every pair the detector's groups imply must be a verified pair or follow
  // through the group's original.
  for (const Duplicate& d : FindDuplicates(s))
    lsh_pairs.emplace(std::min(d.documents[0], d.documents[1]),
                      std::max(d.documents[0], d.documents[1]));
  for (const auto& p : lsh_pairs) EXPECT_TRUE(all_pairs.contains(p)) << p.first << " " << p.second;
  EXPECT_EQ(lsh_pairs.size(), 4u);
}

TEST(DupDetectorTest, ShortAndEmptyTextsAreNeverNearCopies) {
  std::vector<DocSummary> s = {Summarize(Doc("a", "", "2027-01-01", "Ferry strike ends.")),
                               Summarize(Doc("b", "", "2027-01-02", "Ferry strike ends today.")),
                               Summarize(Doc("c", "", "2027-01-02", "")),
                               Summarize(Doc("d", "", "2027-01-03", ""))};
  for (std::uint32_t i = 0; i < s.size(); ++i) s[i].order = i;
  EXPECT_TRUE(FindDuplicates(s).empty());
}

}  // namespace
}  // namespace crosscheck::corpus
