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
//
// Chains: each dev document is also rebuilt as a Document (its words joined
// by spaces, one sentence per GUM sentence, predicted tags), run through the
// mentions stage's work (AddNameMentions) and the chain resolver, and scored
// with B-cubed against GUM's coreference ids over the mentions whose span
// matches a GUM mention exactly (names, pronouns, descriptions the system
// produced; mentions GUM does not have are left out, so this scores linking,
// not mention detection): entities.gum_dev.chains.bcubed_{precision,recall,f1}
// and .matched (the share of system mentions that match a GUM mention).
// Exit status: 0 done, 1 unreadable input or model.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "extract/ner_gum.h"
#include "extract/ner_stage.h"
#include "extract/ner_tagger.h"
#include "resolve/chain_resolver.h"
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

// One GUM document as the text stage would give it (gold words, predicted
// tags); word_start[s][w] is the byte offset of word w of sentence s.
Document BuildDocument(const std::vector<text::ConlluSentence>& doc, const text::Tagger& tagger,
                       std::vector<std::vector<std::uint32_t>>& word_start) {
  Document d;
  word_start.assign(doc.size(), {});
  for (std::size_t s = 0; s < doc.size(); ++s) {
    const NerSentence tagged = TagGumSentence(doc[s], tagger);
    Sentence sentence;
    sentence.first_token = static_cast<std::uint32_t>(d.tokens.size());
    sentence.span.start = static_cast<std::uint32_t>(d.text.size());
    for (std::size_t w = 0; w < tagged.forms.size(); ++w) {
      if (!d.text.empty()) d.text += ' ';
      Token t;
      t.span.start = static_cast<std::uint32_t>(d.text.size());
      d.text += tagged.forms[w];
      t.span.end = static_cast<std::uint32_t>(d.text.size());
      const char c = tagged.forms[w].empty() ? ' ' : tagged.forms[w][0];
      t.kind = std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80) ? TokenKind::kWord
                                                                         : TokenKind::kPunct;
      t.upos = tagged.upos[w];
      t.xpos = tagged.xpos[w];
      word_start[s].push_back(t.span.start);
      d.tokens.push_back(t);
    }
    sentence.token_count = static_cast<std::uint32_t>(d.tokens.size()) - sentence.first_token;
    sentence.span.end = static_cast<std::uint32_t>(d.text.size());
    d.sentences.push_back(sentence);
  }
  return d;
}

struct BCubed {
  double p = 0, r = 0;
  long n = 0, system = 0;
};

// B-cubed over the system mentions that match a gold mention exactly.
void ScoreChains(const Document& d, const std::vector<text::ConlluSentence>& doc,
                 const std::vector<std::vector<std::uint32_t>>& word_start, BCubed& out) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::string> gold;  // span -> GUM id
  for (const GumMention& m : ReadGumMentions(doc)) {
    const std::uint32_t start = word_start[m.sentence][m.first];
    const std::uint32_t end = word_start[m.sentence][m.last] +
                              static_cast<std::uint32_t>(doc[m.sentence].words[m.last].form.size());
    gold.emplace(std::pair{start, end}, m.id);
  }
  std::vector<std::pair<std::string, std::string>> matched;  // (system chain, gold id)
  for (const Mention& m : d.mentions) {
    ++out.system;
    if (m.chain.empty()) continue;
    const auto it = gold.find({m.span.start, m.span.end});
    if (it != gold.end()) matched.push_back({m.chain, it->second});
  }
  for (const auto& [chain, id] : matched) {
    long same_chain = 0, same_gold = 0, both = 0;
    for (const auto& [c2, g2] : matched) {
      same_chain += c2 == chain;
      same_gold += g2 == id;
      both += c2 == chain && g2 == id;
    }
    out.p += static_cast<double>(both) / same_chain;
    out.r += static_cast<double>(both) / same_gold;
    ++out.n;
  }
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
  BCubed bcubed;
  std::vector<std::vector<std::uint32_t>> word_start;
  for (const std::string& f : *files) {
    auto doc = text::ReadConlluFile(f);
    if (!doc.ok()) {
      std::fprintf(stderr, "entities_score: %s\n", doc.status().ToString().c_str());
      return 1;
    }
    if (IsWithheldGumDocument(*doc)) continue;
    ++docs;
    const auto gold_names = GumNames(*doc);
    std::vector<NerSentence> tagged_doc;
    for (const auto& sentence : *doc)
      tagged_doc.push_back(TagGumSentence(sentence, *(*syntax)->tagger));
    AddDocumentCues(tagged_doc);
    {
      Document d = BuildDocument(*doc, *(*syntax)->tagger, word_start);
      AddNameMentions(**ner, d);
      resolve::ResolveChains(d);
      ScoreChains(d, *doc, word_start, bcubed);
    }
    for (std::size_t s = 0; s < doc->size(); ++s) {
      const text::ConlluSentence& sentence = (*doc)[s];
      const NerSentence& tagged = tagged_doc[s];
      words.clear();
      for (std::size_t i = 0; i < tagged.forms.size(); ++i)
        words.push_back({tagged.forms[i], tagged.upos[i], tagged.xpos[i], tagged.cues[i]});
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
  const double bp = bcubed.n ? bcubed.p / bcubed.n : 0.0, br = bcubed.n ? bcubed.r / bcubed.n : 0.0;
  std::printf("entities.gum_dev.chains.bcubed_precision %.4f\n", bp);
  std::printf("entities.gum_dev.chains.bcubed_recall %.4f\n", br);
  std::printf("entities.gum_dev.chains.bcubed_f1 %.4f\n",
              bp + br > 0 ? 2 * bp * br / (bp + br) : 0.0);
  std::printf("entities.gum_dev.chains.matched %.4f\n",
              bcubed.system ? static_cast<double>(bcubed.n) / bcubed.system : 0.0);
  return 0;
}
