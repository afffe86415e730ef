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

}  // namespace
}  // namespace crosscheck
