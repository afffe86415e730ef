// prune_model: shrinks trained models by dropping their smallest weights.
//
//   prune_model IN_DIR OUT_DIR TAGGER_MIN PARSER_MIN
//
// Reads IN_DIR/tagger.bin and IN_DIR/parser.bin, drops quantised weights whose
// magnitude is below TAGGER_MIN / PARSER_MIN (int16 units, 0 keeps all), and
// writes OUT_DIR/tagger.bin and OUT_DIR/parser.bin. train/syntax uses it to
// trade a little accuracy for size and speed (settings in train/syntax).
#include <cstdio>
#include <memory>
#include <string>

#include "text/parser.h"
#include "text/tagger.h"

using namespace crosscheck;
using namespace crosscheck::text;

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: prune_model IN_DIR OUT_DIR TAGGER_MIN PARSER_MIN\n");
    return 2;
  }
  const std::string in = argv[1], out = argv[2];
  auto tagger = Tagger::Load(in + "/tagger.bin");
  auto parser = Parser::Load(in + "/parser.bin");
  for (const Status& st : {tagger.status(), parser.status()}) {
    if (!st.ok()) {
      std::fprintf(stderr, "prune_model: %s\n", st.ToString().c_str());
      return 1;
    }
  }
  Tagger t = **tagger;
  Parser p = **parser;
  const std::size_t tw = t.weight_count(), pw = p.weight_count();
  const std::size_t td = t.Prune(static_cast<std::int16_t>(std::stoi(argv[3])));
  const std::size_t pd = p.Prune(static_cast<std::int16_t>(std::stoi(argv[4])));
  std::fprintf(stderr, "tagger: %zu of %zu weights dropped; parser: %zu of %zu dropped\n", td, tw,
               pd, pw);
  for (const Status& st : {t.Save(out + "/tagger.bin"), p.Save(out + "/parser.bin")}) {
    if (!st.ok()) {
      std::fprintf(stderr, "prune_model: %s\n", st.ToString().c_str());
      return 1;
    }
  }
  return 0;
}
