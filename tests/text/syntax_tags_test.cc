#include "text/syntax_tags.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "crosscheck/text.h"

namespace crosscheck::text {
namespace {

TEST(SyntaxTagsTest, NamesAndIdsRoundTrip) {
  for (int i = 0; i < kUposCount; ++i) EXPECT_EQ(UposIdOf(UposNameOf(i)), i == 0 ? 0 : i);
  for (int i = 1; i < kXposCount; ++i) EXPECT_EQ(XposIdOf(XposNameOf(i)), i);
  for (int i = 1; i < DeprelTableSize(); ++i) EXPECT_EQ(DeprelIdOf(DeprelNameOf(i)), i);
  EXPECT_EQ(UposIdOf("NOPE"), 0);
  EXPECT_EQ(UposNameOf(200), "_");
  EXPECT_EQ(DeprelNameOf(UniversalDeprel(DeprelIdOf("nsubj:pass"))), "nsubj");
  EXPECT_EQ(DeprelNameOf(UniversalDeprel(DeprelIdOf("obj"))), "obj");
  // The public names in crosscheck/text.h are the same tables.
  EXPECT_EQ(crosscheck::XposName(crosscheck::XposId("VBD")), "VBD");
}

struct FeatsCase {
  const char* description;
  std::string in;
  std::string out;  // canonical form
};

TEST(SyntaxTagsTest, FeatsPackAndFormat) {
  const std::vector<FeatsCase> cases = {
      {"none", "_", "_"},
      {"empty", "", "_"},
      {"verb", "Mood=Ind|Tense=Past|VerbForm=Fin", "Mood=Ind|Tense=Past|VerbForm=Fin"},
      {"sorted on output", "VerbForm=Fin|Mood=Ind", "Mood=Ind|VerbForm=Fin"},
      {"every field at its largest value",
       "Abbr=Yes|Case=Nom|Definite=Ind|Degree=Sup|ExtPos=ADJ|Foreign=Yes|Gender=Neut|Mood=Sub|"
       "NumForm=Word|NumType=Ord|Number=Sing|Person=3|Polarity=Pos|Poss=Yes|PronType=Tot|"
       "Reflex=Yes|Style=Vrnc|Tense=Fut|Typo=Yes|VerbForm=Part|Voice=Pass",
       "Abbr=Yes|Case=Nom|Definite=Ind|Degree=Sup|ExtPos=ADJ|Foreign=Yes|Gender=Neut|Mood=Sub|"
       "NumForm=Word|NumType=Ord|Number=Sing|Person=3|Polarity=Pos|Poss=Yes|PronType=Tot|"
       "Reflex=Yes|Style=Vrnc|Tense=Fut|Typo=Yes|VerbForm=Part|Voice=Pass"},
      {"multi-value gender", "Gender=Fem,Masc|Number=Sing", "Gender=Fem,Masc|Number=Sing"},
      {"unknown feature and value dropped", "Animacy=Anim|Tense=Someday|Number=Plur",
       "Number=Plur"},
  };
  for (const FeatsCase& c : cases) {
    SCOPED_TRACE(c.description);
    EXPECT_EQ(FormatFeatsString(ParseFeatsString(c.in)), c.out);
  }
  const std::uint64_t f = ParseFeatsString("Number=Sing|Person=3|Tense=Pres");
  EXPECT_EQ(FeatValueOf(f, Feat::kTense), "Pres");
  EXPECT_EQ(FeatValueOf(f, Feat::kMood), "");
  EXPECT_EQ(crosscheck::FeatValue(f, "Person"), "3");
  EXPECT_EQ(crosscheck::FeatValue(f, "Nonsense"), "");
}

}  // namespace
}  // namespace crosscheck::text
