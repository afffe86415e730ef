// Stories: online clustering of articles in date order (story_cluster.cc
// explains the method).
//
//   std::vector<StoryDoc> docs = ...;          // TF-IDF vectors, see below
//   StoryClusters c = ClusterStories(docs, options);
//   c.topic[i], c.event[i]                      // cluster numbers of docs[i]
//
// A document is three sparse TF-IDF sub-vectors, each L2-normalised: title
// words, body words, entities (a hash of each corpus entity's kind and name,
// weighted by mentions; never its id, which depends on other documents).
// Its similarity to a cluster is the weighted sum of the cosines of each
// sub-vector with the cluster's centroid (the sum of its members'
// sub-vectors), the weights renormalised over the sub-vectors the document
// has (ECB+ has no titles; a document without mentions has no entities),
// minus a time penalty when both sides are dated:
//   time_weight * max(0, days apart - grace_days) / day_scale
// where "days apart" is the distance to the nearest day the cluster covers.
// Topic clusters form first (topic_threshold); event clusters then form
// inside each topic (event_threshold), so every event story lies in exactly
// one topic story.
//
// Options (StoryOptions): weights and thresholds chosen on the ECB+ train
// topics (eval/stories.py --tune; the dev topics never used for choosing).
//   field            default  meaning
//   title_weight     0.25     weight of the title cosine (ECB+ has no titles: not tuned)
//   body_weight      0.60     weight of the body cosine (event level)
//   entity_weight    0.40     weight of the entity cosine (event level)
//   topic_body_weight    0.60 the same two at topic level
//   topic_entity_weight  0.40
//   topic_threshold  0.22     least similarity to join a topic cluster
//   event_threshold  0.14     least similarity to join an event cluster
//   topic_merge      0.15     after the pass, a topic cluster whose centroid is this
//                             similar to an earlier one's merges into it
//   event_merge      0.50     the same for event clusters (inside one topic)
//   time_weight      0.10     time penalty per day_scale days beyond grace
//   grace_days       3        days apart without penalty
//   day_scale        7.0      days per unit of penalty
//   event_window     60       event clusters untouched this many days before a
//                             dated article are not candidates (topics: 4x)
//   top_terms        15       terms per sub-vector used to find candidates
//   max_postings     400      most recent clusters scanned per term
//   max_candidates   200      clusters compared per article: those sharing the most
//                             of its heaviest terms (ties: the most recent)
//   centroid_terms   400      terms kept per centroid sub-vector (largest weights)
//
// Thread safety: pure function. Failure: none. Cost: per document, at most
// 3 * top_terms * max_postings candidate look-ups and max_candidates
// cosines: linear in the corpus for fixed options; memory is the centroids
// and the inverted index, plus the vectors when the caller holds them.
#ifndef CROSSCHECK_CORPUS_STORY_CLUSTER_H_
#define CROSSCHECK_CORPUS_STORY_CLUSTER_H_

#include <cstdint>
#include <functional>
#include <span>
#include <unordered_map>
#include <vector>

#include "corpus/corpus_summary.h"

namespace crosscheck::corpus {

struct StoryOptions {
  double title_weight = 0.25;
  double body_weight = 0.60;
  double entity_weight = 0.40;
  double topic_body_weight = 0.60;
  double topic_entity_weight = 0.40;
  double topic_threshold = 0.22;
  double event_threshold = 0.14;
  double topic_merge = 0.15;
  double event_merge = 0.50;
  double time_weight = 0.10;
  int grace_days = 3;
  double day_scale = 7.0;
  int event_window = 60;
  int top_terms = 15;
  int max_postings = 400;
  int max_candidates = 200;
  int centroid_terms = 400;
};

struct WeightedTerm {
  std::uint32_t term = 0;
  float weight = 0.0f;
};

// Sub-vectors, each sorted by term and L2-normalised (or empty).
struct StoryDoc {
  std::vector<WeightedTerm> title, body, entities;
  std::int32_t day = kNoDay;  // the day the article is about (DocSummary::about_day)
};

struct StoryClusters {
  std::vector<std::uint32_t> topic;  // per document: topic cluster, numbered from 0
  std::vector<std::uint32_t> event;  // per document: event cluster, numbered from 0
  std::uint32_t topics = 0, events = 0;
  // Per event cluster: the member most similar to the cluster's centroid.
  std::vector<std::uint32_t> central;
};

// `docs` must be in the order ClusterOrder gives: the result depends on the
// order, so it must be one that content alone decides.
StoryClusters ClusterStories(std::span<const StoryDoc> docs, const StoryOptions& options = {});

// The same over `count` documents made on demand: make(i, doc) fills `doc`
// (a reused object: assign every field) with document i, in the order
// ClusterOrder gives. It is called three times per document (topic pass,
// event pass, central member), so a corpus never holds all its vectors at
// once: the caller keeps term counts, and the vectors cost no memory.
using StoryDocMaker = std::function<void(std::size_t index, StoryDoc& doc)>;
StoryClusters ClusterStories(std::size_t count, const StoryDocMaker& make,
                             const StoryOptions& options = {});

// Indexes of `summaries` in clustering order: about_day ascending, undated
// last, then the hash of the normalised body, then the title, and the
// document id only between articles of the same day, body and title (which
// cluster alike). Never the order of Add nor the ids: a resumed analyze
// stores documents in another order than a clean run, ids come from file
// paths, and the same articles must give the same stories whatever either is.
std::vector<std::uint32_t> ClusterOrder(std::span<const DocSummary> summaries);

// Document frequencies of terms over a corpus (one Add per document).
class DocumentFrequencies {
 public:
  void Add(std::span<const TermCount> terms);
  std::uint32_t Of(std::uint32_t term) const;
  std::uint32_t documents() const { return documents_; }

 private:
  std::unordered_map<std::uint32_t, std::uint32_t> df_;
  std::uint32_t documents_ = 0;
};

// An L2-normalised TF-IDF vector: (1 + ln tf) * (ln((1 + n) / (1 + df)) + 1),
// n = df.documents(). The +1 keeps words every document shares in play: in a
// small corpus about one event ("flood", the city's name) they are the
// evidence that the articles belong together.
std::vector<WeightedTerm> TfIdf(std::span<const TermCount> counts, const DocumentFrequencies& df);
// The same into `out` (cleared first; its capacity is reused).
void TfIdf(std::span<const TermCount> counts, const DocumentFrequencies& df,
           std::vector<WeightedTerm>& out);

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_STORY_CLUSTER_H_
