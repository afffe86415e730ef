// The demo corpus (examples/) through the real pipeline, then the corpus
// stage as export runs it (CorpusRunner: entities, copies, stories, and the
// claims extension over every event story the clustering finds).
// What examples/README.md promises: the evacuation count (1,200 / about
// 1,800), the length of the breached section (40 / 60 metres) and this
// year's funding gap (€52m / €48 million) come out as claims with verdict
// "differ"; the minister's pledge worded three ways as a position claim
// "differ"; agreed facts (about 340 homes, a 3.4 m surge) as "agree"; and
// different counts of one story ("1,800 evacuated", "two treated for
// hypothermia", "37 rescued") never share a claim.
//
// Set CROSSCHECK_CLAIMS_DUMP=FILE to write every record as JSON Lines (for
// the hand check reported in README.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "corpus/claim_extension.h"
#include "corpus/claim_json.h"
#include "corpus/corpus_runner.h"
#include "crosscheck/pipeline.h"

namespace crosscheck::corpus {
namespace {

struct Demo {
  std::vector<Document> docs;                  // sorted by file name
  std::map<std::string, std::string> file_of;  // document id -> file name
  CorpusResult result;
  std::vector<Claim> claims;  // figures and dates
  QuoteAlignment quotes;      // quote groups and positions
  std::vector<Timeline> timelines;
};

const Demo& TheDemo() {
  static const Demo* demo = [] {
    auto* d = new Demo;
    std::vector<std::string> files;
    for (const auto& e :
         std::filesystem::directory_iterator(std::string(CROSSCHECK_SOURCE_DIR) + "/examples")) {
      if (e.path().extension() == ".txt") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    PipelineOptions options;
    options.ordered = true;
    PipelineCallbacks callbacks;
    callbacks.sink = [&](Outcome&& o) {
      if (auto* doc = std::get_if<Document>(&o)) d->docs.push_back(std::move(*doc));
      return true;
    };
    const Status st = RunPipeline(files, options, callbacks);
    EXPECT_TRUE(st.ok()) << st.ToString();
    CorpusRunner runner;
    runner.AddExtension(std::make_unique<ClaimsExtension>());
    for (const Document& doc : d->docs) {
      runner.Add(doc);
      d->file_of[doc.id] = std::filesystem::path(doc.origin).filename().string();
    }
    d->result = runner.Finish();
    for (const Claim& c : d->result.claims)
      (c.kind == "position" ? d->quotes.positions : d->claims).push_back(c);
    d->quotes.groups = d->result.quote_groups;
    d->timelines = d->result.timelines;
    if (const char* dump = std::getenv("CROSSCHECK_CLAIMS_DUMP")) {
      std::ofstream out(dump);
      auto line = [&](nlohmann::json j) {
        // Name files, not ids, so a person can check the records.
        for (auto& r : j["reports"]) r["file"] = d->file_of[r["document"].get<std::string>()];
        out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      };
      for (const Claim& c : d->claims) line(ClaimToJson(c));
      for (const Claim& c : d->quotes.positions) line(ClaimToJson(c));
      for (const QuoteGroup& g : d->quotes.groups) line(QuoteGroupToJson(g));
      for (const Timeline& t : d->timelines) out << TimelineToJson(t).dump() << "\n";
      for (const Story& st : d->result.stories) {
        nlohmann::json files = nlohmann::json::array();
        for (const auto& id : st.documents) files.push_back(d->file_of[id]);
        out << nlohmann::json{{"type", "story"}, {"id", st.id}, {"files", files}}.dump() << "\n";
      }
    }
    return d;
  }();
  return *demo;
}

std::set<double> Values(const Claim& c) {
  std::set<double> v;
  for (const auto& r : c.reports) v.insert(r.value);
  return v;
}

// The quantity claims holding a report of `value` with `unit`.
std::vector<const Claim*> ClaimsWith(const Demo& d, double value, const std::string& unit) {
  std::vector<const Claim*> out;
  for (const Claim& c : d.claims) {
    for (const auto& r : c.reports) {
      if (r.numeric && r.value == value && r.unit == unit) {
        out.push_back(&c);
        break;
      }
    }
  }
  return out;
}

TEST(ClaimDemoTest, DifferingFiguresAreClaimsThatDiffer) {
  const Demo& d = TheDemo();
  ASSERT_EQ(d.docs.size(), 13u);
  struct Case {
    const char* what;
    double a, b;
    const char* unit;
  };
  const Case cases[] = {
      {"number evacuated", 1200, 1800, ""},
      {"length of the breached section", 40, 60, "m"},
      {"this year's funding gap", 48e6, 52e6, "EUR"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    const auto with_a = ClaimsWith(d, c.a, c.unit);
    ASSERT_EQ(with_a.size(), 1u);
    const Claim& claim = *with_a.front();
    EXPECT_EQ(claim.kind, "quantity");
    EXPECT_EQ(claim.verdict, "differ");
    EXPECT_EQ(Values(claim), (std::set<double>{c.a, c.b}));
  }
}

TEST(ClaimDemoTest, EvacuationClaimCitesEveryReport) {
  const Demo& d = TheDemo();
  const auto found = ClaimsWith(d, 1800, "");
  ASSERT_EQ(found.size(), 1u);
  std::set<std::string> files;
  for (const auto& r : found.front()->reports) files.insert(d.file_of.at(r.document));
  // examples/README.md §7: 1,200 in four articles, about 1,800 in two.
  for (const char* f :
       {"harbourline-2026-03-10-old-docks-flooded.txt",
        "vpa-2026-03-10-storm-surge-breaches-wall.txt",
        "vpa-2026-03-11-minister-pledges-barrier.txt",
        "harbourline-2026-03-15-residents-begin-clean-up.txt",
        "vnb-2026-03-10-about-1800-evacuated.txt", "vnb-2026-03-11-minister-heckled-old-docks.txt"})
    EXPECT_TRUE(files.count(f)) << f;
}

TEST(ClaimDemoTest, AgreedFactsAgree) {
  const Demo& d = TheDemo();
  for (const auto& [value, unit] : std::vector<std::pair<double, std::string>>{
           {340, ""}, {3.4, "m"}, {310e6, "EUR"}, {15e6, "EUR"}}) {
    SCOPED_TRACE(value);
    const auto found = ClaimsWith(d, value, unit);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found.front()->verdict, "agree");
    EXPECT_GE(found.front()->reports.size(), 2u);
  }
}

// False alarms: different counts of one story never share a claim, and no
// claim holds values further apart than the aligner allows.
TEST(ClaimDemoTest, DifferentCountsStayApart) {
  const Demo& d = TheDemo();
  for (const Claim& c : d.claims) {
    if (c.kind != "quantity") continue;
    const auto v = Values(c);
    EXPECT_LE(*v.rbegin(), 2.0 * *v.begin()) << c.about;
  }
  for (double other : {2.0, 37.0, 400.0, 12.0}) {
    for (const Claim* c : ClaimsWith(d, other, "")) EXPECT_EQ(Values(*c).count(1800), 0u) << other;
  }
}

TEST(ClaimDemoTest, PledgeWordedThreeWaysIsAPositionThatDiffers) {
  const Demo& d = TheDemo();
  const Claim* pledge = nullptr;
  for (const Claim& c : d.quotes.positions) {
    for (const auto& r : c.reports) {
      if (r.text.find("within two years") != std::string::npos) pledge = &c;
    }
  }
  ASSERT_NE(pledge, nullptr);
  EXPECT_EQ(pledge->verdict, "differ");
  EXPECT_EQ(pledge->speaker_name, "Inés Montañez");
  std::set<std::string> files;
  for (const auto& r : pledge->reports) files.insert(d.file_of.at(r.document));
  EXPECT_TRUE(files.count("meridianpost-2026-03-12-48-million-question.txt"));
  EXPECT_TRUE(files.count("vpa-2026-03-11-minister-pledges-barrier.txt") ||
              files.count("portwatch24-2026-03-11-minister-pledges-barrier.txt"));
  for (const auto& r : pledge->reports) {
    const std::string& t = r.text;
    EXPECT_TRUE(t.find("2028") != std::string::npos || t.find("two years") != std::string::npos)
        << t;
  }
}

TEST(ClaimDemoTest, SameQuoteAcrossOutletsIsOneGroup) {
  const Demo& d = TheDemo();
  // "rescheduled, not cut": VPA's full quotation, Meridian's partial one,
  // VNB's indirect report (examples/README.md §8).
  const QuoteGroup* group = nullptr;
  for (const QuoteGroup& g : d.quotes.groups) {
    for (const auto& r : g.reports) {
      if (r.text.find("rescheduled, not cut") != std::string::npos &&
          r.text.find("Not a single euro") != std::string::npos)
        group = &g;
    }
  }
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group->speaker_name, "Inés Montañez");
  EXPECT_EQ(group->match, "near");
  std::set<std::string> outlets;
  for (const auto& r : group->reports) outlets.insert(r.outlet);
  EXPECT_GE(outlets.size(), 3u);
}

TEST(ClaimDemoTest, StoryTimelineIsInDateOrderWithItsReports) {
  const Demo& d = TheDemo();
  // The night of the surge (Tuesday 10 March) is reported by several outlets
  // in one story's timeline.
  std::size_t most = 0;
  for (const Timeline& story : d.timelines) {
    if (story.scope != "story") continue;
    for (std::size_t i = 1; i < story.events.size(); ++i)
      EXPECT_LE(story.events[i - 1].date + "~", story.events[i].date + "~");
    for (const auto& e : story.events) {
      if (e.date != "2026-03-10") continue;
      std::set<std::string> docs;
      for (const auto& r : e.reports) docs.insert(r.document);
      most = std::max(most, docs.size());
    }
  }
  EXPECT_GE(most, 3u);
  bool minister = false;
  for (const Timeline& t : d.timelines)
    minister = minister || (t.scope == "entity" && t.name == "Inés Montañez");
  EXPECT_TRUE(minister);
}

}  // namespace
}  // namespace crosscheck::corpus
