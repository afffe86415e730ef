// Parser features and greedy decoding.
//
// Features follow Zhang and Nivre (2011), adapted to arc-hybrid, where the
// words in play are the top three stack items s0 s1 s2, the first three buffer
// words b0 b1 b2, the outermost children of s0 and s1 (left: l, l2; right: r,
// r2) and the left children of b0 (b0 can only have left children yet). For
// each position: word (w), tag (p, the UPOS+XPOS pair) and label of its arc
// (l); then
//   - single words: w, p, wp of s0 s1 s2 b0 b1 b2;
//   - pairs: s0 with b0 and s1 with s0 in every w/p combination, b0 b1;
//   - triples of tags: b0b1b2, s0b0b1, s1s0b0, s2s1s0, s0 with its children
//     and b0, b0 with its left children;
//   - distance (capped at 10) between s0 and b0 and between s1 and s0, with
//     words and tags; valency (children counts) of s0, s1, b0 on each side;
//   - children's words, tags, labels; 2nd-order children (l2, r2) and their
//     tag triples; the label sets of s0, s1 and b0 sides with word and tag;
//   - word clusters (word_clusters.h) of s0 s1 s2 b0 b1 and children, alone and
//     with tags.
// Scores are computed for all classes at once; the best valid move wins.
#include "text/parser.h"

#include <algorithm>
#include <limits>
#include <map>

#include "common/hash.h"
#include "text/syntax_tags.h"

namespace crosscheck::text {
namespace {

constexpr std::uint64_t kNone = 0x4E4F4E45ULL;
constexpr std::uint64_t kRoot = 0x524F4F54ULL;

// The move and label of class c with `labels` labels.
Move MoveOf(int c, int labels) {
  return c == 0 ? Move::kShift : c <= labels ? Move::kLeft : Move::kRight;
}
std::uint8_t LabelOf(int c, int labels) {
  return static_cast<std::uint8_t>(c == 0 ? 0 : c <= labels ? c - 1 : c - 1 - labels);
}

template <typename Scores>
int BestValid(const ArcHybrid& state, const Scores& scores, int labels) {
  int best = -1;
  auto better = [&](int c) { return best < 0 || scores[c] > scores[best]; };
  if (state.CanShift()) best = 0;
  if (state.CanLeft()) {
    for (int c = 1; c <= labels; ++c) {
      if (better(c)) best = c;
    }
  }
  if (state.CanRight()) {
    for (int c = labels + 1; c <= 2 * labels; ++c) {
      if (better(c)) best = c;
    }
  }
  return best;
}

}  // namespace

void PrepareParseWords(std::span<const std::string_view> words, std::span<const WordTags> tags,
                       const WordClusters* clusters, std::vector<ParseWord>& out,
                       std::string& scratch) {
  out.resize(words.size() + 1);
  out[0] = {kRoot, kRoot, 0xFFFE};
  for (std::size_t i = 0; i < words.size(); ++i) {
    scratch.assign(words[i]);
    for (char& c : scratch) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    const std::uint64_t lower = Hash64(scratch);
    out[i + 1] = {lower, static_cast<std::uint64_t>(tags[i].upos) << 8 | tags[i].xpos,
                  clusters != nullptr ? clusters->Lookup(lower) : WordClusters::kUnknown};
  }
}

void ParserFeatures(const ArcHybrid& st, std::span<const ParseWord> words,
                    std::vector<std::uint64_t>& out) {
  const int s0 = st.Stack(0), s1 = st.Stack(1), s2 = st.Stack(2);
  const int b0 = st.Buffer(0), b1 = st.Buffer(1), b2 = st.Buffer(2);
  const int s0l = st.LeftChild(s0, 0), s0l2 = st.LeftChild(s0, 1);
  const int s0r = st.RightChild(s0, 0), s0r2 = st.RightChild(s0, 1);
  const int s1l = st.LeftChild(s1, 0), s1r = st.RightChild(s1, 0), s1r2 = st.RightChild(s1, 1);
  const int b0l = st.LeftChild(b0, 0), b0l2 = st.LeftChild(b0, 1);
  auto W = [&](int x) { return x < 0 ? kNone : words[x].word; };
  auto P = [&](int x) { return x < 0 ? kNone : words[x].tag; };
  auto C = [&](int x, int bits) {
    return x < 0                        ? kNone
           : words[x].cluster == 0xFFFE ? kRoot
                                        : ClusterPrefix(words[x].cluster, bits);
  };
  auto L = [&](int x) { return x < 0 ? kNone : static_cast<std::uint64_t>(st.label(x)); };
  auto F = [](std::uint64_t id, std::uint64_t a, std::uint64_t b) { return FeatureHash(id, a, b); };
  auto F3 = [](std::uint64_t id, std::uint64_t a, std::uint64_t b, std::uint64_t c) {
    return FeatureHash(FeatureHash(id, a, b), c);
  };
  const std::uint64_t ws0 = W(s0), ps0 = P(s0), ws1 = W(s1), ps1 = P(s1);
  const std::uint64_t wb0 = W(b0), pb0 = P(b0), wb1 = W(b1), pb1 = P(b1);
  const std::uint64_t ws2 = W(s2), ps2 = P(s2), wb2 = W(b2), pb2 = P(b2);
  const std::uint64_t d0 = s0 < 0 || b0 < 0 ? 99 : s0 == 0 ? 98 : std::min(b0 - s0, 10);
  const std::uint64_t d1 = s1 < 0 || s0 < 0 ? 99 : s1 == 0 ? 98 : std::min(s0 - s1, 10);
  const std::uint64_t vl0 = st.LeftCount(s0), vr0 = st.RightCount(s0);
  const std::uint64_t vl1 = st.LeftCount(s1), vr1 = st.RightCount(s1);
  const std::uint64_t vlb = st.LeftCount(b0);
  // clang-format off
  const std::uint64_t f[] = {
      F(1, 0, 0),
      // single words
      F(2, ws0, 0), F(3, ps0, 0), F(4, ws0, ps0), F(5, ws1, 0), F(6, ps1, 0), F(7, ws1, ps1),
      F(8, wb0, 0), F(9, pb0, 0), F(10, wb0, pb0), F(11, wb1, 0), F(12, pb1, 0), F(13, wb1, pb1),
      F(14, wb2, 0), F(15, pb2, 0), F(16, ws2, 0), F(17, ps2, 0),
      // pairs
      F3(18, ws0, ps0, F(0, wb0, pb0)), F3(19, ws0, ps0, wb0), F3(20, ws0, wb0, pb0),
      F3(21, ws0, ps0, pb0), F3(22, ps0, wb0, pb0), F(23, ws0, wb0), F(24, ps0, pb0),
      F(25, pb0, pb1), F3(26, ws1, ps1, F(0, ws0, ps0)), F3(27, ws1, ps1, ps0),
      F3(28, ps1, ws0, ps0), F(29, ws1, ws0), F(30, ps1, ps0), F3(31, ws0, pb0, pb1),
      F(32, wb0, wb1), F3(33, wb0, pb0, pb1),
      // tag triples
      F3(34, pb0, pb1, pb2), F3(35, ps0, pb0, pb1), F3(36, ps1, ps0, pb0), F3(37, ps2, ps1, ps0),
      F3(38, ps0, P(s0l), pb0), F3(39, ps0, P(s0r), pb0), F3(40, ps0, pb0, P(b0l)),
      F3(41, ps1, ps0, P(s0l)), F3(42, ps1, ps0, P(s0r)), F3(43, ps1, P(s1r), ps0),
      F3(44, ps1, P(s1l), ps0),
      // distance
      F(45, ws0, d0), F(46, ps0, d0), F(47, wb0, d0), F(48, pb0, d0), F3(49, ws0, wb0, d0),
      F3(50, ps0, pb0, d0), F3(51, ps1, ps0, d1), F3(52, ws1, ws0, d1),
      // valency
      F3(53, ws0, vr0, 0), F3(54, ps0, vr0, 0), F3(55, ws0, vl0, 0), F3(56, ps0, vl0, 0),
      F3(57, wb0, vlb, 0), F3(58, pb0, vlb, 0), F3(59, ps1, vl1, vr1),
      F3(60, ps0, pb0, vl0 * 16 + vr0),
      // children
      F(61, W(s0l), 0), F(62, P(s0l), 0), F(63, L(s0l), 0), F(64, W(s0r), 0), F(65, P(s0r), 0),
      F(66, L(s0r), 0), F(67, W(b0l), 0), F(68, P(b0l), 0), F(69, L(b0l), 0), F(70, W(s1r), 0),
      F(71, P(s1r), 0), F(72, L(s1r), 0), F(73, L(s1l), 0),
      // second-order children
      F(74, W(s0l2), 0), F(75, P(s0l2), 0), F(76, L(s0l2), 0), F(77, W(s0r2), 0), F(78, P(s0r2), 0),
      F(79, L(s0r2), 0), F(80, W(b0l2), 0), F(81, P(b0l2), 0), F(82, L(b0l2), 0),
      F3(83, ps0, P(s0l), P(s0l2)), F3(84, ps0, P(s0r), P(s0r2)), F3(85, pb0, P(b0l), P(b0l2)),
      F3(86, ps1, P(s1r), P(s1r2)),
      // label sets
      F3(87, ws0, st.RightLabels(s0), 0), F3(88, ps0, st.RightLabels(s0), 0),
      F3(89, ws0, st.LeftLabels(s0), 0), F3(90, ps0, st.LeftLabels(s0), 0),
      F3(91, wb0, st.LeftLabels(b0), 0), F3(92, pb0, st.LeftLabels(b0), 0),
      F3(93, ps1, st.RightLabels(s1), ps0),
      // child label with head tag
      F3(94, ps0, L(s0l), pb0), F3(95, ps0, L(s0r), pb0), F3(96, pb0, L(b0l), ps0),
      F3(97, ps1, L(s1r), ps0),
      // word clusters (learned from news text)
      F(98, C(s0, 10), 0), F(99, C(b0, 10), 0), F(100, C(s1, 10), 0), F(101, C(b1, 10), 0),
      F(102, C(s0, 7), C(b0, 7)), F(103, C(s0, 7), pb0), F(104, ps0, C(b0, 7)),
      F(105, C(s1, 7), C(s0, 7)), F3(106, C(s0, 4), C(b0, 4), d0), F(107, C(s0l, 7), ps0),
      F(108, C(s0r, 7), ps0), F(109, C(b0l, 7), pb0), F3(110, C(s0, 10), pb0, pb1),
      F3(111, ps1, ps0, C(b0, 10)), F(112, C(s2, 7), C(b1, 7)),
  };
  // clang-format on
  out.insert(out.end(), std::begin(f), std::end(f));
}

// ---- run time ---------------------------------------------------------------------

void Parser::Parse(std::span<const std::string_view> words, std::span<const WordTags> tags,
                   std::vector<int>& heads, std::vector<std::uint8_t>& deprels) const {
  thread_local ArcHybrid state;
  thread_local std::vector<ParseWord> pw;
  thread_local std::vector<std::uint64_t> features;
  thread_local std::vector<std::int32_t> scores;
  thread_local std::string scratch;
  const int n = static_cast<int>(words.size());
  const int nl = static_cast<int>(labels_.size());
  PrepareParseWords(words, tags, &clusters_, pw, scratch);
  state.Reset(n);
  scores.resize(weights_.classes());
  while (!state.Done()) {
    features.clear();
    ParserFeatures(state, pw, features);
    std::fill(scores.begin(), scores.end(), 0);
    weights_.Score(features, scores.data());
    const int best = BestValid(state, scores, nl);
    state.Apply(MoveOf(best, nl), LabelOf(best, nl));
  }
  heads.resize(n);
  deprels.resize(n);
  for (int d = 1; d <= n; ++d) {
    heads[d - 1] = state.head(d) - 1;  // root (0) -> -1
    deprels[d - 1] = labels_[state.label(d)];
  }
}

Status Parser::Save(const std::string& path) const {
  ModelWriter out;
  out.Put<std::uint32_t>(static_cast<std::uint32_t>(labels_.size()));
  for (const std::uint8_t l : labels_) out.PutString(DeprelNameOf(l));
  weights_.Save(out);
  clusters_.Save(out);
  return SaveModelPayload(path, kMagic, kVersion, out.bytes());
}

Result<std::shared_ptr<const Parser>> Parser::Load(const std::string& path) {
  Result<ModelReader> in = LoadModelPayload(path, kMagic, kVersion);
  if (!in.ok()) return in.status();
  auto parser = std::make_shared<Parser>();
  const std::uint32_t n = in->Get<std::uint32_t>();
  if (n == 0 || n > 127)
    return Status::Corrupt("parser with " + std::to_string(n) + " labels", {path});
  for (std::uint32_t i = 0; i < n && !in->failed(); ++i) {
    parser->labels_.push_back(DeprelIdOf(in->GetString()));
  }
  Result<WeightTable> weights = WeightTable::Load(*in);
  if (!weights.ok()) return weights.status();
  parser->weights_ = std::move(*weights);
  Result<WordClusters> clusters = WordClusters::Load(*in);
  if (!clusters.ok()) return clusters.status();
  parser->clusters_ = std::move(*clusters);
  CROSSCHECK_RETURN_IF_ERROR(in->Finish());
  if (parser->weights_.classes() != static_cast<int>(2 * n + 1)) {
    return Status::Corrupt("parser weights do not match its labels", {path});
  }
  return std::shared_ptr<const Parser>(std::move(parser));
}

Result<std::shared_ptr<const Parser>> Parser::Mix(
    std::span<const std::shared_ptr<const Parser>> parsers) {
  if (parsers.empty()) return Status::InvalidArgument("no parsers to mix");
  std::vector<const WeightTable*> tables;
  for (const std::shared_ptr<const Parser>& p : parsers) {
    if (p->labels_ != parsers[0]->labels_) {
      return Status::InvalidArgument("parsers with different labels cannot be mixed");
    }
    if (p->clusters_.size() != parsers[0]->clusters_.size()) {
      return Status::InvalidArgument("parsers with different word clusters cannot be mixed");
    }
    tables.push_back(&p->weights_);
  }
  Result<WeightTable> sum = WeightTable::Sum(tables);
  if (!sum.ok()) return sum.status();
  auto mixed = std::make_shared<Parser>(*parsers[0]);
  mixed->weights_ = std::move(*sum);
  return std::shared_ptr<const Parser>(std::move(mixed));
}

// ---- training ----------------------------------------------------------------------

ParserTrainer::ParserTrainer(const std::vector<ParsedSentence>& sentences,
                             const ParserTrainOptions& options, WordClusters clusters)
    : options_(options), clusters_(std::move(clusters)), model_(0), rng_(options.seed) {
  std::map<std::uint8_t, int> label_of;
  for (const ParsedSentence& s : sentences) {
    for (const std::string& d : s.deprels) label_of.emplace(DeprelIdOf(d), 0);
  }
  for (auto& [id, index] : label_of) {
    index = static_cast<int>(labels_.size());
    labels_.push_back(id);
  }
  std::string scratch;
  std::vector<std::string_view> forms;
  for (const ParsedSentence& s : sentences) {
    Prepared p;
    forms.assign(s.forms.begin(), s.forms.end());
    PrepareParseWords(forms, s.tags, &clusters_, p.words, scratch);
    p.heads.assign(1, 0);
    p.heads.insert(p.heads.end(), s.heads.begin(), s.heads.end());
    Projectivize(p.heads);
    p.labels.assign(1, 0);
    for (const std::string& d : s.deprels) {
      p.labels.push_back(static_cast<std::uint8_t>(label_of[DeprelIdOf(d)]));
    }
    sentences_.push_back(std::move(p));
  }
  model_ = AveragedPerceptron(static_cast<int>(2 * labels_.size() + 1));
}

double ParserTrainer::TrainEpoch(std::span<const std::size_t> order, int epoch) {
  const int nl = static_cast<int>(labels_.size());
  ArcHybrid state;
  std::vector<std::uint64_t> features;
  std::vector<float> scores(2 * nl + 1);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::size_t correct = 0, total = 0;
  for (const std::size_t k : order) {
    const Prepared& s = sentences_[k];
    const int n = static_cast<int>(s.words.size()) - 1;
    state.Reset(n);
    while (!state.Done()) {
      features.clear();
      ParserFeatures(state, s.words, features);
      model_.Score(features, scores.data());
      const int guess = BestValid(state, scores, nl);
      // The best-scoring move of cost 0; a LEFT/RIGHT that makes a gold arc needs its label.
      int truth = -1;
      for (const Move m : {Move::kShift, Move::kLeft, Move::kRight}) {
        if (!state.Can(m) || state.Cost(m, s.heads) != 0) continue;
        if (m == Move::kShift) {
          if (truth < 0 || scores[0] > scores[truth]) truth = 0;
          continue;
        }
        const int s0 = state.Stack(0);
        const int head = m == Move::kLeft ? state.Buffer(0) : state.Stack(1);
        const int base = m == Move::kLeft ? 1 : 1 + nl;
        if (s.heads[s0] == head) {
          const int c = base + s.labels[s0];
          if (truth < 0 || scores[c] > scores[truth]) truth = c;
        } else {
          for (int c = base; c < base + nl; ++c) {
            if (truth < 0 || scores[c] > scores[truth]) truth = c;
          }
        }
      }
      if (truth < 0) truth = guess;  // cannot happen for projective trees
      model_.Update(features, truth, guess);
      model_.Tick();
      correct += truth == guess;
      ++total;
      const bool follow_guess = epoch > 0 && coin(rng_) < options_.explore;
      const int next = follow_guess ? guess : truth;
      state.Apply(MoveOf(next, nl), LabelOf(next, nl));
    }
  }
  return total ? static_cast<double>(correct) / total : 0.0;
}

std::shared_ptr<Parser> ParserTrainer::Finish() const {
  auto parser = std::make_shared<Parser>();
  parser->labels_ = labels_;
  parser->weights_ = model_.Finalize(options_.prune);
  parser->clusters_ = clusters_;
  return parser;
}

}  // namespace crosscheck::text
