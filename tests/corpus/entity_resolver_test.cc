// One entity across articles. Unit cases on hand-made chain keys (full names,
// a misspelt surname, a surname alone, two people sharing a surname,
// initialisms), then the demo corpus (examples/) through the real pipeline:
// every person, party and country the tagger finds is one entity across the
// articles that name it, and the 2022 office holders stay apart from the 2026
// ones.
#include "corpus/entity_resolver.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "crosscheck/pipeline.h"
#include "resolve/chain_resolver.h"

namespace crosscheck::corpus {
namespace {

ChainKey Key(const char* chain, const char* type, std::vector<std::string> aliases) {
  return {chain, type, aliases.front(), aliases};
}

TEST(EntityResolverTest, MergesNamesAcrossDocuments) {
  EntityResolver r;
  r.Add("d1", {Key("c1", "PERSON", {"Daniela Ferrer", "Ferrer"}),
               Key("c2", "ORG", {"Civic Union", "CU"}), Key("c3", "PERSON", {"Karin Lund"})});
  r.Add("d2", {Key("c1", "PERSON", {"Daniella Ferrer"}), Key("c2", "ORG", {"CU"}),
               Key("c3", "PERSON", {"Erik Lund"}), Key("c4", "PERSON", {"Lund"})});
  r.Add("d3", {Key("c1", "PERSON", {"Ferrer"}), Key("c2", "PLACE", {"Civic Union"}),
               Key("c3", "PERSON", {"Tomas Ferrer"}), Key("c4", "PLACE", {"Tarvik"})});
  r.Add("d4", {Key("c1", "PERSON", {"Tarvik"})});  // a place the tagger took for a person
  const auto entities = r.Finish();
  // Daniela/Daniella: one edit, same first name -> one; "Ferrer" alone in d3
  // has two candidates (Daniela, Tomas) and stays apart.
  EXPECT_EQ(r.EntityOf("d1", "c1"), r.EntityOf("d2", "c1"));
  EXPECT_NE(r.EntityOf("d3", "c1"), r.EntityOf("d1", "c1"));
  EXPECT_NE(r.EntityOf("d3", "c3"), r.EntityOf("d1", "c1"));
  // Civic Union / CU in three documents (ORG and PLACE count as one kind).
  EXPECT_EQ(r.EntityOf("d1", "c2"), r.EntityOf("d2", "c2"));
  EXPECT_EQ(r.EntityOf("d1", "c2"), r.EntityOf("d3", "c2"));
  EXPECT_EQ(r.EntityOf("d4", "c1"), r.EntityOf("d3", "c4"));
  // Karin Lund and Erik Lund share a surname: apart; "Lund" alone: ambiguous.
  EXPECT_NE(r.EntityOf("d1", "c3"), r.EntityOf("d2", "c3"));
  EXPECT_NE(r.EntityOf("d2", "c4"), r.EntityOf("d1", "c3"));
  EXPECT_NE(r.EntityOf("d2", "c4"), r.EntityOf("d2", "c3"));
  const std::string union_id = r.EntityOf("d1", "c2");
  const auto it = std::find_if(entities.begin(), entities.end(),
                               [&](const Entity& e) { return e.id == union_id; });
  ASSERT_NE(it, entities.end());
  EXPECT_EQ(it->name, "Civic Union");
  EXPECT_EQ(it->kind, "ORG");
  EXPECT_EQ(it->aliases, std::vector<std::string>{"CU"});
  EXPECT_EQ(it->documents, (std::vector<std::string>{"d1", "d2", "d3"}));
  EXPECT_EQ(entities.front().id, "e1");
}

// A resumed run stores documents in another order: same entities, same ids.
TEST(EntityResolverTest, IdsDoNotDependOnOrder) {
  const std::vector<std::pair<std::string, std::vector<ChainKey>>> docs = {
      {"d1", {Key("c1", "PERSON", {"Daniela Ferrer"}), Key("c2", "ORG", {"CU"})}},
      {"d2", {Key("c1", "ORG", {"Civic Union"}), Key("c2", "PERSON", {"Karin Lund"})}},
      {"d3", {Key("c1", "PERSON", {"Daniella Ferrer"}), Key("c2", "PLACE", {"Tarvik"})}},
  };
  EntityResolver forward, backward;
  for (const auto& [id, keys] : docs) forward.Add(id, keys);
  for (auto it = docs.rbegin(); it != docs.rend(); ++it) backward.Add(it->first, it->second);
  const auto a = forward.Finish();
  const auto b = backward.Finish();
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].id, b[i].id);
    EXPECT_EQ(a[i].name, b[i].name);
    EXPECT_EQ(a[i].aliases, b[i].aliases);
    EXPECT_EQ(a[i].documents, b[i].documents);
  }
  for (const auto& [id, keys] : docs) {
    for (const ChainKey& k : keys)
      EXPECT_EQ(forward.EntityOf(id, k.chain), backward.EntityOf(id, k.chain));
  }
}

TEST(EntityResolverTest, KeysFromStoredMentions) {
  // A document as the store gives it back: mentions with chain ids, no chains.
  Document d;
  d.id = "d1";
  d.text = "Mayor Odalys Brenfield spoke. She said Brenfield's plan stands.";
  auto span = [&](std::string_view s, std::size_t from = 0) {
    const auto pos = d.text.find(s, from);
    return Span{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + s.size())};
  };
  d.mentions = {{span("Mayor Odalys Brenfield"), "PERSON", "c1", ""},
                {span("She"), "PERSON", "c1", ""},
                {span("Brenfield's", 30), "PERSON", "c1", ""}};
  const auto keys = ChainKeysOf(d);
  ASSERT_EQ(keys.size(), 1u);
  EXPECT_EQ(keys[0].name, "Odalys Brenfield");
  EXPECT_EQ(keys[0].aliases, (std::vector<std::string>{"Odalys Brenfield", "Brenfield"}));
}

// ---- the demo corpus ---------------------------------------------------------------

std::vector<Document> AnalyseExamples() {
  std::vector<std::string> files;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(CROSSCHECK_SOURCE_DIR) + "/examples")) {
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<Document> docs;
  PipelineOptions options;
  options.ordered = true;
  options.extract.quotes = false;
  options.extract.time = false;
  PipelineCallbacks callbacks;
  callbacks.sink = [&](Outcome&& o) {
    if (auto* d = std::get_if<Document>(&o)) docs.push_back(std::move(*d));
    return true;
  };
  const Status st = RunPipeline(files, options, callbacks);
  EXPECT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(docs.size(), files.size());
  return docs;
}

TEST(EntityResolverTest, DemoCorpusOneEntityPerPersonPartyCountry) {
  std::vector<Document> docs = AnalyseExamples();
  EntityResolver r;
  for (const Document& d : docs) r.Add(d.id, ChainKeysOf(d));
  const auto entities = r.Finish();
  for (Document& d : docs) r.FillMentions(d);
  // Name (titles dropped) -> entity ids of every mention so written, and the
  // documents that have one.
  std::map<std::string, std::set<std::string>> ids;
  std::map<std::string, std::set<std::string>> docs_of;
  for (const Document& d : docs) {
    for (const Mention& m : d.mentions) {
      std::string name;
      for (const auto& w : resolve::NameWords(m.span.Of(d.text), m.type == "PERSON"))
        name += (name.empty() ? "" : " ") + w;
      ids[name].insert(m.entity);
      docs_of[name].insert(d.id);
    }
  }
  auto entity_of = [&](const std::vector<std::string>& variants) {
    std::set<std::string> all;
    for (const auto& v : variants) all.insert(ids[v].begin(), ids[v].end());
    return all;
  };
  struct Target {
    std::vector<std::string> variants;
    std::size_t min_documents;  // articles where the tagger must find it
  };
  const Target targets[] = {
      {{"Inés Montañez", "Montañez"}, 8},
      {{"Tobias Wennerholm", "Wennerholm", "Tobias Wennerhalm", "Wennerhalm"}, 8},
      {{"Mathis Örnberg", "Örnberg"}, 5},
      {{"Viktor Amsel", "Amsel"}, 3},
      {{"Rosa Quintel", "Quintel"}, 2},
      {{"Velmark Progress Party", "VPP"}, 2},
      {{"Green Estuary League", "GEL"}, 5},
      {{"Velmark"}, 4},
  };
  std::map<std::string, std::string> entity_by_first_variant;
  for (const Target& t : targets) {
    SCOPED_TRACE(t.variants.front());
    const auto found = entity_of(t.variants);
    EXPECT_EQ(found.size(), 1u);
    EXPECT_EQ(found.count(""), 0u);
    std::set<std::string> in;
    for (const auto& v : t.variants) in.insert(docs_of[v].begin(), docs_of[v].end());
    EXPECT_GE(in.size(), t.min_documents);
    if (!found.empty()) entity_by_first_variant[t.variants.front()] = *found.begin();
  }
  // The 2022 office holders are other people.
  for (const char* other : {"Arvid Kessel", "Hedda Lorne"}) {
    SCOPED_TRACE(other);
    const auto found = entity_of({other});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(*found.begin(), entity_by_first_variant["Inés Montañez"]);
    EXPECT_NE(*found.begin(), entity_by_first_variant["Tobias Wennerholm"]);
  }
  EXPECT_FALSE(entities.empty());
}

}  // namespace
}  // namespace crosscheck::corpus
