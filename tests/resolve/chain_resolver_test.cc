// In-article chains on invented articles. The name mentions are given by the
// test (as the mentions stage would give them), so these cases check the
// resolver's rules alone: titles, surnames, a one-letter misspelling,
// initialisms (defined in brackets, used before their name), pronouns by
// gender and recency, definite descriptions backed by a role in the text, and
// two people who share a surname kept apart.
#include "resolve/chain_resolver.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "crosscheck/text.h"

namespace crosscheck::resolve {
namespace {

struct Name {
  const char* text;
  const char* type;
};

Document Analysed(const std::string& text, const std::vector<Name>& names) {
  Document doc;
  doc.origin = "invented.txt";
  doc.to_input = OffsetMap::Identity(text.size());
  doc.text = text;
  auto analyzer = TextAnalyzer::Create({});
  EXPECT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  if (!analyzer.ok()) return doc;
  EXPECT_TRUE((*analyzer)->Analyze(doc).ok());
  // Every occurrence of each name, on token boundaries, becomes a mention.
  for (const Name& n : names) {
    const std::string s = n.text;
    for (std::size_t pos = text.find(s); pos != std::string::npos; pos = text.find(s, pos + 1)) {
      const bool starts = pos == 0 || !std::isalnum(static_cast<unsigned char>(text[pos - 1]));
      const std::size_t end = pos + s.size();
      const bool ends = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
      if (starts && ends) {
        doc.mentions.push_back(
            {{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end)}, n.type, "", ""});
      }
    }
  }
  std::sort(doc.mentions.begin(), doc.mentions.end(), [](const Mention& a, const Mention& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
  });
  ResolveChains(doc);
  return doc;
}

// The chain of the `nth` (0-based) mention whose text is `surface`; "" if none.
std::string ChainOf(const Document& doc, std::string_view surface, int nth = 0) {
  for (const Mention& m : doc.mentions) {
    if (m.span.Of(doc.text) == surface && nth-- == 0) return m.chain;
  }
  return "";
}

const Chain* FindChain(const Document& doc, const std::string& id) {
  for (const Chain& c : doc.chains) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

TEST(ChainResolverTest, TitlesSurnamesAndMisspelling) {
  Document doc = Analysed(
      "Mayor Tobias Wennerhalm said the quay would reopen. Mr Wennerholm, who met the minister "
      "on Tuesday, said he was hopeful.\n\nMinister Ines Okafor disagreed. Ms. Okafor said she "
      "had seen the figures. Wennerholm did not reply.",
      {{"Mayor Tobias Wennerhalm", "PERSON"},
       {"Mr Wennerholm", "PERSON"},
       {"Minister Ines Okafor", "PERSON"},
       {"Ms. Okafor", "PERSON"},
       {"Wennerholm", "PERSON"}});
  const std::string mayor = ChainOf(doc, "Mayor Tobias Wennerhalm");
  ASSERT_FALSE(mayor.empty());
  EXPECT_EQ(ChainOf(doc, "Mr Wennerholm"), mayor);
  EXPECT_EQ(ChainOf(doc, "he"), mayor);
  const std::string minister = ChainOf(doc, "Minister Ines Okafor");
  EXPECT_NE(minister, mayor);
  EXPECT_EQ(ChainOf(doc, "Ms. Okafor"), minister);
  EXPECT_EQ(ChainOf(doc, "she"), minister);
  // "Wennerholm" alone (last sentence, and nested in "Mr Wennerholm", as the
  // helper marks every occurrence) is the mayor too.
  int wennerholm = 0;
  for (const Mention& m : doc.mentions) {
    if (m.span.Of(doc.text) == "Wennerholm") {
      EXPECT_EQ(m.chain, mayor);
      ++wennerholm;
    }
  }
  EXPECT_EQ(wennerholm, 2);
  const Chain* c = FindChain(doc, minister);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Ines Okafor");
  EXPECT_EQ(c->type, "PERSON");
  // Every mention is in the chain its id names, in text order.
  for (const Chain& chain : doc.chains) {
    for (std::size_t i = 0; i < chain.mentions.size(); ++i) {
      EXPECT_EQ(doc.mentions[chain.mentions[i]].chain, chain.id);
      if (i > 0) EXPECT_LT(chain.mentions[i - 1], chain.mentions[i]);
    }
  }
}

TEST(ChainResolverTest, InitialismsDefinedAndUsedEarly) {
  Document doc = Analysed(
      "CU wins seat. The Civic Union (CU) took the seat from the Harbour Workers Alliance on "
      "Sunday. The HWA said they would appeal.",
      {{"CU", "ORG"}, {"Civic Union", "ORG"}, {"Harbour Workers Alliance", "ORG"}, {"HWA", "ORG"}});
  const std::string union_chain = ChainOf(doc, "Civic Union");
  EXPECT_EQ(ChainOf(doc, "CU", 0), union_chain);
  EXPECT_EQ(ChainOf(doc, "CU", 1), union_chain);
  const std::string alliance = ChainOf(doc, "Harbour Workers Alliance");
  EXPECT_NE(alliance, union_chain);
  EXPECT_EQ(ChainOf(doc, "HWA"), alliance);
  EXPECT_EQ(ChainOf(doc, "they"), alliance);
  const Chain* c = FindChain(doc, union_chain);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Civic Union");
}

TEST(ChainResolverTest, StatedRenameJoinsTheOldName) {
  Document doc = Analysed(
      "The Civic Union, since renamed the Civic Alliance, won. The Harbour Board said nothing. "
      "The Civic Alliance thanked voters.",
      {{"Civic Union", "ORG"}, {"Civic Alliance", "ORG"}, {"Harbour Board", "ORG"}});
  const std::string old_name = ChainOf(doc, "Civic Union");
  EXPECT_EQ(ChainOf(doc, "Civic Alliance", 0), old_name);
  EXPECT_EQ(ChainOf(doc, "Civic Alliance", 1), old_name);
  EXPECT_NE(ChainOf(doc, "Harbour Board"), old_name);
}

TEST(ChainResolverTest, DescriptionsNeedARoleInTheText) {
  Document doc = Analysed(
      "The opposition leader, Marit Sandvoll, called for a vote. Its rival, Jon Ekdal, "
      "stayed silent. Later the opposition leader walked out, and the mayor said nothing.",
      {{"Marit Sandvoll", "PERSON"}, {"Jon Ekdal", "PERSON"}});
  const std::string leader = ChainOf(doc, "Marit Sandvoll");
  EXPECT_EQ(ChainOf(doc, "the opposition leader"), leader);
  EXPECT_NE(ChainOf(doc, "Jon Ekdal"), leader);
  // No one is called mayor in the text: "the mayor" stays out.
  EXPECT_EQ(ChainOf(doc, "the mayor"), "");
}

TEST(ChainResolverTest, SharedSurnameDifferentFirstNamesStayApart) {
  Document doc = Analysed(
      "Karin Lund runs the ferry. Her brother Erik Lund runs the bakery. Karin Lund said the "
      "ferry would run.",
      {{"Karin Lund", "PERSON"}, {"Erik Lund", "PERSON"}});
  EXPECT_NE(ChainOf(doc, "Karin Lund", 0), ChainOf(doc, "Erik Lund"));
  EXPECT_EQ(ChainOf(doc, "Karin Lund", 0), ChainOf(doc, "Karin Lund", 1));
}

TEST(ChainResolverTest, NoMentionsNoChains) {
  Document doc = Analysed("He said it was fine.", {});
  ResolveChains(doc);
  EXPECT_TRUE(doc.chains.empty());
  EXPECT_TRUE(doc.mentions.empty());
}

TEST(ChainResolverTest, EditDistance) {
  struct Case {
    const char* a;
    const char* b;
    int limit, want;
  };
  const Case cases[] = {{"wennerholm", "wennerhalm", 1, 1},
                        {"daniela", "daniella", 1, 1},
                        {"brandt", "brandt", 1, 0},
                        {"okafor", "okoye", 1, 2},
                        {"", "abc", 5, 3},
                        {"tomas", "thomas", 2, 1}};
  for (const Case& c : cases) EXPECT_EQ(EditDistance(c.a, c.b, c.limit), c.want) << c.a << c.b;
}

}  // namespace
}  // namespace crosscheck::resolve
