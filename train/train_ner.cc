// train_ner: trains the entity tagger (src/extract/ner_tagger.h) from GUM's
// train split and writes models/ner.bin. Deterministic for a given --seed.
//
//   train_ner --data ../shared/data --out models/ner.bin [--seed 1] [--epochs 10]
//             [--models models]           # the syntax tagger that tags the words
//             [--iso-codes /usr/share/iso-codes/json]
//             [--propernames /usr/share/dict/propernames.gz]
//             [--wordnet /usr/share/wordnet/data.noun]
//             [--lenient 0]               # 1: also learn the names that open mentions
//                                         # the scoring rule rejects (GumNameSpan)
//             [--cues 1]                  # 0: no document cue features
//             [--holdout 0.1]             # choose settings: train on 90% of the
//                                         # train documents, print held-out F1
//                                         # after each epoch, write nothing
//
// Words carry the UPOS/XPOS the syntax tagger (models/tagger.bin) predicts,
// as at run time, not GUM's gold tags. Gold names: GumNames, nested ones included
// (src/extract/ner_gum.h). The word clusters are read from tagger.bin so the
// two models share them. Gazetteers: iso-codes' ISO 3166-1 country names
// (name, common_name, official_name) and ISO 3166-2 subdivision names, and
// miscfiles' propernames (given names), and wordnet-base's noun instances
// (synsets with an "@i" instance-of pointer), typed by their lexicographer
// file: noun.person, noun.location, noun.group, noun.event/act/time; a missing file is reported and
// left out (the model then lacks those features, so the script checks for them).
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "extract/ner_gum.h"
#include "extract/ner_tagger.h"
#include "text/conllu.h"
#include "text/model_file.h"
#include "text/syntax_models.h"
#include "text/tagger.h"

using namespace crosscheck;
using namespace crosscheck::extract;

namespace {

struct Options {
  std::string data = "../shared/data";
  std::string out = "models/ner.bin";
  std::string models;
  std::string iso_codes = "/usr/share/iso-codes/json";
  std::string propernames = "/usr/share/dict/propernames.gz";
  std::string wordnet = "/usr/share/wordnet/data.noun";
  std::uint64_t seed = 1;
  int epochs = 10;
  double holdout = 0.0;
  bool cues = true;      // document cue features (DocumentCues)
  bool lenient = false;  // also train on the names that open rule-breaking mentions
};

// The word clusters stored at the end of tagger.bin (Tagger::Save's layout).
Result<text::WordClusters> ClustersOfTagger(const std::string& path) {
  Result<text::ModelReader> in =
      text::LoadModelPayload(path, text::Tagger::kMagic, text::Tagger::kVersion);
  if (!in.ok()) return in.status();
  const std::uint32_t n = in->Get<std::uint32_t>();
  for (std::uint32_t i = 0; i < n * 3 && !in->failed(); ++i) in->GetString();
  Result<text::WeightTable> weights = text::WeightTable::Load(*in);
  if (!weights.ok()) return weights.status();
  in->GetVector<std::uint64_t>();
  in->GetVector<std::uint16_t>();
  in->GetVector<std::uint64_t>();
  in->GetVector<std::uint64_t>();
  return text::WordClusters::Load(*in);
}

bool ReadGz(const std::string& path, std::string& out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buffer[65536];
  int n;
  while ((n = gzread(f, buffer, sizeof(buffer))) > 0) out.append(buffer, n);
  gzclose(f);
  return n == 0;
}

NerGazetteer BuildGazetteer(const Options& o) {
  NerGazetteer g;
  auto read_json = [&](const std::string& file, const char* key, std::uint8_t bits,
                       std::initializer_list<const char*> fields) {
    std::ifstream in(o.iso_codes + "/" + file);
    if (!in) {
      std::fprintf(stderr, "train_ner: no %s/%s (iso-codes): left out\n", o.iso_codes.c_str(),
                   file.c_str());
      return;
    }
    const auto json = nlohmann::json::parse(in, nullptr, false);
    if (json.is_discarded() || !json.contains(key)) return;
    int added = 0;
    for (const auto& entry : json[key]) {
      for (const char* field : fields) {
        if (entry.contains(field) && entry[field].is_string()) {
          added += g.AddPhrase(entry[field].get<std::string>(), bits);
        }
      }
    }
    std::fprintf(stderr, "train_ner: %d names from %s\n", added, file.c_str());
  };
  read_json("iso_3166-1.json", "3166-1", NerGazetteer::kCountry,
            {"name", "common_name", "official_name"});
  read_json("iso_3166-2.json", "3166-2", NerGazetteer::kRegion, {"name"});
  std::string names;
  if (ReadGz(o.propernames, names)) {
    int added = 0;
    std::size_t pos = 0;
    while (pos < names.size()) {
      std::size_t end = names.find('\n', pos);
      if (end == std::string::npos) end = names.size();
      const std::string word = names.substr(pos, end - pos);
      if (!word.empty() && word.find(' ') == std::string::npos) {
        g.AddWord(word, NerGazetteer::kFirstName);
        ++added;
      }
      pos = end + 1;
    }
    std::fprintf(stderr, "train_ner: %d given names from %s\n", added, o.propernames.c_str());
  } else {
    std::fprintf(stderr, "train_ner: no %s (miscfiles): left out\n", o.propernames.c_str());
  }
  std::ifstream wordnet(o.wordnet);
  if (!wordnet) {
    std::fprintf(stderr, "train_ner: no %s (wordnet-base): left out\n", o.wordnet.c_str());
    return g;
  }
  // data.noun line: offset lex_filenum ss_type w_cnt(hex) word lex_id ... p_cnt ptrs... | gloss
  std::string line;
  int added = 0;
  while (std::getline(wordnet, line)) {
    if (line.empty() || line[0] == ' ' || line.find(" @i ") == std::string::npos) continue;
    std::istringstream in(line);
    std::string offset, lex, pos, count_hex;
    in >> offset >> lex >> pos >> count_hex;
    const int lexfile = std::atoi(lex.c_str());
    std::uint8_t bits = lexfile == 18   ? NerGazetteer::kPersonName
                        : lexfile == 15 ? NerGazetteer::kPlaceName
                        : lexfile == 14 ? NerGazetteer::kGroupName
                        : (lexfile == 11 || lexfile == 4 || lexfile == 28)
                            ? NerGazetteer::kEventName
                            : 0;
    if (bits == 0) continue;
    const int count = static_cast<int>(std::strtol(count_hex.c_str(), nullptr, 16));
    for (int k = 0; k < count; ++k) {
      std::string word, lex_id;
      in >> word >> lex_id;
      std::replace(word.begin(), word.end(), '_', ' ');
      if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') added += g.AddPhrase(word, bits);
    }
  }
  std::fprintf(stderr, "train_ner: %d named instances from %s\n", added, o.wordnet.c_str());
  return g;
}

struct Counts {
  long tp = 0, fp = 0, fn = 0;
  double F1() const { return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0.0; }
};

}  // namespace

int main(int argc, char** argv) {
  Options o;
  const std::map<std::string, std::function<void(const std::string&)>> flags = {
      {"--data", [&](const std::string& v) { o.data = v; }},
      {"--out", [&](const std::string& v) { o.out = v; }},
      {"--models", [&](const std::string& v) { o.models = v; }},
      {"--iso-codes", [&](const std::string& v) { o.iso_codes = v; }},
      {"--propernames", [&](const std::string& v) { o.propernames = v; }},
      {"--wordnet", [&](const std::string& v) { o.wordnet = v; }},
      {"--seed", [&](const std::string& v) { o.seed = std::stoull(v); }},
      {"--epochs", [&](const std::string& v) { o.epochs = std::stoi(v); }},
      {"--holdout", [&](const std::string& v) { o.holdout = std::stod(v); }},
      {"--lenient", [&](const std::string& v) { o.lenient = v == "1"; }},
      {"--cues", [&](const std::string& v) { o.cues = v == "1"; }},
  };
  for (int i = 1; i < argc; i += 2) {
    const auto it = flags.find(argv[i]);
    if (it == flags.end() || i + 1 >= argc) {
      std::fprintf(stderr, "train_ner: unknown flag or missing value: %s\n", argv[i]);
      return 2;
    }
    it->second(argv[i + 1]);
  }
  const std::string models_dir = text::FindModelsDir(o.models);
  auto tagger = text::Tagger::Load(models_dir + "/tagger.bin");
  auto clusters = ClustersOfTagger(models_dir + "/tagger.bin");
  if (!tagger.ok() || !clusters.ok()) {
    std::fprintf(stderr, "train_ner: %s\n",
                 (tagger.ok() ? clusters.status() : tagger.status()).ToString().c_str());
    return 1;
  }
  auto files = ListGumDocuments(o.data + "/entities/gum", "train");
  if (!files.ok()) {
    std::fprintf(stderr, "train_ner: %s\n", files.status().ToString().c_str());
    return 1;
  }
  // Documents, each a list of sentences with predicted tags and gold names.
  std::vector<std::vector<NerSentence>> docs;
  std::vector<std::vector<std::vector<NerSpan>>> all_names;  // nested too, for held-out F1
  for (const std::string& f : *files) {
    auto doc = text::ReadConlluFile(f);
    if (!doc.ok()) {
      std::fprintf(stderr, "train_ner: %s\n", doc.status().ToString().c_str());
      return 1;
    }
    if (IsWithheldGumDocument(*doc)) continue;
    const auto names = GumNames(*doc);
    const auto train_names = GumNames(*doc, o.lenient);
    std::vector<NerSentence> sentences;
    for (std::size_t s = 0; s < doc->size(); ++s) {
      NerSentence out = TagGumSentence((*doc)[s], **tagger);
      out.names = train_names[s];
      sentences.push_back(std::move(out));
    }
    if (o.cues) AddDocumentCues(sentences);
    for (NerSentence& sentence : sentences) sentence.cues.resize(sentence.forms.size(), 0);
    docs.push_back(std::move(sentences));
    all_names.push_back(names);
  }
  // Held-out documents (settings only): a seeded sample.
  std::vector<std::size_t> doc_order(docs.size());
  std::iota(doc_order.begin(), doc_order.end(), 0);
  std::vector<bool> held(docs.size(), false);
  if (o.holdout > 0) {
    std::mt19937_64 rng(o.seed + 1000);
    std::shuffle(doc_order.begin(), doc_order.end(), rng);
    const std::size_t k = static_cast<std::size_t>(docs.size() * o.holdout);
    for (std::size_t i = 0; i < k; ++i) held[doc_order[i]] = true;
  }
  std::vector<NerSentence> train;
  std::size_t words = 0, names = 0;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    if (held[d]) continue;
    for (const NerSentence& s : docs[d]) {
      words += s.forms.size();
      names += s.names.size();
      train.push_back(s);
    }
  }
  std::fprintf(stderr,
               "train_ner: %zu documents (%zu held out), %zu sentences, %zu words, %zu names\n",
               docs.size(), static_cast<std::size_t>(std::count(held.begin(), held.end(), true)),
               train.size(), words, names);
  NerTrainer trainer(train, BuildGazetteer(o), std::move(*clusters));
  std::mt19937_64 rng(o.seed);
  std::vector<std::size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    const double acc = trainer.TrainEpoch(order);
    std::fprintf(stderr, "epoch %d: %.4f of sentences right", epoch, acc);
    if (o.holdout > 0) {
      const auto model = trainer.Finish();
      Counts c;
      std::vector<NerWord> w;
      std::vector<NerSpan> got;
      for (std::size_t d = 0; d < docs.size(); ++d) {
        if (!held[d]) continue;
        for (std::size_t s = 0; s < docs[d].size(); ++s) {
          const NerSentence& sent = docs[d][s];
          w.clear();
          for (std::size_t i = 0; i < sent.forms.size(); ++i)
            w.push_back({sent.forms[i], sent.upos[i], sent.xpos[i], sent.cues[i]});
          model->Tag(w, got);
          const auto& gold = all_names[d][s];
          for (const NerSpan& g : got) {
            if (g.type > 2) continue;  // PERSON, ORG, PLACE are scored
            (std::find(gold.begin(), gold.end(), g) != gold.end() ? c.tp : c.fp)++;
          }
          for (const NerSpan& g : gold) {
            if (g.type <= 2 && std::find(got.begin(), got.end(), g) == got.end()) ++c.fn;
          }
        }
      }
      std::fprintf(stderr, "; held-out name F1 %.4f (tp %ld fp %ld fn %ld)", c.F1(), c.tp, c.fp,
                   c.fn);
    }
    std::fprintf(stderr, "\n");
  }
  if (o.holdout > 0) return 0;
  const auto model = trainer.Finish();
  if (Status st = model->Save(o.out); !st.ok()) {
    std::fprintf(stderr, "train_ner: %s\n", st.ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "train_ner: wrote %s (%zu features, %zu weights)\n", o.out.c_str(),
               model->feature_count(), model->weight_count());
  return 0;
}
