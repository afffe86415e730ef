// Tagger and parser end to end on an invented treebank: a tiny model trained in
// the test tags and parses its own training sentences, survives a save/load
// round trip unchanged, and missing or damaged model files are clean errors.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "text/conllu.h"
#include "text/parser.h"
#include "text/syntax_models.h"
#include "text/syntax_tags.h"
#include "text/tagger.h"

namespace crosscheck::text {
namespace {

namespace fs = std::filesystem;

std::vector<ConlluSentence> Treebank() {
  auto s =
      ReadConlluFile(std::string(CROSSCHECK_TEST_DATA) + "/text/testdata/tiny_treebank.conllu");
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? *s : std::vector<ConlluSentence>{};
}

std::vector<std::string_view> Forms(const ConlluSentence& s) {
  std::vector<std::string_view> forms;
  for (const ConlluWord& w : s.words) forms.push_back(w.form);
  return forms;
}

struct Trained {
  std::shared_ptr<Tagger> tagger;
  std::shared_ptr<Parser> parser;
};

Trained Train(const std::vector<ConlluSentence>& bank, std::uint64_t parser_seed = 1) {
  std::vector<TaggedSentence> tagged;
  std::vector<ParsedSentence> parsed;
  for (const ConlluSentence& s : bank) {
    TaggedSentence t;
    ParsedSentence p;
    for (const ConlluWord& w : s.words) {
      t.forms.push_back(w.form);
      t.upos.push_back(w.upos);
      t.xpos.push_back(w.xpos);
      t.feats.push_back(w.feats);
      p.forms.push_back(w.form);
      p.tags.push_back({UposIdOf(w.upos), XposIdOf(w.xpos), 0});
      p.heads.push_back(w.head);
      p.deprels.push_back(w.deprel);
    }
    tagged.push_back(std::move(t));
    parsed.push_back(std::move(p));
  }
  std::vector<std::size_t> order(bank.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  TaggerTrainer tagger(tagged, {.prune = 0});
  for (int e = 0; e < 10; ++e) tagger.TrainEpoch(order);
  ParserTrainer parser(parsed, {.prune = 0, .seed = parser_seed});
  for (int e = 0; e < 15; ++e) parser.TrainEpoch(order, e);
  return {tagger.Finish(), parser.Finish()};
}

void ExpectLearned(const Tagger& tagger, const Parser& parser,
                   const std::vector<ConlluSentence>& bank) {
  std::vector<WordTags> tags;
  std::vector<int> heads;
  std::vector<std::uint8_t> deprels;
  for (const ConlluSentence& s : bank) {
    SCOPED_TRACE(s.text);
    const auto forms = Forms(s);
    tagger.Tag(forms, tags);
    parser.Parse(forms, tags, heads, deprels);
    ASSERT_EQ(tags.size(), forms.size());
    for (std::size_t i = 0; i < forms.size(); ++i) {
      SCOPED_TRACE(s.words[i].form);
      EXPECT_EQ(UposNameOf(tags[i].upos), s.words[i].upos);
      EXPECT_EQ(XposNameOf(tags[i].xpos), s.words[i].xpos);
      EXPECT_EQ(FormatFeatsString(tags[i].feats), s.words[i].feats);
      EXPECT_EQ(heads[i] + 1, s.words[i].head);
      EXPECT_EQ(DeprelNameOf(deprels[i]), s.words[i].deprel);
    }
  }
}

class SyntaxModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("crosscheck_syntax_test_" +
            std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const char* name) const { return (dir_ / name).string(); }
  fs::path dir_;
};

TEST_F(SyntaxModelTest, TinyModelsLearnTheirTrainingSentences) {
  const auto bank = Treebank();
  ASSERT_EQ(bank.size(), 4u);
  const Trained t = Train(bank);
  ExpectLearned(*t.tagger, *t.parser, bank);
}

TEST_F(SyntaxModelTest, SaveLoadRoundTripKeepsEveryAnswer) {
  const auto bank = Treebank();
  const Trained t = Train(bank);
  ASSERT_TRUE(t.tagger->Save(Path("tagger.bin")).ok());
  ASSERT_TRUE(t.parser->Save(Path("parser.bin")).ok());
  auto models = LoadSyntaxModels(dir_.string());
  ASSERT_TRUE(models.ok()) << models.status().ToString();
  EXPECT_EQ((*models)->tagger->weight_count(), t.tagger->weight_count());
  EXPECT_EQ((*models)->parser->weight_count(), t.parser->weight_count());
  ExpectLearned(*(*models)->tagger, *(*models)->parser, bank);
}

TEST_F(SyntaxModelTest, MixedParsersOfTwoSeedsStillLearnTheirSentences) {
  const auto bank = Treebank();
  const Trained a = Train(bank, 1), b = Train(bank, 2);
  const std::shared_ptr<const Parser> parts[] = {a.parser, b.parser};
  auto mixed = Parser::Mix(parts);
  ASSERT_TRUE(mixed.ok()) << mixed.status().ToString();
  EXPECT_GE((*mixed)->feature_count(), a.parser->feature_count());
  ExpectLearned(*a.tagger, **mixed, bank);
  // A mixed parser saves and loads like any other.
  ASSERT_TRUE(a.tagger->Save(Path("tagger.bin")).ok());
  ASSERT_TRUE((*mixed)->Save(Path("parser.bin")).ok());
  auto models = LoadSyntaxModels(dir_.string());
  ASSERT_TRUE(models.ok()) << models.status().ToString();
  ExpectLearned(*(*models)->tagger, *(*models)->parser, bank);
}

TEST_F(SyntaxModelTest, MixRefusesParsersWithDifferentLabels) {
  const auto bank = Treebank();
  const Trained a = Train(bank);
  // Without its last sentence the bank has fewer relation labels.
  std::vector<ConlluSentence> fewer(bank.begin(), bank.end() - 1);
  const Trained b = Train(fewer);
  const std::shared_ptr<const Parser> parts[] = {a.parser, b.parser};
  EXPECT_EQ(Parser::Mix(parts).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Parser::Mix({}).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(SyntaxModelTest, MissingModelIsNotFoundNamingThePath) {
  auto models = LoadSyntaxModels(dir_.string());
  ASSERT_FALSE(models.ok());
  EXPECT_EQ(models.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(models.status().where().input, Path("tagger.bin"));
}

TEST_F(SyntaxModelTest, DamagedModelsAreCorruptNamingThePath) {
  const auto bank = Treebank();
  const Trained t = Train(bank);
  ASSERT_TRUE(t.tagger->Save(Path("good.bin")).ok());
  std::string bytes;
  {
    std::ifstream in(Path("good.bin"), std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  struct Damage {
    const char* description;
    std::string bytes;
  };
  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x5A;
  std::string wrong_version = bytes;
  wrong_version[8] = 99;
  const std::vector<Damage> cases = {
      {"empty file", ""},
      {"wrong magic", "CCPARSER" + bytes.substr(8)},
      {"unknown version", wrong_version},
      {"truncated", bytes.substr(0, bytes.size() - 7)},
      {"flipped byte", flipped},
  };
  for (const Damage& d : cases) {
    SCOPED_TRACE(d.description);
    {
      std::ofstream out(Path("tagger.bin"), std::ios::binary | std::ios::trunc);
      out << d.bytes;
    }
    auto tagger = Tagger::Load(Path("tagger.bin"));
    ASSERT_FALSE(tagger.ok());
    EXPECT_EQ(tagger.status().code(), StatusCode::kCorrupt);
    EXPECT_EQ(tagger.status().where().input, Path("tagger.bin"));
  }
}

TEST(SyntaxModelsDirTest, ExplicitFolderWins) {
  EXPECT_EQ(FindModelsDir("/somewhere/models"), "/somewhere/models");
}

}  // namespace
}  // namespace crosscheck::text
