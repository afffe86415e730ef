// train_quotes: trains the attribution model (src/extract/quote_model.h) on
// PolNeAR's train split and writes models/quotes.bin. Deterministic for a
// given --seed.
//
//   train_quotes --data ../shared/data --out models/quotes.bin [--seed 1]
//                [--epochs 10] [--min-count 2] [--min-rate 0.05] [--parse-margin -8]
//                [--cue-bias 2] [--none-penalty 0] [--prune 0.01]
//                [--holdout-month 2016-08]  # leave that month's articles out
//                                           # (choose settings on them with
//                                           # eval/quotes.py --split train
//                                           # --months 2016-08)
//
// Each article (first annotator's file, as eval/quotes.py scores) goes through
// the same cleaning and text stage as eval/quotes_run, and every sentence is
// parsed. Gold spans (brat character offsets) are mapped to tokens through
// Document::to_input. Cue tags: a word overlapping a Cue span is B when the
// word before it is not in the same span, else I. The vocabulary is the word
// forms that open a cue at least --min-count times and in at least --min-rate
// of their occurrences. Both cue taggers (with
// and without tree features) are averaged perceptrons trained with the gold
// previous tag. The content and source rankers are trained on the gold cues:
// the target candidate is the one whose tokens best overlap the gold span
// (shared tokens at least half of both, as the scorer counts), "none" for a
// source none of them matches; a cue with no matching content candidate is
// skipped.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "crosscheck/ingest.h"
#include "crosscheck/pipeline.h"
#include "crosscheck/text.h"
#include "extract/quote_features.h"
#include "extract/quote_marks.h"
#include "extract/quote_model.h"
#include "text/perceptron.h"

using namespace crosscheck;

namespace {

struct Options {
  std::string data = "../shared/data";
  std::string out = "models/quotes.bin";
  std::string models;
  std::string holdout_month;
  std::uint64_t seed = 1;
  int epochs = 10;
  int min_count = 2;
  float min_rate = 0.05f;
  float parse_margin = -8.0f;
  float cue_bias = 2.0f;
  float none_penalty = 0.0f;
  float prune = 0.01f;
};

struct Attribution {
  std::vector<std::uint32_t> cue, source, content;  // token indexes
};

struct Article {
  Document doc;
  CueContext context;
  std::vector<int> tags;  // per token
  std::vector<Attribution> gold;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Brat spans: label -> char ranges per T id; attributions from E lines.
struct Brat {
  std::map<std::string, std::vector<std::pair<std::uint32_t, std::uint32_t>>> spans;
  std::vector<std::map<std::string, std::vector<std::string>>> events;
};

Brat ReadBrat(const std::string& path) {
  Brat b;
  std::istringstream in(ReadFile(path));
  std::string line;
  while (std::getline(in, line)) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const std::string id = line.substr(0, tab);
    std::string rest = line.substr(tab + 1);
    const auto tab2 = rest.find('\t');
    if (tab2 != std::string::npos) rest = rest.substr(0, tab2);
    if (id[0] == 'T') {
      const auto sp = rest.find(' ');
      if (sp == std::string::npos) continue;
      std::string ranges = rest.substr(sp + 1);
      std::istringstream rs(ranges);
      std::string part;
      while (std::getline(rs, part, ';')) {
        std::uint32_t a = 0, e = 0;
        if (std::sscanf(part.c_str(), "%u %u", &a, &e) == 2) b.spans[id].push_back({a, e});
      }
    } else if (id[0] == 'E') {
      std::map<std::string, std::vector<std::string>> roles;
      std::istringstream rs(rest);
      std::string item;
      while (rs >> item) {
        const auto colon = item.find(':');
        if (colon == std::string::npos) continue;
        std::string role = item.substr(0, colon);
        while (!role.empty() && std::isdigit(static_cast<unsigned char>(role.back()))) {
          role.pop_back();
        }
        roles[role].push_back(item.substr(colon + 1));
      }
      b.events.push_back(std::move(roles));
    }
  }
  return b;
}

std::vector<QuoteRegion> TopRegions(const Document& doc) {
  std::vector<QuoteRegion> all = PairQuoteMarks(doc.text, doc.paragraphs);
  const bool any_double = std::any_of(
      all.begin(), all.end(), [](const QuoteRegion& r) { return r.level == QuoteLevel::kDouble; });
  std::vector<QuoteRegion> top;
  for (const QuoteRegion& r : all) {
    if (r.depth == 0 && (r.level == QuoteLevel::kDouble || !any_double)) top.push_back(r);
  }
  return top;
}

std::uint32_t SentenceOf(const Document& d, std::uint32_t token) {
  auto it = std::upper_bound(d.sentences.begin(), d.sentences.end(), token,
                             [](std::uint32_t t, const Sentence& s) { return t < s.first_token; });
  return static_cast<std::uint32_t>(it - d.sentences.begin()) - 1;
}

// Overlap of two token sets (sorted): shared, and whether the scorer would
// count them as matching (shared >= half of each).
double OverlapF(const std::vector<std::uint32_t>& gold, std::uint32_t lo, std::uint32_t hi,
                const Document& d) {
  std::size_t shared = 0, pred = 0;
  for (std::uint32_t k = lo; k <= hi; ++k) {
    if (d.tokens[k].kind == TokenKind::kPunct) continue;
    ++pred;
    shared += std::binary_search(gold.begin(), gold.end(), k) ? 1 : 0;
  }
  std::size_t g = 0;
  for (std::uint32_t k : gold) g += d.tokens[k].kind != TokenKind::kPunct;
  if (shared == 0 || shared * 2 < g || shared * 2 < pred) return 0.0;
  return 2.0 * shared / static_cast<double>(g + pred);
}

class Ranker {
 public:
  Ranker() : model_(2) {}
  // One training step over candidate feature lists; `truth` indexes them.
  void Step(const std::vector<std::vector<std::uint64_t>>& features, std::size_t truth) {
    std::size_t guess = 0;
    float best = 0;
    for (std::size_t i = 0; i < features.size(); ++i) {
      float scores[2] = {0, 0};
      model_.Score(features[i], scores);
      if (i == 0 || scores[0] > best) {
        best = scores[0];
        guess = i;
      }
    }
    if (guess != truth) {
      model_.Update(features[truth], 0, 1);
      model_.Update(features[guess], 1, 0);
      ++errors_;
    }
    ++steps_;
    model_.Tick();
  }
  text::AveragedPerceptron& model() { return model_; }
  std::size_t errors_ = 0, steps_ = 0;

 private:
  text::AveragedPerceptron model_;
};

}  // namespace

int main(int argc, char** argv) {
  Options o;
  std::map<std::string, std::function<void(const std::string&)>> flags = {
      {"--data", [&](const std::string& v) { o.data = v; }},
      {"--out", [&](const std::string& v) { o.out = v; }},
      {"--models", [&](const std::string& v) { o.models = v; }},
      {"--holdout-month", [&](const std::string& v) { o.holdout_month = v; }},
      {"--seed", [&](const std::string& v) { o.seed = std::stoull(v); }},
      {"--epochs", [&](const std::string& v) { o.epochs = std::stoi(v); }},
      {"--min-count", [&](const std::string& v) { o.min_count = std::stoi(v); }},
      {"--parse-margin", [&](const std::string& v) { o.parse_margin = std::stof(v); }},
      {"--cue-bias", [&](const std::string& v) { o.cue_bias = std::stof(v); }},
      {"--none-penalty", [&](const std::string& v) { o.none_penalty = std::stof(v); }},
      {"--min-rate", [&](const std::string& v) { o.min_rate = std::stof(v); }},
      {"--prune", [&](const std::string& v) { o.prune = std::stof(v); }},
  };
  for (int i = 1; i < argc; i += 2) {
    const auto it = flags.find(argv[i]);
    if (it == flags.end() || i + 1 >= argc) {
      std::fprintf(stderr, "train_quotes: unknown flag or missing value: %s\n", argv[i]);
      return 2;
    }
    it->second(argv[i + 1]);
  }
  const std::string root = o.data + "/quotes/polnear/train";
  std::map<std::string, std::string> anns;  // article -> first annotator's file
  for (const auto& e : std::filesystem::directory_iterator(root + "/attributions")) {
    const std::string name = e.path().filename().string();
    if (!name.ends_with(".ann")) continue;
    const std::string base = name.substr(0, name.rfind('_'));
    auto [it, inserted] = anns.emplace(base, name);
    if (!inserted && name < it->second) it->second = name;
  }
  IngestOptions ingest;
  ingest.remove_boilerplate = false;
  ingest.remove_duplicates = false;
  ingest.read_metadata_lines = false;
  Cleaner cleaner(ingest);
  TextOptions text_options;
  text_options.detect_language = false;
  text_options.models_dir = o.models;
  auto text = TextAnalyzer::Create(text_options);
  if (!text.ok()) {
    std::fprintf(stderr, "train_quotes: %s\n", text.status().ToString().c_str());
    return 2;
  }
  std::vector<Article> articles, held_out;
  std::size_t held = 0;
  for (const auto& [base, ann] : anns) {
    const bool holding =
        !o.holdout_month.empty() && base.find("_" + o.holdout_month) != std::string::npos;
    held += holding ? 1 : 0;
    RawRecord record;
    record.path = root + "/text/" + base + ".txt";
    record.format = "text";
    record.body = ReadFile(record.path);
    Outcome outcome = AnalyzeRecord(record, cleaner, **text);
    auto* doc = std::get_if<Document>(&outcome);
    if (doc == nullptr || !(*text)->ParseAll(*doc).ok()) {
      std::fprintf(stderr, "train_quotes: %s: skipped\n", base.c_str());
      continue;
    }
    Article a;
    a.doc = std::move(*doc);
    const Document& d = a.doc;
    a.context.Reset(d, TopRegions(d));
    // Character offsets of the tokens in the input.
    std::vector<std::uint32_t> chars(record.body.size() + 1, 0);
    std::uint32_t n = 0;
    for (std::size_t i = 0; i < record.body.size(); ++i) {
      chars[i] = n;
      if ((static_cast<unsigned char>(record.body[i]) & 0xC0) != 0x80) ++n;
    }
    chars[record.body.size()] = n;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> tok(d.tokens.size());
    for (std::size_t k = 0; k < d.tokens.size(); ++k) {
      const std::uint64_t s =
          std::min<std::uint64_t>(d.to_input.ToInput(d.tokens[k].span.start), record.body.size());
      const std::uint64_t e =
          std::min<std::uint64_t>(d.to_input.ToInputEnd(d.tokens[k].span.end), record.body.size());
      tok[k] = {chars[s], chars[e]};
    }
    const Brat brat = ReadBrat(root + "/attributions/" + ann);
    auto tokens_of = [&](const std::vector<std::string>& ids) {
      std::vector<std::uint32_t> out;
      for (const std::string& id : ids) {
        auto it = brat.spans.find(id);
        if (it == brat.spans.end()) continue;
        for (auto [s, e] : it->second) {
          auto lo = std::lower_bound(tok.begin(), tok.end(), s,
                                     [](const auto& t, std::uint32_t p) { return t.second <= p; });
          for (auto t = lo; t != tok.end() && t->first < e; ++t) {
            out.push_back(static_cast<std::uint32_t>(t - tok.begin()));
          }
        }
      }
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
      return out;
    };
    a.tags.assign(d.tokens.size(), kCueO);
    std::vector<int> owner(d.tokens.size(), -1);
    for (const auto& roles : brat.events) {
      Attribution at;
      if (auto it = roles.find("Cue"); it != roles.end()) at.cue = tokens_of(it->second);
      if (auto it = roles.find("Source"); it != roles.end()) at.source = tokens_of(it->second);
      if (auto it = roles.find("Content"); it != roles.end()) at.content = tokens_of(it->second);
      if (at.content.empty() || at.cue.empty()) continue;
      const int id = static_cast<int>(a.gold.size());
      for (std::size_t j = 0; j < at.cue.size(); ++j) {
        const std::uint32_t k = at.cue[j];
        const bool continues =
            j > 0 && at.cue[j - 1] + 1 == k && SentenceOf(d, k) == SentenceOf(d, at.cue[j - 1]);
        if (owner[k] == -1) {
          a.tags[k] = continues ? kCueI : kCueB;
          owner[k] = id;
        }
      }
      a.gold.push_back(std::move(at));
    }
    (holding ? held_out : articles).push_back(std::move(a));
  }
  std::fprintf(stderr, "train_quotes: %zu articles (%zu held out)\n", articles.size(), held);

  // Vocabulary: forms that open a cue at least min_count times.
  std::unordered_map<std::uint64_t, int> opens, seen;
  for (const Article& a : articles) {
    for (std::size_t k = 0; k < a.tags.size(); ++k) {
      ++seen[a.context.hash[k]];
      if (a.tags[k] == kCueB) ++opens[a.context.hash[k]];
    }
  }
  std::vector<std::uint64_t> vocabulary;
  for (const auto& [h, c] : opens) {
    if (c >= o.min_count && c >= o.min_rate * seen[h]) vocabulary.push_back(h);
  }
  std::sort(vocabulary.begin(), vocabulary.end());
  auto in_vocab = [&](std::uint64_t h) {
    return std::binary_search(vocabulary.begin(), vocabulary.end(), h);
  };
  std::fprintf(stderr, "train_quotes: vocabulary %zu forms\n", vocabulary.size());

  // Cue taggers.
  struct Ref {
    std::uint32_t article, sentence;
  };
  std::vector<Ref> order;
  for (std::uint32_t a = 0; a < articles.size(); ++a) {
    for (std::uint32_t s = 0; s < articles[a].doc.sentences.size(); ++s) order.push_back({a, s});
  }
  std::mt19937_64 rng(o.seed);
  text::AveragedPerceptron plain(kCueTags), tree(kCueTags);
  std::vector<std::uint64_t> features;
  for (int epoch = 0; epoch < o.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t steps = 0, wrong_plain = 0, wrong_tree = 0;
    for (const Ref& r : order) {
      const Article& a = articles[r.article];
      const Sentence& s = a.doc.sentences[r.sentence];
      const SentenceTree sentence_tree(a.doc, s);
      int prev = kCueO;
      for (std::uint32_t k = s.first_token; k < s.first_token + s.token_count; ++k) {
        const int truth = a.tags[k];
        if (prev != kCueO || in_vocab(a.context.hash[k])) {
          for (int pass = 0; pass < 2; ++pass) {
            text::AveragedPerceptron& m = pass == 0 ? plain : tree;
            features.clear();
            CueFeatures(a.doc, a.context, s, k, prev, pass == 1 ? &sentence_tree : nullptr,
                        features);
            float scores[kCueTags] = {0, 0, 0};
            m.Score(features, scores);
            const int guess =
                static_cast<int>(std::max_element(scores, scores + kCueTags) - scores);
            if (guess != truth) {
              m.Update(features, truth, guess);
              ++(pass == 0 ? wrong_plain : wrong_tree);
            }
            m.Tick();
          }
          ++steps;
        }
        prev = truth;
      }
    }
    std::fprintf(stderr, "train_quotes: cue epoch %d: %zu words, errors %zu (plain) %zu (tree)\n",
                 epoch + 1, steps, wrong_plain, wrong_tree);
  }

  // Held-out cue spans (exact token spans), both taggers on every sentence.
  if (!held_out.empty()) {
    QuoteModel probe(o.parse_margin, o.cue_bias, o.none_penalty, vocabulary,
                     plain.Finalize(o.prune), tree.Finalize(o.prune),
                     text::AveragedPerceptron(2).Finalize(),
                     text::AveragedPerceptron(2).Finalize());
    for (int pass = 0; pass < 2; ++pass) {
      std::size_t tp = 0, np = 0, ng = 0, parsed = 0, gold_sentences = 0, gold_parsed = 0,
                  sentences = 0;
      for (const Article& a : held_out) {
        const std::vector<std::uint32_t> chosen = probe.CueSentences(a.doc, a.context);
        std::vector<CueSpan> cues;
        for (std::uint32_t s = 0; s < a.doc.sentences.size(); ++s) {
          const Sentence& sent = a.doc.sentences[s];
          std::set<std::pair<std::uint32_t, std::uint32_t>> gold, pred;
          for (std::uint32_t k = sent.first_token; k < sent.first_token + sent.token_count; ++k) {
            if (a.tags[k] != kCueB) continue;
            std::uint32_t e = k;
            while (e + 1 < sent.first_token + sent.token_count && a.tags[e + 1] == kCueI) ++e;
            gold.insert({k, e});
          }
          cues.clear();
          const SentenceTree sentence_tree(a.doc, sent);
          probe.Cues(a.doc, a.context, s, pass == 1 ? &sentence_tree : nullptr, cues);
          for (const CueSpan& c : cues) pred.insert({c.lo, c.hi});
          for (const auto& g : gold) tp += pred.count(g);
          np += pred.size();
          ng += gold.size();
          const bool chose = std::binary_search(chosen.begin(), chosen.end(), s);
          ++sentences;
          parsed += chose;
          gold_sentences += !gold.empty();
          gold_parsed += !gold.empty() && chose;
        }
      }
      const double p = np ? double(tp) / np : 0, r = ng ? double(tp) / ng : 0;
      std::fprintf(stderr,
                   "train_quotes: held-out cue spans (%s): P %.3f R %.3f F1 %.3f; parsed %zu of "
                   "%zu sentences, %zu of the %zu with a cue\n",
                   pass == 0 ? "no tree" : "tree", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0,
                   parsed, sentences, gold_parsed, gold_sentences);
    }
  }

  // Content and source rankers on the gold cues.
  struct Instance {
    std::uint32_t article, sentence, lo, hi, head;
    std::size_t content_truth, source_truth;
    std::vector<Candidate> contents, sources;
  };
  std::vector<Instance> instances;
  std::size_t skipped = 0, no_source = 0;
  for (std::uint32_t ai = 0; ai < articles.size(); ++ai) {
    const Article& a = articles[ai];
    const Document& d = a.doc;
    for (const Attribution& at : a.gold) {
      const std::uint32_t s = SentenceOf(d, at.cue.front());
      std::uint32_t lo = at.cue.front(), hi = lo;
      while (hi + 1 <= at.cue.back() && std::binary_search(at.cue.begin(), at.cue.end(), hi + 1) &&
             SentenceOf(d, hi + 1) == s) {
        ++hi;
      }
      while (hi > lo && d.tokens[hi].kind == TokenKind::kPunct) --hi;
      Instance in{ai, s, lo, hi, CueHead(d, s, lo, hi), 0, 0, {}, {}};
      CueFrame rule;
      const CueFrame* has_rule = RuleFrameFor(d, a.context, s, in.head, rule) ? &rule : nullptr;
      const SentenceTree sentence_tree(d, d.sentences[s]);
      ContentCandidates(d, sentence_tree, s, lo, hi, in.head, has_rule, in.contents);
      SourceCandidates(d, sentence_tree, lo, hi, in.head, has_rule, in.sources);
      double best = 0;
      for (std::size_t c = 0; c < in.contents.size(); ++c) {
        const double f = OverlapF(at.content, in.contents[c].lo, in.contents[c].hi, d);
        if (f > best) {
          best = f;
          in.content_truth = c;
        }
      }
      if (best == 0) {
        ++skipped;
        continue;
      }
      best = 0;
      in.source_truth = 0;  // none
      for (std::size_t c = 1; c < in.sources.size() && !at.source.empty(); ++c) {
        const double f = OverlapF(at.source, in.sources[c].lo, in.sources[c].hi, d);
        if (f > best) {
          best = f;
          in.source_truth = c;
        }
      }
      no_source += in.source_truth == 0;
      instances.push_back(std::move(in));
    }
  }
  std::fprintf(stderr,
               "train_quotes: %zu cues with a content candidate (%zu without), %zu with no "
               "source candidate\n",
               instances.size(), skipped, no_source);
  Ranker content, source;
  std::vector<std::vector<std::uint64_t>> cand_features;
  std::vector<std::size_t> iorder(instances.size());
  for (std::size_t i = 0; i < iorder.size(); ++i) iorder[i] = i;
  for (int epoch = 0; epoch < o.epochs; ++epoch) {
    std::shuffle(iorder.begin(), iorder.end(), rng);
    content.errors_ = source.errors_ = 0;
    for (std::size_t i : iorder) {
      const Instance& in = instances[i];
      const Article& a = articles[in.article];
      for (int which = 0; which < 2; ++which) {
        const auto& cands = which == 0 ? in.contents : in.sources;
        cand_features.assign(cands.size(), {});
        for (std::size_t c = 0; c < cands.size(); ++c) {
          CandidateFeatures(a.doc, a.context, in.sentence, in.lo, in.hi, in.head, cands[c],
                            which == 1, cand_features[c]);
        }
        (which == 0 ? content : source)
            .Step(cand_features, which == 0 ? in.content_truth : in.source_truth);
      }
    }
    std::fprintf(stderr, "train_quotes: ranker epoch %d: content errors %zu, source errors %zu\n",
                 epoch + 1, content.errors_, source.errors_);
  }
  text::WeightTable tables[4] = {plain.Finalize(o.prune), tree.Finalize(o.prune),
                                 content.model().Finalize(o.prune),
                                 source.model().Finalize(o.prune)};
  const std::size_t model_sizes[4] = {tables[0].weight_count(), tables[1].weight_count(),
                                      tables[2].weight_count(), tables[3].weight_count()};
  QuoteModel model(o.parse_margin, o.cue_bias, o.none_penalty, vocabulary, std::move(tables[0]),
                   std::move(tables[1]), std::move(tables[2]), std::move(tables[3]));
  const Status saved = model.Save(o.out);
  std::fprintf(stderr, "train_quotes: weights kept: cue %zu + %zu, content %zu, source %zu\n",
               model_sizes[0], model_sizes[1], model_sizes[2], model_sizes[3]);
  if (!saved.ok()) {
    std::fprintf(stderr, "train_quotes: %s\n", saved.ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "train_quotes: wrote %s\n", o.out.c_str());
  return 0;
}
