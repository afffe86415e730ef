#include "corpus/entity_resolver.h"

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "common/hash.h"
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
  const std::uint32_t document = strings_.Intern(document_id);
  for (const ChainKey& k : keys) {
    Item item;
    item.document = document;
    item.chain = strings_.Intern(k.chain);
    item.type = strings_.Intern(k.type);
    item.name = strings_.Intern(k.name);
    item.aliases_begin = static_cast<std::uint32_t>(alias_ids_.size());
    for (const std::string& alias : k.aliases) alias_ids_.push_back(strings_.Intern(alias));
    item.aliases_end = static_cast<std::uint32_t>(alias_ids_.size());
    parent_.push_back(static_cast<std::uint32_t>(items_.size()));
    items_.push_back(item);
  }
}

std::uint32_t EntityResolver::Find(std::uint32_t i) {
  while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
  return i;
}

// The root of a set is always its smallest item, so a set's root is the
// item through which it first appeared.
void EntityResolver::Union(std::uint32_t a, std::uint32_t b) {
  a = Find(a);
  b = Find(b);
  if (a != b) parent_[std::max(a, b)] = std::min(a, b);
}

namespace {

// Keys grouped without being stored: (64-bit hash of the key, item) pairs,
// sorted. Two different keys share a hash with odds of about n^2 / 2^65
// (1e-7 for a million keys), and the checks that matter (edit distance) run
// on the names themselves.
using HashedKeys = std::vector<std::pair<std::uint64_t, std::uint32_t>>;

std::span<const std::pair<std::uint64_t, std::uint32_t>> Lookup(const HashedKeys& keys,
                                                                std::uint64_t hash) {
  const auto lo = std::lower_bound(keys.begin(), keys.end(), std::make_pair(hash, 0u));
  auto hi = lo;
  while (hi != keys.end() && hi->first == hash) ++hi;
  return {lo, hi};
}

// Calls `group(first, last)` for each run of equal hashes in sorted `keys`.
template <typename GroupFn>
void ForEachGroup(const HashedKeys& keys, GroupFn group) {
  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i + 1;
    while (j < keys.size() && keys[j].first == keys[i].first) ++j;
    group(i, j);
    i = j;
  }
}

void SortKeys(HashedKeys& keys) {
  std::sort(keys.begin(), keys.end());
  keys.shrink_to_fit();
}

}  // namespace

std::vector<Entity> EntityResolver::Finish() {
  const auto n = static_cast<std::uint32_t>(items_.size());
  auto aliases_of = [this](const Item& item) {
    return std::span<const std::uint32_t>(alias_ids_.data() + item.aliases_begin,
                                          item.aliases_end - item.aliases_begin);
  };
  auto is_person = [this](const Item& item) { return strings_[item.type] == "PERSON"; };
  // 1. Same names (people: full names only; others: any name).
  HashedKeys by_name, by_initials;  // "KIND:lower name"; others' "KIND:initials"
  for (std::uint32_t i = 0; i < n; ++i) {
    const Item& item = items_[i];
    const bool person = is_person(item);
    const std::string kind = KindClass(strings_[item.type]);
    for (const std::uint32_t id : aliases_of(item)) {
      const std::string& alias = strings_[id];
      const std::size_t words = std::count(alias.begin(), alias.end(), ' ') + 1;
      if (person && words < 2) continue;
      by_name.emplace_back(Hash64(kind + ":" + resolve::AsciiLower(alias)), i);
      if (!person) {
        const std::string initials = Initials(alias);
        if (initials.size() >= 2) by_initials.emplace_back(Hash64(kind + ":" + initials), i);
      }
    }
  }
  SortKeys(by_name);
  SortKeys(by_initials);
  ForEachGroup(by_name, [&](std::size_t first, std::size_t last) {
    for (std::size_t k = first + 1; k < last; ++k) Union(by_name[k].second, by_name[first].second);
  });
  // The distinct roots of the items under one key, sorted. A popular key
  // ("UN", "Trump") holds tens of thousands of items and is asked about as
  // often, so each key's roots are kept: sets only ever merge, so the roots
  // now are the roots of the roots found last time, a list that only shrinks.
  using RootCache = std::unordered_map<std::uint64_t, std::vector<std::uint32_t>>;
  auto RootsOf = [this](RootCache& cache, const HashedKeys& keys,
                        std::uint64_t hash) -> const std::vector<std::uint32_t>& {
    auto [it, added] = cache.try_emplace(hash);
    std::vector<std::uint32_t>& roots = it->second;
    if (added)
      for (const auto& [h, item] : Lookup(keys, hash)) roots.push_back(item);
    for (std::uint32_t& r : roots) r = Find(r);
    std::sort(roots.begin(), roots.end());
    roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
    return roots;
  };
  // 2. Initialisms of exactly one multi-word name.
  RootCache initial_roots;
  for (std::uint32_t i = 0; i < n; ++i) {
    const Item& item = items_[i];
    if (is_person(item)) continue;
    for (const std::uint32_t id : aliases_of(item)) {
      const std::string& alias = strings_[id];
      if (!resolve::IsInitialism(alias)) continue;
      const std::vector<std::uint32_t>& roots =
          RootsOf(initial_roots, by_initials,
                  Hash64(KindClass(strings_[item.type]) + ":" + Letters(alias)));
      if (roots.size() == 1) Union(i, roots.front());
    }
  }
  by_initials = {};
  initial_roots = {};
  // 3. People: misspelt surnames with the same first name; surnames alone.
  struct Person {
    std::string first, last;
    std::uint32_t item;
  };
  std::vector<Person> people;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!is_person(items_[i])) continue;
    const auto words = resolve::NameWords(strings_[items_[i].name], true);
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
  std::vector<std::uint32_t> representatives;  // indexes in people
  {
    HashedKeys distinct;  // "first\tlast" -> index in people
    for (std::uint32_t a = 0; a < people.size(); ++a)
      distinct.emplace_back(Hash64(people[a].first + "\t" + people[a].last), a);
    SortKeys(distinct);
    ForEachGroup(distinct, [&](std::size_t first, std::size_t last) {
      const std::uint32_t rep = distinct[first].second;
      representatives.push_back(rep);
      for (std::size_t k = first + 1; k < last; ++k) {
        const std::uint32_t a = distinct[k].second;
        if (close(people[a], people[rep])) Union(people[a].item, people[rep].item);
      }
    });
  }
  {
    HashedKeys buckets;  // "L\tfirst\tdeleted last", "F\tlast\tdeleted first" -> index in people
    for (const std::uint32_t a : representatives) {
      const Person& x = people[a];
      for (const std::string& v : DeletionKeys(x.last))
        buckets.emplace_back(Hash64("L\t" + x.first + "\t" + v), a);
      for (const std::string& v : DeletionKeys(x.first))
        buckets.emplace_back(Hash64("F\t" + x.last + "\t" + v), a);
    }
    SortKeys(buckets);
    ForEachGroup(buckets, [&](std::size_t first, std::size_t last) {
      for (std::size_t i = first; i < last; ++i)
        for (std::size_t j = i + 1; j < last; ++j) {
          const Person& x = people[buckets[i].second];
          const Person& y = people[buckets[j].second];
          if (close(x, y)) Union(x.item, y.item);
        }
    });
  }
  HashedKeys by_last;  // lower surname -> item
  for (const Person& p : people) by_last.emplace_back(Hash64(p.last), p.item);
  SortKeys(by_last);
  people = {};
  RootCache surname_roots;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!is_person(items_[i])) continue;
    const auto words = resolve::NameWords(strings_[items_[i].name], true);
    if (words.size() != 1) continue;
    const std::string last = resolve::AsciiLower(words.front());
    const std::vector<std::uint32_t>& roots = RootsOf(surname_roots, by_last, Hash64(last));
    if (roots.size() == 1) Union(i, roots.front());
    // No person has that surname, but a place or organisation has that name:
    // the tagger took a one-word name for a person ("Velmark").
    if (roots.empty()) {
      const auto matches = Lookup(by_name, Hash64("ORG:" + last));
      if (!matches.empty()) Union(i, matches.front().second);
    }
  }
  by_last = {};
  by_name = {};
  // 4. Number the entities in order of first appearance (a set's root is
  // its first item), then list each entity's items (a counting sort).
  std::vector<std::uint32_t> entity_of_item(n);
  std::vector<std::uint32_t> start;  // entity -> first slot in `members`
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t root = Find(i);
    if (root == i) {
      entity_of_item[i] = static_cast<std::uint32_t>(start.size());
      start.push_back(0);
    } else {
      entity_of_item[i] = entity_of_item[root];
    }
    ++start[entity_of_item[i]];
  }
  parent_ = {};
  const std::size_t count = start.size();
  std::uint32_t sum = 0;
  for (std::uint32_t& s : start) sum += std::exchange(s, sum);
  start.push_back(sum);
  std::vector<std::uint32_t> members(n), fill(start.begin(), start.end() - 1);
  for (std::uint32_t i = 0; i < n; ++i) members[fill[entity_of_item[i]]++] = i;
  fill = {};
  entity_of_item = {};
  std::vector<Entity> entities;
  entities.reserve(count);
  for (std::size_t e = 0; e < count; ++e) {
    Entity entity;
    std::vector<std::string> names, types;
    std::vector<std::uint32_t> aliases, documents;
    for (std::uint32_t m = start[e]; m < start[e + 1]; ++m) {
      const Item& item = items_[members[m]];
      names.push_back(strings_[item.name]);
      types.push_back(strings_[item.type]);
      for (const std::uint32_t a : aliases_of(item)) aliases.push_back(a);
      documents.push_back(item.document);
    }
    std::sort(documents.begin(), documents.end());
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    for (const std::uint32_t d : documents) entity.documents.push_back(strings_[d]);
    std::sort(entity.documents.begin(), entity.documents.end());
    // Prefer spelled-out names over initialisms for the entity's name.
    std::vector<std::string> spelled;
    for (const auto& name : names) {
      if (!resolve::IsInitialism(name)) spelled.push_back(name);
    }
    entity.name = MostFrequent(spelled.empty() ? names : spelled);
    entity.kind = MostFrequent(types);
    std::sort(aliases.begin(), aliases.end());
    aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
    for (const std::uint32_t a : aliases)
      if (strings_[a] != entity.name) entity.aliases.push_back(strings_[a]);
    std::sort(entity.aliases.begin(), entity.aliases.end());
    entities.push_back(std::move(entity));
  }
  // Ids that do not depend on the order documents were added in (a resumed
  // run stores them in another order): sorted by kind, name, documents.
  std::vector<std::uint32_t> order(count);
  for (std::uint32_t i = 0; i < count; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const Entity& x = entities[a];
    const Entity& y = entities[b];
    return std::tie(x.kind, x.name, x.documents) < std::tie(y.kind, y.name, y.documents);
  });
  std::vector<Entity> sorted;
  sorted.reserve(count);
  content_key_.clear();
  entity_of_.clear();
  entity_of_.reserve(n);
  for (const std::uint32_t k : order) {
    const auto index = static_cast<std::uint32_t>(sorted.size());
    sorted.push_back(std::move(entities[k]));
    sorted.back().id = "e" + std::to_string(index + 1);
    content_key_.push_back(ContentKey(sorted.back()));
    for (std::uint32_t m = start[k]; m < start[k + 1]; ++m) {
      const Item& item = items_[members[m]];
      entity_of_.emplace_back((std::uint64_t{item.document} << 32) | item.chain, index);
    }
  }
  // One entity per (document, chain); were a document added twice, the
  // smallest entity index stands.
  std::sort(entity_of_.begin(), entity_of_.end());
  entity_of_.erase(std::unique(entity_of_.begin(), entity_of_.end(),
                               [](const auto& a, const auto& b) { return a.first == b.first; }),
                   entity_of_.end());
  entity_of_.shrink_to_fit();
  items_ = {};
  alias_ids_ = {};
  return sorted;
}

std::int64_t EntityResolver::IndexOf(std::string_view document_id, std::string_view chain) const {
  const std::uint32_t document = strings_.Find(document_id);
  const std::uint32_t c = strings_.Find(chain);
  if (document == StringPool::kNone || c == StringPool::kNone) return -1;
  const std::uint64_t key = (std::uint64_t{document} << 32) | c;
  const auto it = std::lower_bound(entity_of_.begin(), entity_of_.end(), key,
                                   [](const std::pair<std::uint64_t, std::uint32_t>& p,
                                      std::uint64_t k) { return p.first < k; });
  return it != entity_of_.end() && it->first == key ? static_cast<std::int64_t>(it->second) : -1;
}

std::string EntityResolver::KeyOf(const std::string& document_id, const std::string& chain) const {
  const std::int64_t index = IndexOf(document_id, chain);
  return index < 0 ? std::string() : content_key_[static_cast<std::size_t>(index)];
}

std::string EntityResolver::EntityOf(const std::string& document_id,
                                     const std::string& chain) const {
  const std::int64_t index = IndexOf(document_id, chain);
  return index < 0 ? std::string() : "e" + std::to_string(index + 1);
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
