#include "text/conllu.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace crosscheck::text {
namespace {

std::string Fixture() {
  std::ifstream in(std::string(CROSSCHECK_TEST_DATA) + "/text/testdata/tiny_treebank.conllu");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(ConlluTest, ReadsWordsTokensAndComments) {
  auto sentences = ReadConllu(Fixture(), "tiny");
  ASSERT_TRUE(sentences.ok()) << sentences.status().ToString();
  ASSERT_EQ(sentences->size(), 4u);
  const ConlluSentence& s = (*sentences)[1];
  EXPECT_EQ(s.text, "The ferries don't sail when the surge rises.");
  ASSERT_EQ(s.words.size(), 10u);
  EXPECT_EQ(s.words[2].form, "do");
  EXPECT_EQ(s.words[3].form, "n't");
  EXPECT_EQ(s.words[4].head, 0);
  EXPECT_EQ(s.words[1].deprel, "nsubj");
  ASSERT_EQ(s.tokens.size(), 1u);
  EXPECT_EQ(s.tokens[0].form, "don't");
  EXPECT_EQ(s.tokens[0].first, 3);
  EXPECT_EQ(s.tokens[0].last, 4);
}

TEST(ConlluTest, WritesBackWhatItRead) {
  const std::string text = Fixture();
  auto sentences = ReadConllu(text, "tiny");
  ASSERT_TRUE(sentences.ok());
  EXPECT_EQ(WriteConllu(*sentences), text);
}

TEST(ConlluTest, WritesNewAnnotations) {
  auto sentences = ReadConllu(Fixture(), "tiny");
  ASSERT_TRUE(sentences.ok());
  ConlluWord& w = (*sentences)[0].words[0];
  w.upos = "X";
  w.xpos = "FW";
  w.feats = "";
  w.head = 9;
  w.deprel = "dep";
  const std::string out = WriteConllu({(*sentences)[0]});
  EXPECT_NE(out.find("1\tMayor\tMayor\tX\tFW\t_\t9\tdep\t_\t_\n"), std::string::npos) << out;
}

struct BadCase {
  const char* description;
  std::string text;
  std::int64_t offset;
};

TEST(ConlluTest, MalformedLinesAreCorruptWithTheirOffset) {
  const std::vector<BadCase> cases = {
      {"nine columns", "1\ta\ta\tX\tFW\t_\t0\troot\t_\n", 0},
      {"word ID out of order",
       "1\ta\ta\tX\tFW\t_\t0\troot\t_\t_\n3\tb\tb\tX\tFW\t_\t1\tdep\t_\t_\n", 24},
      {"head not a number", "# c\n1\ta\ta\tX\tFW\t_\tx\troot\t_\t_\n", 4},
      {"bad range", "2-1\tab\t_\t_\t_\t_\t_\t_\t_\t_\n", 0},
  };
  for (const BadCase& c : cases) {
    SCOPED_TRACE(c.description);
    auto result = ReadConllu(c.text, "bad.conllu");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status().code(), StatusCode::kCorrupt);
    EXPECT_EQ(result.status().where().input, "bad.conllu");
    EXPECT_EQ(result.status().where().offset, c.offset);
  }
}

TEST(ConlluTest, MissingFileIsNotFound) {
  auto result = ReadConlluFile("/nonexistent/crosscheck/none.conllu");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace crosscheck::text
