// Chains inside one article.
//
// News text names a person in full once ("Mayor Tobias Wennerholm") and then
// by surname with or without a title ("Mr Wennerholm", "Wennerholm"), by
// role ("the mayor") and by pronoun ("he"). Organisations get a full name,
// often an initialism in brackets, then the initialism alone. The resolver
// walks the document once, in text order, keeping the chains found so far:
//
// 1. A name mention is reduced to its key words: titles at its start are
//    dropped and remembered (they give a role and sometimes a gender), a
//    leading "the" and a trailing 's go. People then join a chain by
//    surname (a first name, when both have one, must agree), others by
//    identical key, by initialism or, for a one-word organisation name, by
//    the first word of a longer one ("Tidewall" -> "Tidewall Marine
//    Contractors") when only one chain fits. Failing that, a person's
//    surname one edit away from exactly one known surname joins it (the
//    misspelling rule; 6+ letters so that short names never collide).
// 2. Roles are collected around every person mention: title words, a role
//    word in the four words before the name ("Its leader, Mathis Örnberg")
//    or in an apposition after it ("Inés Montañez, the minister, ...").
// 3. Pronouns look back over the current and three previous sentences for a
//    person of compatible gender; in the nearest sentence that has one, the
//    first such mention wins (subjects come first in English news). An
//    unknown gender takes the pronoun's. "They" looks for organisations and
//    groups within two sentences, the most recent first.
// 4. "the" + up to two modifiers + a role word is a definite description; it
//    joins the most recent person with that role.
// 5. Initialisms met before their full name are merged into it at the end.
//
// The rules are deliberately conservative: a mention that fits no chain or
// several equally starts its own (names) or stays out (pronouns,
// descriptions), as a wrong link costs the quote speaker more than a missing
// one.
#include "resolve/chain_resolver.h"

#include <algorithm>
#include <map>
#include <set>

#include "crosscheck/text.h"

namespace crosscheck::resolve {
namespace {

std::string Lower(std::string_view s) { return AsciiLower(s); }

std::string StripDot(std::string s) {
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// Titles that may open a person's name; value: 1 male, 2 female, 0 either.
const std::map<std::string, int, std::less<>>& Titles() {
  static const std::map<std::string, int, std::less<>> titles = {
      {"mr", 1},         {"mrs", 2},        {"ms", 2},        {"miss", 2},      {"mx", 0},
      {"dr", 0},         {"prof", 0},       {"professor", 0}, {"sir", 1},       {"dame", 2},
      {"lord", 1},       {"lady", 2},       {"president", 0}, {"minister", 0},  {"mayor", 0},
      {"deputy", 0},     {"senator", 0},    {"governor", 0},  {"chief", 0},     {"judge", 0},
      {"justice", 0},    {"king", 1},       {"queen", 2},     {"prince", 1},    {"princess", 2},
      {"general", 0},    {"captain", 0},    {"rev", 0},       {"reverend", 0},  {"father", 1},
      {"sister", 2},     {"chancellor", 0}, {"premier", 0},   {"secretary", 0}, {"commissioner", 0},
      {"councillor", 0}, {"inspector", 0},  {"officer", 0},   {"prime", 0},     {"vice", 0},
  };
  return titles;
}

// Role words a definite description can name; value as for Titles().
const std::map<std::string, int, std::less<>>& Roles() {
  static const std::map<std::string, int, std::less<>> roles = {
      {"minister", 0},     {"mayor", 0},       {"president", 0},  {"leader", 0},
      {"spokesperson", 0}, {"spokeswoman", 2}, {"spokesman", 1},  {"chief", 0},
      {"executive", 0},    {"engineer", 0},    {"officer", 0},    {"governor", 0},
      {"senator", 0},      {"chairman", 1},    {"chairwoman", 2}, {"chair", 0},
      {"director", 0},     {"secretary", 0},   {"premier", 0},    {"chancellor", 0},
      {"councillor", 0},   {"judge", 0},       {"ambassador", 0}, {"commissioner", 0},
      {"manager", 0},      {"founder", 0},     {"coach", 0},      {"prosecutor", 0},
      {"king", 1},         {"queen", 2},       {"professor", 0},  {"economist", 0},
      {"researcher", 0},   {"scientist", 0},   {"spokesmen", 1},  {"lawmaker", 0},
  };
  return roles;
}

int PronounGender(std::string_view lower) {
  if (lower == "he" || lower == "him" || lower == "his" || lower == "himself") return 1;
  if (lower == "she" || lower == "her" || lower == "hers" || lower == "herself") return 2;
  if (lower == "they" || lower == "them" || lower == "their" || lower == "theirs" ||
      lower == "themselves")
    return 3;
  return 0;
}

struct ChainState {
  std::string type;
  std::vector<std::size_t> mentions;  // into the working mention list
  std::vector<std::string> names;     // key words joined, per name mention
  std::string first, last;            // people: lower-case first name and surname
  std::string initials;               // others: initials of capitalised key words
  std::string first_key_word;         // others: first key word, lower case
  int gender = 0;                     // 0 unknown, 1 male, 2 female
  bool strong = false;  // people: a two-word name or a title seen (pronouns only go to these)
  std::set<std::string> roles;
  std::size_t last_token = 0;  // first token of its latest mention
  bool alive = true;
};

struct Work {
  Mention mention;
  std::size_t chain = SIZE_MAX;
  std::size_t token = 0;  // first token
  std::size_t sentence = 0;
  std::vector<std::string> key;  // key words as written
  bool is_name = false;
};

class Resolver {
 public:
  explicit Resolver(Document& d) : d_(d) {}

  void Run() {
    // Token -> sentence.
    sentence_of_.assign(d_.tokens.size(), 0);
    for (std::size_t s = 0; s < d_.sentences.size(); ++s) {
      const Sentence& sent = d_.sentences[s];
      for (std::uint32_t t = sent.first_token; t < sent.first_token + sent.token_count; ++t)
        sentence_of_[t] = s;
    }
    // Name mentions, in order.
    std::vector<Work> names;
    for (const Mention& m : d_.mentions) {
      Work w;
      w.mention = m;
      w.token = TokenAt(m.span.start);
      w.sentence = w.token < sentence_of_.size() ? sentence_of_[w.token] : 0;
      w.is_name = true;
      names.push_back(std::move(w));
    }
    std::size_t next_name = 0;
    for (std::size_t t = 0; t < d_.tokens.size(); ++t) {
      while (next_name < names.size() && names[next_name].token <= t) {
        work_.push_back(std::move(names[next_name++]));
        ResolveName(work_.size() - 1);
      }
      if (InsideName(t)) continue;
      const std::string lower = Lower(d_.tokens[t].span.Of(d_.text));
      if (const int g = PronounGender(lower); g != 0) {
        ResolvePronoun(t, g);
      } else if (lower == "the") {
        ResolveDescription(t);
      }
    }
    while (next_name < names.size()) {
      work_.push_back(std::move(names[next_name++]));
      ResolveName(work_.size() - 1);
    }
    MergeLateInitialisms();
    Emit();
  }

 private:
  std::size_t TokenAt(std::uint32_t offset) const {
    const auto it =
        std::lower_bound(d_.tokens.begin(), d_.tokens.end(), offset,
                         [](const Token& t, std::uint32_t o) { return t.span.end <= o; });
    return static_cast<std::size_t>(it - d_.tokens.begin());
  }
  std::string_view Word(std::size_t t) const { return d_.tokens[t].span.Of(d_.text); }
  bool InsideName(std::size_t t) const {
    const Span s = d_.tokens[t].span;
    for (auto it = work_.rbegin(); it != work_.rend() && it != work_.rbegin() + 4; ++it) {
      if (it->is_name && it->mention.span.start <= s.start && s.end <= it->mention.span.end)
        return true;
    }
    return false;
  }
  std::size_t LastToken(const Span& span) const {
    std::size_t t = TokenAt(span.start);
    while (t + 1 < d_.tokens.size() && d_.tokens[t + 1].span.end <= span.end) ++t;
    return t;
  }

  void Join(std::size_t w, std::size_t c) {
    work_[w].chain = c;
    ChainState& chain = chains_[c];
    chain.mentions.push_back(w);
    chain.last_token = std::max(chain.last_token, work_[w].token);
  }
  std::size_t NewChain(std::size_t w) {
    chains_.push_back({});
    chains_.back().type = work_[w].mention.type;
    Join(w, chains_.size() - 1);
    return chains_.size() - 1;
  }

  void ResolveName(std::size_t w) {
    Work& work = work_[w];
    const bool person = work.mention.type == "PERSON";
    std::size_t first = work.token, last = LastToken(work.mention.span);
    // Key words: leading "the", titles (people) and a trailing 's dropped.
    int title_gender = 0;
    std::vector<std::string> titles;
    while (first < last) {
      const std::string lw = StripDot(Lower(Word(first)));
      const auto title = Titles().find(lw);
      if (lw == "the") {
        ++first;
      } else if (person && title != Titles().end()) {
        if (title->second != 0) title_gender = title->second;
        titles.push_back(lw);
        ++first;
      } else {
        break;
      }
    }
    if (last > first && (Word(last) == "'s" || Word(last) == "’s")) --last;
    // A title inside a person's name ends a prefix that is not part of it:
    // "Halvenport Mayor Tobias Wennerholm", "Infrastructure Minister Inés
    // Montañez" (only when capitalised words follow).
    if (person) {
      for (std::size_t t = last; t > first; --t) {
        const std::string lw = StripDot(Lower(Word(t - 1)));
        if (!Titles().count(lw)) continue;
        bool capitalised = true;
        for (std::size_t u = t; u <= last; ++u) {
          const std::string_view wu = Word(u);
          capitalised = capitalised && !wu.empty() && !(wu[0] >= 'a' && wu[0] <= 'z');
        }
        if (!capitalised) continue;
        titles.push_back(lw);
        if (const int g = Titles().find(lw)->second; g != 0) title_gender = g;
        first = t;
        break;
      }
    }
    for (std::size_t t = first; t <= last; ++t) work.key.emplace_back(Word(t));
    std::string key_lower;
    for (const auto& k : work.key) key_lower += (key_lower.empty() ? "" : " ") + Lower(k);
    std::size_t chain = SIZE_MAX;
    if (person) {
      chain = MatchPerson(work.key);
    } else {
      chain = MatchOther(w, key_lower);
    }
    if (chain == SIZE_MAX)
      chain = NewChain(w);
    else
      Join(w, chain);
    ChainState& c = chains_[chain];
    c.names.push_back(key_lower);
    if (person) {
      if (work.key.size() >= 2 && c.first.empty()) c.first = Lower(work.key.front());
      if (c.last.empty()) c.last = Lower(work.key.back());
      if (title_gender != 0 && c.gender == 0) c.gender = title_gender;
      if (work.key.size() >= 2 || !titles.empty()) c.strong = true;
      for (const auto& t : titles) {
        if (Roles().count(t)) c.roles.insert(t);
      }
      CollectRoles(work.token, LastToken(work.mention.span), c);
    } else if (c.initials.empty()) {
      for (const auto& k : work.key) {
        if (!k.empty() && k[0] >= 'A' && k[0] <= 'Z') c.initials += k[0];
      }
      if (!work.key.empty()) c.first_key_word = Lower(work.key.front());
    }
  }

  std::size_t MatchPerson(const std::vector<std::string>& key) {
    if (key.empty()) return SIZE_MAX;
    const std::string last = Lower(key.back());
    const std::string first = key.size() >= 2 ? Lower(key.front()) : "";
    std::size_t best = SIZE_MAX;
    for (std::size_t c = 0; c < chains_.size(); ++c) {
      const ChainState& ch = chains_[c];
      if (!ch.alive || ch.type != "PERSON" || ch.last != last) continue;
      if (!first.empty() && !ch.first.empty() && ch.first != first) continue;
      if (best == SIZE_MAX || ch.last_token > chains_[best].last_token) best = c;
    }
    if (best != SIZE_MAX || last.size() < 6) return best;
    // Misspelling: exactly one person one edit away, first names agreeing.
    std::size_t close = SIZE_MAX;
    int count = 0;
    for (std::size_t c = 0; c < chains_.size(); ++c) {
      const ChainState& ch = chains_[c];
      if (!ch.alive || ch.type != "PERSON" || ch.last.size() < 6) continue;
      if (!first.empty() && !ch.first.empty() && ch.first != first) continue;
      if (EditDistance(ch.last, last, 1) <= 1) close = c, ++count;
    }
    return count == 1 ? close : SIZE_MAX;
  }

  std::size_t MatchOther(std::size_t w, const std::string& key_lower) {
    const Work& work = work_[w];
    const std::string joined = [&] {
      std::string s;
      for (const auto& k : work.key) s += k;
      return s;
    }();
    // An initialism in brackets right after a name: "Civic Union (CU)".
    if (work.key.size() == 1 && IsInitialism(joined) && work.token >= 2 &&
        Word(work.token - 1) == "(") {
      const std::uint32_t before = d_.tokens[work.token - 2].span.end;
      for (auto it = work_.rbegin() + 1; it != work_.rend(); ++it) {
        // Not a dateline's agency ("HALVENPORT (VPA) -"): the name has 2+ words.
        if (it->is_name && it->mention.span.end == before && it->chain != SIZE_MAX &&
            it->mention.type != "PERSON" && it->key.size() >= 2)
          return it->chain;
      }
    }
    // A rename the text states: "the Civic Union, since renamed the Civic
    // Alliance", "Harbour Board (now called Port Halvenport)": the new name
    // joins the old one's chain (and so its entity across articles).
    if (const std::size_t renamed = RenamedFrom(work.token); renamed != SIZE_MAX) return renamed;
    std::size_t by_initials = SIZE_MAX, by_first_word = SIZE_MAX;
    int initials_count = 0, first_word_count = 0;
    std::string letters;
    for (const char c : joined) {
      if (c != '.') letters += c;
    }
    for (std::size_t c = 0; c < chains_.size(); ++c) {
      const ChainState& ch = chains_[c];
      if (!ch.alive || ch.type == "PERSON") continue;
      if (std::find(ch.names.begin(), ch.names.end(), key_lower) != ch.names.end()) return c;
      if (work.key.size() == 1 && IsInitialism(joined) && ch.initials.size() >= 2 &&
          ch.initials == letters) {
        by_initials = c, ++initials_count;
      }
      if (work.key.size() == 1 && ch.type == "ORG" && work.mention.type == "ORG" &&
          ch.first_key_word == key_lower && ch.initials.size() >= 2) {
        by_first_word = c, ++first_word_count;
      }
    }
    if (initials_count == 1) return by_initials;
    if (first_word_count == 1) return by_first_word;
    return SIZE_MAX;
  }

  // The chain of a non-person name that a rename phrase right before token
  // `t` points back to, or SIZE_MAX.
  std::size_t RenamedFrom(std::size_t t) const {
    std::size_t u = t;
    auto back = [&]() -> std::string {
      if (u == 0 || sentence_of_[u - 1] != sentence_of_[t]) return "";
      --u;
      return Lower(Word(u));
    };
    std::string w = back();
    if (w == "the") w = back();
    if (w == "called" || w == "named") {
      w = back();
      if (w != "now" && w != "renamed" && w != "later") return SIZE_MAX;
    } else if (w != "renamed") {
      return SIZE_MAX;
    }
    // Up to three more words back ("since", "later", "(", ",", "which was") to a name.
    for (int k = 0; k < 4 && u > 0; ++k) {
      const std::uint32_t end = d_.tokens[u - 1].span.end;
      for (auto it = work_.rbegin() + 1; it != work_.rend(); ++it) {
        if (it->is_name && it->mention.span.end == end && it->chain != SIZE_MAX &&
            it->mention.type != "PERSON")
          return it->chain;
      }
      if (back().empty()) break;
    }
    return SIZE_MAX;
  }

  void CollectRoles(std::size_t first, std::size_t last, ChainState& chain) {
    const std::size_t sentence = sentence_of_[first];
    // Up to four words before the name (a comma right before it allowed).
    std::size_t t = first;
    for (int k = 0; k < 5 && t > 0 && sentence_of_[t - 1] == sentence; ++k) {
      --t;
      const std::string lw = Lower(Word(t));
      if (lw == "," && k == 0) continue;
      if (d_.tokens[t].kind == TokenKind::kPunct) break;
      if (const auto r = Roles().find(lw); r != Roles().end()) {
        chain.roles.insert(lw);
        if (r->second != 0 && chain.gender == 0) chain.gender = r->second;
      }
    }
    // An apposition after it: ", [the] ... role ...,".
    if (last + 1 < d_.tokens.size() && Word(last + 1) == ",") {
      for (std::size_t u = last + 2; u < d_.tokens.size() && u < last + 9; ++u) {
        if (sentence_of_[u] != sentence || d_.tokens[u].kind == TokenKind::kPunct) break;
        const std::string lw = Lower(Word(u));
        // A clause ("who met the minister") is not an apposition.
        const std::string_view upos = UposName(d_.tokens[u].upos);
        if (upos == "VERB" || upos == "AUX" || lw == "who" || lw == "which" || lw == "that") break;
        if (const auto r = Roles().find(lw); r != Roles().end()) {
          chain.roles.insert(lw);
          if (r->second != 0 && chain.gender == 0) chain.gender = r->second;
        }
      }
    }
  }

  void AddResolved(std::size_t first, std::size_t last, std::size_t chain) {
    Work w;
    w.mention.span = {d_.tokens[first].span.start, d_.tokens[last].span.end};
    w.mention.type = chains_[chain].type;
    w.token = first;
    w.sentence = sentence_of_[first];
    work_.push_back(std::move(w));
    Join(work_.size() - 1, chain);
  }

  void ResolvePronoun(std::size_t t, int gender) {
    const std::size_t sentence = sentence_of_[t];
    if (gender == 3) {  // they: an organisation or group, most recent, two sentences
      std::size_t best = SIZE_MAX;
      for (auto it = work_.rbegin(); it != work_.rend(); ++it) {
        if (it->sentence + 2 < sentence) break;
        const ChainState& c = chains_[it->chain];
        if (it->chain != SIZE_MAX && (c.type == "ORG" || c.type == "GROUP")) {
          best = it->chain;
          break;
        }
      }
      if (best != SIZE_MAX) AddResolved(t, t, best);
      return;
    }
    for (std::size_t back = 0; back <= 3 && back <= sentence; ++back) {
      const std::size_t s = sentence - back;
      // The first compatible person mention of sentence s before the pronoun.
      for (const Work& w : work_) {
        if (w.sentence != s || w.token >= t || w.chain == SIZE_MAX) continue;
        const ChainState& c = chains_[w.chain];
        if (!c.alive || c.type != "PERSON" || !c.strong || (c.gender != 0 && c.gender != gender))
          continue;
        ChainState& chosen = chains_[w.chain];
        if (chosen.gender == 0) chosen.gender = gender;
        AddResolved(t, t, w.chain);
        return;
      }
    }
  }

  void ResolveDescription(std::size_t t) {
    // "the" + up to two modifiers + a role word, in the same sentence.
    const std::size_t sentence = sentence_of_[t];
    for (std::size_t u = t + 1; u < d_.tokens.size() && u <= t + 3; ++u) {
      if (sentence_of_[u] != sentence || d_.tokens[u].kind != TokenKind::kWord) return;
      const std::string lw = Lower(Word(u));
      if (!Roles().count(lw)) continue;
      // Not "the minister's office" as a person? It still names the minister.
      std::size_t best = SIZE_MAX;
      for (std::size_t c = 0; c < chains_.size(); ++c) {
        const ChainState& ch = chains_[c];
        if (!ch.alive || ch.type != "PERSON" || !ch.roles.count(lw)) continue;
        if (best == SIZE_MAX || ch.last_token > chains_[best].last_token) best = c;
      }
      if (best != SIZE_MAX) AddResolved(t, u, best);
      return;
    }
  }

  void MergeLateInitialisms() {
    for (std::size_t a = 0; a < chains_.size(); ++a) {
      ChainState& acronym = chains_[a];
      if (!acronym.alive || acronym.type == "PERSON" || acronym.names.size() != 1) continue;
      std::string letters;
      for (const char c : acronym.names.front()) {
        if (c != '.') letters += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      }
      const std::string& written = work_[acronym.mentions.front()].key.empty()
                                       ? letters
                                       : work_[acronym.mentions.front()].key.front();
      if (!IsInitialism(written)) continue;
      std::size_t target = SIZE_MAX;
      int count = 0;
      for (std::size_t c = 0; c < chains_.size(); ++c) {
        if (c == a || !chains_[c].alive || chains_[c].type == "PERSON") continue;
        if (chains_[c].initials.size() >= 2 && chains_[c].initials == letters) target = c, ++count;
      }
      if (count != 1) continue;
      for (const std::size_t w : acronym.mentions) {
        work_[w].chain = target;
        chains_[target].mentions.push_back(w);
      }
      acronym.mentions.clear();
      acronym.alive = false;
    }
  }

  void Emit() {
    // Sort mentions by start (longer first), keep chain links.
    std::vector<std::size_t> order(work_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const Span x = work_[a].mention.span, y = work_[b].mention.span;
      return x.start != y.start ? x.start < y.start : x.end > y.end;
    });
    std::vector<std::size_t> chain_id(chains_.size(), SIZE_MAX);
    d_.mentions.clear();
    d_.chains.clear();
    for (const std::size_t w : order) {
      Work& work = work_[w];
      const std::size_t c = work.chain;
      if (chain_id[c] == SIZE_MAX) {
        chain_id[c] = d_.chains.size();
        Chain chain;
        chain.id = "c" + std::to_string(d_.chains.size() + 1);
        chain.type = chains_[c].type;
        chain.name = BestName(c);
        d_.chains.push_back(std::move(chain));
      }
      Chain& chain = d_.chains[chain_id[c]];
      work.mention.chain = chain.id;
      chain.mentions.push_back(static_cast<std::uint32_t>(d_.mentions.size()));
      d_.mentions.push_back(std::move(work.mention));
    }
  }

  std::string BestName(std::size_t c) {
    const ChainState& chain = chains_[c];
    std::map<std::string, int> spelling;  // written key -> count
    for (const std::size_t w : chain.mentions) {
      if (!work_[w].is_name) continue;
      std::string s;
      for (const auto& k : work_[w].key) s += (s.empty() ? "" : " ") + k;
      ++spelling[s];
    }
    std::string best;
    std::size_t best_words = 0;
    int best_count = 0;
    for (const std::size_t w : chain.mentions) {  // in order of resolution = text order
      if (!work_[w].is_name) continue;
      std::string s;
      for (const auto& k : work_[w].key) s += (s.empty() ? "" : " ") + k;
      const std::size_t words = work_[w].key.size();
      // An initialism loses to a spelled-out name.
      const bool initialism = words == 1 && IsInitialism(s);
      const std::size_t rank = initialism ? 0 : words;
      const int count = spelling[s];
      if (best.empty() || rank > best_words || (rank == best_words && count > best_count)) {
        best = s;
        best_words = rank;
        best_count = count;
      }
    }
    return best;
  }

  Document& d_;
  std::vector<std::size_t> sentence_of_;
  std::vector<Work> work_;
  std::vector<ChainState> chains_;
};

class ChainStage : public DocumentStage {
 public:
  std::string_view name() const override { return "chains"; }
  Status Apply(Document& document, TextAnalyzer& text) override {
    ResolveChains(document);
    return Status::Ok();
  }
};

}  // namespace

int EditDistance(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<int> prev(m + 1), cur(m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[m], limit + 1);
}

bool IsInitialism(std::string_view s) {
  int letters = 0;
  for (const char c : s) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (c != '.') {
      return false;
    }
  }
  return letters >= 2 && letters <= 6;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsTitleWord(std::string_view lower) { return Titles().count(lower) > 0; }

std::vector<std::string> NameWords(std::string_view name, bool person) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < name.size()) {
    std::size_t end = name.find_first_of(" \n", pos);
    if (end == std::string_view::npos) end = name.size();
    if (end > pos) words.emplace_back(name.substr(pos, end - pos));
    pos = end + 1;
  }
  if (!words.empty() && (words.back() == "'s" || words.back() == "’s")) words.pop_back();
  for (const char* suffix : {"'s", "’s"}) {
    const std::string_view sv = suffix;
    if (!words.empty() && words.back().size() > sv.size() &&
        words.back().compare(words.back().size() - sv.size(), sv.size(), sv) == 0)
      words.back().resize(words.back().size() - sv.size());
  }
  std::size_t first = 0;
  while (first + 1 < words.size()) {
    const std::string lw = StripDot(Lower(words[first]));
    if (lw == "the" || (person && Titles().count(lw))) {
      ++first;
    } else {
      break;
    }
  }
  if (person) {
    for (std::size_t t = words.size() - 1; t > first; --t) {
      if (!Titles().count(StripDot(Lower(words[t - 1])))) continue;
      bool capitalised = true;
      for (std::size_t u = t; u < words.size(); ++u)
        capitalised = capitalised && !(words[u][0] >= 'a' && words[u][0] <= 'z');
      if (capitalised) first = t;
      break;
    }
  }
  return {words.begin() + static_cast<std::ptrdiff_t>(first), words.end()};
}

void ResolveChains(Document& document) {
  if (document.mentions.empty()) {
    document.chains.clear();
    return;
  }
  Resolver(document).Run();
}

std::unique_ptr<DocumentStage> MakeChainStage() { return std::make_unique<ChainStage>(); }

}  // namespace crosscheck::resolve
