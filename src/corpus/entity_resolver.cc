#include "corpus/entity_resolver.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

#include "corpus/corpus_summary.h"
#include "resolve/chain_resolver.h"

namespace crosscheck::corpus {
namespace {

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

bool IsPronounOrDescription(std::string_view text) {
  const std::size_t space = text.find(' ');
  const std::string first = resolve::AsciiLower(text.substr(0, space));
  static const std::set<std::string, std::less<>> words = {
      "he",   "him",  "his",   "himself", "she",        "her", "hers", "herself",
      "they", "them", "their", "theirs",  "themselves", "the", "it",   "its"};
  return words.count(first) > 0 &&
         (first != "the" || text.size() < 4 || !(text[4] >= 'A' && text[4] <= 'Z'));
}

std::string Letters(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c != '.') out += c;
  }
  return out;
}

std::string Initials(const std::string& name) {
  std::string out;
  int words = 0;
  for (const auto& w : resolve::NameWords(name, false)) {
    ++words;
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') out += w[0];
  }
  return words >= 2 ? out : "";
}

// Kind and name, the name lower-cased into words (corpus_summary.h).
std::string ContentKey(const Entity& e) {
  std::string storage, out = e.kind + "\t";
  const std::vector<std::string_view> words = NormalisedWords(e.name, storage);
  for (std::size_t i = 0; i < words.size(); ++i) out.append(i ? " " : "").append(words[i]);
  return out;
}

// ORG, PLACE, EVENT and OTHER are one kind for merging (the tagger mixes
// them up, an initialism most of all); PERSON and GROUP stand apart.
std::string KindClass(const std::string& type) {
  return type == "PERSON" || type == "GROUP" ? type : std::string("ORG");
}

template <typename T>
const T& MostFrequent(const std::vector<T>& values) {
  std::map<T, int> counts;
  for (const T& v : values) ++counts[v];
  const T* best = &values.front();
  for (const T& v : values) {
    // Ties: the longer, then the smaller string (independent of input order).
    const bool better = counts[v] != counts[*best]
                            ? counts[v] > counts[*best]
                            : (v.size() != best->size() ? v.size() > best->size() : v < *best);
    if (better) best = &v;
  }
  return *best;
}

}  // namespace

std::vector<ChainKey> ChainKeysOf(const Document& document) {
  std::map<std::string, std::vector<const Mention*>> by_chain;
  std::vector<std::string> order;
  for (const Mention& m : document.mentions) {
    if (m.chain.empty()) continue;
    auto [it, added] = by_chain.try_emplace(m.chain);
    if (added) order.push_back(m.chain);
    it->second.push_back(&m);
  }
  std::map<std::string, const Chain*> chains;
  for (const Chain& c : document.chains) chains[c.id] = &c;
  std::vector<ChainKey> keys;
  for (const std::string& id : order) {
    ChainKey key;
    key.chain = id;
    std::vector<std::string> types;
    for (const Mention* m : by_chain[id]) {
      const std::string_view text = m->span.Of(document.text);
      if (IsPronounOrDescription(text)) continue;
      types.push_back(m->type);
    }
    if (types.empty()) continue;
    key.type = MostFrequent(types);
    const bool person = key.type == "PERSON";
    std::set<std::string> seen;
    std::string longest;
    std::size_t longest_words = 0;
    for (const Mention* m : by_chain[id]) {
      const std::string_view text = m->span.Of(document.text);
      if (IsPronounOrDescription(text)) continue;
      const auto words = resolve::NameWords(text, person);
      if (words.empty()) continue;
      const std::string name = Join(words);
      if (seen.insert(name).second) key.aliases.push_back(name);
      const std::size_t rank = resolve::IsInitialism(name) ? 0 : words.size();
      if (longest.empty() || rank > longest_words) longest = name, longest_words = rank;
    }
    if (key.aliases.empty()) continue;
    const auto chain = chains.find(id);
    key.name =
        chain != chains.end() && !chain->second->name.empty() ? chain->second->name : longest;
    keys.push_back(std::move(key));
  }
  return keys;
}

namespace {

// The name and the name with one character (UTF-8 code point) left out: two
// names within one edit share at least one of these keys.
std::vector<std::string> DeletionKeys(const std::string& name) {
  std::vector<std::string> keys = {name};
  for (std::size_t i = 0; i < name.size();) {
    std::size_t next = i + 1;
    while (next < name.size() && (static_cast<unsigned char>(name[next]) & 0xC0) == 0x80) ++next;
    keys.push_back(name.substr(0, i) + name.substr(next));
    i = next;
  }
  return keys;
}

}  // namespace

void EntityResolver::Add(const std::string& document_id, std::vector<ChainKey> keys) {
  for (ChainKey& k : keys) {
    items_.push_back({document_id, std::move(k)});
    parent_.push_back(parent_.size());
  }
}

std::size_t EntityResolver::Find(std::size_t i) {
  while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
  return i;
}

void EntityResolver::Union(std::size_t a, std::size_t b) {
  a = Find(a);
  b = Find(b);
  if (a != b) parent_[std::max(a, b)] = std::min(a, b);
}

std::vector<Entity> EntityResolver::Finish() {
  // 1. Same names (people: full names only; others: any name).
  std::map<std::string, std::size_t> by_name;
  std::map<std::string, std::set<std::size_t>> by_initials;  // others: initials of long names
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const ChainKey& k = items_[i].key;
    const bool person = k.type == "PERSON";
    for (const std::string& alias : k.aliases) {
      const std::size_t words = std::count(alias.begin(), alias.end(), ' ') + 1;
      if (person && words < 2) continue;
      const std::string key = KindClass(k.type) + ":" + resolve::AsciiLower(alias);
      auto [it, added] = by_name.try_emplace(key, i);
      if (!added) Union(i, it->second);
      if (!person) {
        const std::string initials = Initials(alias);
        if (initials.size() >= 2) by_initials[KindClass(k.type) + ":" + initials].insert(i);
      }
    }
  }
  // 2. Initialisms of exactly one multi-word name.
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const ChainKey& k = items_[i].key;
    if (k.type == "PERSON") continue;
    for (const std::string& alias : k.aliases) {
      if (!resolve::IsInitialism(alias)) continue;
      const auto it = by_initials.find(KindClass(k.type) + ":" + Letters(alias));
      if (it == by_initials.end()) continue;
      std::set<std::size_t> roots;
      for (const std::size_t j : it->second) roots.insert(Find(j));
      if (roots.size() == 1) Union(i, *roots.begin());
    }
  }
  // 3. People: misspelt surnames with the same first name; surnames alone.
  struct Person {
    std::string first, last;
    std::size_t item;
  };
  std::vector<Person> people;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const ChainKey& k = items_[i].key;
    if (k.type != "PERSON") continue;
    const auto words = resolve::NameWords(k.name, true);
    if (words.size() >= 2)
      people.push_back({resolve::AsciiLower(words.front()), resolve::AsciiLower(words.back()), i});
  }
  // Pairs one edit apart, without comparing every pair (a corpus holds
  // millions of person chains): people with the same (first, last) are one
  // candidate; two names one edit apart share a deletion key (the name, or
  // the name with one character left out), so only the people in one
  // bucket of (other name, deletion key) are compared.
  auto close = [](const Person& x, const Person& y) {
    const bool last_close = x.first == y.first && x.last.size() >= 6 && y.last.size() >= 6 &&
                            resolve::EditDistance(x.last, y.last, 1) <= 1;
    const bool first_close = x.last == y.last && x.first.size() >= 5 && y.first.size() >= 5 &&
                             resolve::EditDistance(x.first, y.first, 1) <= 1;
    return last_close || first_close;
  };
  std::map<std::pair<std::string, std::string>, std::size_t> distinct;  // -> index in people
  std::vector<std::size_t> representatives;
  for (std::size_t a = 0; a < people.size(); ++a) {
    auto [it, added] = distinct.try_emplace({people[a].first, people[a].last}, a);
    if (added) {
      representatives.push_back(a);
    } else if (close(people[a], people[it->second])) {
      Union(people[a].item, people[it->second].item);
    }
  }
  std::unordered_map<std::string, std::vector<std::size_t>> buckets;
  for (const std::size_t a : representatives) {
    const Person& x = people[a];
    for (const std::string& v : DeletionKeys(x.last))
      buckets["L\t" + x.first + "\t" + v].push_back(a);
    for (const std::string& v : DeletionKeys(x.first))
      buckets["F\t" + x.last + "\t" + v].push_back(a);
  }
  for (const auto& [key, list] : buckets)
    for (std::size_t i = 0; i < list.size(); ++i)
      for (std::size_t j = i + 1; j < list.size(); ++j)
        if (close(people[list[i]], people[list[j]]))
          Union(people[list[i]].item, people[list[j]].item);
  std::unordered_map<std::string, std::vector<std::size_t>> by_last;
  for (const Person& p : people) by_last[p.last].push_back(p.item);
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const ChainKey& k = items_[i].key;
    if (k.type != "PERSON") continue;
    const auto words = resolve::NameWords(k.name, true);
    if (words.size() != 1) continue;
    const std::string last = resolve::AsciiLower(words.front());
    std::set<std::size_t> roots;
    if (const auto it = by_last.find(last); it != by_last.end())
      for (const std::size_t item : it->second) roots.insert(Find(item));
    if (roots.size() == 1) Union(i, *roots.begin());
    // No person has that surname, but a place or organisation has that name:
    // the tagger took a one-word name for a person ("Velmark").
    if (roots.empty()) {
      const auto it = by_name.find("ORG:" + last);
      if (it != by_name.end()) Union(i, it->second);
    }
  }
  // 4. Number the entities in order of first appearance.
  std::map<std::size_t, std::size_t> index_of_root;
  std::vector<std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    auto [it, added] = index_of_root.try_emplace(Find(i), members.size());
    if (added) members.emplace_back();
    members[it->second].push_back(i);
  }
  std::vector<Entity> entities;
  for (const auto& group : members) {
    Entity e;
    e.id = "e" + std::to_string(entities.size() + 1);
    std::vector<std::string> names, types;
    std::set<std::string> aliases, documents;
    for (const std::size_t i : group) {
      const Item& item = items_[i];
      names.push_back(item.key.name);
      types.push_back(item.key.type);
      for (const auto& a : item.key.aliases) aliases.insert(a);
      documents.insert(item.document);
    }
    e.documents.assign(documents.begin(), documents.end());
    // Prefer spelled-out names over initialisms for the entity's name.
    std::vector<std::string> spelled;
    for (const auto& n : names) {
      if (!resolve::IsInitialism(n)) spelled.push_back(n);
    }
    e.name = MostFrequent(spelled.empty() ? names : spelled);
    e.kind = MostFrequent(types);
    for (const auto& a : aliases) {
      if (a != e.name) e.aliases.push_back(a);
    }
    entities.push_back(std::move(e));
  }
  // Ids that do not depend on the order documents were added in (a resumed
  // run stores them in another order): sorted by kind, name, first document.
  std::vector<std::size_t> order(entities.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Entity& x = entities[a];
    const Entity& y = entities[b];
    return std::tie(x.kind, x.name, x.documents) < std::tie(y.kind, y.name, y.documents);
  });
  std::vector<Entity> sorted;
  for (const std::size_t k : order) {
    sorted.push_back(std::move(entities[k]));
    sorted.back().id = "e" + std::to_string(sorted.size());
    key_of_id_[sorted.back().id] = ContentKey(sorted.back());
    for (const std::size_t i : members[k]) {
      entity_of_[{items_[i].document, items_[i].key.chain}] = sorted.back().id;
    }
  }
  return sorted;
}

std::string EntityResolver::KeyOf(const std::string& document_id, const std::string& chain) const {
  const auto it = key_of_id_.find(EntityOf(document_id, chain));
  return it == key_of_id_.end() ? std::string() : it->second;
}

std::string EntityResolver::EntityOf(const std::string& document_id,
                                     const std::string& chain) const {
  const auto it = entity_of_.find({document_id, chain});
  return it == entity_of_.end() ? std::string() : it->second;
}

void EntityResolver::FillMentions(Document& document) const {
  for (Mention& m : document.mentions) {
    if (!m.chain.empty()) m.entity = EntityOf(document.id, m.chain);
  }
  for (Quote& q : document.quotes) {
    if (q.has_speaker && !q.speaker.chain.empty())
      q.speaker.entity = EntityOf(document.id, q.speaker.chain);
  }
}

}  // namespace crosscheck::corpus
