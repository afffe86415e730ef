#include "text/word_tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck::text {
namespace {

// A token written as its text plus a kind letter: w word, n number, p punct,
// s symbol, o other. "U.S./w"
std::vector<std::string> Render(const std::string& text, const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) {
    const char* kind = "?";
    switch (t.kind) {
      case TokenKind::kWord:
        kind = "w";
        break;
      case TokenKind::kNumber:
        kind = "n";
        break;
      case TokenKind::kPunct:
        kind = "p";
        break;
      case TokenKind::kSymbol:
        kind = "s";
        break;
      case TokenKind::kOther:
        kind = "o";
        break;
    }
    out.push_back(std::string(t.span.Of(text)) + "/" + kind);
  }
  return out;
}

struct TokenCase {
  const char* description;
  std::string text;
  std::vector<std::string> tokens;
};

TEST(WordTokenizerTest, NewsTokens) {
  const std::vector<TokenCase> cases = {
      {"plain words, white space dropped", "Rain  fell\tlate", {"Rain/w", "fell/w", "late/w"}},
      {"U.S. keeps its final period", "the U.S. economy", {"the/w", "U.S./w", "economy/w"}},
      {"U.S. at the end of a sentence keeps the period",
       "left the U.S.",
       {"left/w", "the/w", "U.S./w"}},
      {"Mr. keeps its period", "Mr. Ibsen", {"Mr./w", "Ibsen/w"}},
      {"Inc. keeps its period", "Tollan Inc. said", {"Tollan/w", "Inc./w", "said/w"}},
      {"initial keeps its period", "J. R. Halloway", {"J./w", "R./w", "Halloway/w"}},
      {"a sentence-final period stays apart", "It ended.", {"It/w", "ended/w", "./p"}},
      {"No. keeps its period only before a number",
       "No. 10 but he said no.",
       {"No./w", "10/n", "but/w", "he/w", "said/w", "no/w", "./p"}},
      {"contraction splits into UD words", "don't stop", {"do/w", "n't/w", "stop/w"}},
      {"curly apostrophe contraction splits", "won\u2019t", {"wo/w", "n\u2019t/w"}},
      {"possessive 's is its own word",
       "the Minister's aide",
       {"the/w", "Minister/w", "'s/w", "aide/w"}},
      {"I'm splits", "I'm late", {"I/w", "'m/w", "late/w"}},
      {"upper-case clitic", "CAN'T STOP", {"CA/w", "N'T/w", "STOP/w"}},
      {"gonna is two words", "gonna win", {"gon/w", "na/w", "win/w"}},
      {"O'Brien stays whole", "O'Brien spoke", {"O'Brien/w", "spoke/w"}},
      {"thousands separator", "1,200 people", {"1,200/n", "people/w"}},
      {"decimal percent", "3.5%", {"3.5/n", "%/s"}},
      {"euro amount with unit suffix", "\u20ac48m", {"\u20ac/s", "48/n", "m/w"}},
      {"dollar billions", "$5.2bn", {"$/s", "5.2/n", "bn/w"}},
      {"ordinal and decade stay whole", "3rd in the 1990s", {"3rd/w", "in/w", "the/w", "1990s/w"}},
      {"bound prefix keeps its hyphen", "an e-mail", {"an/w", "e-mail/w"}},
      {"non- prefix keeps its hyphen", "non-profit", {"non-profit/w"}},
      {"compound splits at the hyphen as UD does",
       "a year-old plan",
       {"a/w", "year/w", "-/p", "old/w", "plan/w"}},
      {"hyphen between letter and digit splits", "COVID-19", {"COVID/w", "-/p", "19/n"}},
      {"em dash", "yes\u2014no", {"yes/w", "\u2014/p", "no/w"}},
      {"ellipsis is one token", "Wait... now", {"Wait/w", ".../p", "now/w"}},
      {"double hyphen is one token", "so -- maybe", {"so/w", "--/p", "maybe/w"}},
      {"URL is one token",
       "see https://news.example.org/a/b?id=7.",
       {"see/w", "https://news.example.org/a/b?id=7/o", "./p"}},
      {"www URL in brackets", "(www.example.net/page)", {"(/p", "www.example.net/page/o", ")/p"}},
      {"e-mail address",
       "write to desk.tips@example.com now",
       {"write/w", "to/w", "desk.tips@example.com/o", "now/w"}},
      {"accented hyphenated name",
       "Zo\u00eb M\u00fcller-N\u00fa\u00f1ez",
       {"Zo\u00eb/w", "M\u00fcller/w", "-/p", "N\u00fa\u00f1ez/w"}},
      {"curly quotes",
       "\u201cNo,\u201d she said",
       {"\u201c/p", "No/w", ",/p", "\u201d/p", "she/w", "said/w"}},
      {"straight quotes", "\"Yes\"", {"\"/p", "Yes/w", "\"/p"}},
      {"ideographs are words", "\u6771\u4eac", {"\u6771\u4eac/w"}},
      {"emoji is a symbol", "ok \U0001F44D", {"ok/w", "\U0001F44D/s"}},
      {"non-breaking space is white space", "10\u00a0km", {"10/n", "km/w"}},
  };
  auto tokenizer = WordTokenizer::Create("en");
  ASSERT_TRUE(tokenizer.ok()) << tokenizer.status().ToString();
  for (const TokenCase& c : cases) {
    SCOPED_TRACE(c.description);
    std::vector<Token> tokens;
    Status st =
        (*tokenizer)->Tokenize(c.text, Span{0, static_cast<std::uint32_t>(c.text.size())}, tokens);
    ASSERT_TRUE(st.ok()) << st.ToString();
    EXPECT_EQ(Render(c.text, tokens), c.tokens);
  }
}

TEST(WordTokenizerTest, OffsetsAreAbsoluteWithinTheRange) {
  const std::string text = "skip this. Keep these words";
  auto tokenizer = WordTokenizer::Create();
  ASSERT_TRUE(tokenizer.ok());
  std::vector<Token> tokens;
  ASSERT_TRUE((*tokenizer)->Tokenize(text, Span{11, 21}, tokens).ok());  // "Keep these"
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].span, (Span{11, 15}));
  EXPECT_EQ(tokens[1].span, (Span{16, 21}));
}

struct UrlCase {
  const char* description;
  std::string text;
  std::string match;  // empty: no URL or address starts at 0
};

TEST(WordTokenizerTest, UrlAndEmailMatcher) {
  const std::vector<UrlCase> cases = {
      {"http URL", "http://a.example/x rest", "http://a.example/x"},
      {"trailing comma left out", "https://b.example/y, then", "https://b.example/y"},
      {"bracket inside kept", "https://c.example/wiki/A_(b))", "https://c.example/wiki/A_(b)"},
      {"bare scheme is no URL", "http:// nothing", ""},
      {"www alone is no URL", "www. no", ""},
      {"address", "ana@example.org.", "ana@example.org"},
      {"at sign without a domain dot", "me@home", ""},
      {"plain word", "hello", ""},
  };
  for (const UrlCase& c : cases) {
    SCOPED_TRACE(c.description);
    const std::size_t end = MatchUrlOrEmail(c.text, 0, c.text.size());
    EXPECT_EQ(c.text.substr(0, end), c.match);
  }
}

}  // namespace
}  // namespace crosscheck::text
