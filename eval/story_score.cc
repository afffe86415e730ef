// Story clustering scored on ECB+ (eval/stories.py writes the JSON Lines).
//
//   story_score ECBPLUS.jsonl            dev topics, default StoryOptions:
//                                        "stories.ecbplus_dev.{topic,event}.{bcubed,pairwise}_{p,r,f1}"
//   story_score ECBPLUS.jsonl --tune     grid search on the train topics; prints
//                                        the best options and their train figures
//   story_score ECBPLUS.jsonl --train    the train topics scored, not the dev ones
//   story_score ECBPLUS.jsonl --dump     also prints each story's documents by gold event
//   ... --set NAME=VALUE                 a StoryOptions field other than its default
//                                        (weights, thresholds, merges, time_weight, top_terms,
//                                        max_postings, max_candidates, centroid_terms)
//
// Each record's url is "ecbplus:TOPIC/TOPIC_Necb.xml" or "..._Necbplus.xml":
// the topic is the gold topic cluster, topic + "ecb"/"ecbplus" the gold event
// (sub-topic) cluster. Documents go through the per-document pipeline
// (mentions and chains; no quotes; no time: ECB+ has no dates), then the
// corpus runner over one split at a time (idf from that split alone).
//
// B-cubed (Bagga and Baldwin 1998): per document, precision = |its cluster ∩
// its gold class| / |its cluster|, recall = ... / |its gold class|, averaged
// over documents. Pairwise: precision and recall of the document pairs put
// together.
#include <cstdio>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "corpus/corpus_runner.h"
#include "crosscheck/pipeline.h"

namespace {

using crosscheck::Document;
using crosscheck::Story;
using crosscheck::corpus::CorpusRunner;
using crosscheck::corpus::StoryOptions;

const std::set<int> kDevTopics = {2, 5, 12, 18, 21, 23, 34, 35};

struct Gold {
  int topic = 0;
  std::string event;
};

struct Scores {
  double bp = 0, br = 0, bf = 0, pp = 0, pr = 0, pf = 0;
};

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

// Clusters (lists of document ids) against gold labels.
Scores Score(const std::vector<std::vector<std::string>>& clusters,
             const std::map<std::string, std::string>& gold) {
  std::map<std::string, std::size_t> gold_size;
  for (const auto& [doc, label] : gold) ++gold_size[label];
  Scores s;
  double n = 0, pairs_system = 0, pairs_gold = 0, pairs_both = 0;
  for (const auto& cluster : clusters) {
    std::map<std::string, std::size_t> by_label;
    for (const std::string& d : cluster) ++by_label[gold.at(d)];
    for (const std::string& d : cluster) {
      const std::string& label = gold.at(d);
      const double both = static_cast<double>(by_label[label]);
      s.bp += both / cluster.size();
      s.br += both / gold_size[label];
      n += 1;
    }
    pairs_system += cluster.size() * (cluster.size() - 1) / 2.0;
    for (const auto& [label, k] : by_label) pairs_both += k * (k - 1) / 2.0;
  }
  for (const auto& [label, k] : gold_size) pairs_gold += k * (k - 1) / 2.0;
  if (n > 0) s.bp /= n, s.br /= n;
  s.bf = F1(s.bp, s.br);
  s.pp = pairs_system > 0 ? pairs_both / pairs_system : 1.0;
  s.pr = pairs_gold > 0 ? pairs_both / pairs_gold : 1.0;
  s.pf = F1(s.pp, s.pr);
  return s;
}

struct Split {
  std::unique_ptr<CorpusRunner> runner;
  std::map<std::string, std::string> topic_gold, event_gold;
};

std::pair<Scores, Scores> Evaluate(const Split& split, const StoryOptions& options) {
  const std::vector<Story> stories = split.runner->Stories(options);
  std::vector<std::vector<std::string>> topics, events;
  for (const Story& s : stories) (s.level == "topic" ? topics : events).push_back(s.documents);
  return {Score(topics, split.topic_gold), Score(events, split.event_gold)};
}

void Print(const std::string& prefix, const Scores& s) {
  std::printf("%s.bcubed_p %.4f\n%s.bcubed_r %.4f\n%s.bcubed_f1 %.4f\n", prefix.c_str(), s.bp,
              prefix.c_str(), s.br, prefix.c_str(), s.bf);
  std::printf("%s.pairwise_p %.4f\n%s.pairwise_r %.4f\n%s.pairwise_f1 %.4f\n", prefix.c_str(), s.pp,
              prefix.c_str(), s.pr, prefix.c_str(), s.pf);
}

// Searches *threshold in [0.04, max] x *merge in [0.1, 0.9] for the best
// score; leaves the best pair set and returns (score, threshold, merge).
template <typename ScoreFn>
std::tuple<double, double, double> Grid(double max, double* threshold, double* merge,
                                        ScoreFn score) {
  double best = -1, best_t = 0, best_m = 0;
  for (double t = 0.04; t <= max + 1e-9; t += 0.02)
    for (double m = 0.1; m <= 0.9 + 1e-9; m += 0.05) {
      *threshold = t, *merge = m;
      const double f = score();
      if (f > best) best = f, best_t = t, best_m = m;
    }
  *threshold = best_t, *merge = best_m;
  return {best, best_t, best_m};
}

void Tune(const Split& train) {
  // The topic level first: for each entity weight, its join and merge
  // thresholds on topic B-cubed F1 (events off). Then, given the best topic
  // options, the same for the event level on event B-cubed F1.
  StoryOptions best;
  best.title_weight = 0.25;  // ECB+ has no titles: the weight is unused here
  best.event_threshold = 0.99;
  best.event_merge = 0.99;
  double best_topic = -1;
  for (double entity_weight : {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6}) {
    StoryOptions o = best;
    o.topic_entity_weight = entity_weight;
    o.topic_body_weight = 1.0 - entity_weight;
    const auto [f, t, m] =
        Grid(0.5, &o.topic_threshold, &o.topic_merge, [&] { return Evaluate(train, o).first.bf; });
    std::printf("# topic entity_weight %.2f: threshold %.2f merge %.2f F1 %.4f\n", entity_weight, t,
                m, f);
    std::fflush(stdout);
    if (f > best_topic) best = o, best_topic = f;
  }
  double best_event = -1;
  StoryOptions topic_best = best;
  for (double entity_weight : {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6}) {
    StoryOptions o = topic_best;
    o.entity_weight = entity_weight;
    o.body_weight = 1.0 - entity_weight;
    const auto [f, t, m] =
        Grid(0.8, &o.event_threshold, &o.event_merge, [&] { return Evaluate(train, o).second.bf; });
    std::printf("# event entity_weight %.2f: threshold %.2f merge %.2f F1 %.4f\n", entity_weight, t,
                m, f);
    std::fflush(stdout);
    if (f > best_event) best = o, best_event = f;
  }
  std::printf(
      "# best on train: topic_body_weight %.2f topic_entity_weight %.2f topic_threshold %.2f "
      "topic_merge %.2f body_weight %.2f entity_weight %.2f event_threshold %.2f event_merge "
      "%.2f\n",
      best.topic_body_weight, best.topic_entity_weight, best.topic_threshold, best.topic_merge,
      best.body_weight, best.entity_weight, best.event_threshold, best.event_merge);
  const auto [topic, event] = Evaluate(train, best);
  Print("stories.ecbplus_train.topic", topic);
  Print("stories.ecbplus_train.event", event);
}

}  // namespace

// "--set name=value": one StoryOptions field; false if the name is unknown.
bool SetOption(StoryOptions& o, const std::string& arg) {
  const std::size_t eq = arg.find('=');
  if (eq == std::string::npos) return false;
  const std::string name = arg.substr(0, eq);
  const double value = std::stod(arg.substr(eq + 1));
  const std::map<std::string, double*> fields = {{"title_weight", &o.title_weight},
                                                 {"body_weight", &o.body_weight},
                                                 {"entity_weight", &o.entity_weight},
                                                 {"topic_threshold", &o.topic_threshold},
                                                 {"topic_body_weight", &o.topic_body_weight},
                                                 {"topic_entity_weight", &o.topic_entity_weight},
                                                 {"event_threshold", &o.event_threshold},
                                                 {"topic_merge", &o.topic_merge},
                                                 {"event_merge", &o.event_merge},
                                                 {"time_weight", &o.time_weight}};
  const std::map<std::string, int*> counts = {{"top_terms", &o.top_terms},
                                               {"max_postings", &o.max_postings},
                                               {"max_candidates", &o.max_candidates},
                                               {"centroid_terms", &o.centroid_terms}};
  if (const auto it = fields.find(name); it != fields.end()) {
    *it->second = value;
    return true;
  }
  if (const auto it = counts.find(name); it != counts.end()) {
    *it->second = static_cast<int>(value);
    return true;
  }
  return false;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: story_score ECBPLUS.jsonl [--tune | --train] [--set NAME=VALUE]...\n";
    return 2;
  }
  bool tune = false, train = false, dump = false;
  StoryOptions chosen;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--tune") {
      tune = true;
    } else if (arg == "--train") {
      train = true;
    } else if (arg == "--dump") {
      dump = true;
    } else if (arg == "--set" && i + 1 < argc && SetOption(chosen, argv[i + 1])) {
      ++i;
    } else {
      std::cerr << "story_score: bad argument " << arg << "\n";
      return 2;
    }
  }
  const bool on_train = tune || train;
  crosscheck::PipelineOptions options;
  options.jobs = 2;
  options.ordered = true;
  options.extract.quotes = false;
  options.extract.time = false;
  Split split;
  split.runner = std::make_unique<CorpusRunner>();
  const std::regex name(R"(ecbplus:(\d+)/\d+_\d+(ecb(plus)?)\.xml)");
  std::size_t skipped = 0;
  crosscheck::PipelineCallbacks callbacks;
  callbacks.sink = [&](crosscheck::Outcome&& outcome) {
    auto* d = std::get_if<Document>(&outcome);
    if (d == nullptr) {
      ++skipped;
      return true;
    }
    std::smatch m;
    if (!std::regex_match(d->url, m, name)) {
      ++skipped;
      return true;
    }
    const int topic = std::stoi(m[1]);
    if (kDevTopics.contains(topic) == on_train) return true;  // the other split
    split.topic_gold[d->id] = m[1].str();
    split.event_gold[d->id] = m[1].str() + m[2].str();
    split.runner->Add(*d);
    return true;
  };
  const crosscheck::Status st = crosscheck::RunPipeline({argv[1]}, options, callbacks);
  if (!st.ok()) {
    std::cerr << "story_score: " << st.ToString() << "\n";
    return 1;
  }
  std::fprintf(stderr, "# %zu documents (%s topics), %zu skipped\n", split.topic_gold.size(),
               on_train ? "train" : "dev", skipped);
  split.runner->Finish();
  if (tune) {
    Tune(split);
    return 0;
  }
  const auto [topic, event] = Evaluate(split, chosen);
  const std::string prefix = train ? "stories.ecbplus_train" : "stories.ecbplus_dev";
  Print(prefix + ".topic", topic);
  Print(prefix + ".event", event);
  if (dump) {
    // Error analysis: each story's documents counted by gold label.
    for (const Story& s : split.runner->Stories(chosen)) {
      std::map<std::string, int> labels;
      for (const std::string& d : s.documents)
        ++labels[split.event_gold.at(d)];
      std::printf("# %s %s:", s.level.c_str(), s.id.c_str());
      for (const auto& [label, n] : labels) std::printf(" %s=%d", label.c_str(), n);
      std::printf("\n");
    }
  }
  return 0;
}
