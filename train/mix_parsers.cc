// mix_parsers: adds up parsers trained with different seeds into one.
//
//   mix_parsers OUT IN1 IN2 [IN3 ...]
//
// Reads each IN (a parser.bin from train_syntax), sums their weight tables
// (Parser::Mix) and writes OUT. The result parses in one pass what an
// equal-weight ensemble of the inputs would; it has more features than each
// input, so train/syntax prunes it afterwards. Exit status 1 on a load, mix or
// save error (named on stderr), 2 on bad usage.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "text/parser.h"

using namespace crosscheck;
using namespace crosscheck::text;

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: mix_parsers OUT IN1 IN2 [IN3 ...]\n");
    return 2;
  }
  std::vector<std::shared_ptr<const Parser>> parsers;
  for (int i = 2; i < argc; ++i) {
    Result<std::shared_ptr<const Parser>> p = Parser::Load(argv[i]);
    if (!p.ok()) {
      std::fprintf(stderr, "mix_parsers: %s\n", p.status().ToString().c_str());
      return 1;
    }
    parsers.push_back(*p);
  }
  Result<std::shared_ptr<const Parser>> mixed = Parser::Mix(parsers);
  if (!mixed.ok()) {
    std::fprintf(stderr, "mix_parsers: %s\n", mixed.status().ToString().c_str());
    return 1;
  }
  if (Status st = (*mixed)->Save(argv[1]); !st.ok()) {
    std::fprintf(stderr, "mix_parsers: %s\n", st.ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "mix_parsers: %zu parsers, %zu features, %zu weights -> %s\n",
               parsers.size(), (*mixed)->feature_count(), (*mixed)->weight_count(), argv[1]);
  return 0;
}
