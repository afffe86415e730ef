// Feature templates of the learned attribution model.
//
// Every feature is FeatureHash(template, value[, value]) with string values
// hashed by StableHash, so a model file means the same on every platform.
// Template ids are fixed numbers: renumbering one changes what a trained model
// reads, so new templates take new numbers and old ones are never reused.
//
// Candidates are token ranges read off the dependency tree of the cue's
// sentence. A per-sentence children table makes each candidate cost the size
// of its subtree; a sentence holds only a few cues, so the work stays linear
// in practice.
#include "extract/quote_features.h"

#include <algorithm>
#include <array>

#include "crosscheck/text.h"
#include "extract/quote_cues.h"
#include "extract/quote_frames.h"
#include "text/perceptron.h"

namespace crosscheck {
namespace {

using text::FeatureHash;

// Tag and relation ids, looked up once (aggregate order = member order).
struct Ids {
  std::uint8_t nsubj, nsubj_pass, csubj, ccomp, xcomp, obj, iobj, obl, obl_agent, advcl, acl,
      acl_relcl, nmod, nmod_poss, parataxis, conj, punct, mark, case_, aux, advmod;
  std::uint8_t verb, aux_pos, propn, pron, noun, punct_pos;
};

const Ids& TagIds() {
  static const Ids ids{
      DeprelId("nsubj"),     DeprelId("nsubj:pass"), DeprelId("csubj"),     DeprelId("ccomp"),
      DeprelId("xcomp"),     DeprelId("obj"),        DeprelId("iobj"),      DeprelId("obl"),
      DeprelId("obl:agent"), DeprelId("advcl"),      DeprelId("acl"),       DeprelId("acl:relcl"),
      DeprelId("nmod"),      DeprelId("nmod:poss"),  DeprelId("parataxis"), DeprelId("conj"),
      DeprelId("punct"),     DeprelId("mark"),       DeprelId("case"),      DeprelId("aux"),
      DeprelId("advmod"),    UposId("VERB"),         UposId("AUX"),         UposId("PROPN"),
      UposId("PRON"),        UposId("NOUN"),         UposId("PUNCT")};
  return ids;
}

std::uint64_t Bucket(std::uint32_t n) {
  return n <= 3 ? n : n <= 5 ? 4 : n <= 10 ? 5 : n <= 20 ? 6 : n <= 40 ? 7 : 8;
}

bool IsPunct(const Document& d, std::uint32_t k) { return d.tokens[k].kind == TokenKind::kPunct; }

bool IsMark(std::string_view s) {
  return s == "\"" || s == "\xE2\x80\x9D" || s == "\xE2\x80\x9C" || s == "\xC2\xBB" ||
         s == "\xC2\xAB" || s == "'" || s == "\xE2\x80\x99" || s == "\xE2\x80\x98";
}

// Trims punctuation (but not quotation marks) at both edges; false when
// nothing is left.
bool Trim(const Document& d, std::uint32_t& lo, std::uint32_t& hi) {
  while (lo <= hi && IsPunct(d, lo) && !IsMark(d.tokens[lo].span.Of(d.text))) ++lo;
  while (hi > lo && IsPunct(d, hi) && !IsMark(d.tokens[hi].span.Of(d.text))) --hi;
  return lo <= hi && !(lo == hi && IsPunct(d, lo));
}

void Add(const Document& d, std::uint32_t lo, std::uint32_t hi, std::uint8_t kind,
         std::vector<Candidate>& out) {
  if (lo > hi || hi >= d.tokens.size()) return;
  if (!Trim(d, lo, hi)) return;
  for (const Candidate& c : out) {
    if (c.lo == lo && c.hi == hi) return;
  }
  out.push_back({lo, hi, kind});
}

// Token range of byte span `span` inside sentence `s`; false when it covers no token.
bool TokensOf(const Document& d, const Sentence& s, Span span, std::uint32_t& lo,
              std::uint32_t& hi) {
  bool any = false;
  for (std::uint32_t k = s.first_token; k < s.first_token + s.token_count; ++k) {
    const Span t = d.tokens[k].span;
    if (t.end <= span.start || t.start >= span.end) continue;
    if (!any) lo = k;
    hi = k;
    any = true;
  }
  return any;
}

// The word `k` rises to through xcomp/conj/advcl links (at most three), and
// that word's nsubj, or kNone.
constexpr std::uint32_t kNone = 0xFFFFFFFFu;

std::uint32_t ChildWith(const Document& d, const SentenceTree& ch, std::uint32_t t,
                        std::uint8_t rel) {
  for (std::uint32_t c : ch.Children(t)) {
    if (d.tokens[c].deprel == rel) return c;
  }
  return kNone;
}

}  // namespace

SentenceTree::SentenceTree(const Document& d, const Sentence& s)
    : first_(s.first_token), n_(s.token_count) {
  start_.assign(n_ + 1, 0);
  for (std::uint32_t k = 0; k < n_; ++k) {
    const std::int32_t h = d.tokens[first_ + k].head;
    if (In(h)) ++start_[h - first_ + 1];
  }
  for (std::uint32_t k = 0; k < n_; ++k) start_[k + 1] += start_[k];
  list_.resize(start_[n_]);
  std::vector<std::uint32_t> fill(start_.begin(), start_.end() - 1);
  for (std::uint32_t k = 0; k < n_; ++k) {
    const std::int32_t h = d.tokens[first_ + k].head;
    if (In(h)) list_[fill[h - first_]++] = first_ + k;
  }
  // Subtree ranges: every token widens the ranges of its ancestors (a chain
  // longer than the sentence means a cycle, which a parse never has).
  lo_.resize(n_);
  hi_.resize(n_);
  for (std::uint32_t k = 0; k < n_; ++k) lo_[k] = hi_[k] = first_ + k;
  for (std::uint32_t k = 0; k < n_; ++k) {
    std::int32_t a = d.tokens[first_ + k].head;
    for (std::uint32_t steps = 0; In(a) && steps < n_; ++steps) {
      lo_[a - first_] = std::min(lo_[a - first_], first_ + k);
      hi_[a - first_] = std::max(hi_[a - first_], first_ + k);
      a = d.tokens[a].head;
    }
  }
}

std::uint64_t StableHash(std::string_view s) {
  std::uint64_t h = 0xCBF29CE484222325ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001B3ULL;
  }
  return h;
}

void CueContext::Reset(const Document& d, std::span<const QuoteRegion> regions) {
  const std::size_t n = d.tokens.size();
  lower_text = LowerAscii(d.text);
  hash.resize(n);
  inside.assign(n, 0);
  mark_gap.assign(n, 0);
  for (std::size_t k = 0; k < n; ++k) hash[k] = StableHash(d.tokens[k].span.Of(lower_text));
  // Regions are sorted by start; walk tokens and regions together.
  std::size_t r = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t pos = d.tokens[k].span.start;
    while (r < regions.size() && regions[r].outer.end <= pos) ++r;
    for (std::size_t q = r; q < regions.size() && regions[q].outer.start <= pos; ++q) {
      if (pos < regions[q].outer.end) {
        inside[k] = 1;
        break;
      }
    }
  }
  for (const QuoteRegion& q : regions) {
    // token right after the closing mark, and right before the opening mark
    auto it = std::lower_bound(d.tokens.begin(), d.tokens.end(), q.outer.end,
                               [](const Token& t, std::uint32_t p) { return t.span.start < p; });
    for (std::size_t k = it - d.tokens.begin(), m = 0; k < n && m < 3; ++k, ++m) {
      mark_gap[k] |= 1;
    }
    auto jt = std::lower_bound(d.tokens.begin(), d.tokens.end(), q.outer.start,
                               [](const Token& t, std::uint32_t p) { return t.span.start < p; });
    std::size_t k = jt - d.tokens.begin();
    for (std::size_t m = 0; k > 0 && m < 3; ++m) mark_gap[--k] |= 2;
  }
}

void CueFeatures(const Document& d, const CueContext& cx, const Sentence& s, std::uint32_t k,
                 int prev, const SentenceTree* tree, std::vector<std::uint64_t>& out) {
  const Ids& ids = TagIds();
  const std::uint32_t first = s.first_token, end = s.first_token + s.token_count;
  const Token& t = d.tokens[k];
  const std::uint64_t w = cx.hash[k];
  const std::uint64_t p = static_cast<std::uint64_t>(prev);
  auto word = [&](std::int64_t j) -> std::uint64_t {
    return j < first ? 1 : j >= end ? 2 : cx.hash[static_cast<std::size_t>(j)];
  };
  auto upos = [&](std::int64_t j) -> std::uint64_t {
    return j < first ? 1001 : j >= end ? 1002 : d.tokens[static_cast<std::size_t>(j)].upos;
  };
  auto xpos = [&](std::int64_t j) -> std::uint64_t {
    return j < first ? 1001 : j >= end ? 1002 : d.tokens[static_cast<std::size_t>(j)].xpos;
  };
  const std::int64_t i = k;
  const std::string_view lw = cx.lower(d, k);
  const std::uint64_t suffix =
      StableHash(lw.size() > 3 ? std::string_view(lw).substr(lw.size() - 3) : std::string_view(lw));
  const auto strength = static_cast<std::uint64_t>(ReportingVerbStrength(lw));
  out.push_back(FeatureHash(1, p, 0));
  out.push_back(FeatureHash(2, w, 0));
  out.push_back(FeatureHash(3, w, t.upos));
  out.push_back(FeatureHash(4, t.xpos, p));
  out.push_back(FeatureHash(5, suffix, t.upos));
  out.push_back(FeatureHash(6, strength, t.xpos));
  out.push_back(FeatureHash(7, word(i - 1), 0));
  out.push_back(FeatureHash(8, word(i + 1), 0));
  out.push_back(FeatureHash(9, word(i - 1), w));
  out.push_back(FeatureHash(10, w, word(i + 1)));
  out.push_back(FeatureHash(11, upos(i - 1), t.upos));
  out.push_back(FeatureHash(12, t.upos, upos(i + 1)));
  out.push_back(FeatureHash(13, word(i - 2), 0));
  out.push_back(FeatureHash(14, word(i + 2), 0));
  out.push_back(FeatureHash(15, xpos(i - 1), xpos(i + 1)));
  out.push_back(FeatureHash(16, t.feats, t.upos));
  out.push_back(FeatureHash(17, Bucket(k - first), Bucket(end - 1 - k)));
  out.push_back(FeatureHash(18, cx.inside[k], cx.mark_gap[k]));
  out.push_back(FeatureHash(19, cx.mark_gap[k], strength));
  out.push_back(FeatureHash(20, p, w));
  out.push_back(FeatureHash(21, p, t.upos));
  out.push_back(FeatureHash(22, w, word(i + 1) ^ (word(i + 2) * 31)));
  if (tree == nullptr || !s.parsed) return;
  // Tree features.
  const std::int32_t h = t.head;
  const bool head_in = h >= static_cast<std::int32_t>(first) && h < static_cast<std::int32_t>(end);
  const Token* ht = head_in ? &d.tokens[static_cast<std::size_t>(h)] : nullptr;
  out.push_back(FeatureHash(40, t.deprel, 0));
  out.push_back(FeatureHash(41, t.deprel, w));
  out.push_back(FeatureHash(42, t.deprel, ht ? ht->upos : 1001));
  out.push_back(FeatureHash(43, ht ? ht->deprel : 1001, t.deprel));
  out.push_back(FeatureHash(44, ht ? cx.hash[static_cast<std::size_t>(h)] : 1, t.deprel));
  // Where the head lies relative to the word before (continuing a cue span).
  const std::uint64_t rel_prev = !head_in ? 0 : h == i - 1 ? 1 : h == i + 1 ? 2 : h < i ? 3 : 4;
  const bool prev_head = k > first && d.tokens[k - 1].head == static_cast<std::int32_t>(k);
  out.push_back(FeatureHash(45, rel_prev * 2 + (prev_head ? 1 : 0), p));
  out.push_back(FeatureHash(46, rel_prev * 2 + (prev_head ? 1 : 0), t.deprel * 4 + p));
  // Children relations (in a fixed, sorted order so the set is one feature too).
  std::array<std::uint8_t, 16> rels{};
  std::size_t nrels = 0;
  for (std::uint32_t c : tree->Children(k)) {
    const std::uint8_t r = d.tokens[c].deprel;
    if (r == ids.punct) continue;
    out.push_back(FeatureHash(47, r, 0));
    out.push_back(FeatureHash(48, r, w));
    out.push_back(FeatureHash(49, r, strength));
    if (r == ids.ccomp || r == ids.xcomp || r == ids.obj) {
      // the first word of that clause ("that", "to", a quotation mark)
      out.push_back(FeatureHash(50, r, cx.hash[tree->Range(c).first]));
    }
    if (nrels < rels.size()) rels[nrels++] = r;
  }
  std::sort(rels.begin(), rels.begin() + nrels);
  std::uint64_t set = 77;
  for (std::size_t j = 0; j < nrels; ++j) {
    if (j == 0 || rels[j] != rels[j - 1]) set = FeatureHash(set, rels[j]);
  }
  out.push_back(FeatureHash(51, set, 0));
  out.push_back(FeatureHash(52, set, t.upos));
}

std::uint32_t CueHead(const Document& d, std::uint32_t s, std::uint32_t lo, std::uint32_t hi) {
  const Ids& ids = TagIds();
  (void)s;
  std::uint32_t head = kNone;
  for (std::uint32_t k = lo; k <= hi; ++k) {
    const std::int32_t h = d.tokens[k].head;
    const bool outside = h < static_cast<std::int32_t>(lo) || h > static_cast<std::int32_t>(hi);
    if (!outside || IsPunct(d, k)) continue;
    if (head == kNone) head = k;
    const std::uint8_t u = d.tokens[k].upos;
    if ((u == ids.verb) && d.tokens[head].upos != ids.verb) head = k;
  }
  return head == kNone ? lo : head;
}

bool RuleFrameFor(const Document& d, const CueContext& cx, std::uint32_t s, std::uint32_t head,
                  CueFrame& out) {
  const std::string_view lower = cx.lower(d, head);
  CueStrength strength = ReportingVerbStrength(lower);
  if (strength == CueStrength::kNone && lower == "according") strength = CueStrength::kSpeech;
  return strength != CueStrength::kNone && RuleFrameAt(d, s, head, strength, out);
}

void ContentCandidates(const Document& d, const SentenceTree& ch, std::uint32_t s,
                       std::uint32_t cue_lo, std::uint32_t cue_hi, std::uint32_t head,
                       const CueFrame* rule, std::vector<Candidate>& out) {
  out.clear();
  const Sentence& sent = d.sentences[s];
  if (!sent.parsed) return;
  const Ids& ids = TagIds();
  const std::uint32_t first = ch.first(), end = ch.end();
  // The rule frame's content.
  std::uint32_t lo = 0, hi = 0;
  if (rule != nullptr && rule->has_content && TokensOf(d, sent, rule->content, lo, hi)) {
    Add(d, lo, hi, kContentRule, out);
  }
  // Subtrees of the cue words' children.
  for (std::uint32_t k = cue_lo; k <= cue_hi; ++k) {
    for (std::uint32_t c : ch.Children(k)) {
      if (c >= cue_lo && c <= cue_hi) continue;
      const std::uint8_t r = d.tokens[c].deprel;
      std::uint8_t kind = 0;
      if (r == ids.ccomp)
        kind = kContentCcomp;
      else if (r == ids.xcomp)
        kind = kContentXcomp;
      else if (r == ids.obj || r == ids.iobj)
        kind = kContentObj;
      else if (r == ids.obl)
        kind = kContentObl;
      else if (r == ids.advcl)
        kind = kContentAdvcl;
      else if (r == ids.acl || r == ids.acl_relcl || r == ids.nmod)
        kind = kContentAcl;
      else if (r == ids.csubj || r == ids.nsubj_pass)
        kind = kContentSubject;
      if (kind == 0) continue;
      auto [a, b] = ch.Range(c);
      if (a <= cue_hi && b >= cue_lo) {  // a subtree around the cue: the side after it
        a = cue_hi + 1;
      }
      if (kind == kContentObl && a < b && d.tokens[a].deprel == ids.case_) ++a;
      Add(d, a, b, kind, out);
    }
  }
  // Everything right of the cue in the head's subtree, but its subject.
  {
    auto [a, b] = ch.Range(head);
    std::uint32_t start = cue_hi + 1;
    for (std::uint32_t c : ch.Children(head)) {
      if (c > cue_hi && (d.tokens[c].deprel == ids.nsubj || d.tokens[c].deprel == ids.iobj)) {
        auto [sa, sb] = ch.Range(c);
        if (sa <= start + 1) start = std::max(start, sb + 1);
      }
    }
    if (b >= start) Add(d, start, b, kContentRightSubtree, out);
    (void)a;
  }
  // The clause the cue hangs from ("The wall held, he said"; "…, according to X").
  const std::int32_t h = d.tokens[head].head;
  if (h >= static_cast<std::int32_t>(first) && h < static_cast<std::int32_t>(end)) {
    auto [hlo, hhi] = ch.Range(static_cast<std::uint32_t>(h));
    auto [vlo, vhi] = ch.Range(head);
    vlo = std::min(vlo, cue_lo);
    vhi = std::max(vhi, cue_hi);
    if (vlo > hlo) Add(d, hlo, vlo - 1, kContentHeadBefore, out);
    if (vhi < hhi) Add(d, vhi + 1, hhi, kContentHeadAfter, out);
  }
  // The rest of the sentence on either side.
  if (cue_hi + 1 < end) Add(d, cue_hi + 1, end - 1, kContentRestAfter, out);
  if (cue_lo > first) Add(d, first, cue_lo - 1, kContentRestBefore, out);
  // "… said:" at the end of its sentence: the next sentence.
  std::uint32_t last = end;
  while (last > cue_hi + 1 && IsPunct(d, last - 1)) --last;
  if (last == cue_hi + 1 && s + 1 < d.sentences.size()) {
    const Sentence& next = d.sentences[s + 1];
    if (next.token_count > 0) {
      Add(d, next.first_token, next.first_token + next.token_count - 1, kContentNextSentence, out);
    }
  }
}

void SourceCandidates(const Document& d, const SentenceTree& ch, std::uint32_t cue_lo,
                      std::uint32_t cue_hi, std::uint32_t head, const CueFrame* rule,
                      std::vector<Candidate>& out) {
  out.clear();
  out.push_back({0, 0, kSourceNone});
  const Ids& ids = TagIds();
  const std::uint32_t first = ch.first();
  std::uint32_t lo = 0, hi = 0;
  if (rule != nullptr && rule->has_source &&
      TokensOf(d, d.sentences[rule->sentence], rule->source, lo, hi)) {
    Add(d, lo, hi, kSourceRule, out);
  }
  // nsubj of the cue, or up its xcomp/conj/advcl/acl chain.
  std::uint32_t up = head;
  for (int n = 0; n < 4; ++n) {
    std::uint32_t subj = ChildWith(d, ch, up, ids.nsubj);
    if (subj != kNone) {
      auto [a, b] = ch.Range(subj);
      Add(d, a, b, kSourceNsubj, out);
      break;
    }
    const Token& tu = d.tokens[up];
    if (tu.head < static_cast<std::int32_t>(first) ||
        !(tu.deprel == ids.xcomp || tu.deprel == ids.conj || tu.deprel == ids.advcl ||
          tu.deprel == ids.ccomp || tu.deprel == ids.acl)) {
      break;
    }
    up = static_cast<std::uint32_t>(tu.head);
  }
  for (std::uint32_t k = cue_lo; k <= cue_hi; ++k) {
    for (std::uint32_t c : ch.Children(k)) {
      if (c >= cue_lo && c <= cue_hi) continue;
      const std::uint8_t r = d.tokens[c].deprel;
      if (r == ids.obl_agent || r == ids.nmod_poss) {
        auto [a, b] = ch.Range(c);
        if (r == ids.obl_agent && a < b && d.tokens[a].deprel == ids.case_) ++a;
        Add(d, a, b, r == ids.obl_agent ? kSourceAgent : kSourcePoss, out);
      }
    }
  }
  // "according to X": the head of "according" (X) after the cue.
  const std::int32_t h = d.tokens[cue_lo].head;
  if (h > static_cast<std::int32_t>(cue_hi) && h < static_cast<std::int32_t>(ch.end())) {
    auto [a, b] = ch.Range(static_cast<std::uint32_t>(h));
    if (a <= cue_hi) a = cue_hi + 1;
    // A name the parser cut short ("the Fire and Rescue [Service]").
    while (b + 1 < ch.end() && d.tokens[b + 1].upos == ids.propn) ++b;
    Add(d, a, b, kSourceAccording, out);
  }
  // "Name: …" — the words before a colon cue.
  if (cue_lo == cue_hi && d.tokens[cue_lo].span.Of(d.text) == ":" && cue_lo > first) {
    Add(d, first, cue_lo - 1, kSourceBeforeColon, out);
  }
  // The nearest run of proper nouns before the cue.
  for (std::uint32_t k = cue_lo; k > first;) {
    --k;
    if (d.tokens[k].upos != ids.propn) continue;
    std::uint32_t a = k;
    while (a > first && d.tokens[a - 1].upos == ids.propn) --a;
    Add(d, a, k, kSourceNearestName, out);
    break;
  }
}

void CandidateFeatures(const Document& d, const CueContext& cx, std::uint32_t s,
                       std::uint32_t cue_lo, std::uint32_t cue_hi, std::uint32_t head,
                       const Candidate& c, bool source, std::vector<std::uint64_t>& out) {
  const Ids& ids = TagIds();
  const std::uint64_t base = source ? 200 : 100;
  const std::uint64_t kind = c.kind;
  const Token& ht = d.tokens[head];
  const std::uint64_t w = cx.hash[head];
  const std::uint64_t cue_len = Bucket(cue_hi - cue_lo + 1);
  const auto strength = static_cast<std::uint64_t>(ReportingVerbStrength(cx.lower(d, head)));
  out.push_back(FeatureHash(base + 1, kind, 0));
  out.push_back(FeatureHash(base + 2, kind, w));
  out.push_back(FeatureHash(base + 3, kind, ht.upos));
  out.push_back(FeatureHash(base + 4, kind, ht.deprel));
  out.push_back(FeatureHash(base + 5, kind, strength));
  out.push_back(FeatureHash(base + 6, kind, cue_len));
  out.push_back(FeatureHash(base + 7, kind, ht.xpos));
  if (source && c.kind == kSourceNone) {
    out.push_back(FeatureHash(base + 8, w, ht.deprel));
    return;
  }
  const std::uint32_t len = c.hi - c.lo + 1;
  const std::uint64_t side = c.hi < cue_lo ? 0 : c.lo > cue_hi ? 1 : 2;
  const std::uint64_t gap = side == 0   ? Bucket(cue_lo - c.hi - 1)
                            : side == 1 ? Bucket(c.lo - cue_hi - 1)
                                        : 9;
  const Token& first = d.tokens[c.lo];
  bool verb = false, mark = false;
  std::uint32_t names = 0, pron = 0;
  for (std::uint32_t k = c.lo; k <= c.hi; ++k) {
    const Token& t = d.tokens[k];
    verb = verb || t.upos == ids.verb || t.upos == ids.aux_pos;
    mark = mark || IsMark(t.span.Of(d.text));
    names += t.upos == ids.propn;
    pron += t.upos == ids.pron;
  }
  // How many other candidates' kinds agree on this span is not known here; the
  // span's own shape is.
  out.push_back(FeatureHash(base + 9, kind, Bucket(len)));
  out.push_back(FeatureHash(base + 10, kind, side * 16 + gap));
  out.push_back(FeatureHash(base + 11, kind, cx.hash[c.lo]));
  out.push_back(FeatureHash(base + 12, kind, first.upos));
  out.push_back(FeatureHash(base + 13, kind, (verb ? 1 : 0) + (mark ? 2 : 0)));
  out.push_back(FeatureHash(base + 14, kind, Bucket(names) * 16 + Bucket(pron)));
  out.push_back(FeatureHash(base + 15, kind * 64 + ht.deprel, w));
  out.push_back(FeatureHash(base + 16, side, w));
  out.push_back(FeatureHash(base + 17, kind, cx.hash[c.hi]));
  out.push_back(FeatureHash(base + 18, kind * 3 + side, Bucket(len)));
  // The word right before the span ("that", "to", a comma).
  out.push_back(FeatureHash(base + 19, kind, c.lo > 0 ? cx.hash[c.lo - 1] : 1));
  out.push_back(FeatureHash(base + 20, kind, len == d.sentences[s].token_count ? 1 : 0));
}

}  // namespace crosscheck
