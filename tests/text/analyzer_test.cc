#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "crosscheck/text.h"

namespace crosscheck {
namespace {

std::unique_ptr<TextAnalyzer> MakeAnalyzer(TextOptions options = {}) {
  auto analyzer = TextAnalyzer::Create(options);
  EXPECT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  return analyzer.ok() ? std::move(*analyzer) : nullptr;
}

Document MakeDocument(std::string text) {
  Document doc;
  doc.origin = "test.txt";
  doc.to_input = OffsetMap::Identity(text.size());
  doc.text = std::move(text);
  return doc;
}

// Invariants every analysed document must satisfy.
void ExpectWellFormed(const Document& doc) {
  std::size_t p = 0;
  std::uint32_t next_token = 0;
  for (const Sentence& s : doc.sentences) {
    while (p < doc.paragraphs.size() && doc.paragraphs[p].span.end <= s.span.start) ++p;
    ASSERT_LT(p, doc.paragraphs.size()) << "sentence outside every paragraph";
    const Span para = doc.paragraphs[p].span;
    EXPECT_LE(para.start, s.span.start);
    EXPECT_LE(s.span.end, para.end) << "sentence crosses a paragraph end";
    EXPECT_FALSE(s.span.empty());
    EXPECT_EQ(s.first_token, next_token) << "tokens are handed out in order";
    for (std::uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
      ASSERT_LT(t, doc.tokens.size());
      const Span tok = doc.tokens[t].span;
      EXPECT_LE(s.span.start, tok.start) << "token before its sentence";
      EXPECT_LE(tok.end, s.span.end) << "token after its sentence";
      EXPECT_FALSE(tok.empty());
    }
    next_token = s.first_token + s.token_count;
  }
  EXPECT_EQ(next_token, doc.tokens.size()) << "every token belongs to a sentence";
}

std::vector<std::string> Texts(const Document& doc, const auto& items) {
  std::vector<std::string> out;
  for (const auto& item : items) out.emplace_back(item.span.Of(doc.text));
  return out;
}

const char kArticle[] =
    "Harbourside, Monday \xe2\x80\x94 The Brackwater council voted 7-2 to fund a new ferry "
    "terminal. Mr. Ilse Brandvold, who chairs the U.S. Coast Trust, called it \"a fine day.\"\n\n"
    "\"Will it open on time?\" asked Sen. Dario Quist. Nobody answered...\n\n"
    "The plan costs \xe2\x82\xac"
    "48m, up 3.5% from 2024. Details: www.brackwater.example/ferry.";

TEST(TextAnalyzerTest, ArticleIsSegmentedIntoParagraphsSentencesAndTokens) {
  auto analyzer = MakeAnalyzer();
  ASSERT_NE(analyzer, nullptr);
  Document doc = MakeDocument(kArticle);
  ASSERT_TRUE(analyzer->Analyze(doc).ok());
  ExpectWellFormed(doc);
  EXPECT_EQ(doc.paragraphs.size(), 3u);
  EXPECT_EQ(Texts(doc, doc.sentences),
            (std::vector<std::string>{
                "Harbourside, Monday \xe2\x80\x94 The Brackwater council voted 7-2 to fund a new "
                "ferry terminal.",
                "Mr. Ilse Brandvold, who chairs the U.S. Coast Trust, called it \"a fine day.\"",
                "\"Will it open on time?\" asked Sen. Dario Quist.", "Nobody answered...",
                "The plan costs \xe2\x82\xac"
                "48m, up 3.5% from 2024.",
                "Details: www.brackwater.example/ferry."}));
  EXPECT_EQ(doc.language, "en");
  const std::vector<std::string> tokens = Texts(doc, doc.tokens);
  for (const char* expected :
       {"Mr.", "U.S.", "Sen.", "...", "3.5", "48", "2024", "www.brackwater.example/ferry"}) {
    EXPECT_NE(std::find(tokens.begin(), tokens.end(), expected), tokens.end()) << expected;
  }
}

TEST(TextAnalyzerTest, ReusedAnalyzerGivesTheSameResult) {
  auto analyzer = MakeAnalyzer();
  ASSERT_NE(analyzer, nullptr);
  Document a = MakeDocument(kArticle), other = MakeDocument("Short one.\n\nAnother."),
           b = MakeDocument(kArticle);
  ASSERT_TRUE(analyzer->Analyze(a).ok());
  ASSERT_TRUE(analyzer->Analyze(other).ok());
  ASSERT_TRUE(analyzer->Analyze(b).ok());
  EXPECT_EQ(Texts(a, a.sentences), Texts(b, b.sentences));
  EXPECT_EQ(Texts(a, a.tokens), Texts(b, b.tokens));
  ExpectWellFormed(other);
}

TEST(TextAnalyzerTest, NfcChangeIsComposedIntoToInput) {
  // The input record had a 6-byte masthead line the cleaner dropped, and a
  // decomposed "e" + U+0301 that NFC composes.
  const std::string input = "DAILY\nCafe\xcc\x81 owners met.\n\nThey agreed.";
  const std::string cleaned = input.substr(6);
  OffsetMap::Builder b;
  b.Skip(6).Copy(cleaned.size());
  Document doc;
  doc.origin = "cafe.txt";
  doc.text = cleaned;
  doc.to_input = std::move(b).Build();
  ASSERT_FALSE(doc.to_input.is_identity());

  auto analyzer = MakeAnalyzer();
  ASSERT_NE(analyzer, nullptr);
  ASSERT_TRUE(analyzer->Analyze(doc).ok());
  ExpectWellFormed(doc);
  EXPECT_EQ(doc.text, "Caf\xc3\xa9 owners met.\n\nThey agreed.");
  EXPECT_EQ(doc.to_input.output_size(), doc.text.size());
  EXPECT_EQ(doc.to_input.input_size(), input.size());
  ASSERT_FALSE(doc.tokens.empty());
  // "Café" -> the input bytes "Cafe\u0301"
  EXPECT_EQ(doc.tokens[0].span.Of(doc.text), "Caf\xc3\xa9");
  EXPECT_EQ(doc.to_input.ToInput(doc.tokens[0].span), (Span{6, 12}));
  // "é" alone -> "e" + the combining accent
  EXPECT_EQ(doc.to_input.ToInput(Span{3, 5}), (Span{9, 12}));
  // every token maps back to identical input bytes once NFC is undone
  for (const Token& t : doc.tokens) {
    const Span in = doc.to_input.ToInput(t.span);
    if (t.span.Of(doc.text) == "Caf\xc3\xa9") continue;
    EXPECT_EQ(in.Of(input), t.span.Of(doc.text));
  }
  // The last sentence maps to the end of the input.
  EXPECT_EQ(doc.to_input.ToInput(doc.sentences.back().span).Of(input), "They agreed.");
}

TEST(TextAnalyzerTest, DefaultToInputIsTakenAsIdentity) {
  auto analyzer = MakeAnalyzer();
  ASSERT_NE(analyzer, nullptr);
  Document doc;
  doc.text = "No map was set. Still fine.";
  ASSERT_TRUE(analyzer->Analyze(doc).ok());
  EXPECT_TRUE(doc.to_input.is_identity());
  EXPECT_EQ(doc.to_input.output_size(), doc.text.size());
  EXPECT_EQ(doc.sentences.size(), 2u);
}

TEST(TextAnalyzerTest, MismatchedToInputIsAnErrorNamingTheOrigin) {
  auto analyzer = MakeAnalyzer();
  ASSERT_NE(analyzer, nullptr);
  Document doc = MakeDocument("Some text.");
  doc.origin = "feed.jsonl#4";
  doc.to_input = OffsetMap::Identity(3);
  Status st = analyzer->Analyze(doc);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(st.ToString().find("feed.jsonl#4"), std::string::npos) << st.ToString();
}

TEST(TextAnalyzerTest, LanguageDetectionCanBeTurnedOff) {
  auto analyzer = MakeAnalyzer({.detect_language = false});
  ASSERT_NE(analyzer, nullptr);
  Document doc = MakeDocument(kArticle);
  doc.language = "xx";
  ASSERT_TRUE(analyzer->Analyze(doc).ok());
  EXPECT_EQ(doc.language, "xx");
}

TEST(TextAnalyzerTest, EmptyAndBlankDocuments) {
  auto analyzer = MakeAnalyzer();
  ASSERT_NE(analyzer, nullptr);
  for (const char* text : {"", "\n\n  \n"}) {
    SCOPED_TRACE(text);
    Document doc = MakeDocument(text);
    ASSERT_TRUE(analyzer->Analyze(doc).ok());
    EXPECT_TRUE(doc.paragraphs.empty());
    EXPECT_TRUE(doc.sentences.empty());
    EXPECT_TRUE(doc.tokens.empty());
    EXPECT_EQ(doc.language, "und");
  }
}

TEST(TextAnalyzerTest, TokenizeAloneMatchesAnalyzeTokens) {
  auto analyzer = MakeAnalyzer();
  ASSERT_NE(analyzer, nullptr);
  Document doc = MakeDocument(kArticle);
  ASSERT_TRUE(analyzer->Analyze(doc).ok());
  std::vector<Token> tokens;
  ASSERT_TRUE(analyzer->Tokenize(kArticle, tokens).ok());
  ASSERT_EQ(tokens.size(), doc.tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(tokens[i].span, doc.tokens[i].span) << i;
    EXPECT_EQ(tokens[i].kind, doc.tokens[i].kind) << i;
  }
}

TEST(TextAnalyzerTest, RandomFragmentsKeepTheInvariants) {
  // Text stitched from news-like fragments, decomposed accents and broken
  // UTF-8: whatever comes in, the spans must stay well-formed and mappable.
  const std::vector<std::string> fragments = {"The",
                                              " ",
                                              "mayor",
                                              " said",
                                              ".",
                                              " ",
                                              "\n",
                                              "\n\n",
                                              "U.S.",
                                              "Mr.",
                                              "Dr. ",
                                              "J. ",
                                              "...",
                                              "\xe2\x80\xa6",
                                              "?",
                                              "!",
                                              "\"",
                                              "\xe2\x80\x9c",
                                              "\xe2\x80\x9d",
                                              "3.5",
                                              "1,200",
                                              "%",
                                              "e\xcc\x81",
                                              "\xc3\xa9",
                                              "-",
                                              "www.example.org/x",
                                              "a@b.example",
                                              "\xff",
                                              "\xe2\x80",
                                              "no",
                                              "No. ",
                                              "7",
                                              "\t",
                                              "  ",
                                              "\xe6\x9d\xb1\xe4\xba\xac",
                                              "Zo\xc3\xab",
                                              "'",
                                              "bn"};
  auto analyzer = MakeAnalyzer();
  ASSERT_NE(analyzer, nullptr);
  std::mt19937 rng(2024);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = std::uniform_int_distribution<int>(0, 40)(rng);
    for (int k = 0; k < n; ++k) {
      text += fragments[std::uniform_int_distribution<std::size_t>(0, fragments.size() - 1)(rng)];
    }
    SCOPED_TRACE("text: " + text);
    Document doc = MakeDocument(text);
    ASSERT_TRUE(analyzer->Analyze(doc).ok());
    ExpectWellFormed(doc);
    EXPECT_EQ(doc.to_input.output_size(), doc.text.size());
    EXPECT_EQ(doc.to_input.input_size(), text.size());
    for (const Token& t : doc.tokens) {
      const std::string_view tok = t.span.Of(doc.text);
      EXPECT_EQ(tok.find_first_of(" \t\n"), std::string_view::npos) << tok;
      const Span in = doc.to_input.ToInput(t.span);
      EXPECT_LE(in.end, text.size());
    }
    for (std::size_t i = 1; i < doc.sentences.size(); ++i) {
      EXPECT_LE(doc.sentences[i - 1].span.end, doc.sentences[i].span.start);
    }
  }
}

// ---- tags and trees (the committed models in models/) ---------------------------

std::string_view Word(const Document& d, std::uint32_t t) { return d.tokens[t].span.Of(d.text); }

// The index of the first token spelled `word`.
std::uint32_t Find(const Document& d, std::string_view word) {
  for (std::uint32_t t = 0; t < d.tokens.size(); ++t) {
    if (Word(d, t) == word) return t;
  }
  ADD_FAILURE() << "no token " << word;
  return 0;
}

constexpr const char* kSyntaxArticle =
    "HALVENPORT \u2014 The harbour authority said on Tuesday that the sea wall didn't fail.\n\n"
    "Residents were moved to the old school by volunteers. Mayor Ilse Varro's office "
    "thanked them.";

TEST(TextAnalyzerSyntaxTest, EverySentenceIsTaggedAndTreesWaitForParse) {
  auto analyzer = TextAnalyzer::Create({.detect_language = false, .tag = true});
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  Document d = MakeDocument(kSyntaxArticle);
  ASSERT_TRUE((*analyzer)->Analyze(d).ok());
  for (const Token& t : d.tokens) {
    EXPECT_NE(t.upos, 0) << Word(d, &t - d.tokens.data());
    EXPECT_EQ(t.head, -1);
    EXPECT_EQ(t.deprel, 0);
  }
  for (const Sentence& s : d.sentences) EXPECT_FALSE(s.parsed);
  // Clear cases a news tagger must get right.
  EXPECT_EQ(UposName(d.tokens[Find(d, "said")].upos), "VERB");
  EXPECT_EQ(XposName(d.tokens[Find(d, "said")].xpos), "VBD");
  EXPECT_EQ(FeatValue(d.tokens[Find(d, "said")].feats, "Tense"), "Past");
  EXPECT_EQ(UposName(d.tokens[Find(d, "the")].upos), "DET");
  EXPECT_EQ(XposName(d.tokens[Find(d, "n't")].xpos), "RB");
  EXPECT_EQ(XposName(d.tokens[Find(d, "'s")].xpos), "POS");
  EXPECT_EQ(FeatValue(d.tokens[Find(d, "Residents")].feats, "Number"), "Plur");
}

TEST(TextAnalyzerSyntaxTest, ParseFillsOnlyTheAskedSentences) {
  auto analyzer = TextAnalyzer::Create({.detect_language = false, .tag = true});
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  Document d = MakeDocument(kSyntaxArticle);
  ASSERT_TRUE((*analyzer)->Analyze(d).ok());
  ASSERT_EQ(d.sentences.size(), 3u);
  const std::uint32_t second[] = {1};
  ASSERT_TRUE((*analyzer)->Parse(d, second).ok());
  EXPECT_FALSE(d.sentences[0].parsed);
  EXPECT_TRUE(d.sentences[1].parsed);
  EXPECT_FALSE(d.sentences[2].parsed);
  const Sentence& s = d.sentences[1];
  int roots = 0;
  for (std::uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
    const Token& token = d.tokens[t];
    EXPECT_NE(token.deprel, 0);
    if (token.head < 0) {
      ++roots;
      EXPECT_EQ(DeprelName(token.deprel), "root");
    } else {
      EXPECT_GE(static_cast<std::uint32_t>(token.head), s.first_token)
          << "head leaves the sentence";
      EXPECT_LT(static_cast<std::uint32_t>(token.head), s.first_token + s.token_count);
    }
  }
  EXPECT_EQ(roots, 1);
  // A passive subject of the root verb.
  const Token& residents = d.tokens[Find(d, "Residents")];
  EXPECT_EQ(residents.head, static_cast<std::int32_t>(Find(d, "moved")));
  EXPECT_EQ(DeprelName(residents.deprel), "nsubj:pass");
  for (std::uint32_t t = d.sentences[0].first_token; t < d.sentences[0].token_count; ++t) {
    EXPECT_EQ(d.tokens[t].head, -1) << "an unasked sentence stays unparsed";
  }
  ASSERT_TRUE((*analyzer)->ParseAll(d).ok());
  for (const Sentence& sentence : d.sentences) EXPECT_TRUE(sentence.parsed);
  const std::uint32_t out_of_range[] = {3};
  const Status bad = (*analyzer)->Parse(d, out_of_range);
  EXPECT_EQ(bad.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(bad.where().input, "test.txt");
}

TEST(TextAnalyzerSyntaxTest, ParseTagsUntaggedSentencesFirst) {
  auto analyzer = TextAnalyzer::Create({.detect_language = false, .tag = false});
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  Document d = MakeDocument("Volunteers carried sandbags to the pier.");
  ASSERT_TRUE((*analyzer)->Analyze(d).ok());
  EXPECT_EQ(d.tokens[0].upos, 0);
  ASSERT_TRUE((*analyzer)->ParseAll(d).ok());
  EXPECT_EQ(UposName(d.tokens[1].upos), "VERB");
  EXPECT_EQ(DeprelName(d.tokens[1].deprel), "root");
  EXPECT_EQ(DeprelName(d.tokens[0].deprel), "nsubj");
}

TEST(TextAnalyzerSyntaxTest, MissingModelsFailCreateNamingTheFile) {
  auto analyzer = TextAnalyzer::Create({.tag = true, .models_dir = "/nonexistent/cc-models"});
  ASSERT_FALSE(analyzer.ok());
  EXPECT_EQ(analyzer.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(analyzer.status().where().input, "/nonexistent/cc-models/tagger.bin");
  // Without tagging, Create succeeds and the first Parse reports the same error.
  auto lazy = TextAnalyzer::Create({.tag = false, .models_dir = "/nonexistent/cc-models"});
  ASSERT_TRUE(lazy.ok());
  Document d = MakeDocument("Gulls circled.");
  ASSERT_TRUE((*lazy)->Analyze(d).ok());
  const Status st = (*lazy)->ParseAll(d);
  EXPECT_EQ(st.code(), StatusCode::kNotFound);
  EXPECT_NE(st.ToString().find("/nonexistent/cc-models/tagger.bin"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
