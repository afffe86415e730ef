// The tagger's features and its greedy decoding.
//
// Each word gets about 30 hashed features (Ratnaparkhi 1996; Collins 2002;
// the "averaged perceptron tagger" recipe): the word, its lower case, its
// prefixes and suffixes, its shape and flags; the two words on either side
// (lower case and 3-byte suffix); the two previous predicted classes, alone,
// together and with the current word and suffix; and a few word pairs. The
// classifier runs left to right; the previous classes are its own
// predictions, in training as at run time, so training sees the errors it will
// have to live with. Frequent unambiguous words skip the classifier.
#include "text/tagger.h"

#include <algorithm>
#include <map>

#include "text/syntax_tags.h"

namespace crosscheck::text {
namespace {

constexpr std::uint64_t kNoClass = 0xFFFF;

std::uint64_t FeatsKey(std::uint64_t lower, int cls) {
  return FeatureHash(lower, 0xFEA75ULL + cls);
}

void Prepare(std::span<const std::string_view> words, std::vector<WordInfo>& infos,
             std::string& scratch, const WordClusters* clusters) {
  infos.resize(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    ComputeWordInfo(words[i], infos[i], scratch, clusters);
  }
}

}  // namespace

void TaggerFeatures(std::span<const WordInfo> words, int i, int p1, int p2,
                    std::vector<std::uint64_t>& out) {
  const int n = static_cast<int>(words.size());
  const WordInfo& w = words[i];
  auto lower_at = [&](int k) { return k < 0 ? kStartWord : k >= n ? kEndWord : words[k].lower; };
  auto suffix_at = [&](int k) { return k < 0 ? kStartWord : k >= n ? kEndWord : words[k].suffix3; };
  const std::uint64_t t1 = p1 < 0 ? kNoClass : static_cast<std::uint64_t>(p1);
  const std::uint64_t t2 = p2 < 0 ? kNoClass : static_cast<std::uint64_t>(p2);
  const std::uint64_t f[] = {
      FeatureHash(1, 0, 0),
      FeatureHash(2, w.form, 0),
      FeatureHash(3, w.lower, 0),
      FeatureHash(4, w.prefix1, 0),
      FeatureHash(5, w.prefix3, 0),
      FeatureHash(6, w.suffix1, 0),
      FeatureHash(7, w.suffix2, 0),
      FeatureHash(8, w.suffix3, 0),
      FeatureHash(9, w.suffix4, 0),
      FeatureHash(10, w.shape, 0),
      FeatureHash(11, w.flags, i == 0),
      FeatureHash(12, t1, 0),
      FeatureHash(13, t2, 0),
      FeatureHash(14, t1, t2),
      FeatureHash(15, t1, w.lower),
      FeatureHash(16, t1, w.suffix3),
      FeatureHash(17, lower_at(i - 1), 0),
      FeatureHash(18, suffix_at(i - 1), 0),
      FeatureHash(19, lower_at(i - 2), 0),
      FeatureHash(20, lower_at(i + 1), 0),
      FeatureHash(21, suffix_at(i + 1), 0),
      FeatureHash(22, lower_at(i + 2), 0),
      FeatureHash(23, suffix_at(i + 2), 0),
      FeatureHash(24, lower_at(i - 1), w.lower),
      FeatureHash(25, w.lower, lower_at(i + 1)),
      FeatureHash(26, i + 1 < n ? words[i + 1].shape : kEndWord, w.shape),
      FeatureHash(27, i > 0 ? words[i - 1].shape : kStartWord, w.shape),
      FeatureHash(28, t1, lower_at(i + 1)),
      FeatureHash(29, w.suffix2, lower_at(i + 1)),
      FeatureHash(30, i == 0 ? 1 : 0, w.form),
      // word clusters (learned from news text)
      FeatureHash(31, ClusterPrefix(w.cluster, 10), 0),
      FeatureHash(32, ClusterPrefix(w.cluster, 7), 0),
      FeatureHash(33, ClusterPrefix(w.cluster, 4), 0),
      FeatureHash(34, i > 0 ? ClusterPrefix(words[i - 1].cluster, 7) : kStartWord, 0),
      FeatureHash(35, i + 1 < n ? ClusterPrefix(words[i + 1].cluster, 7) : kEndWord, 0),
      FeatureHash(36, t1, ClusterPrefix(w.cluster, 7)),
      FeatureHash(37, i + 1 < n ? ClusterPrefix(words[i + 1].cluster, 10) : kEndWord, 0),
      FeatureHash(38, ClusterPrefix(w.cluster, 10), w.suffix3),
  };
  out.insert(out.end(), std::begin(f), std::end(f));
}

// ---- run time ---------------------------------------------------------------------

void Tagger::Tag(std::span<const std::string_view> words, std::vector<WordTags>& out) const {
  thread_local std::vector<WordInfo> infos;
  thread_local std::vector<std::uint64_t> features;
  thread_local std::vector<std::int32_t> scores;
  thread_local std::string scratch;
  Prepare(words, infos, scratch, &clusters_);
  out.assign(words.size(), WordTags{});
  scores.resize(classes_.size());
  int p1 = -1, p2 = -1;
  for (std::size_t i = 0; i < words.size(); ++i) {
    int best = -1;
    if (auto it = dictionary_.find(infos[i].form); it != dictionary_.end()) {
      best = it->second;
    } else {
      features.clear();
      TaggerFeatures(infos, static_cast<int>(i), p1, p2, features);
      std::fill(scores.begin(), scores.end(), 0);
      weights_.Score(features, scores.data());
      best = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    }
    const Class& c = classes_[best];
    out[i].upos = c.upos;
    out[i].xpos = c.xpos;
    const auto feats = word_feats_.find(FeatsKey(infos[i].lower, best));
    out[i].feats = feats != word_feats_.end() ? feats->second : c.feats;
    p2 = p1;
    p1 = best;
  }
}

Status Tagger::Save(const std::string& path) const {
  ModelWriter out;
  out.Put<std::uint32_t>(static_cast<std::uint32_t>(classes_.size()));
  for (const Class& c : classes_) {
    out.PutString(UposNameOf(c.upos));
    out.PutString(XposNameOf(c.xpos));
    out.PutString(FormatFeatsString(c.feats));
  }
  weights_.Save(out);
  std::vector<std::uint64_t> keys;
  std::vector<std::uint16_t> values;
  for (const auto& [k, v] : std::map(dictionary_.begin(), dictionary_.end())) {
    keys.push_back(k);
    values.push_back(v);
  }
  out.PutVector(keys);
  out.PutVector(values);
  std::vector<std::uint64_t> fkeys, fvalues;
  for (const auto& [k, v] : std::map(word_feats_.begin(), word_feats_.end())) {
    fkeys.push_back(k);
    fvalues.push_back(v);
  }
  out.PutVector(fkeys);
  out.PutVector(fvalues);
  clusters_.Save(out);
  return SaveModelPayload(path, kMagic, kVersion, out.bytes());
}

Result<std::shared_ptr<const Tagger>> Tagger::Load(const std::string& path) {
  Result<ModelReader> in = LoadModelPayload(path, kMagic, kVersion);
  if (!in.ok()) return in.status();
  auto tagger = std::make_shared<Tagger>();
  const std::uint32_t n = in->Get<std::uint32_t>();
  if (n == 0 || n > 256)
    return Status::Corrupt("tagger with " + std::to_string(n) + " classes", {path});
  for (std::uint32_t i = 0; i < n && !in->failed(); ++i) {
    const std::string upos = in->GetString(), xpos = in->GetString(), feats = in->GetString();
    tagger->classes_.push_back({UposIdOf(upos), XposIdOf(xpos), ParseFeatsString(feats)});
  }
  Result<WeightTable> weights = WeightTable::Load(*in);
  if (!weights.ok()) return weights.status();
  tagger->weights_ = std::move(*weights);
  if (tagger->weights_.classes() != static_cast<int>(n)) {
    return Status::Corrupt("tagger weights do not match its classes", {path});
  }
  const auto keys = in->GetVector<std::uint64_t>();
  const auto values = in->GetVector<std::uint16_t>();
  const auto fkeys = in->GetVector<std::uint64_t>();
  const auto fvalues = in->GetVector<std::uint64_t>();
  Result<WordClusters> clusters = WordClusters::Load(*in);
  if (!clusters.ok()) return clusters.status();
  tagger->clusters_ = std::move(*clusters);
  CROSSCHECK_RETURN_IF_ERROR(in->Finish());
  if (keys.size() != values.size() || fkeys.size() != fvalues.size()) {
    return Status::Corrupt("tagger dictionary is inconsistent", {path});
  }
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (values[i] >= n) return Status::Corrupt("tagger dictionary names an unknown class", {path});
    tagger->dictionary_[keys[i]] = values[i];
  }
  for (std::size_t i = 0; i < fkeys.size(); ++i) tagger->word_feats_[fkeys[i]] = fvalues[i];
  return std::shared_ptr<const Tagger>(std::move(tagger));
}

// ---- training ----------------------------------------------------------------------

TaggerTrainer::TaggerTrainer(const std::vector<TaggedSentence>& sentences,
                             const TaggerTrainOptions& options, WordClusters clusters)
    : options_(options), clusters_(std::move(clusters)), model_(0) {
  std::map<std::pair<std::uint8_t, std::uint8_t>, int> class_of;
  std::map<int, std::map<std::uint64_t, int>> class_feats;
  std::unordered_map<std::uint64_t, std::map<int, int>> word_classes;
  // hash(lower, class) -> (class, FEATS counts)
  std::unordered_map<std::uint64_t, std::pair<int, std::map<std::uint64_t, int>>> word_class_feats;
  std::string scratch;
  std::vector<std::string_view> forms;
  for (const TaggedSentence& s : sentences) {
    Prepared p;
    forms.assign(s.forms.begin(), s.forms.end());
    Prepare(forms, p.words, scratch, &clusters_);
    for (std::size_t i = 0; i < s.forms.size(); ++i) {
      const auto key = std::pair{UposIdOf(s.upos[i]), XposIdOf(s.xpos[i])};
      auto [it, added] = class_of.emplace(key, static_cast<int>(class_of.size()));
      const int c = it->second;
      p.gold.push_back(c);
      const std::uint64_t feats = ParseFeatsString(s.feats[i]);
      ++class_feats[c][feats];
      ++word_classes[p.words[i].form][c];
      auto& entry = word_class_feats[FeatsKey(p.words[i].lower, c)];
      entry.first = c;
      ++entry.second[feats];
    }
    sentences_.push_back(std::move(p));
  }
  classes_.resize(class_of.size());
  for (const auto& [key, c] : class_of) {
    const auto& counts = class_feats[c];
    const auto best = std::max_element(counts.begin(), counts.end(),
                                       [](auto& a, auto& b) { return a.second < b.second; });
    classes_[c] = {key.first, key.second, best->first};
  }
  for (const auto& [key, entry] : word_class_feats) {
    const auto& counts = entry.second;
    const auto best = std::max_element(counts.begin(), counts.end(),
                                       [](auto& a, auto& b) { return a.second < b.second; });
    // Only where the word differs from its class's default (keeps the model small).
    if (best->first != classes_[entry.first].feats) word_feats_[key] = best->first;
  }
  for (const auto& [form, counts] : word_classes) {
    int total = 0, top = 0, top_class = 0;
    for (const auto& [c, k] : counts) {
      total += k;
      if (k > top) top = k, top_class = c;
    }
    if (total >= options_.dict_min_count && top >= options_.dict_min_share * total) {
      dictionary_[form] = static_cast<std::uint16_t>(top_class);
    }
  }
  for (Prepared& p : sentences_) {
    p.fixed.assign(p.words.size(), -1);
    for (std::size_t i = 0; i < p.words.size(); ++i) {
      if (auto it = dictionary_.find(p.words[i].form); it != dictionary_.end())
        p.fixed[i] = it->second;
    }
  }
  model_ = AveragedPerceptron(static_cast<int>(classes_.size()));
}

double TaggerTrainer::TrainEpoch(std::span<const std::size_t> order) {
  std::vector<std::uint64_t> features;
  std::vector<float> scores(classes_.size());
  std::size_t correct = 0, total = 0;
  for (const std::size_t k : order) {
    const Prepared& s = sentences_[k];
    int p1 = -1, p2 = -1;
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      int guess = s.fixed[i];
      if (guess < 0) {
        features.clear();
        TaggerFeatures(s.words, static_cast<int>(i), p1, p2, features);
        model_.Score(features, scores.data());
        guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        model_.Update(features, s.gold[i], guess);
        model_.Tick();
      }
      correct += guess == s.gold[i];
      ++total;
      p2 = p1;
      p1 = guess;
    }
  }
  return total ? static_cast<double>(correct) / total : 0.0;
}

std::shared_ptr<Tagger> TaggerTrainer::Finish() const {
  auto tagger = std::make_shared<Tagger>();
  tagger->classes_ = classes_;
  tagger->weights_ = model_.Finalize(options_.prune);
  tagger->dictionary_ = dictionary_;
  tagger->word_feats_ = word_feats_;
  tagger->clusters_ = clusters_;
  return tagger;
}

}  // namespace crosscheck::text
