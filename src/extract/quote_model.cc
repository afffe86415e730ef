// The learned attribution model at run time: greedy left-to-right O/B/I cue
// tagging (twice: without the tree to choose sentences to parse, with it to
// decide), then one ranking each for the content and the source of a cue.
//
// Ranking models are WeightTables of two classes trained as a perceptron
// ranker (train/train_quotes.cc): class 0 holds the candidate score, class 1
// only the mirror updates, so a candidate's score is scores[0].
#include "extract/quote_model.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>

#include "crosscheck/text.h"
#include "extract/quote_cues.h"
#include "text/model_file.h"
#include "text/syntax_models.h"

namespace crosscheck {
namespace {

std::uint32_t LastWord(const Document& d, std::uint32_t lo, std::uint32_t hi) {
  while (hi > lo && d.tokens[hi].kind == TokenKind::kPunct) --hi;
  return hi;
}

}  // namespace

QuoteModel::QuoteModel(float parse_margin, float cue_bias, float none_penalty,
                       std::vector<std::uint64_t> vocabulary, text::WeightTable cue_plain,
                       text::WeightTable cue_tree, text::WeightTable content,
                       text::WeightTable source)
    : parse_margin_(parse_margin),
      cue_bias_(cue_bias),
      none_penalty_(none_penalty),
      vocabulary_(std::move(vocabulary)),
      cue_plain_(std::move(cue_plain)),
      cue_tree_(std::move(cue_tree)),
      content_(std::move(content)),
      source_(std::move(source)) {
  std::sort(vocabulary_.begin(), vocabulary_.end());
}

Result<std::shared_ptr<const QuoteModel>> QuoteModel::Load(const std::string& path) {
  Result<text::ModelReader> in = text::LoadModelPayload(path, kMagic, kVersion);
  if (!in.ok()) return in.status();
  const float margin = in->Get<float>();
  const float bias = in->Get<float>();
  const float none_penalty = in->Get<float>();
  std::vector<std::uint64_t> vocabulary = in->GetVector<std::uint64_t>();
  text::WeightTable tables[4];
  for (text::WeightTable& t : tables) {
    Result<text::WeightTable> w = text::WeightTable::Load(*in);
    if (!w.ok()) return w.status();
    t = std::move(*w);
  }
  CROSSCHECK_RETURN_IF_ERROR(in->Finish());
  if (tables[0].classes() != kCueTags || tables[1].classes() != kCueTags ||
      tables[2].classes() != 2 || tables[3].classes() != 2) {
    return Status::Corrupt("quote model tables have the wrong number of classes", Location{path});
  }
  return std::make_shared<const QuoteModel>(margin, bias, none_penalty, std::move(vocabulary),
                                            std::move(tables[0]), std::move(tables[1]),
                                            std::move(tables[2]), std::move(tables[3]));
}

Status QuoteModel::Save(const std::string& path) const {
  text::ModelWriter out;
  out.Put<float>(parse_margin_);
  out.Put<float>(cue_bias_);
  out.Put<float>(none_penalty_);
  out.PutVector(vocabulary_);
  cue_plain_.Save(out);
  cue_tree_.Save(out);
  content_.Save(out);
  source_.Save(out);
  return text::SaveModelPayload(path, kMagic, kVersion, out.bytes());
}

bool QuoteModel::InVocabulary(std::uint64_t hash) const {
  return std::binary_search(vocabulary_.begin(), vocabulary_.end(), hash);
}

std::vector<std::uint32_t> QuoteModel::CueSentences(const Document& d, const CueContext& cx) const {
  std::vector<std::uint32_t> out;
  std::vector<std::uint64_t>& features = cx.features;
  const float margin = parse_margin_ / cue_plain_.scale();
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const Sentence& sent = d.sentences[s];
    for (std::uint32_t k = sent.first_token; k < sent.first_token + sent.token_count; ++k) {
      if (d.tokens[k].kind != TokenKind::kWord && d.tokens[k].kind != TokenKind::kPunct) continue;
      if (!InVocabulary(cx.hash[k])) continue;
      features.clear();
      CueFeatures(d, cx, sent, k, kCueO, /*tree=*/nullptr, features);
      std::int32_t scores[kCueTags] = {0, 0, 0};
      cue_plain_.Score(features, scores);
      if (static_cast<float>(scores[kCueB] - scores[kCueO]) > margin) {
        out.push_back(s);
        break;
      }
    }
  }
  return out;
}

void QuoteModel::Cues(const Document& d, const CueContext& cx, std::uint32_t s,
                      const SentenceTree* tree, std::vector<CueSpan>& out) const {
  const Sentence& sent = d.sentences[s];
  if (!sent.parsed) tree = nullptr;
  const text::WeightTable& table = tree != nullptr ? cue_tree_ : cue_plain_;
  std::vector<std::uint64_t>& features = cx.features;
  const std::int32_t bias = static_cast<std::int32_t>(cue_bias_ / table.scale());
  int prev = kCueO;
  const std::uint32_t end = sent.first_token + sent.token_count;
  for (std::uint32_t k = sent.first_token; k < end; ++k) {
    int tag = kCueO;
    if (prev != kCueO || InVocabulary(cx.hash[k])) {
      features.clear();
      CueFeatures(d, cx, sent, k, prev, tree, features);
      std::int32_t scores[kCueTags] = {0, 0, 0};
      table.Score(features, scores);
      scores[kCueB] += bias;
      tag = static_cast<int>(std::max_element(scores, scores + kCueTags) - scores);
      if (tag == kCueI && prev == kCueO) tag = kCueB;
      if (tag == kCueB && !InVocabulary(cx.hash[k])) tag = kCueO;
    }
    if (tag == kCueB) {
      out.push_back({s, k, k});
    } else if (tag == kCueI && !out.empty()) {
      out.back().hi = k;
    }
    prev = tag;
  }
}

std::size_t QuoteModel::Best(const Document& d, const CueContext& cx, const CueSpan& cue,
                             std::uint32_t head, std::span<const Candidate> candidates,
                             bool source) const {
  const text::WeightTable& table = source ? source_ : content_;
  std::vector<std::uint64_t>& features = cx.features;
  std::size_t best = 0;
  std::int64_t best_score = 0;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    features.clear();
    CandidateFeatures(d, cx, cue.sentence, cue.lo, cue.hi, head, candidates[i], source, features);
    std::int32_t scores[2] = {0, 0};
    table.Score(features, scores);
    if (source && candidates[i].kind == kSourceNone) {
      scores[0] -= static_cast<std::int32_t>(none_penalty_ / table.scale());
    }
    if (i == 0 || scores[0] > best_score) {
      best = i;
      best_score = scores[0];
    }
  }
  return best;
}

std::vector<CueFrame> QuoteModel::Frames(const Document& d, const CueContext& cx,
                                         std::span<const std::uint32_t> sentences) const {
  std::vector<CueFrame> frames;
  std::vector<CueSpan> cues;
  std::vector<Candidate> contents, sources;
  for (std::uint32_t s : sentences) {
    if (!d.sentences[s].parsed) continue;
    cues.clear();
    const SentenceTree tree(d, d.sentences[s]);
    Cues(d, cx, s, &tree, cues);
    for (const CueSpan& cue : cues) {
      const std::uint32_t hi = LastWord(d, cue.lo, cue.hi);
      const std::uint32_t head = CueHead(d, s, cue.lo, hi);
      CueFrame rule;
      const bool has_rule = RuleFrameFor(d, cx, s, head, rule);
      ContentCandidates(d, tree, s, cue.lo, hi, head, has_rule ? &rule : nullptr, contents);
      if (contents.empty()) continue;
      SourceCandidates(d, tree, cue.lo, hi, head, has_rule ? &rule : nullptr, sources);
      const Candidate& content = contents[Best(d, cx, cue, head, contents, false)];
      const Candidate& source = sources[Best(d, cx, cue, head, sources, true)];
      CueFrame f;
      f.sentence = s;
      f.cue_token = head;
      f.cue = {d.tokens[cue.lo].span.start, d.tokens[hi].span.end};
      const std::string_view lower = cx.lower(d, head);
      f.according = lower == "according";
      f.strength = ReportingVerbStrength(lower);
      if (f.according || lower == ":") f.strength = CueStrength::kSpeech;
      if (f.strength == CueStrength::kNone) f.strength = CueStrength::kClausal;
      f.has_content = true;
      f.content = {d.tokens[content.lo].span.start, d.tokens[content.hi].span.end};
      // A speech verb keeps its subject when the ranker prefers none (the
      // ranker learned "none" also from gold sources outside the sentence).
      const Candidate* chosen = &source;
      if (source.kind == kSourceNone && ReportingVerbStrength(lower) == CueStrength::kSpeech) {
        for (const Candidate& c : sources) {
          if (c.kind == kSourceRule) chosen = &c;
        }
      }
      if (chosen->kind != kSourceNone) {
        f.has_source = true;
        f.source = {d.tokens[chosen->lo].span.start, d.tokens[chosen->hi].span.end};
        f.source_head = chosen->hi;
      }
      // Outlets the words went through come from the rule frame ("told VPA").
      if (has_rule) f.via = std::move(rule.via);
      frames.push_back(std::move(f));
    }
  }
  return frames;
}

Result<std::shared_ptr<const QuoteModel>> LoadQuoteModel(const std::string& models_dir) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const QuoteModel>> cache;
  const std::string path =
      (std::filesystem::path(text::FindModelsDir(models_dir)) / "quotes.bin").string();
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = cache.find(path); it != cache.end()) return it->second;
  Result<std::shared_ptr<const QuoteModel>> model = QuoteModel::Load(path);
  if (!model.ok()) return model.status();
  cache[path] = *model;
  return *model;
}

}  // namespace crosscheck
