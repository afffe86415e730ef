// Claims on invented stories: the figures each outlet gives for one fact are
// one claim (agree / differ / conflict), different facts of one story stay
// apart, currencies are shown side by side, documents about another period
// are never aligned, and dated facts are compared by calendar value.
#include "corpus/claim_aligner.h"

#include <gtest/gtest.h>

#include <set>

#include "claim_test_docs.h"
#include "corpus/claim_facts.h"
#include "corpus/claim_text.h"

namespace crosscheck::corpus {
namespace {

using testing::DocBuilder;

std::vector<Claim> Align(const std::vector<DocBuilder>& docs, const ClaimOptions& o = {}) {
  static std::vector<DocumentFacts> facts;  // kept alive for the returned claims' lifetime
  facts.clear();
  for (const auto& b : docs) facts.push_back(FactsOf(b.doc()));
  std::vector<const DocumentFacts*> story;
  for (const auto& f : facts) story.push_back(&f);
  return AlignClaims(story, o);
}

std::multiset<double> Values(const Claim& c) {
  std::multiset<double> v;
  for (const auto& r : c.reports) v.insert(r.value);
  return v;
}

const Claim* With(const std::vector<Claim>& claims, double value) {
  for (const Claim& c : claims) {
    for (const auto& r : c.reports) {
      if (r.numeric && r.value == value) return &c;
    }
  }
  return nullptr;
}

TEST(ClaimAlignerTest, EvacuationFiguresDifferInjuriesAgree) {
  const std::vector<DocBuilder> docs = {
      DocBuilder("a", "Lakeside Courier", "2026-05-04",
                 "Some 2,400 residents of the Marrow Flats estate were evacuated overnight after "
                 "the Tolver burst its banks. At least 40 people were injured, the county said.")
          .Count("2,400", 2400, "residents", "some")
          .Count("40", 40, "people", "at least", 2),  // the first "40" is in "2,400"
      DocBuilder("b", "Northgate Wire", "2026-05-04",
                 "About 3,100 people were evacuated from Marrow Flats as the Tolver rose "
                 "overnight, officials said.\n\nForty people were injured, two of them seriously.")
          .Count("3,100", 3100, "people", "about")
          .Count("Forty", 40, "people"),
      DocBuilder("c", "Tolver Valley Times", "2026-05-05",
                 "The evacuation of 2,400 residents from Marrow Flats ended before dawn.")
          .Count("2,400", 2400, "residents"),
  };
  const auto claims = Align(docs);
  const Claim* evacuated = With(claims, 3100);
  ASSERT_NE(evacuated, nullptr);
  EXPECT_EQ(evacuated->verdict, "differ");
  EXPECT_EQ(Values(*evacuated), (std::multiset<double>{2400, 2400, 3100}));
  const Claim* injured = With(claims, 40);
  ASSERT_NE(injured, nullptr);
  EXPECT_EQ(injured->verdict, "agree");
  EXPECT_EQ(Values(*injured), (std::multiset<double>{40, 40}));
  EXPECT_EQ(claims.size(), 2u);
  EXPECT_EQ(evacuated->reports[0].text, "2,400");  // each report as written
  EXPECT_EQ(evacuated->reports[0].modifier, "some");
}

TEST(ClaimAlignerTest, HedgesAndNounClassesAgree) {
  const std::vector<DocBuilder> docs = {
      DocBuilder("a", "Coastline Daily", "2026-02-10",
                 "Water rose more than 3 metres above the quay wall at Pellam harbour, flooding "
                 "about 210 homes.")
          .Measure("3 metres", 3, "m", "more than")
          .Count("210", 210, "homes", "about"),
      DocBuilder("b", "Pellam Post", "2026-02-10",
                 "At Pellam harbour the water stood 3.4 metres above the quay wall; 210 properties "
                 "were flooded.")
          .Measure("3.4 metres", 3.4, "m")
          .Count("210", 210, "properties"),
  };
  const auto claims = Align(docs);
  ASSERT_EQ(claims.size(), 2u);
  for (const Claim& c : claims) EXPECT_EQ(c.verdict, "agree") << c.about;
}

TEST(ClaimAlignerTest, CurrenciesSideBySideNeverConverted) {
  const std::vector<DocBuilder> docs = {
      DocBuilder("a", "Meridian Ledger", "2026-07-01",
                 "The Brannock dam repair grant from the regional fund is $5 million.")
          .Money("$5 million", 5e6, "USD"),
      DocBuilder("b", "Eurowire", "2026-07-01",
                 "The regional fund approved a €4.6 million grant for the Brannock dam repair.")
          .Money("€4.6 million", 4.6e6, "EUR"),
  };
  const auto claims = Align(docs);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].verdict, "differ");
  EXPECT_EQ(claims[0].units, (std::vector<std::string>{"EUR", "USD"}));
  EXPECT_EQ(Values(claims[0]), (std::multiset<double>{4.6e6, 5e6}));
}

// An article that gives two values in one breath speaks of two things.
TEST(ClaimAlignerTest, TwoValuesOfOneDocumentAreTwoFacts) {
  const std::vector<DocBuilder> docs = {
      DocBuilder("a", "Harbour Times", "2026-02-12",
                 "The barrier was designed to hold a surge of 3 metres, not the 3.4 metres "
                 "recorded on Monday.")
          .Measure("3 metres", 3, "m")
          .Measure("3.4 metres", 3.4, "m"),
      DocBuilder("b", "Coast Wire", "2026-02-11",
                 "The surge recorded on Monday reached 3.4 metres.")
          .Measure("3.4 metres", 3.4, "m"),
      DocBuilder("c", "Engineering Weekly", "2026-02-14",
                 "Its designers say the barrier was built to hold a surge of 3 metres.")
          .Measure("3 metres", 3, "m"),
  };
  const auto claims = Align(docs);
  ASSERT_EQ(claims.size(), 2u);
  for (const Claim& c : claims) {
    EXPECT_EQ(c.verdict, "agree") << c.about;
    EXPECT_EQ(c.reports.size(), 2u);
  }
}

TEST(ClaimAlignerTest, AnotherPeriodIsNeverAligned) {
  const std::vector<DocBuilder> docs = {
      DocBuilder("a", "Riverside Herald", "2026-10-20",
                 "Around 300 residents were moved to the Ostby sports hall shelter.")
          .Count("300", 300, "residents", "around"),
      DocBuilder("b", "Clickportal", "2026-10-21",
                 "About 400 residents were moved to the Ostby sports hall shelter.")
          .Count("400", 400, "residents", "about")
          .Stale("2019-10"),
  };
  EXPECT_TRUE(Align(docs).empty());
}

// Regression: a 2022 cost and today's cost of one project are two facts,
// even though the words around them agree.
TEST(ClaimAlignerTest, FiguresTiedToOtherYearsStayApart) {
  // The same two reports, published in `year`: the first ties its figure to 2022.
  auto reports = [](const std::string& year) {
    return std::vector<DocBuilder>{
        DocBuilder("a", "Delta Review", year + "-03-12",
                   "The estimated cost of the Orla weir was €190 million in 2022.")
            .Money("€190 million", 190e6, "EUR")
            .Date("2022", "2022"),
        DocBuilder("b", "Weir Wire", year + "-03-11",
                   "The estimated cost of the Orla weir is now 240 million euros.")
            .Money("240 million euros", 240e6, "EUR")
            .Date("now", "PRESENT_REF"),
    };
  };
  EXPECT_TRUE(Align(reports("2026")).empty());
  EXPECT_EQ(Align(reports("2022")).size(), 1u);  // both speak of 2022: one claim, differ
}

TEST(ClaimAlignerTest, OneOutletDisagreeingWithItselfIsAConflict) {
  const std::vector<DocBuilder> docs = {
      DocBuilder("a", "Valley Radio", "2026-03-02",
                 "The ministry is sending 12 mobile pumps to Dunmere.")
          .Count("12", 12, "pumps"),
      DocBuilder("b", "Valley Radio", "2026-03-03",
                 "The ministry is sending 15 mobile pumps to Dunmere.")
          .Count("15", 15, "pumps"),
  };
  const auto claims = Align(docs);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].verdict, "conflict");
}

TEST(ClaimAlignerTest, DatedFactsAlignByCalendarValue) {
  const std::vector<DocBuilder> docs = {
      DocBuilder("a", "Lowland News", "2026-05-11",
                 "The Aske bridge was closed on Monday. The Aske bridge reopened to traffic on "
                 "Friday after repairs.")
          .Date("Monday", "2026-05-04")
          .Date("Friday", "2026-05-08"),
      DocBuilder("b", "Aske Gazette", "2026-05-11",
                 "Engineers closed the Aske bridge on Monday. Traffic returned when the Aske "
                 "bridge reopened on Saturday after repairs.")
          .Date("Monday", "2026-05-04")
          .Date("Saturday", "2026-05-09"),
  };
  const auto claims = Align(docs);
  ASSERT_EQ(claims.size(), 2u);
  std::set<std::string> verdicts;
  for (const Claim& c : claims) {
    EXPECT_EQ(c.kind, "date");
    verdicts.insert(c.verdict + ":" + c.reports[0].date + "/" + c.reports[1].date);
  }
  EXPECT_EQ(verdicts,
            (std::set<std::string>{"agree:2026-05-04/2026-05-04", "differ:2026-05-08/2026-05-09"}));
}

TEST(ClaimAlignerTest, ValuesCompatibleTable) {
  struct Case {
    const char* what;
    double a;
    std::string a_mod;
    double b;
    std::string b_mod;
    bool compatible;
  };
  const Case cases[] = {
      {"equal", 340, "", 340, "", true},
      {"hedged within 10%", 340, "about", 360, "", true},
      {"hedged beyond 10%", 340, "about", 400, "", false},
      {"more than holds the larger", 3, "more than", 3.4, "", true},
      {"more than excludes the smaller", 3, "more than", 2.5, "", false},
      {"up to holds the smaller", 4000, "up to", 3500, "", true},
      {"exact values differ", 1200, "", 1800, "about", false},
      {"rounding", 1200, "", 1203, "", true},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    Fact a, b;
    a.dimension = b.dimension = "count:";
    a.value = a.base = c.a;
    a.modifier = c.a_mod;
    b.value = b.base = c.b;
    b.modifier = c.b_mod;
    EXPECT_EQ(ValuesCompatible(a, b, ClaimOptions{}), c.compatible);
    EXPECT_EQ(ValuesCompatible(b, a, ClaimOptions{}), c.compatible);
  }
}

// Regression (AllSides check): "24 percent" is "24.4 percent" rounded; a
// length of "3 metres" is not "3.4 metres".
TEST(ClaimAlignerTest, RoundingFollowsTheStatedDigits) {
  struct Case {
    const char* a;
    double va;
    const char* b;
    double vb;
    const char* dimension;
    bool compatible;
  };
  const Case cases[] = {
      {"24 percent", 24, "24.4 percent", 24.4, "percent", true},
      {"24%", 24, "24.6%", 24.6, "percent", false},
      {"24.4 percent", 24.4, "24.6 percent", 24.6, "percent", false},
      {"3 metres", 3, "3.4 metres", 3.4, "length", false},
      {"two", 2, "three", 3, "count:", false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.a);
    Fact a, b;
    a.dimension = b.dimension = c.dimension;
    a.text = c.a;
    a.value = a.base = c.va;
    b.text = c.b;
    b.value = b.base = c.vb;
    EXPECT_EQ(ValuesCompatible(a, b, ClaimOptions{}), c.compatible);
    EXPECT_EQ(ValuesCompatible(b, a, ClaimOptions{}), c.compatible);
  }
}

TEST(ClaimTextTest, StemsAndClasses) {
  EXPECT_EQ(Stem("evacuated"), Stem("evacuation"));
  EXPECT_EQ(Stem("evacuate"), Stem("evacuated"));
  EXPECT_EQ(NounClass("Residents"), NounClass("people"));
  EXPECT_EQ(NounClass("properties"), NounClass("homes"));
  EXPECT_NE(NounClass("homes"), NounClass("people"));
  EXPECT_EQ(Stem("shortfall"), Stem("gap"));
  EXPECT_TRUE(IsStopWord("said"));
  EXPECT_FALSE(IsStopWord("evacuated"));
  const std::string text = "Dr Öberg said 1,200 left; 3.4 m fell.";
  std::vector<std::string> words;
  for (const auto& w : ClaimWords(text, Span{0, static_cast<std::uint32_t>(text.size())}))
    words.push_back(w.word);
  EXPECT_EQ(words,
            (std::vector<std::string>{"dr", "Öberg", "said", "1,200", "left", "3.4", "m", "fell"}));
}

}  // namespace
}  // namespace crosscheck::corpus
