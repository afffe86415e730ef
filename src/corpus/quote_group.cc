#include "corpus/quote_group.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "corpus/claim_text.h"

namespace crosscheck::corpus {
namespace {

double OverlapOfShorter(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0.0;
  std::multiset<std::string> pool(b.begin(), b.end());
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  std::multiset<std::string> rest(longer.begin(), longer.end());
  std::size_t shared = 0;
  for (const auto& w : shorter) {
    auto it = rest.find(w);
    if (it != rest.end()) {
      ++shared;
      rest.erase(it);
    }
  }
  return static_cast<double>(shared) / static_cast<double>(shorter.size());
}

std::vector<std::string> Bigrams(const std::vector<std::string>& w) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i + 1 < w.size(); ++i) out.push_back(w[i] + " " + w[i + 1]);
  return out;
}

std::vector<std::string> ContentWords(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const auto& w : words) {
    if (!IsStopWord(w)) out.push_back(w);
  }
  return out;
}

bool Contains(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
  if (shorter.empty() || shorter.size() > longer.size()) return false;
  return std::search(longer.begin(), longer.end(), shorter.begin(), shorter.end()) != longer.end();
}

std::string NameKey(const std::string& name) {
  std::string key;
  for (const auto& w : ClaimWords(name, Span{0, static_cast<std::uint32_t>(name.size())}))
    key += (key.empty() ? "" : " ") + w.word;
  return key;
}

}  // namespace

int WordingMatch(const std::vector<std::string>& a, const std::vector<std::string>& b,
                 bool partial_a, bool partial_b, const QuoteGroupOptions& o) {
  if (a.empty() || b.empty()) return 0;
  if (a == b) return 1;
  const bool a_shorter = a.size() <= b.size();
  const auto& shorter = a_shorter ? a : b;
  const auto& longer = a_shorter ? b : a;
  const bool shorter_partial = a_shorter ? partial_a : partial_b;
  if ((shorter.size() >= o.min_partial_words || (shorter_partial && shorter.size() >= 2)) &&
      Contains(longer, shorter))
    return 2;
  if (shorter.size() >= o.min_reworded_words && OverlapOfShorter(a, b) >= o.word_overlap &&
      OverlapOfShorter(Bigrams(a), Bigrams(b)) >= o.bigram_overlap)
    return 3;
  return 0;
}

QuoteAlignment GroupQuotes(const std::vector<const DocumentFacts*>& story,
                           const QuoteGroupOptions& o) {
  QuoteAlignment out;
  // Speakers known by name only take the entity of the same name elsewhere.
  std::map<std::string, std::string> entity_of_name;
  for (const DocumentFacts* d : story) {
    for (const QuoteSummary& q : d->quotes) {
      if (q.speaker.rfind("name:", 0) != 0 && q.speaker.rfind("chain:", 0) != 0 &&
          !q.speaker_name.empty())
        entity_of_name.emplace(NameKey(q.speaker_name), q.speaker);
    }
  }
  // A speaker still keyed by its in-document chain (no ResolveEntities ran)
  // goes by its name: "chain:c3" of one document is not "chain:c3" of another.
  auto resolve = [&](const std::string& speaker, const std::string& name, std::size_t doc) {
    std::string key = speaker;
    if (key.rfind("chain:", 0) == 0) {
      key = NameSpeakerKey(name);
      if (key.empty()) return "doc:" + std::to_string(doc) + ":" + speaker;
    }
    if (key.rfind("name:", 0) != 0) return key;
    auto it = entity_of_name.find(key.substr(5));
    return it == entity_of_name.end() ? key : it->second;
  };

  // ---- quote groups ----
  struct QItem {
    std::size_t doc, quote;
    std::string speaker;
  };
  std::vector<QItem> quotes;
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> quote_index;
  for (std::size_t d = 0; d < story.size(); ++d) {
    for (std::size_t q = 0; q < story[d]->quotes.size(); ++q) {
      quote_index[{d, q}] = quotes.size();
      const QuoteSummary& summary = story[d]->quotes[q];
      quotes.push_back(QItem{d, q, resolve(summary.speaker, summary.speaker_name, d)});
    }
  }
  std::vector<std::size_t> parent(quotes.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  std::map<std::string, std::vector<std::size_t>> by_speaker;
  for (std::size_t i = 0; i < quotes.size(); ++i) by_speaker[quotes[i].speaker].push_back(i);
  for (const auto& [speaker, ids] : by_speaker) {
    for (std::size_t x = 0; x < ids.size(); ++x) {
      for (std::size_t y = x + 1; y < ids.size(); ++y) {
        const QItem& a = quotes[ids[x]];
        const QItem& b = quotes[ids[y]];
        if (a.doc == b.doc) continue;
        const QuoteSummary& qa = story[a.doc]->quotes[a.quote];
        const QuoteSummary& qb = story[b.doc]->quotes[b.quote];
        if (WordingMatch(qa.words, qb.words, qa.kind == "partial", qb.kind == "partial", o) == 0)
          continue;
        parent[find(ids[x])] = find(ids[y]);
      }
    }
  }
  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < quotes.size(); ++i) groups[find(i)].push_back(i);
  std::vector<std::pair<std::pair<std::size_t, std::uint32_t>, QuoteGroup>> made;
  for (auto& [root, members] : groups) {
    std::set<std::size_t> docs;
    for (std::size_t i : members) docs.insert(quotes[i].doc);
    if (docs.size() < 2) continue;
    std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
      return std::tie(quotes[a].doc, story[quotes[a].doc]->quotes[quotes[a].quote].span.start) <
             std::tie(quotes[b].doc, story[quotes[b].doc]->quotes[quotes[b].quote].span.start);
    });
    QuoteGroup g;
    g.speaker = quotes[members.front()].speaker;
    bool same = true;
    const std::vector<std::string>* first_words = nullptr;
    for (std::size_t i : members) {
      const DocumentFacts& d = *story[quotes[i].doc];
      const QuoteSummary& q = d.quotes[quotes[i].quote];
      // Left out: a quotation inside another of the group in the same document.
      bool inside = false;
      for (std::size_t j : members) {
        if (j == i || quotes[j].doc != quotes[i].doc) continue;
        const Span s = d.quotes[quotes[j].quote].span;
        if (s.start <= q.span.start && q.span.end <= s.end && (s != q.span || j < i)) {
          inside = true;
          break;
        }
      }
      if (inside) continue;
      if (g.speaker_name.empty() || g.speaker_name.size() < q.speaker_name.size())
        g.speaker_name = q.speaker_name;
      if (first_words == nullptr) {
        first_words = &q.words;
      } else if (q.words != *first_words) {
        same = false;
      }
      g.reports.push_back(QuoteReport{d.id, d.outlet, q.span, q.text, q.kind});
    }
    std::set<std::string> kept_docs;
    for (const auto& r : g.reports) kept_docs.insert(r.document);
    if (kept_docs.size() < 2) continue;
    g.match = same ? "same" : "near";
    const QItem& lead = quotes[members.front()];
    made.push_back({{lead.doc, story[lead.doc]->quotes[lead.quote].span.start}, std::move(g)});
  }
  std::sort(made.begin(), made.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [key, g] : made) {
    g.id = "q" + std::to_string(out.groups.size() + 1);
    out.groups.push_back(std::move(g));
  }
  if (!o.positions) return out;

  // ---- positions reported differently ----
  struct SItem {
    std::size_t doc;
    const Statement* st;
    std::string speaker;
    std::size_t quote_root;
  };
  std::vector<SItem> statements;
  std::unordered_map<std::string, std::set<std::size_t>> docs_of_key;
  for (std::size_t d = 0; d < story.size(); ++d) {
    for (const Statement& st : story[d]->statements) {
      statements.push_back(SItem{d, &st, resolve(st.speaker, st.speaker_name, d),
                                 find(quote_index.at({d, st.quote}))});
      for (const std::string& k : st.keys) docs_of_key[k].insert(d);
    }
  }
  const double n = static_cast<double>(story.size());
  auto idf = [&](const std::string& key) {
    return std::max(0.05,
                    std::log((n + 1.0) / (static_cast<double>(docs_of_key[key].size()) + 0.5)));
  };
  const double idf_max = std::log((n + 1.0) / 1.5);
  // A year names a deadline or a past event: as telling as a rare word.
  auto weight = [&](const std::string& key) {
    return key.size() == 5 && key[0] == 'Y' ? 1.0 : idf(key) / idf_max;
  };
  auto mass = [&](const Statement& s) {
    double m = 0.0;
    for (const auto& k : s.keys) m += weight(k);
    return m;
  };
  std::set<std::pair<std::size_t, std::size_t>> linked;  // passing pairs (smaller index first)
  std::vector<std::tuple<double, std::size_t, std::size_t>> edges;
  std::map<std::string, std::vector<std::size_t>> statements_of;
  for (std::size_t i = 0; i < statements.size(); ++i)
    statements_of[statements[i].speaker].push_back(i);
  for (const auto& [speaker, ids] : statements_of) {
    for (std::size_t x = 0; x < ids.size(); ++x) {
      for (std::size_t y = x + 1; y < ids.size(); ++y) {
        const SItem& a = statements[ids[x]];
        const SItem& b = statements[ids[y]];
        if (a.doc == b.doc || a.quote_root == b.quote_root) continue;
        if (OverlapOfShorter(ContentWords(a.st->words), ContentWords(b.st->words)) >= o.same_words)
          continue;
        std::vector<std::string> shared;
        std::set_intersection(a.st->keys.begin(), a.st->keys.end(), b.st->keys.begin(),
                              b.st->keys.end(), std::back_inserter(shared));
        // At least min_shared_keys words or years (entities do not count: the
        // minister is named in half of what her critics say), one a word.
        const auto words_or_years =
            std::count_if(shared.begin(), shared.end(),
                          [](const std::string& k) { return k.rfind("E:", 0) != 0; });
        if (static_cast<std::size_t>(words_or_years) < o.min_shared_keys) continue;
        const bool has_word = std::any_of(shared.begin(), shared.end(), [](const std::string& k) {
          return !(k.rfind("E:", 0) == 0 || (k.size() == 5 && k[0] == 'Y'));
        });
        if (!has_word) continue;
        double score = 0.0;
        for (const auto& k : shared) score += weight(k);
        const double lighter = std::min(mass(*a.st), mass(*b.st));
        if (lighter <= 0 || score / lighter < o.topic_share) continue;
        if (score < o.topic_bar) continue;
        edges.emplace_back(score, ids[x], ids[y]);
        linked.insert({ids[x], ids[y]});
      }
    }
  }
  std::sort(edges.begin(), edges.end(), [](const auto& a, const auto& b) {
    if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) > std::get<0>(b);
    return std::tie(std::get<1>(a), std::get<2>(a)) < std::tie(std::get<1>(b), std::get<2>(b));
  });
  std::vector<std::size_t> sp(statements.size());
  std::iota(sp.begin(), sp.end(), 0);
  std::vector<std::vector<std::size_t>> members_of(statements.size());
  for (std::size_t i = 0; i < statements.size(); ++i) members_of[i] = {i};
  auto sfind = [&](std::size_t i) {
    while (sp[i] != i) i = sp[i] = sp[sp[i]];
    return i;
  };
  // One statement as several outlets carry it (the same words inside one
  // quotation group) is one unit from the start, so that a copy's links count
  // for the original too.
  {
    std::map<std::pair<std::size_t, std::vector<std::string>>, std::size_t> first;
    for (std::size_t i = 0; i < statements.size(); ++i) {
      auto [it, fresh] = first.try_emplace({statements[i].quote_root, statements[i].st->words}, i);
      if (fresh) continue;
      const std::size_t r = sfind(it->second);
      members_of[r].insert(members_of[r].end(), members_of[i].begin(), members_of[i].end());
      members_of[i].clear();
      sp[i] = r;
    }
  }
  for (const auto& [score, a, b] : edges) {
    const std::size_t ra = sfind(a), rb = sfind(b);
    if (ra == rb) continue;
    // Complete linkage: every statement of one group passes with every one of the other.
    // Two statements of one document, or of one quotation as several outlets
    // carry it, count as linked: they are one report of the position.
    bool all = true;
    for (std::size_t x : members_of[ra]) {
      for (std::size_t y : members_of[rb]) {
        all = all && (statements[x].doc == statements[y].doc ||
                      statements[x].quote_root == statements[y].quote_root ||
                      linked.count({std::min(x, y), std::max(x, y)}) > 0);
      }
    }
    if (!all) continue;
    members_of[ra].insert(members_of[ra].end(), members_of[rb].begin(), members_of[rb].end());
    members_of[rb].clear();
    sp[rb] = ra;
  }
  std::map<std::size_t, std::vector<std::size_t>> claims;
  for (std::size_t i = 0; i < statements.size(); ++i) claims[sfind(i)].push_back(i);
  std::vector<std::pair<std::pair<std::size_t, std::uint32_t>, Claim>> positions;
  for (auto& [root, members] : claims) {
    // A position needs two renderings: not one statement as several outlets carry it.
    std::set<std::pair<std::size_t, std::vector<std::string>>> renderings;
    for (std::size_t i : members)
      renderings.insert({statements[i].quote_root, statements[i].st->words});
    if (renderings.size() < 2) continue;
    std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
      return std::tie(statements[a].doc, statements[a].st->span.start) <
             std::tie(statements[b].doc, statements[b].st->span.start);
    });
    Claim c;
    c.kind = "position";
    c.verdict = "differ";
    c.speaker = statements[members.front()].speaker;
    std::map<std::string, std::pair<int, std::string>> key_count;
    for (std::size_t i : members) {
      const SItem& s = statements[i];
      const DocumentFacts& d = *story[s.doc];
      if (c.speaker_name.size() < s.st->speaker_name.size()) c.speaker_name = s.st->speaker_name;
      for (std::size_t k = 0; k < s.st->keys.size(); ++k) {
        auto& [count, shown] = key_count[s.st->keys[k]];
        ++count;
        if (shown.empty()) shown = s.st->shown[k];
      }
      ClaimReport r;
      r.document = d.id;
      r.outlet = d.outlet;
      r.span = s.st->span;
      r.text = s.st->text;
      r.sentence = d.quotes[s.st->quote].span;
      c.reports.push_back(std::move(r));
    }
    std::vector<std::tuple<double, std::string>> ranked;
    for (const auto& [key, cs] : key_count) {
      if (cs.first < 2 || key.rfind("E:", 0) == 0) continue;
      ranked.emplace_back(-cs.first * idf(key), cs.second);
    }
    std::sort(ranked.begin(), ranked.end());
    for (std::size_t k = 0; k < ranked.size() && k < 4; ++k)
      c.about += (c.about.empty() ? "" : " ") + std::get<1>(ranked[k]);
    const SItem& lead = statements[members.front()];
    positions.push_back({{lead.doc, lead.st->span.start}, std::move(c)});
  }
  std::sort(positions.begin(), positions.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [key, c] : positions) {
    c.id = "p" + std::to_string(out.positions.size() + 1);
    out.positions.push_back(std::move(c));
  }
  return out;
}

}  // namespace crosscheck::corpus
