// Reading cue frames off dependency trees.
//
// Universal Dependencies attaches reported speech in two ways, and news uses
// both: "The mayor said [that the wall failed]" makes the content the ccomp of
// the cue; "The wall failed, the mayor said" is often parsed with the cue as
// parataxis (or as root with the clause as its ccomp). For a parataxis cue
// the content is its head's clause without the cue's own subtree: the side
// of the sentence away from the cue, punctuation trimmed. "according to X"
// hangs off X (case + fixed): X is the source, and the content is the rest of
// the sentence. Frames are computed per sentence with a children table, so a
// sentence costs time linear in its length.
#include "extract/quote_frames.h"

#include <algorithm>
#include <cctype>

#include "crosscheck/text.h"

namespace crosscheck {
namespace {

struct Ids {
  std::uint8_t nsubj, nsubj_pass, csubj, ccomp, parataxis, xcomp, advcl, conj, obj, iobj, obl,
      punct, fixed, case_, acl_relcl, appos, nmod;
  std::uint8_t vb, vbd, vbz, vbp, vbn, vbg, nnp, nnps;
  std::uint8_t verb, aux, propn, pron, noun, adj;
};

const Ids& TagIds() {
  static const Ids ids = [] {
    Ids i{};
    i.nsubj = DeprelId("nsubj");
    i.nsubj_pass = DeprelId("nsubj:pass");
    i.csubj = DeprelId("csubj");
    i.ccomp = DeprelId("ccomp");
    i.parataxis = DeprelId("parataxis");
    i.xcomp = DeprelId("xcomp");
    i.advcl = DeprelId("advcl");
    i.conj = DeprelId("conj");
    i.obj = DeprelId("obj");
    i.iobj = DeprelId("iobj");
    i.obl = DeprelId("obl");
    i.punct = DeprelId("punct");
    i.fixed = DeprelId("fixed");
    i.case_ = DeprelId("case");
    i.acl_relcl = DeprelId("acl:relcl");
    i.appos = DeprelId("appos");
    i.nmod = DeprelId("nmod");
    i.vb = XposId("VB");
    i.vbd = XposId("VBD");
    i.vbz = XposId("VBZ");
    i.vbp = XposId("VBP");
    i.vbn = XposId("VBN");
    i.vbg = XposId("VBG");
    i.nnp = XposId("NNP");
    i.nnps = XposId("NNPS");
    i.verb = UposId("VERB");
    i.aux = UposId("AUX");
    i.propn = UposId("PROPN");
    i.pron = UposId("PRON");
    i.noun = UposId("NOUN");
    i.adj = UposId("ADJ");
    return i;
  }();
  return ids;
}

bool IsVerbTag(const Token& t, const Ids& ids) {
  return t.upos == ids.verb || t.xpos == ids.vb || t.xpos == ids.vbd || t.xpos == ids.vbz ||
         t.xpos == ids.vbp || t.xpos == ids.vbn || t.xpos == ids.vbg;
}

bool Inside(std::span<const QuoteRegion> regions, std::uint32_t pos) {
  // regions sorted by outer.start; top-level regions do not overlap each other.
  auto it =
      std::upper_bound(regions.begin(), regions.end(), pos,
                       [](std::uint32_t p, const QuoteRegion& r) { return p < r.outer.start; });
  while (it != regions.begin()) {
    --it;
    if (it->outer.start <= pos && pos < it->outer.end) return true;
    if (it->depth == 0) break;
  }
  return false;
}

std::string_view TokenText(const Document& d, const Token& t) { return t.span.Of(d.text); }

bool IsAccordingTo(const Document& d, std::uint32_t k, std::uint32_t end) {
  return k + 1 < end && LowerAscii(TokenText(d, d.tokens[k])) == "according" &&
         LowerAscii(TokenText(d, d.tokens[k + 1])) == "to";
}

CueStrength CandidateStrength(const Document& d, std::uint32_t k, const Ids& ids) {
  const Token& t = d.tokens[k];
  if (t.kind != TokenKind::kWord || !IsVerbTag(t, ids)) return CueStrength::kNone;
  return ReportingVerbStrength(LowerAscii(TokenText(d, t)));
}

// Per-sentence tree helper.
class Tree {
 public:
  Tree(const Document& d, const Sentence& s) : d_(d), first_(s.first_token), n_(s.token_count) {
    children_.resize(n_);
    for (std::uint32_t k = 0; k < n_; ++k) {
      const std::int32_t h = d.tokens[first_ + k].head;
      if (h >= static_cast<std::int32_t>(first_) && h < static_cast<std::int32_t>(first_ + n_)) {
        children_[h - first_].push_back(first_ + k);
      }
    }
  }
  const std::vector<std::uint32_t>& Children(std::uint32_t tok) const {
    return children_[tok - first_];
  }
  std::uint32_t Child(std::uint32_t tok, std::uint8_t rel) const {
    for (std::uint32_t c : Children(tok)) {
      if (d_.tokens[c].deprel == rel) return c;
    }
    return kNone;
  }
  // Token range [lo, hi] of the subtree of `tok`, minus `skip`'s subtree when
  // it sits at one edge.
  std::pair<std::uint32_t, std::uint32_t> Range(std::uint32_t tok) const {
    std::uint32_t lo = tok, hi = tok;
    stack_.clear();
    stack_.push_back(tok);
    while (!stack_.empty()) {
      const std::uint32_t t = stack_.back();
      stack_.pop_back();
      lo = std::min(lo, t);
      hi = std::max(hi, t);
      for (std::uint32_t c : Children(t)) stack_.push_back(c);
    }
    return {lo, hi};
  }
  std::uint32_t first() const { return first_; }
  std::uint32_t end() const { return first_ + n_; }
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

 private:
  const Document& d_;
  std::uint32_t first_, n_;
  std::vector<std::vector<std::uint32_t>> children_;
  mutable std::vector<std::uint32_t> stack_;
};

bool IsPunctToken(const Document& d, std::uint32_t k) {
  const TokenKind kind = d.tokens[k].kind;
  return kind == TokenKind::kPunct;
}

bool IsQuoteMarkToken(const Document& d, std::uint32_t k) {
  const std::string_view s = TokenText(d, d.tokens[k]);
  return s == "\"" || s == "\xE2\x80\x9D" || s == "\xE2\x80\x9C" || s == "\xC2\xBB" ||
         s == "\xC2\xAB" || s == "'" || s == "\xE2\x80\x99";
}

// Span of tokens [lo, hi], with leading and trailing punctuation trimmed
// (closing quotation marks kept when their opener is inside).
bool TrimmedSpan(const Document& d, std::uint32_t lo, std::uint32_t hi, Span& out) {
  if (lo > hi || hi >= d.tokens.size()) return false;
  while (lo <= hi && IsPunctToken(d, lo) && !IsQuoteMarkToken(d, lo)) ++lo;
  while (hi >= lo && hi != 0xFFFFFFFFu && IsPunctToken(d, hi) && !IsQuoteMarkToken(d, hi)) {
    if (hi == 0) return false;
    --hi;
  }
  if (lo > hi) return false;
  // A lone quotation mark at either edge without its partner is dropped.
  out = {d.tokens[lo].span.start, d.tokens[hi].span.end};
  return !out.empty();
}

bool LooksLikeOutlet(const Document& d, const Tree& tree, std::uint32_t head, const Ids& ids) {
  const Token& t = d.tokens[head];
  if (IsOutletNoun(LowerAscii(TokenText(d, t)))) return true;
  if (t.upos != ids.propn && t.xpos != ids.nnp && t.xpos != ids.nnps) return false;
  // A person is "Ms Quintel", "Rosa Quintel": two or more proper nouns or a title.
  auto [lo, hi] = tree.Range(head);
  int proper = 0;
  for (std::uint32_t k = lo; k <= hi; ++k) {
    const std::string lower = LowerAscii(TokenText(d, d.tokens[k]));
    if (lower == "mr" || lower == "ms" || lower == "mrs" || lower == "dr" || lower == "mr." ||
        lower == "ms." || lower == "mrs." || lower == "dr.") {
      return false;
    }
    if (d.tokens[k].upos == ids.propn) ++proper;
  }
  if (proper >= 2) {
    // Multi-word outlets usually start with "The" or end in an outlet word.
    const std::string first = LowerAscii(TokenText(d, d.tokens[lo]));
    return first == "the";
  }
  return true;
}

bool IsVerbal(const Token& t, const Ids& ids) { return t.upos == ids.verb || t.upos == ids.aux; }

// A reporting clause after its content: ", NP said[ ADVERBIAL]." or ", said NP."
// with no verb in NP; fills the frame's source and content.
bool TrailingAttribution(const Document& d, const Tree& tree, std::uint32_t v, const Ids& ids,
                         CueFrame& f) {
  const std::uint32_t first = tree.first(), end = tree.end();
  if (v < first + 3) return false;  // no room for content and a comma before the cue
  std::uint32_t last = end;         // one past the last word of the sentence
  while (last > v + 1 && IsPunctToken(d, last - 1)) --last;
  auto is_comma = [&](std::uint32_t k) {
    const std::string_view w = TokenText(d, d.tokens[k]);
    return w == "," || w == "\xE2\x80\x9D," || w == ":";
  };
  auto no_verb = [&](std::uint32_t lo, std::uint32_t hi) {  // [lo, hi)
    for (std::uint32_t k = lo; k < hi; ++k) {
      if (IsVerbal(d.tokens[k], ids) || TokenText(d, d.tokens[k]) == ",") return false;
    }
    return lo < hi;
  };
  // ", said the operator." (the comma may sit inside a closing quotation mark)
  std::uint32_t before_v = v - 1;
  while (before_v > first && IsQuoteMarkToken(d, before_v)) --before_v;
  if (before_v > first + 1 && is_comma(before_v) && last - (v + 1) <= 10 && no_verb(v + 1, last)) {
    Span source, content;
    if (TrimmedSpan(d, v + 1, last - 1, source) && TrimmedSpan(d, first, before_v - 1, content)) {
      f.has_source = true;
      f.source = source;
      f.source_head = v + 1;
      f.has_content = true;
      f.content = content;
      return true;
    }
  }
  // ", the operator said [on Monday | in a statement]."
  if (last - (v + 1) > 5) return false;
  for (std::uint32_t k = v + 1; k < last; ++k) {
    if (IsVerbal(d.tokens[k], ids)) return false;
  }
  std::uint32_t c = v;
  while (c > first && !is_comma(c - 1)) {
    if (v - c > 12) return false;
    --c;
  }
  if (c <= first + 2) return false;  // no comma, or nothing before it
  const std::uint32_t comma = c - 1;
  while (c < v && IsQuoteMarkToken(d, c)) ++c;
  if (comma <= first + 1 || c == v || !no_verb(c, v)) return false;
  Span source, content;
  if (!TrimmedSpan(d, c, v - 1, source) || !TrimmedSpan(d, first, comma - 1, content)) {
    return false;
  }
  f.has_source = true;
  f.source = source;
  f.source_head = v - 1;
  f.has_content = true;
  f.content = content;
  return true;
}

void FrameForCue(const Document& d, const Tree& tree, std::uint32_t v, CueStrength strength,
                 std::uint32_t sentence, const Ids& ids, std::vector<CueFrame>& out) {
  CueFrame f;
  f.sentence = sentence;
  f.cue_token = v;
  f.strength = strength;
  f.cue = d.tokens[v].span;
  // Auxiliaries, negation and "also" right before the verb belong to the cue
  // ("has said", "did not mention", "also said"), as annotators mark them.
  for (std::uint32_t k = v; k > tree.first();) {
    --k;
    const Token& t = d.tokens[k];
    const std::string lower = LowerAscii(TokenText(d, t));
    const bool joins = t.head == static_cast<std::int32_t>(v) &&
                       (t.upos == ids.aux || lower == "not" || lower == "n't" || lower == "also");
    if (!joins) break;
    f.cue.start = t.span.start;
  }
  // Source: nsubj of the cue, or of the verb it depends on.
  std::uint32_t subj = tree.Child(v, ids.nsubj);
  // "X promised ... and said", "..., adding that": up through xcomp/advcl/conj heads.
  for (std::uint32_t up = v, n = 0; subj == Tree::kNone && n < 3; ++n) {
    const Token& tu = d.tokens[up];
    if (!(tu.deprel == ids.xcomp || tu.deprel == ids.advcl || tu.deprel == ids.conj) ||
        tu.head < 0) {
      break;
    }
    up = static_cast<std::uint32_t>(tu.head);
    subj = tree.Child(up, ids.nsubj);
  }
  if (subj != Tree::kNone) {
    auto [lo, hi] = tree.Range(subj);
    // Proper nouns between the subject and the cue belong to it ("Chief Fire Officer
    // Teodor Wallin said", when the tagger splits the title from the name).
    while (hi + 1 < v && d.tokens[hi + 1].upos == ids.propn) ++hi;
    // Title words the parser hung on the verb ("Republican presidential candidate
    // [Donald Trump] said", "GOP frontrunner [Donald Trump] said").
    while (lo > tree.first() && lo <= subj) {
      const Token& t = d.tokens[lo - 1];
      const bool nominal = t.upos == ids.noun || t.upos == ids.propn || t.upos == ids.adj;
      const std::int32_t h = t.head;
      const bool attached =
          h == static_cast<std::int32_t>(v) ||
          (h >= static_cast<std::int32_t>(lo) && h <= static_cast<std::int32_t>(hi));
      if (!nominal || !attached || t.deprel == ids.obl || t.deprel == ids.obj) break;
      --lo;
    }
    // An appositive parsed as the subject: "Viktor Amsel, [chief executive of X], told":
    // the name before the comma heads the source.
    std::uint32_t word = lo;
    while (word < hi && IsPunctToken(d, word)) ++word;
    if (word >= tree.first() + 2 && TokenText(d, d.tokens[word - 1]) == "," &&
        d.tokens[word - 2].upos == ids.propn && d.tokens[subj].upos != ids.propn &&
        d.tokens[subj].upos != ids.pron) {
      std::uint32_t name = word - 2;
      while (name > tree.first() && d.tokens[name - 1].upos == ids.propn) --name;
      lo = name;
    }
    // A subject that ends before a dateline dash: "HALVENPORT, March 11 (VPA) - Velmark's
    // minister, Inés Montañez, said": the source is what follows the dash.
    for (std::uint32_t k = hi + 1; k + 1 < v; ++k) {
      const std::string_view w = TokenText(d, d.tokens[k]);
      if ((w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94") && lo < subj &&
          d.tokens[k].kind == TokenKind::kPunct) {
        lo = k + 1;
        hi = v - 1;
        break;
      }
    }
    // A wire dateline parsed into the subject: "HALVENPORT, March 11 (VPA) - the minister".
    bool capitals = false;  // a dateline starts with a place in capitals
    for (std::uint32_t k = lo + 1; k < hi; ++k) {
      const std::string_view prev = TokenText(d, d.tokens[k - 1]);
      capitals = capitals || (prev.size() >= 4 && std::all_of(prev.begin(), prev.end(), [](char c) {
                                return c >= 'A' && c <= 'Z';
                              }));
      const std::string_view w = TokenText(d, d.tokens[k]);
      if (capitals && (w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94") &&
          d.tokens[k - 1].span.end < d.tokens[k].span.start &&
          d.tokens[k].span.end < d.tokens[k + 1].span.start) {
        lo = k + 1;
      }
    }
    while (lo < hi && IsPunctToken(d, lo)) ++lo;  // no quotation mark opens a source
    // Nor a conjunction or preposition left from a neighbouring clause ("and Breitbart
    // News said", "as the website put it").
    while (lo < hi) {
      const std::string w = LowerAscii(TokenText(d, d.tokens[lo]));
      if (w != "and" && w != "but" && w != "or" && w != "as" && w != "that" && w != "so") break;
      ++lo;
    }
    // An age after a name is not part of the source: "Renee Gold, 83, of Sarasota".
    for (std::uint32_t k = lo + 1; k + 1 <= hi; ++k) {
      if (TokenText(d, d.tokens[k]) == "," && d.tokens[k + 1].kind == TokenKind::kNumber &&
          d.tokens[k - 1].upos == ids.propn) {
        hi = k - 1;
        break;
      }
    }
    f.has_source = TrimmedSpan(d, lo, hi, f.source);
    f.source_head = subj;
  }
  // "CONTENT, the operator said." and "CONTENT, said the operator.": the word
  // order settles what the parser may have attached elsewhere.
  const bool trailing = strength == CueStrength::kSpeech && TrailingAttribution(d, tree, v, ids, f);
  // Content.
  const std::uint32_t comp = tree.Child(v, ids.ccomp);
  if (trailing) {
    // source and content set by word order
  } else if (comp != Tree::kNone) {
    auto [lo, hi] = tree.Range(comp);
    // "said it would not sail, and the operator did not deny that ...": a
    // coordinated clause with its own reporting cue and subject is another report.
    for (std::uint32_t c : tree.Children(comp)) {
      if (c <= comp || d.tokens[c].deprel != ids.conj) continue;
      const auto [clo, chi] = tree.Range(c);
      bool own_report = false;
      for (std::uint32_t k = clo; k <= chi && !own_report; ++k) {
        own_report = CandidateStrength(d, k, ids) != CueStrength::kNone &&
                     tree.Child(k, ids.nsubj) != Tree::kNone;
      }
      if (own_report && clo > lo) {
        hi = std::min(hi, clo - 1);
      }
    }
    f.has_content = TrimmedSpan(d, lo, hi, f.content);
  } else if (d.tokens[v].deprel == ids.parataxis && d.tokens[v].head >= 0 &&
             strength == CueStrength::kSpeech) {
    auto [hlo, hhi] = tree.Range(static_cast<std::uint32_t>(d.tokens[v].head));
    auto [vlo, vhi] = tree.Range(v);
    if (vlo > hlo && vlo - hlo >= hhi - vhi) {
      f.has_content = TrimmedSpan(d, hlo, vlo - 1, f.content);
    } else if (vhi < hhi) {
      f.has_content = TrimmedSpan(d, vhi + 1, hhi, f.content);
    }
  }
  if (!f.has_content && strength == CueStrength::kSpeech && !trailing) {
    // A tree with no clause under the cue ("says the movement appeals to ...", parsed
    // as objects): the rest of the sentence after the cue and its addressee.
    std::uint32_t start = v + 1;
    for (std::uint32_t c : tree.Children(v)) {
      const std::uint8_t rel = d.tokens[c].deprel;
      if ((rel == ids.iobj || (rel == ids.obj && d.tokens[c].upos == ids.propn)) && c >= start &&
          tree.Range(c).first == start) {
        start = tree.Range(c).second + 1;
      }
    }
    while (start < tree.end() && (IsPunctToken(d, start) && !IsQuoteMarkToken(d, start))) ++start;
    std::uint32_t last = tree.end();
    while (last > start && IsPunctToken(d, last - 1) && !IsQuoteMarkToken(d, last - 1)) --last;
    bool quoted = false;  // quotations there are attached to the cue on their own
    for (std::uint32_t k = start; k < last && !quoted; ++k) quoted = IsQuoteMarkToken(d, k);
    if (last >= start + 4 && !quoted) {
      for (std::uint32_t k = start; k < last; ++k) {
        if (IsVerbal(d.tokens[k], ids)) {  // a clause, not a bare noun phrase
          f.has_content = TrimmedSpan(d, start, last - 1, f.content);
          break;
        }
      }
    }
  }
  if (!f.has_content && strength == CueStrength::kStance) {
    // "criticized [the plan]", "called [Trump “unhinged”]", "want [to win]", "called for [X]".
    std::uint32_t lo = Tree::kNone, hi = 0;
    auto cover = [&](std::uint32_t c) {
      auto [clo, chi] = tree.Range(c);
      lo = std::min(lo, clo);
      hi = std::max(hi, chi);
    };
    for (std::uint32_t c : tree.Children(v)) {
      const std::uint8_t rel = d.tokens[c].deprel;
      if (c > v && (rel == ids.obj || rel == ids.xcomp)) cover(c);
    }
    if (lo == Tree::kNone) {
      for (std::uint32_t c : tree.Children(v)) {
        if (c <= v || d.tokens[c].deprel != ids.obl) continue;
        const std::string first = LowerAscii(TokenText(d, d.tokens[tree.Range(c).first]));
        if (first == "for" || first == "on") {
          cover(c);
          ++lo;  // without the preposition
          break;
        }
      }
    }
    if (lo != Tree::kNone && lo <= hi) f.has_content = TrimmedSpan(d, lo, hi, f.content);
  }
  if (strength != CueStrength::kSpeech && !f.has_content) return;
  // Via: "told VPA", "told a broadcaster", "speaking to VNB".
  const std::string lower = LowerAscii(TokenText(d, d.tokens[v]));
  if (lower.starts_with("tel") || lower == "told" || lower.starts_with("speak") ||
      lower == "spoke") {
    std::uint32_t covered_to = 0;
    for (std::uint32_t c : tree.Children(v)) {
      const std::uint8_t rel = d.tokens[c].deprel;
      if (rel != ids.obj && rel != ids.iobj && rel != ids.obl) continue;
      if (c <= covered_to && covered_to != 0) continue;
      if (LooksLikeOutlet(d, tree, c, ids)) {
        auto [lo, hi] = tree.Range(c);
        while (lo < hi && (d.tokens[lo].deprel == ids.case_ ||
                           LowerAscii(TokenText(d, d.tokens[lo])) == "to")) {
          ++lo;
        }
        // "told Radio Laskholm": a name the parser split over two objects.
        while (hi + 1 < tree.end() && d.tokens[hi + 1].upos == ids.propn) ++hi;
        covered_to = hi;
        Span s;
        if (TrimmedSpan(d, lo, hi, s)) f.via.emplace_back(s.Of(d.text));
      }
    }
  }
  out.push_back(std::move(f));
}

void FrameForAccording(const Document& d, const Tree& tree, std::uint32_t k, std::uint32_t sentence,
                       const Ids& ids, std::vector<CueFrame>& out) {
  CueFrame f;
  f.sentence = sentence;
  f.cue_token = k;
  f.according = true;
  f.strength = CueStrength::kSpeech;
  f.cue = {d.tokens[k].span.start, d.tokens[k + 1].span.end};
  // X: the head "according" hangs from; without a usable tree, the words up to a comma.
  std::uint32_t x = Tree::kNone;
  const std::int32_t h = d.tokens[k].head;
  if (h > static_cast<std::int32_t>(k + 1) && h < static_cast<std::int32_t>(tree.end())) {
    x = static_cast<std::uint32_t>(h);
  }
  std::uint32_t xlo = k + 2, xhi = k + 1;
  if (x != Tree::kNone) {
    xhi = tree.Range(x).second;
    // A name the parser cut short ("the Fire and Rescue [Service]").
    while (xhi + 1 < tree.end() &&
           (d.tokens[xhi + 1].upos == ids.propn ||
            (d.tokens[xhi].upos == ids.propn && d.tokens[xhi + 1].kind == TokenKind::kWord &&
             std::isupper(static_cast<unsigned char>(d.text[d.tokens[xhi + 1].span.start]))))) {
      ++xhi;
    }
  } else {
    xhi = k + 2;
    while (xhi + 1 < tree.end() && TokenText(d, d.tokens[xhi + 1]) != "," &&
           !IsPunctToken(d, xhi + 1)) {
      ++xhi;
    }
  }
  if (xhi >= xlo && TrimmedSpan(d, xlo, xhi, f.source)) {
    f.has_source = true;
    f.source_head = x != Tree::kNone ? x : xlo;
    if (x != Tree::kNone && LooksLikeOutlet(d, tree, x, ids) && d.tokens[x].upos != ids.propn) {
      f.via.emplace_back(f.source.Of(d.text));
    }
  }
  // Content: the rest of the sentence, on the longer side of the phrase.
  const std::uint32_t first = tree.first(), last = tree.end() - 1;
  const std::uint32_t before = k > first ? k - first : 0;
  const std::uint32_t after = last > xhi ? last - xhi : 0;
  if (before >= after && k > first) {
    f.has_content = TrimmedSpan(d, first, k - 1, f.content);
  } else if (after > 0) {
    f.has_content = TrimmedSpan(d, xhi + 1, last, f.content);
  }
  out.push_back(std::move(f));
}

}  // namespace

std::string LowerAscii(std::string_view word) {
  std::string s(word);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

bool RuleFrameAt(const Document& document, std::uint32_t sentence, std::uint32_t token,
                 CueStrength strength, CueFrame& out) {
  const Sentence& sent = document.sentences[sentence];
  if (!sent.parsed) return false;
  const Tree tree(document, sent);
  std::vector<CueFrame> frames;
  if (IsAccordingTo(document, token, tree.end())) {
    FrameForAccording(document, tree, token, sentence, TagIds(), frames);
  } else {
    FrameForCue(document, tree, token, strength, sentence, TagIds(), frames);
  }
  if (frames.empty()) return false;
  out = std::move(frames.front());
  return true;
}

std::vector<std::uint32_t> CueSentences(const Document& document,
                                        std::span<const QuoteRegion> regions) {
  const Ids& ids = TagIds();
  std::vector<std::uint32_t> out;
  for (std::uint32_t s = 0; s < document.sentences.size(); ++s) {
    const Sentence& sent = document.sentences[s];
    const std::uint32_t end = sent.first_token + sent.token_count;
    for (std::uint32_t k = sent.first_token; k < end; ++k) {
      if (Inside(regions, document.tokens[k].span.start)) continue;
      if (CandidateStrength(document, k, ids) != CueStrength::kNone ||
          IsAccordingTo(document, k, end)) {
        out.push_back(s);
        break;
      }
    }
  }
  return out;
}

std::vector<CueFrame> FindCueFrames(const Document& document,
                                    std::span<const std::uint32_t> sentences,
                                    std::span<const QuoteRegion> regions) {
  const Ids& ids = TagIds();
  std::vector<CueFrame> frames;
  for (std::uint32_t s : sentences) {
    const Sentence& sent = document.sentences[s];
    if (!sent.parsed) continue;
    const Tree tree(document, sent);
    const std::uint32_t end = sent.first_token + sent.token_count;
    for (std::uint32_t k = sent.first_token; k < end; ++k) {
      if (Inside(regions, document.tokens[k].span.start)) continue;
      if (IsAccordingTo(document, k, end)) {
        FrameForAccording(document, tree, k, s, ids, frames);
        ++k;
        continue;
      }
      const CueStrength strength = CandidateStrength(document, k, ids);
      if (strength != CueStrength::kNone) FrameForCue(document, tree, k, strength, s, ids, frames);
    }
  }
  return frames;
}

}  // namespace crosscheck

namespace crosscheck {

std::vector<CueFrame> FindColonFrames(const Document& document,
                                      std::span<const QuoteRegion> regions) {
  static const auto* labels = new std::vector<std::string_view>{
      "update",   "updated", "watch",         "photo",   "photos",   "video",
      "note",     "editor",  "related",       "read",    "listen",   "source",
      "sources",  "credit",  "advertisement", "warning", "breaking", "exclusive",
      "analysis", "opinion", "live",          "q",       "a",        "follow",
      "see",      "more",    "also"};
  std::vector<CueFrame> frames;
  const Document& d = document;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const Sentence& sent = d.sentences[s];
    const std::uint32_t first = sent.first_token, end = first + sent.token_count;
    std::uint32_t colon = first;
    while (colon < end && colon < first + 5 && TokenText(d, d.tokens[colon]) != ":") ++colon;
    if (colon == first || colon >= end || colon >= first + 5 || end - colon < 4) continue;
    if (Inside(regions, d.tokens[colon].span.start)) continue;
    bool names = true;
    for (std::uint32_t k = first; k < colon && names; ++k) {
      const std::string_view w = TokenText(d, d.tokens[k]);
      const auto c = static_cast<unsigned char>(w[0]);
      names = d.tokens[k].kind == TokenKind::kWord && (std::isupper(c) || c >= 0xC3) &&
              std::find(labels->begin(), labels->end(), LowerAscii(w)) == labels->end();
    }
    if (!names) continue;
    CueFrame f;
    f.sentence = s;
    f.cue_token = colon;
    f.cue = d.tokens[colon].span;
    f.strength = CueStrength::kSpeech;
    f.has_source = TrimmedSpan(d, first, colon - 1, f.source);
    f.source_head = colon - 1;
    f.has_content = TrimmedSpan(d, colon + 1, end - 1, f.content);
    if (f.has_source && f.has_content) frames.push_back(std::move(f));
  }
  return frames;
}

}  // namespace crosscheck
