// The entity tagger on invented sentences: BILOU conversions (table), the
// outer/inner layer targets, the gazetteer's phrase marking, a tiny model
// trained in the test that finds names in its own training sentences and in a
// new one, a save/load round trip that tags identically, clean errors for
// missing or damaged model files, and the committed models/ner.bin.
#include "extract/ner_tagger.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <numeric>

#include "common/hash.h"
#include "text/syntax_models.h"
#include "text/syntax_tags.h"

namespace crosscheck::extract {
namespace {

namespace fs = std::filesystem;

const int kPerson = NerTypeIndex("PERSON"), kOrg = NerTypeIndex("ORG"),
          kPlace = NerTypeIndex("PLACE");

TEST(NerTaggerTest, BilouRoundTrip) {
  struct Case {
    int n;
    std::vector<NerSpan> spans;
    std::vector<int> classes;
  };
  const Case cases[] = {
      {3, {}, {0, 0, 0}},
      {3, {{1, 1, kPerson}}, {0, 1 + 4 * kPerson + 3, 0}},
      {4, {{0, 2, kOrg}}, {1 + 4 * kOrg, 2 + 4 * kOrg, 3 + 4 * kOrg, 0}},
      {4, {{0, 1, kPlace}, {2, 2, kPerson}}, {1 + 4 * kPlace, 3 + 4 * kPlace, 4 + 4 * kPerson, 0}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SpansToClasses(c.spans, c.n), c.classes);
    EXPECT_EQ(ClassesToSpans(c.classes), c.spans);
  }
  // An illegal sequence (B without L) yields no span.
  const std::vector<int> broken = {1 + 4 * kOrg, 0};
  EXPECT_TRUE(ClassesToSpans(broken).empty());
}

TEST(NerTaggerTest, OuterAndInnerLayers) {
  // "University of Tarvik" (ORG) holding "Tarvik" (PLACE), then "Ilse" alone.
  const std::vector<NerSpan> names = {{0, 2, kOrg}, {2, 2, kPlace}, {4, 4, kPerson}};
  EXPECT_EQ(OutermostNames(names), (std::vector<NerSpan>{{0, 2, kOrg}, {4, 4, kPerson}}));
  EXPECT_EQ(InnermostNames(names), (std::vector<NerSpan>{{2, 2, kPlace}, {4, 4, kPerson}}));
}

std::uint64_t Lower(std::string_view w) {
  std::string s(w);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return Hash64(s);
}

TEST(NerTaggerTest, GazetteerMarksLongestPhrase) {
  NerGazetteer g;
  g.AddWord("Odalys", NerGazetteer::kFirstName);
  g.AddPhrase("North Varnland", NerGazetteer::kCountry);
  g.AddPhrase("Varnland, Free State of", NerGazetteer::kRegion);  // cut at the comma
  const std::vector<std::uint64_t> words = {Lower("Odalys"), Lower("left"), Lower("North"),
                                            Lower("Varnland"), Lower("Varnland")};
  std::vector<std::uint8_t> bits;
  g.Mark(words, bits);
  ASSERT_EQ(bits.size(), 5u);
  EXPECT_EQ(bits[0], NerGazetteer::kFirstName);
  EXPECT_EQ(bits[1], 0);
  EXPECT_TRUE(bits[2] & NerGazetteer::kCountry);
  EXPECT_TRUE(bits[3] & NerGazetteer::kCountry);
  EXPECT_FALSE(bits[2] & NerGazetteer::kRegion);
  EXPECT_TRUE(bits[4] & NerGazetteer::kRegion);
  EXPECT_FALSE(bits[4] & NerGazetteer::kCountry);
}

NerSentence Sentence(std::vector<std::string> forms, std::vector<const char*> xpos,
                     std::vector<NerSpan> names) {
  NerSentence s;
  s.forms = std::move(forms);
  for (const char* x : xpos) {
    s.xpos.push_back(text::XposIdOf(x));
    s.upos.push_back(text::UposIdOf(std::string_view(x).substr(0, 3) == "NNP" ? "PROPN" : "X"));
  }
  s.names = std::move(names);
  return s;
}

std::vector<NerSentence> Corpus() {
  return {
      Sentence({"Odalys", "Brenfield", "visited", "Kessaly", "."},
               {"NNP", "NNP", "VBD", "NNP", "."}, {{0, 1, kPerson}, {3, 3, kPlace}}),
      Sentence({"The", "Port", "of", "Kessaly", "hired", "Harlow", "Teague", "."},
               {"DT", "NNP", "IN", "NNP", "VBD", "NNP", "NNP", "."},
               {{1, 3, kOrg}, {3, 3, kPlace}, {5, 6, kPerson}}),
      Sentence({"Harlow", "Teague", "flew", "to", "Varnholm", "."},
               {"NNP", "NNP", "VBD", "TO", "NNP", "."}, {{0, 1, kPerson}, {4, 4, kPlace}}),
      Sentence({"Odalys", "Brenfield", "praised", "the", "Port", "of", "Varnholm", "."},
               {"NNP", "NNP", "VBD", "DT", "NNP", "IN", "NNP", "."},
               {{0, 1, kPerson}, {4, 6, kOrg}, {6, 6, kPlace}}),
      Sentence({"the", "ferry", "left", "early", "."}, {"DT", "NN", "VBD", "RB", "."}, {}),
  };
}

std::shared_ptr<NerTagger> Train() {
  const auto corpus = Corpus();
  NerTrainer trainer(corpus, NerGazetteer{}, text::WordClusters{});
  std::vector<std::size_t> order(corpus.size());
  std::iota(order.begin(), order.end(), 0);
  for (int epoch = 0; epoch < 10; ++epoch) trainer.TrainEpoch(order);
  return trainer.Finish();
}

std::vector<NerSpan> Tag(const NerTagger& tagger, const NerSentence& s) {
  std::vector<NerWord> words;
  for (std::size_t i = 0; i < s.forms.size(); ++i)
    words.push_back({s.forms[i], s.upos[i], s.xpos[i]});
  std::vector<NerSpan> out;
  tagger.Tag(words, out);
  return out;
}

TEST(NerTaggerTest, LearnsItsTrainingSentencesAndSavesLoads) {
  const auto tagger = Train();
  for (const NerSentence& s : Corpus()) EXPECT_EQ(Tag(*tagger, s), s.names);
  const fs::path path = fs::temp_directory_path() / "ner_tagger_test.bin";
  ASSERT_TRUE(tagger->Save(path.string()).ok());
  auto loaded = NerTagger::Load(path.string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  for (const NerSentence& s : Corpus()) EXPECT_EQ(Tag(**loaded, s), Tag(*tagger, s));
  // Damaged: truncated file.
  {
    std::string bytes;
    {
      std::ifstream in(path, std::ios::binary);
      bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
  }
  EXPECT_EQ(NerTagger::Load(path.string()).status().code(), StatusCode::kCorrupt);
  fs::remove(path);
  EXPECT_EQ(NerTagger::Load(path.string()).status().code(), StatusCode::kNotFound);
}

TEST(NerTaggerTest, EmptySentence) {
  const auto tagger = Train();
  std::vector<NerSpan> out = {{0, 0, 0}};
  tagger->Tag({}, out);
  EXPECT_TRUE(out.empty());
}

// The committed model, on invented text tagged by the committed syntax tagger.
TEST(NerTaggerTest, CommittedModelFindsNames) {
  const std::string dir = text::FindModelsDir("");
  auto syntax = text::LoadSyntaxModels(dir);
  auto ner = NerTagger::Load(dir + "/ner.bin");
  ASSERT_TRUE(syntax.ok()) << syntax.status().ToString();
  ASSERT_TRUE(ner.ok()) << ner.status().ToString();
  const std::vector<std::string_view> forms = {
      "Senator", "Ingrid", "Halvorsen", "met", "officials", "in", "Brazil", "on", "Monday", "."};
  std::vector<text::WordTags> tags;
  (*syntax)->tagger->Tag(forms, tags);
  std::vector<NerWord> words;
  for (std::size_t i = 0; i < forms.size(); ++i)
    words.push_back({forms[i], tags[i].upos, tags[i].xpos});
  std::vector<NerSpan> names;
  (*ner)->Tag(words, names);
  auto has = [&](int first, int last, int type) {
    return std::find(names.begin(), names.end(), NerSpan{first, last, type}) != names.end();
  };
  EXPECT_TRUE(has(0, 2, kPerson) || has(1, 2, kPerson));
  EXPECT_TRUE(has(6, 6, kPlace));
}

}  // namespace
}  // namespace crosscheck::extract
