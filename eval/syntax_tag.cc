// eval/syntax_tag: tags and parses the gold words of a CoNLL-U file and writes
// it back with predicted UPOS, XPOS, FEATS, HEAD and DEPREL (every other column
// and line as read), so that any CoNLL-U file can be scored (eval/syntax.py).
//
//   build/eval/syntax_tag [--models DIR] [--gold-tags] IN.conllu[.gz] > OUT.conllu
//
// --gold-tags parses with the file's own UPOS/XPOS instead of predicted ones.
// Models are found as the text stage finds them (CROSSCHECK_MODELS, models/).
// Exit status: 0 done, 1 unreadable input or model (the Status on stderr).
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "text/conllu.h"
#include "text/syntax_models.h"
#include "text/syntax_tags.h"

using namespace crosscheck::text;

int main(int argc, char** argv) {
  std::string models_dir, input;
  bool gold_tags = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--models" && i + 1 < argc) {
      models_dir = argv[++i];
    } else if (arg == "--gold-tags") {
      gold_tags = true;
    } else {
      input = arg;
    }
  }
  if (input.empty()) {
    std::fprintf(stderr, "usage: syntax_tag [--models DIR] [--gold-tags] IN.conllu\n");
    return 2;
  }
  auto models = LoadSyntaxModels(FindModelsDir(models_dir));
  if (!models.ok()) {
    std::fprintf(stderr, "syntax_tag: %s\n", models.status().ToString().c_str());
    return 1;
  }
  auto sentences = ReadConlluFile(input);
  if (!sentences.ok()) {
    std::fprintf(stderr, "syntax_tag: %s\n", sentences.status().ToString().c_str());
    return 1;
  }
  std::vector<std::string_view> words;
  std::vector<WordTags> tags;
  std::vector<int> heads;
  std::vector<std::uint8_t> deprels;
  for (ConlluSentence& s : *sentences) {
    words.clear();
    for (const ConlluWord& w : s.words) words.push_back(w.form);
    (*models)->tagger->Tag(words, tags);
    if (gold_tags) {
      for (std::size_t i = 0; i < words.size(); ++i) {
        tags[i].upos = UposIdOf(s.words[i].upos);
        tags[i].xpos = XposIdOf(s.words[i].xpos);
      }
    }
    (*models)->parser->Parse(words, tags, heads, deprels);
    for (std::size_t i = 0; i < words.size(); ++i) {
      ConlluWord& w = s.words[i];
      w.upos = UposNameOf(tags[i].upos);
      w.xpos = XposNameOf(tags[i].xpos);
      w.feats = FormatFeatsString(tags[i].feats);
      w.head = heads[i] + 1;
      w.deprel = DeprelNameOf(deprels[i]);
    }
  }
  const std::string out = WriteConllu(*sentences);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
