// The entity tagger's features, its Viterbi decoding and its training.
//
// Features (about 40 per word) follow the usual recipe for perceptron NER
// taggers: the word itself (cased and lower case), its prefix and suffixes,
// its shape and capitalisation flags (with whether it opens the sentence, as
// a capital there says little), the words and shapes around it, its UPOS and
// XPOS and those of its neighbours (the syntax tagger's NNP/NNPS carry much of
// the signal), word clusters learned from news text (shared with the syntax
// tagger's model), and gazetteer bits for the word and its neighbours.
// Nothing in a word's features depends on the tags chosen for other words, so
// the emission scores of a sentence are computed once and Viterbi combines
// them with the tag-pair scores exactly.
#include "extract/ner_tagger.h"

#include <algorithm>
#include <limits>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common/hash.h"

namespace crosscheck::extract {
namespace {

using text::ClusterPrefix;
using text::FeatureHash;
using text::kEndWord;
using text::kStartWord;

constexpr int kSink = kNerClasses;  // training-only class

int KindOf(int c) { return c == 0 ? -1 : (c - 1) % 4; }  // 0 B, 1 I, 2 L, 3 U
int TypeOf(int c) { return c == 0 ? -1 : (c - 1) / 4; }

bool Legal(int prev, int cur) {
  const int pk = prev < 0 ? -1 : KindOf(prev);
  const int ck = KindOf(cur);
  if (pk == 0 || pk == 1) return (ck == 1 || ck == 2) && TypeOf(prev) == TypeOf(cur);
  return ck == -1 || ck == 0 || ck == 3;
}
bool LegalEnd(int c) {
  const int k = KindOf(c);
  return k == -1 || k == 2 || k == 3;
}

// Best legal class sequence. emissions[i * K + c]; transitions[(p + 1) * K + c].
template <typename T>
void Viterbi(const std::vector<T>& emissions, const std::vector<T>& transitions, int n,
             std::vector<int>& out) {
  constexpr int K = kNerClasses;
  constexpr T kNone = std::numeric_limits<T>::lowest() / 4;
  thread_local std::vector<T> best;
  thread_local std::vector<std::int8_t> back;
  best.assign(static_cast<std::size_t>(n) * K, kNone);
  back.assign(static_cast<std::size_t>(n) * K, -1);
  for (int c = 0; c < K; ++c) {
    if (Legal(-1, c)) best[c] = emissions[c] + transitions[c];
  }
  for (int i = 1; i < n; ++i) {
    const T* prev = &best[static_cast<std::size_t>(i - 1) * K];
    T* cur = &best[static_cast<std::size_t>(i) * K];
    std::int8_t* from = &back[static_cast<std::size_t>(i) * K];
    for (int c = 0; c < K; ++c) {
      T top = kNone;
      int arg = -1;
      for (int p = 0; p < K; ++p) {
        if (prev[p] == kNone || !Legal(p, c)) continue;
        const T s = prev[p] + transitions[(p + 1) * K + c];
        if (s > top) top = s, arg = p;
      }
      if (arg >= 0) {
        cur[c] = top + emissions[static_cast<std::size_t>(i) * K + c];
        from[c] = static_cast<std::int8_t>(arg);
      }
    }
  }
  out.assign(n, 0);
  if (n == 0) return;
  T top = kNone;
  int arg = 0;
  for (int c = 0; c < K; ++c) {
    const T s = best[static_cast<std::size_t>(n - 1) * K + c];
    if (LegalEnd(c) && s > top) top = s, arg = c;
  }
  for (int i = n - 1; i >= 0; --i) {
    out[i] = arg;
    if (i > 0) arg = back[static_cast<std::size_t>(i) * K + arg];
    if (arg < 0) arg = 0;
  }
}

}  // namespace

int NerTypeIndex(std::string_view type) {
  for (std::size_t i = 0; i < kNerTypes.size(); ++i) {
    if (kNerTypes[i] == type) return static_cast<int>(i);
  }
  return -1;
}

std::vector<int> SpansToClasses(std::span<const NerSpan> spans, int n) {
  std::vector<int> classes(n, 0);
  for (const NerSpan& s : spans) {
    const int base = 1 + 4 * s.type;
    if (s.first == s.last) {
      classes[s.first] = base + 3;
      continue;
    }
    classes[s.first] = base;
    for (int k = s.first + 1; k < s.last; ++k) classes[k] = base + 1;
    classes[s.last] = base + 2;
  }
  return classes;
}

std::vector<NerSpan> OutermostNames(const std::vector<NerSpan>& names) {
  std::vector<NerSpan> out;
  for (const NerSpan& s : names) {
    if (!out.empty() && s.first <= out.back().last) continue;
    out.push_back(s);
  }
  return out;
}

std::vector<NerSpan> InnermostNames(const std::vector<NerSpan>& names) {
  std::vector<NerSpan> out;
  for (const NerSpan& s : names) {
    const bool holds = std::any_of(names.begin(), names.end(), [&](const NerSpan& t) {
      return t.first >= s.first && t.last <= s.last && (t.first != s.first || t.last != s.last);
    });
    if (holds || (!out.empty() && s.first <= out.back().last)) continue;
    out.push_back(s);
  }
  return out;
}

std::vector<NerSpan> ClassesToSpans(std::span<const int> classes) {
  std::vector<NerSpan> spans;
  const int n = static_cast<int>(classes.size());
  for (int i = 0; i < n; ++i) {
    const int k = KindOf(classes[i]);
    if (k == 3) {
      spans.push_back({i, i, TypeOf(classes[i])});
    } else if (k == 0) {
      int j = i + 1;
      while (j < n && KindOf(classes[j]) == 1) ++j;
      if (j < n && KindOf(classes[j]) == 2) {
        spans.push_back({i, j, TypeOf(classes[i])});
        i = j;
      }
    }
  }
  return spans;
}

std::vector<std::vector<std::uint8_t>> DocumentCues(
    const std::vector<std::vector<std::string_view>>& sentences) {
  auto is_upper = [](std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; };
  auto is_lower = [](std::string_view w) { return !w.empty() && w[0] >= 'a' && w[0] <= 'z'; };
  // Hashes of lower-case forms seen in lower case; forms seen capitalised
  // inside a sentence, with their counts.
  std::unordered_set<std::uint64_t> lower_seen;
  std::unordered_map<std::string_view, int> capitalised;
  std::string scratch;
  auto lower = [&](std::string_view w) {
    scratch.assign(w);
    for (char& c : scratch) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return Hash64(scratch);
  };
  for (const auto& s : sentences) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (is_lower(s[i])) lower_seen.insert(lower(s[i]));
      if (i > 0 && is_upper(s[i])) ++capitalised[s[i]];
    }
  }
  std::vector<std::vector<std::uint8_t>> cues(sentences.size());
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const auto& s = sentences[k];
    cues[k].assign(s.size(), 0);
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (!is_upper(s[i])) continue;
      if (lower_seen.count(lower(s[i]))) cues[k][i] |= 1;
      const auto it = capitalised.find(s[i]);
      const int others = it == capitalised.end() ? 0 : it->second - (i > 0 ? 1 : 0);
      if (others > 0) cues[k][i] |= 2;
    }
  }
  return cues;
}

std::uint64_t TransitionFeature(int prev) { return FeatureHash(900, prev + 1, 0x7A); }

void PrepareNerWords(std::span<const NerWord> words, const NerGazetteer& gazetteer,
                     const text::WordClusters* clusters, std::vector<NerWordInfo>& infos) {
  thread_local std::string scratch;
  thread_local std::vector<std::uint64_t> lowers;
  thread_local std::vector<std::uint8_t> bits;
  infos.resize(words.size());
  lowers.resize(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    text::ComputeWordInfo(words[i].form, infos[i].word, scratch, clusters);
    infos[i].upos = words[i].upos;
    infos[i].xpos = words[i].xpos;
    infos[i].cues = words[i].cues;
    lowers[i] = infos[i].word.lower;
  }
  gazetteer.Mark(lowers, bits);
  for (std::size_t i = 0; i < words.size(); ++i) infos[i].gazetteer = bits[i];
}

void NerFeatures(std::span<const NerWordInfo> words, int i, std::vector<std::uint64_t>& out) {
  const int n = static_cast<int>(words.size());
  const text::WordInfo& w = words[i].word;
  auto at = [&](int k) -> const NerWordInfo* { return k < 0 || k >= n ? nullptr : &words[k]; };
  auto lower = [&](int k) { return at(k) ? at(k)->word.lower : k < 0 ? kStartWord : kEndWord; };
  auto form = [&](int k) { return at(k) ? at(k)->word.form : k < 0 ? kStartWord : kEndWord; };
  auto shape = [&](int k) { return at(k) ? at(k)->word.shape : k < 0 ? kStartWord : kEndWord; };
  auto xpos = [&](int k) -> std::uint64_t { return at(k) ? at(k)->xpos : k < 0 ? 254 : 255; };
  auto upos = [&](int k) -> std::uint64_t { return at(k) ? at(k)->upos : k < 0 ? 254 : 255; };
  auto gaz = [&](int k) -> std::uint64_t { return at(k) ? at(k)->gazetteer : 0xF0; };
  auto cap = [&](int k) -> std::uint64_t { return at(k) ? (at(k)->word.flags >> 2) & 3 : 7; };
  auto cluster = [&](int k, int bits) -> std::uint64_t {
    return at(k) ? ClusterPrefix(at(k)->word.cluster, bits) : 0xFFFEu;
  };
  const std::uint64_t first = i == 0 ? 1 : 0;
  const std::uint64_t f[] = {
      FeatureHash(101, 0, 0),
      FeatureHash(102, w.form, 0),
      FeatureHash(103, w.lower, 0),
      FeatureHash(104, w.prefix3, 0),
      FeatureHash(105, w.suffix2, 0),
      FeatureHash(106, w.suffix3, 0),
      FeatureHash(107, w.suffix4, 0),
      FeatureHash(108, w.shape, first),
      FeatureHash(109, w.flags, first),
      FeatureHash(110, upos(i), 0),
      FeatureHash(111, xpos(i), 0),
      FeatureHash(112, xpos(i - 1), 0),
      FeatureHash(113, xpos(i + 1), 0),
      FeatureHash(114, xpos(i - 1), xpos(i)),
      FeatureHash(115, xpos(i), xpos(i + 1)),
      FeatureHash(116, FeatureHash(upos(i - 1), upos(i)), upos(i + 1)),
      FeatureHash(117, lower(i - 1), 0),
      FeatureHash(118, lower(i + 1), 0),
      FeatureHash(119, lower(i - 2), 0),
      FeatureHash(120, lower(i + 2), 0),
      FeatureHash(121, lower(i - 1), w.lower),
      FeatureHash(122, w.lower, lower(i + 1)),
      FeatureHash(123, shape(i - 1), w.shape),
      FeatureHash(124, w.shape, shape(i + 1)),
      FeatureHash(125, form(i - 1), 0),
      FeatureHash(126, form(i + 1), 0),
      FeatureHash(127, gaz(i), 0),
      FeatureHash(128, gaz(i - 1), 0),
      FeatureHash(129, gaz(i + 1), 0),
      FeatureHash(130, gaz(i), xpos(i)),
      FeatureHash(131, cluster(i, 10), 0),
      FeatureHash(132, cluster(i, 7), 0),
      FeatureHash(133, cluster(i, 4), 0),
      FeatureHash(134, cluster(i - 1, 7), 0),
      FeatureHash(135, cluster(i + 1, 7), 0),
      FeatureHash(136, cluster(i, 10), xpos(i)),
      FeatureHash(137, cap(i - 1), cap(i + 1)),
      FeatureHash(138, FeatureHash(cap(i - 1), cap(i)), cap(i + 1)),
      FeatureHash(139, first, w.lower),
      FeatureHash(140, xpos(i - 2), xpos(i - 1)),
      FeatureHash(141, xpos(i + 1), xpos(i + 2)),
      FeatureHash(142, lower(i - 1), xpos(i)),
      FeatureHash(143, words[i].cues, first),
      FeatureHash(144, words[i].cues, cap(i)),
      FeatureHash(145, words[i].cues, xpos(i)),
  };
  out.insert(out.end(), std::begin(f), std::end(f));
}

// ---- run time ----------------------------------------------------------------------

void NerTagger::Layer::Prepare() {
  transitions.assign(static_cast<std::size_t>(kNerClasses + 1) * kNerClasses, 0);
  std::vector<std::int32_t> scores(weights.classes());
  for (int p = -1; p < kNerClasses; ++p) {
    std::fill(scores.begin(), scores.end(), 0);
    const std::uint64_t f = TransitionFeature(p);
    weights.Score({&f, 1}, scores.data());
    for (int c = 0; c < kNerClasses; ++c) transitions[(p + 1) * kNerClasses + c] = scores[c];
  }
}

std::size_t NerTagger::feature_count() const {
  std::size_t n = 0;
  for (const Layer& l : layers_) n += l.weights.feature_count();
  return n;
}

std::size_t NerTagger::weight_count() const {
  std::size_t n = 0;
  for (const Layer& l : layers_) n += l.weights.weight_count();
  return n;
}

void NerTagger::Tag(std::span<const NerWord> words, std::vector<NerSpan>& out) const {
  thread_local std::vector<NerWordInfo> infos;
  thread_local std::vector<std::uint64_t> features;
  thread_local std::vector<std::uint32_t> starts;
  thread_local std::vector<std::int32_t> emissions, row;
  thread_local std::vector<int> classes;
  out.clear();
  const int n = static_cast<int>(words.size());
  if (n == 0) return;
  PrepareNerWords(words, gazetteer_, &clusters_, infos);
  features.clear();
  starts.assign(1, 0);
  for (int i = 0; i < n; ++i) {
    NerFeatures(infos, i, features);
    starts.push_back(static_cast<std::uint32_t>(features.size()));
  }
  row.resize(kNerClasses + 1);
  for (const Layer& layer : layers_) {
    emissions.assign(static_cast<std::size_t>(n) * kNerClasses, 0);
    for (int i = 0; i < n; ++i) {
      std::fill(row.begin(), row.end(), 0);
      layer.weights.Score(std::span(features).subspan(starts[i], starts[i + 1] - starts[i]),
                          row.data());
      std::copy_n(row.begin(), kNerClasses,
                  emissions.begin() + static_cast<std::size_t>(i) * kNerClasses);
    }
    Viterbi(emissions, layer.transitions, n, classes);
    const std::size_t outer = out.size();  // the spans earlier layers found
    for (const NerSpan& span : ClassesToSpans(classes)) {
      // A later layer adds a name strictly inside an earlier one, or one
      // that overlaps none; it never re-types or crosses an earlier name.
      bool keep = true;
      for (std::size_t k = 0; k < outer && keep; ++k) {
        const NerSpan& o = out[k];
        const bool overlaps = span.first <= o.last && o.first <= span.last;
        const bool inside = span.first >= o.first && span.last <= o.last &&
                            (span.first != o.first || span.last != o.last);
        keep = !overlaps || inside;
      }
      if (keep) out.push_back(span);
    }
  }
  std::sort(out.begin(), out.end(), [](const NerSpan& a, const NerSpan& b) {
    return a.first != b.first ? a.first < b.first : a.last > b.last;
  });
}

Status NerTagger::Save(const std::string& path) const {
  text::ModelWriter out;
  out.Put<std::uint32_t>(static_cast<std::uint32_t>(kNerTypes.size()));
  for (const std::string_view t : kNerTypes) out.PutString(t);
  for (const Layer& l : layers_) l.weights.Save(out);
  gazetteer_.Save(out);
  clusters_.Save(out);
  return text::SaveModelPayload(path, kMagic, kVersion, out.bytes());
}

Result<std::shared_ptr<const NerTagger>> NerTagger::Load(const std::string& path) {
  Result<text::ModelReader> in = text::LoadModelPayload(path, kMagic, kVersion);
  if (!in.ok()) return in.status();
  const std::uint32_t types = in->Get<std::uint32_t>();
  if (types != kNerTypes.size()) {
    return Status::Corrupt("entity model with " + std::to_string(types) + " types", {path});
  }
  for (const std::string_view t : kNerTypes) {
    if (in->GetString() != t) return Status::Corrupt("entity model types differ", {path});
  }
  auto tagger = std::make_shared<NerTagger>();
  for (Layer& layer : tagger->layers_) {
    Result<text::WeightTable> weights = text::WeightTable::Load(*in);
    if (!weights.ok()) return weights.status();
    layer.weights = std::move(*weights);
    if (layer.weights.classes() != kNerClasses + 1) {
      return Status::Corrupt("entity model weights do not match its classes", {path});
    }
    layer.Prepare();
  }
  Result<NerGazetteer> gazetteer = NerGazetteer::Load(*in);
  if (!gazetteer.ok()) return gazetteer.status();
  tagger->gazetteer_ = std::move(*gazetteer);
  Result<text::WordClusters> clusters = text::WordClusters::Load(*in);
  if (!clusters.ok()) return clusters.status();
  tagger->clusters_ = std::move(*clusters);
  CROSSCHECK_RETURN_IF_ERROR(in->Finish());
  return std::shared_ptr<const NerTagger>(std::move(tagger));
}

// ---- training ----------------------------------------------------------------------

NerTrainer::NerTrainer(const std::vector<NerSentence>& sentences, NerGazetteer gazetteer,
                       text::WordClusters clusters, const NerTrainOptions& options)
    : options_(options),
      gazetteer_(std::move(gazetteer)),
      clusters_(std::move(clusters)),
      models_(NerTagger::kLayers, text::AveragedPerceptron(kNerClasses + 1)) {
  std::vector<NerWord> words;
  std::vector<NerWordInfo> infos;
  for (const NerSentence& s : sentences) {
    words.clear();
    for (std::size_t i = 0; i < s.forms.size(); ++i) {
      words.push_back(
          {s.forms[i], s.upos[i], s.xpos[i], s.cues.empty() ? std::uint8_t{0} : s.cues[i]});
    }
    PrepareNerWords(words, gazetteer_, &clusters_, infos);
    Prepared p;
    p.features.resize(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
      NerFeatures(infos, static_cast<int>(i), p.features[i]);
    }
    p.gold[0] = SpansToClasses(OutermostNames(s.names), static_cast<int>(words.size()));
    p.gold[1] = SpansToClasses(InnermostNames(s.names), static_cast<int>(words.size()));
    sentences_.push_back(std::move(p));
  }
}

double NerTrainer::TrainEpoch(std::span<const std::size_t> order) {
  std::vector<float> emissions,
      transitions(static_cast<std::size_t>(kNerClasses + 1) * kNerClasses);
  std::vector<float> scores(kNerClasses + 1);
  std::vector<int> guess;
  std::size_t right = 0;
  for (const std::size_t k : order) {
    const Prepared& s = sentences_[k];
    const int n = static_cast<int>(s.features.size());
    if (n == 0) continue;
    bool all_right = true;
    for (int layer = 0; layer < NerTagger::kLayers; ++layer) {
      text::AveragedPerceptron& model = models_[layer];
      const std::vector<int>& gold = s.gold[layer];
      for (int p = -1; p < kNerClasses; ++p) {
        const std::uint64_t f = TransitionFeature(p);
        model.Score({&f, 1}, scores.data());
        std::copy_n(scores.begin(), kNerClasses, transitions.begin() + (p + 1) * kNerClasses);
      }
      emissions.assign(static_cast<std::size_t>(n) * kNerClasses, 0);
      for (int i = 0; i < n; ++i) {
        model.Score(s.features[i], scores.data());
        std::copy_n(scores.begin(), kNerClasses,
                    emissions.begin() + static_cast<std::size_t>(i) * kNerClasses);
      }
      Viterbi(emissions, transitions, n, guess);
      if (guess != gold) {
        all_right = false;
        for (int i = 0; i < n; ++i) {
          if (guess[i] != gold[i]) model.Update(s.features[i], gold[i], guess[i]);
          const int gp = i > 0 ? gold[i - 1] : -1, pp = i > 0 ? guess[i - 1] : -1;
          if (gp != pp || gold[i] != guess[i]) {
            const std::uint64_t fg = TransitionFeature(gp), fp = TransitionFeature(pp);
            model.Update({&fg, 1}, gold[i], kSink);
            model.Update({&fp, 1}, kSink, guess[i]);
          }
        }
      }
      model.Tick();
    }
    right += all_right;
  }
  return order.empty() ? 0.0 : static_cast<double>(right) / order.size();
}

std::shared_ptr<NerTagger> NerTrainer::Finish() const {
  auto tagger = std::make_shared<NerTagger>();
  for (int layer = 0; layer < NerTagger::kLayers; ++layer) {
    tagger->layers_[layer].weights = models_[layer].Finalize(options_.prune);
    tagger->layers_[layer].Prepare();
  }
  tagger->gazetteer_ = gazetteer_;
  tagger->clusters_ = clusters_;
  return tagger;
}

}  // namespace crosscheck::extract
