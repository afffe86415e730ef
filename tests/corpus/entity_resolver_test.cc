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

// ---- the resolver against a slow reference -----------------------------------------

// The merging rules written the plain way: every pair compared, roots
// recomputed at every look-up, strings everywhere. The resolver's fast paths
// (interned strings, sorted hashes, deletion-key buckets, cached roots) must
// give the same partition.
class ReferenceResolver {
 public:
  void Add(const std::string& doc, const std::vector<ChainKey>& keys) {
    for (const ChainKey& k : keys) items_.push_back({doc, k}), parent_.push_back(parent_.size());
  }

  // (document, chain) -> the number of its set's root.
  std::map<std::pair<std::string, std::string>, std::size_t> Partition() {
    const std::size_t n = items_.size();
    auto kind = [&](std::size_t i) {
      const std::string& t = items_[i].key.type;
      return t == "PERSON" || t == "GROUP" ? t : std::string("ORG");
    };
    auto person = [&](std::size_t i) { return items_[i].key.type == "PERSON"; };
    auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' ') + 1; };
    auto initials = [](const std::string& name) {
      std::string out;
      const auto w = resolve::NameWords(name, false);
      for (const auto& x : w)
        if (!x.empty() && x[0] >= 'A' && x[0] <= 'Z') out += x[0];
      return w.size() >= 2 ? out : std::string();
    };
    // 1. Same names.
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j)
        for (const auto& a : items_[i].key.aliases)
          for (const auto& b : items_[j].key.aliases)
            if (kind(i) == kind(j) && resolve::AsciiLower(a) == resolve::AsciiLower(b) &&
                !(person(i) && words(a) < 2))
              Union(i, j);
    // 2. Initialisms, in item order, roots recomputed each time.
    for (std::size_t i = 0; i < n; ++i) {
      if (person(i)) continue;
      for (const auto& alias : items_[i].key.aliases) {
        if (!resolve::IsInitialism(alias)) continue;
        std::string letters;
        for (const char c : alias)
          if (c != '.') letters += c;
        std::set<std::size_t> roots;
        for (std::size_t j = 0; j < n; ++j) {
          if (person(j) || kind(j) != kind(i)) continue;
          for (const auto& b : items_[j].key.aliases) {
            const std::string in = initials(b);
            if (in.size() >= 2 && in == letters) roots.insert(Find(j));
          }
        }
        if (roots.size() == 1) Union(i, *roots.begin());
      }
    }
    // 3. People one edit apart, every pair.
    struct P {
      std::string first, last;
      std::size_t item;
    };
    std::vector<P> people;
    for (std::size_t i = 0; i < n; ++i) {
      if (!person(i)) continue;
      const auto w = resolve::NameWords(items_[i].key.name, true);
      if (w.size() >= 2)
        people.push_back({resolve::AsciiLower(w.front()), resolve::AsciiLower(w.back()), i});
    }
    for (const P& x : people)
      for (const P& y : people) {
        const bool last = x.first == y.first && x.last.size() >= 6 && y.last.size() >= 6 &&
                          resolve::EditDistance(x.last, y.last, 1) <= 1;
        const bool first = x.last == y.last && x.first.size() >= 5 && y.first.size() >= 5 &&
                           resolve::EditDistance(x.first, y.first, 1) <= 1;
        if (last || first) Union(x.item, y.item);
      }
    // Surnames alone, in item order, roots recomputed each time.
    for (std::size_t i = 0; i < n; ++i) {
      if (!person(i)) continue;
      const auto w = resolve::NameWords(items_[i].key.name, true);
      if (w.size() != 1) continue;
      const std::string last = resolve::AsciiLower(w.front());
      std::set<std::size_t> roots;
      for (const P& p : people)
        if (p.last == last) roots.insert(Find(p.item));
      if (roots.size() == 1) Union(i, *roots.begin());
      if (roots.empty())
        for (std::size_t j = 0; j < n; ++j) {
          bool named = false;
          for (const auto& b : items_[j].key.aliases)
            named |= kind(j) == "ORG" && resolve::AsciiLower(b) == last;
          if (named) {
            Union(i, j);
            break;
          }
        }
    }
    std::map<std::pair<std::string, std::string>, std::size_t> out;
    for (std::size_t i = 0; i < n; ++i) out[{items_[i].doc, items_[i].key.chain}] = Find(i);
    return out;
  }

 private:
  struct Item {
    std::string doc;
    ChainKey key;
  };
  std::size_t Find(std::size_t i) {
    while (parent_[i] != i) i = parent_[i];
    return i;
  }
  void Union(std::size_t a, std::size_t b) {
    a = Find(a), b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }
  std::vector<Item> items_;
  std::vector<std::size_t> parent_;
};

TEST(EntityResolverTest, SamePartitionAsTheSlowReference) {
  const std::vector<std::string> firsts = {"Anna",  "Anja",   "Erik",    "Erika",
                                           "Tomas", "Thomas", "Daniela", "Daniella"};
  const std::vector<std::string> lasts = {"Lindqvist", "Lindquist", "Brandt", "Brant",
                                          "Ferrer",    "Ferrero",   "Lund",   "Wennerholm"};
  const std::vector<std::string> orgs = {"Civic Union", "Green Estuary League", "Velmark",
                                         "Civic Unity", "Grey Eel Lodge",       "Lund"};
  const std::vector<std::string> initialisms = {"CU", "GEL", "G.E.L.", "VPP"};
  const std::vector<std::string> types = {"ORG", "PLACE", "GROUP", "EVENT"};
  for (std::uint32_t round = 0; round < 20; ++round) {
    SCOPED_TRACE(round);
    std::uint32_t seed = 1000 + round;
    auto pick = [&seed](std::size_t n) {
      seed = seed * 1664525u + 1013904223u;
      return static_cast<std::size_t>((seed >> 8) % n);
    };
    EntityResolver fast;
    ReferenceResolver slow;
    std::vector<std::pair<std::string, std::string>> all;
    for (int d = 0; d < 30; ++d) {
      const std::string doc = "d" + std::to_string(pick(40));  // some ids twice: one Add each
      std::vector<ChainKey> keys;
      const std::size_t chains = 1 + pick(5);
      for (std::size_t c = 0; c < chains; ++c) {
        ChainKey k;
        k.chain = "c" + std::to_string(c + 1);
        switch (pick(5)) {
          case 0:
          case 1: {
            const std::string full = firsts[pick(firsts.size())] + " " + lasts[pick(lasts.size())];
            k.type = "PERSON";
            k.name = pick(4) == 0 ? lasts[pick(lasts.size())] : full;
            k.aliases = {k.name};
            if (pick(2) == 0 && k.name != full) k.aliases.push_back(full);
            break;
          }
          case 2:
            k.type = types[pick(types.size())];
            k.name = orgs[pick(orgs.size())];
            k.aliases = {k.name};
            break;
          case 3:
            k.type = types[pick(types.size())];
            k.name = initialisms[pick(initialisms.size())];
            k.aliases = {k.name};
            if (pick(2) == 0) k.aliases.push_back(orgs[pick(orgs.size())]);
            break;
          default:
            k.type = "PERSON";
            k.name = orgs[pick(orgs.size())];  // a place taken for a person
            k.aliases = {k.name};
        }
        keys.push_back(k);
      }
      bool seen = false;
      for (const auto& [id, chain] : all) seen |= id == doc;
      if (seen) continue;
      for (const ChainKey& k : keys) all.emplace_back(doc, k.chain);
      fast.Add(doc, keys);
      slow.Add(doc, keys);
    }
    fast.Finish();
    const auto partition = slow.Partition();
    for (std::size_t i = 0; i < all.size(); ++i)
      for (std::size_t j = i + 1; j < all.size(); ++j) {
        const bool same_fast = fast.EntityOf(all[i].first, all[i].second) ==
                               fast.EntityOf(all[j].first, all[j].second);
        const bool same_slow = partition.at(all[i]) == partition.at(all[j]);
        EXPECT_EQ(same_fast, same_slow)
            << all[i].first << "/" << all[i].second << " " << all[j].first << "/" << all[j].second;
      }
  }
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
