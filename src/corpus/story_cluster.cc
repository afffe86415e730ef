// Online story clustering.
//
// News arrives in date order and a story grows as it is reported, so the
// clustering is single-pass: each article, taken in date order, joins the
// most similar existing cluster when the similarity reaches the threshold,
// else starts a new one. This is the classic first-story-detection scheme
// (Allan et al., topic detection and tracking) with two refinements:
//
// 1. Sub-vectors. Headlines, bodies and the entities an article names carry
//    different evidence: two floods in one city share most body vocabulary
//    but not the storm's name, the dates or the officials quoted; two
//    articles about one event share names even when the wording differs.
//    Each is its own TF-IDF vector (idf from the whole corpus, which the
//    runner counts in its first pass) and the similarity is a weighted sum of
//    cosines against the cluster's centroid. The weights and thresholds are
//    learned on the ECB+ train topics, which hold two events of the same
//    kind per topic, exactly the confusion the event level must resolve.
//
// 2. Two levels. Topic clusters (a looser threshold) form first; event
//    clusters form inside each topic with the stricter threshold. An event
//    story therefore always lies inside one topic story, and the two levels
//    can be scored separately (eval/stories.py: ECB+ topic and sub-topic).
//
// Time. When both the article and the cluster are dated, the similarity
// loses time_weight per day_scale days of distance beyond grace_days, and a
// cluster that has not grown for event_window days (4x for topics) is no
// longer a candidate: an old story stays closed to a new event that reuses
// its words. An article whose text dates itself earlier than its stamp (the
// stale_content flag) is placed at the date it is about.
//
// Scale. Candidates come from an inverted index: for each sub-vector, the
// top_terms heaviest terms of the article look up the clusters that have
// held them among their members' heaviest terms, scanning at most the
// max_postings most recent clusters per term. Centroids keep their
// centroid_terms heaviest terms, as arrays sorted by term: a cosine is a
// merge of two sorted arrays, not a hash look-up per term. Per article the work is bounded by
// options, not by the corpus, so the whole pass is linear in the number of articles
// (bench/corpus_bench measures it).
#include "corpus/story_cluster.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <optional>

namespace crosscheck::corpus {
namespace {

constexpr int kSubs = 3;

// The `n` heaviest terms of a sub-vector.
std::vector<std::uint32_t> TopTermsOf(std::span<const WeightedTerm> v, int n) {
  std::vector<WeightedTerm> copy(v.begin(), v.end());
  const std::size_t keep = std::min(copy.size(), static_cast<std::size_t>(std::max(0, n)));
  std::partial_sort(copy.begin(), copy.begin() + keep, copy.end(),
                    [](const WeightedTerm& a, const WeightedTerm& b) {
                      return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
                    });
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < keep; ++i) out.push_back(copy[i].term);
  return out;
}

// A centroid sub-vector: the sum of its members' sub-vectors, sorted by
// term, so that adding a member and every cosine is one merge of two sorted
// arrays (contiguous memory, no hashing: the clustering's inner loop).
struct Centroid {
  std::vector<WeightedTerm> terms;  // sorted by term
  double norm2 = 0.0;

  // Adds `v` (sorted by term), then keeps the `keep` heaviest terms once
  // there are more than twice as many.
  void Add(std::span<const WeightedTerm> v, int keep) {
    if (v.empty()) return;
    std::vector<WeightedTerm> merged;
    merged.reserve(terms.size() + v.size());
    std::size_t i = 0;
    for (const WeightedTerm& t : v) {
      while (i < terms.size() && terms[i].term < t.term) merged.push_back(terms[i++]);
      float w = 0.0f;
      if (i < terms.size() && terms[i].term == t.term) w = terms[i++].weight;
      norm2 += 2.0 * w * t.weight + static_cast<double>(t.weight) * t.weight;
      merged.push_back({t.term, w + t.weight});
    }
    while (i < terms.size()) merged.push_back(terms[i++]);
    terms = std::move(merged);
    if (keep > 0 && terms.size() > 2 * static_cast<std::size_t>(keep)) Prune(keep);
  }

  // Keeps the `keep` heaviest terms (ties: the smaller term).
  void Prune(int keep) {
    const auto heavier = [](const WeightedTerm& x, const WeightedTerm& y) {
      return x.weight != y.weight ? x.weight > y.weight : x.term < y.term;
    };
    std::nth_element(terms.begin(), terms.begin() + keep, terms.end(), heavier);
    terms.resize(static_cast<std::size_t>(keep));
    std::sort(terms.begin(), terms.end(),
              [](const WeightedTerm& x, const WeightedTerm& y) { return x.term < y.term; });
    terms.shrink_to_fit();
    norm2 = 0.0;
    for (const WeightedTerm& t : terms) norm2 += static_cast<double>(t.weight) * t.weight;
  }

  void Absorb(const Centroid& other, int keep) {
    std::vector<WeightedTerm> merged;
    merged.reserve(terms.size() + other.terms.size());
    std::size_t i = 0, j = 0;
    while (i < terms.size() || j < other.terms.size()) {
      if (j == other.terms.size() || (i < terms.size() && terms[i].term < other.terms[j].term)) {
        merged.push_back(terms[i++]);
      } else if (i == terms.size() || other.terms[j].term < terms[i].term) {
        merged.push_back(other.terms[j++]);
      } else {
        merged.push_back({terms[i].term, terms[i].weight + other.terms[j].weight});
        ++i, ++j;
      }
    }
    terms = std::move(merged);
    norm2 = 0.0;
    for (const WeightedTerm& t : terms) norm2 += static_cast<double>(t.weight) * t.weight;
    if (keep > 0 && terms.size() > 2 * static_cast<std::size_t>(keep)) Prune(keep);
  }

  // The dot product of two term-sorted vectors.
  static double Dot(std::span<const WeightedTerm> a, std::span<const WeightedTerm> b) {
    double dot = 0.0;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
      if (a[i].term < b[j].term) {
        ++i;
      } else if (b[j].term < a[i].term) {
        ++j;
      } else {
        dot += static_cast<double>(a[i++].weight) * b[j++].weight;
      }
    }
    return dot;
  }

  double Cosine(const Centroid& other) const {
    if (norm2 <= 0.0 || other.norm2 <= 0.0) return 0.0;
    return Dot(terms, other.terms) / std::sqrt(norm2 * other.norm2);
  }

  std::vector<std::uint32_t> Top(int n) const { return TopTermsOf(terms, n); }

  // `v` is sorted by term and L2-normalised.
  double Cosine(std::span<const WeightedTerm> v) const {
    if (norm2 <= 0.0 || v.empty()) return 0.0;
    return Dot(v, terms) / std::sqrt(norm2);
  }
};

struct Cluster {
  std::array<Centroid, kSubs> subs;
  std::int32_t first_day = kNoDay, last_day = kNoDay;
  std::uint32_t group = 0;
};

std::array<std::span<const WeightedTerm>, kSubs> Subs(const StoryDoc& d) {
  return {std::span<const WeightedTerm>(d.title), std::span<const WeightedTerm>(d.body),
          std::span<const WeightedTerm>(d.entities)};
}

// Days between two date ranges (0 when they overlap or either is undated).
std::int32_t DaysApart(std::int32_t first_a, std::int32_t last_a, std::int32_t first_b,
                       std::int32_t last_b) {
  if (first_a == kNoDay || first_b == kNoDay) return 0;
  if (last_a < first_b) return first_b - last_a;
  if (last_b < first_a) return first_a - last_b;
  return 0;
}

double TimePenalty(std::int32_t apart, const StoryOptions& o) {
  if (o.day_scale <= 0) return 0.0;
  return o.time_weight * std::max(0, apart - o.grace_days) / o.day_scale;
}

double Similarity(const StoryDoc& d, const Cluster& c, const StoryOptions& o, bool use_time) {
  const std::array<double, kSubs> weight = {o.title_weight, o.body_weight, o.entity_weight};
  const auto subs = Subs(d);
  double sum = 0.0, weights = 0.0;
  for (int k = 0; k < kSubs; ++k) {
    if (subs[k].empty() || weight[k] <= 0.0) continue;
    weights += weight[k];
    sum += weight[k] * c.subs[k].Cosine(subs[k]);
  }
  if (weights <= 0.0) return 0.0;
  double sim = sum / weights;
  if (use_time && d.day != kNoDay)
    sim -= TimePenalty(DaysApart(d.day, d.day, c.first_day, c.last_day), o);
  return sim;
}

double ClusterSimilarity(const Cluster& a, const Cluster& b, const StoryOptions& o) {
  const std::array<double, kSubs> weight = {o.title_weight, o.body_weight, o.entity_weight};
  double sum = 0.0, weights = 0.0;
  for (int k = 0; k < kSubs; ++k) {
    if (a.subs[k].norm2 <= 0.0 || weight[k] <= 0.0) continue;
    weights += weight[k];
    sum += weight[k] * a.subs[k].Cosine(b.subs[k]);
  }
  if (weights <= 0.0) return 0.0;
  return sum / weights -
         TimePenalty(DaysApart(a.first_day, a.last_day, b.first_day, b.last_day), o);
}

using TopTerms = std::array<std::vector<std::uint32_t>, kSubs>;

// The inverted index from (sub-vector, term) to the clusters that have held
// the term among their heaviest, most recent last.
class ClusterIndex {
 public:
  ClusterIndex(int max_postings, int max_candidates)
      : max_postings_(std::max(1, max_postings)), max_candidates_(std::max(1, max_candidates)) {}

  // Each cluster listed under any of `top`, once, scanning the most recent
  // max_postings entries per term; when more than max_candidates, those
  // listed under the most of `top` (ties: the most recent).
  const std::vector<std::uint32_t>& Candidates(const TopTerms& top) {
    ++stamp_;
    candidates_.clear();
    const std::size_t max = static_cast<std::size_t>(max_postings_);
    for (int k = 0; k < kSubs; ++k)
      for (std::uint32_t term : top[k]) {
        const auto it = postings_.find(Key(k, term));
        if (it == postings_.end()) continue;
        const std::vector<std::uint32_t>& list = it->second;
        for (std::size_t p = list.size() > max ? list.size() - max : 0; p < list.size(); ++p) {
          const std::uint32_t c = list[p];
          if (c >= seen_.size()) seen_.resize(c + 1, 0), hits_.resize(c + 1, 0);
          if (seen_[c] == stamp_) {
            ++hits_[c];
            continue;
          }
          seen_[c] = stamp_;
          hits_[c] = 1;
          candidates_.push_back(c);
        }
      }
    const auto keep = static_cast<std::size_t>(max_candidates_);
    if (candidates_.size() > keep) {
      std::nth_element(candidates_.begin(), candidates_.begin() + keep, candidates_.end(),
                       [this](std::uint32_t a, std::uint32_t b) {
                         return hits_[a] != hits_[b] ? hits_[a] > hits_[b] : a > b;
                       });
      candidates_.resize(keep);
    }
    return candidates_;
  }

  void Add(const TopTerms& top, std::uint32_t cluster) {
    for (int k = 0; k < kSubs; ++k)
      for (std::uint32_t term : top[k]) {
        std::vector<std::uint32_t>& list = postings_[Key(k, term)];
        if (list.empty() || list.back() != cluster) list.push_back(cluster);
      }
  }

 private:
  static std::uint64_t Key(int k, std::uint32_t term) {
    return (static_cast<std::uint64_t>(k) << 32) | term;
  }
  int max_postings_, max_candidates_;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> postings_;
  std::vector<std::uint32_t> seen_, hits_;
  std::uint32_t stamp_ = 0;
  std::vector<std::uint32_t> candidates_;
};

// The candidate with the highest score at or above `threshold` (ties: the
// lower cluster number), or -1; `score` returns nullopt for a candidate
// that may not be chosen.
template <typename ScoreFn>
std::int64_t Best(const std::vector<std::uint32_t>& candidates, double threshold, ScoreFn score) {
  double best = threshold;
  std::int64_t chosen = -1;
  for (std::uint32_t c : candidates) {
    const std::optional<double> sim = score(c);
    if (!sim || *sim < best) continue;
    if (chosen < 0 || *sim > best || c < chosen) {
      best = *sim;
      chosen = c;
    }
  }
  return chosen;
}

void Extend(Cluster& into, std::int32_t first_day, std::int32_t last_day) {
  if (first_day == kNoDay) return;
  into.first_day = into.first_day == kNoDay ? first_day : std::min(into.first_day, first_day);
  into.last_day = into.last_day == kNoDay ? last_day : std::max(into.last_day, last_day);
}

// Merges each cluster, in creation order, into the most similar earlier
// cluster of its group when their centroids reach `threshold` (the online
// pass can split a story when its first articles share little); returns
// the new dense number of every old cluster and leaves merged centroids in
// the surviving clusters.
std::vector<std::uint32_t> Merge(std::vector<Cluster>& clusters, double threshold,
                                 const StoryOptions& o) {
  const std::size_t n = clusters.size();
  std::vector<std::uint32_t> root(n);
  ClusterIndex index(o.max_postings, o.max_candidates);
  for (std::uint32_t c = 0; c < n; ++c) {
    root[c] = c;
    TopTerms top;
    for (int k = 0; k < kSubs; ++k) top[k] = clusters[c].subs[k].Top(o.top_terms);
    const std::int64_t chosen =
        Best(index.Candidates(top), threshold, [&](std::uint32_t r) -> std::optional<double> {
          if (r == c || clusters[r].group != clusters[c].group) return std::nullopt;
          return ClusterSimilarity(clusters[c], clusters[r], o);
        });
    if (chosen >= 0) {
      root[c] = static_cast<std::uint32_t>(chosen);
      Cluster& into = clusters[root[c]];
      for (int k = 0; k < kSubs; ++k) into.subs[k].Absorb(clusters[c].subs[k], o.centroid_terms);
      Extend(into, clusters[c].first_day, clusters[c].last_day);
    }
    index.Add(top, root[c]);
  }
  std::vector<std::uint32_t> number(n, 0);
  std::uint32_t next = 0;
  for (std::uint32_t c = 0; c < n; ++c)
    if (root[c] == c) number[c] = next++;
  for (std::uint32_t c = 0; c < n; ++c) number[c] = number[root[c]];
  // Keep the surviving clusters, renumbered.
  std::vector<Cluster> kept;
  kept.reserve(next);
  for (std::uint32_t c = 0; c < n; ++c)
    if (root[c] == c) kept.push_back(std::move(clusters[c]));
  clusters = std::move(kept);
  return number;
}

// One online pass; `group` (may be empty) restricts candidates to clusters
// whose group equals the document's.
template <typename Docs>
std::vector<std::uint32_t> Pass(Docs& docs, double threshold, int window,
                                std::span<const std::uint32_t> group, const StoryOptions& o,
                                std::vector<Cluster>& clusters) {
  std::vector<std::uint32_t> assignment(docs.size());
  ClusterIndex index(o.max_postings, o.max_candidates);
  for (std::uint32_t i = 0; i < docs.size(); ++i) {
    const StoryDoc& d = docs(i);
    const auto subs = Subs(d);
    TopTerms top;
    for (int k = 0; k < kSubs; ++k) top[k] = TopTermsOf(subs[k], o.top_terms);
    std::int64_t chosen =
        Best(index.Candidates(top), threshold, [&](std::uint32_t c) -> std::optional<double> {
          const Cluster& cluster = clusters[c];
          if (!group.empty() && cluster.group != group[i]) return std::nullopt;
          if (d.day != kNoDay && cluster.last_day != kNoDay && window > 0 &&
              d.day - cluster.last_day > window)
            return std::nullopt;
          return Similarity(d, cluster, o, /*use_time=*/true);
        });
    if (chosen < 0) {
      chosen = static_cast<std::int64_t>(clusters.size());
      clusters.emplace_back();
      clusters.back().group = group.empty() ? 0 : group[i];
    }
    Cluster& cluster = clusters[static_cast<std::size_t>(chosen)];
    for (int k = 0; k < kSubs; ++k) cluster.subs[k].Add(subs[k], o.centroid_terms);
    Extend(cluster, d.day, d.day);
    index.Add(top, static_cast<std::uint32_t>(chosen));
    assignment[i] = static_cast<std::uint32_t>(chosen);
  }
  return assignment;
}

}  // namespace

void DocumentFrequencies::Add(std::span<const TermCount> terms) {
  ++documents_;
  for (const TermCount& t : terms) ++df_[t.term];
}

std::uint32_t DocumentFrequencies::Of(std::uint32_t term) const {
  const auto it = df_.find(term);
  return it == df_.end() ? 0 : it->second;
}

void TfIdf(std::span<const TermCount> counts, const DocumentFrequencies& df,
           std::vector<WeightedTerm>& out) {
  out.clear();
  out.reserve(counts.size());
  const double n = df.documents();
  double norm2 = 0.0;
  for (const TermCount& t : counts) {
    const double idf = std::log((1.0 + n) / (1.0 + df.Of(t.term))) + 1.0;
    const double w =
        (1.0 + std::log(static_cast<double>(std::max<std::uint32_t>(1, t.count)))) * idf;
    if (w <= 0.0) continue;
    out.push_back({t.term, static_cast<float>(w)});
    norm2 += w * w;
  }
  const double norm = std::sqrt(norm2);
  for (WeightedTerm& t : out) t.weight = static_cast<float>(t.weight / norm);
}

std::vector<WeightedTerm> TfIdf(std::span<const TermCount> counts, const DocumentFrequencies& df) {
  std::vector<WeightedTerm> out;
  TfIdf(counts, df, out);
  return out;
}

std::vector<std::uint32_t> ClusterOrder(std::span<const DocSummary> summaries) {
  std::vector<std::uint32_t> order(summaries.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const DocSummary& x = summaries[a];
    const DocSummary& y = summaries[b];
    const bool xu = x.about_day == kNoDay, yu = y.about_day == kNoDay;
    if (xu != yu) return yu;
    if (!xu && x.about_day != y.about_day) return x.about_day < y.about_day;
    // Then content: the same articles cluster the same whatever their ids.
    if (x.exact_hash != y.exact_hash) return x.exact_hash < y.exact_hash;
    if (x.title != y.title) return x.title < y.title;
    return x.id < y.id;
  });
  return order;
}

namespace {

// Documents held by the caller.
class HeldDocs {
 public:
  explicit HeldDocs(std::span<const StoryDoc> docs) : docs_(docs) {}
  std::size_t size() const { return docs_.size(); }
  const StoryDoc& operator()(std::size_t i) const { return docs_[i]; }

 private:
  std::span<const StoryDoc> docs_;
};

// Documents made on demand into one scratch document, valid until the next call.
class MadeDocs {
 public:
  MadeDocs(std::size_t count, const StoryDocMaker& make) : count_(count), make_(make) {}
  std::size_t size() const { return count_; }
  const StoryDoc& operator()(std::size_t i) {
    make_(i, scratch_);
    return scratch_;
  }

 private:
  std::size_t count_;
  const StoryDocMaker& make_;
  StoryDoc scratch_;
};

template <typename Docs>
StoryClusters Cluster2(Docs& docs, const StoryOptions& options) {
  StoryClusters out;
  std::vector<Cluster> topics;
  // The topic level weighs body and entities its own way: the two events of
  // one topic share their kind's vocabulary, not their names.
  StoryOptions topic_options = options;
  topic_options.body_weight = options.topic_body_weight;
  topic_options.entity_weight = options.topic_entity_weight;
  out.topic =
      Pass(docs, options.topic_threshold, options.event_window * 4, {}, topic_options, topics);
  const std::vector<std::uint32_t> topic_number = Merge(topics, options.topic_merge, topic_options);
  for (std::uint32_t& t : out.topic) t = topic_number[t];
  out.topics = static_cast<std::uint32_t>(topics.size());
  topics.clear();
  std::vector<Cluster> events;
  out.event = Pass(docs, options.event_threshold, options.event_window, out.topic, options, events);
  const std::vector<std::uint32_t> event_number = Merge(events, options.event_merge, options);
  for (std::uint32_t& e : out.event) e = event_number[e];
  out.events = static_cast<std::uint32_t>(events.size());
  // The central member of each event: the most similar to the final centroid.
  out.central.assign(events.size(), 0);
  std::vector<double> best(events.size(), -1e9);
  for (std::uint32_t i = 0; i < docs.size(); ++i) {
    const std::uint32_t e = out.event[i];
    const double sim = Similarity(docs(i), events[e], options, /*use_time=*/false);
    if (sim > best[e]) {
      best[e] = sim;
      out.central[e] = i;
    }
  }
  return out;
}

}  // namespace

StoryClusters ClusterStories(std::span<const StoryDoc> docs, const StoryOptions& options) {
  HeldDocs held(docs);
  return Cluster2(held, options);
}

StoryClusters ClusterStories(std::size_t count, const StoryDocMaker& make,
                             const StoryOptions& options) {
  MadeDocs made(count, make);
  return Cluster2(made, options);
}

}  // namespace crosscheck::corpus
