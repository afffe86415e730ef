#include "text/contractions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck::text {
namespace {

struct SplitCase {
  const char* description;
  std::string word;
  std::string first;  // "" when the word does not split
};

TEST(ContractionsTest, SplitsLikeUniversalDependencies) {
  const std::vector<SplitCase> cases = {
      {"n't takes its n", "don't", "do"},
      {"can't keeps ca", "can't", "ca"},
      {"won't keeps wo", "won't", "wo"},
      {"isn't", "isn't", "is"},
      {"curly apostrophe", "didn\u2019t", "did"},
      {"upper case", "DOESN'T", "DOES"},
      {"possessive", "Minister's", "Minister"},
      {"possessive after curly apostrophe", "Halvenport\u2019s", "Halvenport"},
      {"it's", "it's", "it"},
      {"I'm", "I'm", "I"},
      {"you're", "you're", "you"},
      {"we've", "we've", "we"},
      {"she'll", "she'll", "she"},
      {"he'd", "he'd", "he"},
      {"let's", "let's", "let"},
      {"gonna", "gonna", "gon"},
      {"Wanna in title case", "Wanna", "Wan"},
      {"gotta", "gotta", "got"},
      {"cannot", "cannot", "can"},
      {"O'Brien stays whole", "O'Brien", ""},
      {"a bare clitic stays whole", "'s", ""},
      {"n't alone stays whole", "n't", ""},
      {"plain word", "shipment", ""},
      {"word ending in s without apostrophe", "its", ""},
      {"rock'n'roll stays whole", "rock'n'roll", ""},
      {"digits before 's do not split", "1990's", ""},
  };
  for (const SplitCase& c : cases) {
    SCOPED_TRACE(c.description);
    const std::size_t split = ContractionSplit(c.word);
    EXPECT_EQ(c.word.substr(0, split), c.first);
  }
}

TEST(ContractionsTest, BoundPrefixes) {
  EXPECT_TRUE(IsBoundPrefix("non"));
  EXPECT_TRUE(IsBoundPrefix("Re"));
  EXPECT_TRUE(IsBoundPrefix("e"));
  EXPECT_FALSE(IsBoundPrefix("year"));
  EXPECT_FALSE(IsBoundPrefix("self"));
  EXPECT_FALSE(IsBoundPrefix(""));
}

}  // namespace
}  // namespace crosscheck::text
