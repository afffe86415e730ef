// eval/entities_score: scores the entity tagger on GUM dev (DESIGN.md §5).
//
//   build/eval/entities_score [--models DIR] [--errors] GUM_DIR
//
// The words of each dev document (all-underscore documents skipped) are
// tagged by the syntax tagger and then by the entity tagger, as the text
// stage and the mentions stage do at run time, but on GUM's own words. Gold
// names: GumNames (src/extract/ner_gum.h), nested ones included; predicted
// and gold names of PERSON, ORG and PLACE are compared by exact word span and
// type. Prints "entities.gum_dev.names.{precision,recall,f1} X" and the same
// per type (entities.gum_dev.person.f1, ...). --errors also prints every
// missed (-) and spurious (+) name on stderr.
// Exit status: 0 done, 1 unreadable input or model.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "extract/ner_gum.h"
#include "extract/ner_tagger.h"
#include "text/conllu.h"
#include "text/syntax_models.h"

using namespace crosscheck;
using namespace crosscheck::extract;

namespace {

struct Counts {
  long tp = 0, fp = 0, fn = 0;
  double P() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 0.0; }
  double R() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 0.0; }
  double F1() const { return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0.0; }
};

std::string Words(const text::ConlluSentence& s, const NerSpan& n) {
  std::string out;
  for (int k = n.first; k <= n.last; ++k) out += (k > n.first ? " " : "") + s.words[k].form;
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string models_dir, gum;
  bool errors = false;
  std::string split = "dev";  // --split train: resubstitution check of the trainer
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--models" && i + 1 < argc) {
      models_dir = argv[++i];
    } else if (arg == "--split" && i + 1 < argc) {
      split = argv[++i];
    } else if (arg == "--errors") {
      errors = true;
    } else {
      gum = arg;
    }
  }
  if (gum.empty()) {
    std::fprintf(stderr, "usage: entities_score [--models DIR] [--errors] GUM_DIR\n");
    return 2;
  }
  const std::string dir = text::FindModelsDir(models_dir);
  auto syntax = text::LoadSyntaxModels(dir);
  auto ner = NerTagger::Load(dir + "/ner.bin");
  if (!syntax.ok() || !ner.ok()) {
    std::fprintf(stderr, "entities_score: %s\n",
                 (syntax.ok() ? ner.status() : syntax.status()).ToString().c_str());
    return 1;
  }
  auto files = ListGumDocuments(gum, split);
  if (!files.ok()) {
    std::fprintf(stderr, "entities_score: %s\n", files.status().ToString().c_str());
    return 1;
  }
  Counts all, per_type[3];
  std::vector<NerWord> words;
  std::vector<NerSpan> got;
  int docs = 0;
  for (const std::string& f : *files) {
    auto doc = text::ReadConlluFile(f);
    if (!doc.ok()) {
      std::fprintf(stderr, "entities_score: %s\n", doc.status().ToString().c_str());
      return 1;
    }
    if (IsWithheldGumDocument(*doc)) continue;
    ++docs;
    const auto gold_names = GumNames(*doc);
    for (std::size_t s = 0; s < doc->size(); ++s) {
      const text::ConlluSentence& sentence = (*doc)[s];
      const NerSentence tagged = TagGumSentence(sentence, *(*syntax)->tagger);
      words.clear();
      for (std::size_t i = 0; i < tagged.forms.size(); ++i)
        words.push_back({tagged.forms[i], tagged.upos[i], tagged.xpos[i]});
      (*ner)->Tag(words, got);
      const auto& gold = gold_names[s];
      if (errors && std::getenv("ENTITIES_SHOW")) {
        std::string line;
        for (int k = 0; k < static_cast<int>(words.size()); ++k) {
          for (const NerSpan& g : gold)
            if (g.first == k && g.type <= 2) line += "[" + std::string(kNerTypes[g.type]) + " ";
          for (const NerSpan& g : got)
            if (g.first == k && g.type <= 2) line += "{" + std::string(kNerTypes[g.type]) + " ";
          line += std::string(words[k].form);
          for (const NerSpan& g : got)
            if (g.last == k && g.type <= 2) line += "}";
          for (const NerSpan& g : gold)
            if (g.last == k && g.type <= 2) line += "]";
          line += " ";
        }
        std::fprintf(stderr, "S %s\n", line.c_str());
      }
      for (const NerSpan& g : got) {
        if (g.type > 2) continue;
        const bool hit = std::find(gold.begin(), gold.end(), g) != gold.end();
        (hit ? all.tp : all.fp)++;
        (hit ? per_type[g.type].tp : per_type[g.type].fp)++;
        if (!hit && errors)
          std::fprintf(stderr, "+ %s\t%s\n", std::string(kNerTypes[g.type]).c_str(),
                       Words(sentence, g).c_str());
      }
      for (const NerSpan& g : gold) {
        if (g.type > 2 || std::find(got.begin(), got.end(), g) != got.end()) continue;
        ++all.fn;
        ++per_type[g.type].fn;
        if (errors)
          std::fprintf(stderr, "- %s\t%s\n", std::string(kNerTypes[g.type]).c_str(),
                       Words(sentence, g).c_str());
      }
    }
  }
  std::fprintf(stderr, "entities_score: %d GUM dev documents, %ld gold names\n", docs,
               all.tp + all.fn);
  auto print = [](const char* name, const Counts& c) {
    std::printf("entities.gum_dev.%s.precision %.4f\n", name, c.P());
    std::printf("entities.gum_dev.%s.recall %.4f\n", name, c.R());
    std::printf("entities.gum_dev.%s.f1 %.4f\n", name, c.F1());
  };
  print("names", all);
  print("person", per_type[0]);
  print("org", per_type[1]);
  print("place", per_type[2]);
  return 0;
}
