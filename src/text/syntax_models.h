// Where the tagger and parser models live, and loading them once per process.
//
//   std::string dir = FindModelsDir("");          // see the search order below
//   Result<std::shared_ptr<const SyntaxModels>> m = LoadSyntaxModels(dir);
//
// Search order of FindModelsDir(explicit_dir):
//   1. explicit_dir, when not empty (TextOptions::models_dir);
//   2. the environment variable CROSSCHECK_MODELS, when set and not empty;
//   3. the repository's models/ folder (compiled in as CROSSCHECK_MODELS_SOURCE_DIR),
//      when it holds tagger.bin;
//   4. <directory of the running executable>/../share/crosscheck/models, when it
//      holds tagger.bin;
//   otherwise the folder of step 3, so that the error names a path.
// A folder is taken as it is (no fallback to the next step) once chosen by 1 or 2.
//
// LoadSyntaxModels reads DIR/tagger.bin and DIR/parser.bin and caches the
// result per folder for the life of the process: every TextAnalyzer of a run
// shares one copy. Failure: the model file's Status (kNotFound or kCorrupt,
// naming the file); a failed load is not cached.
// Thread safety: both functions are thread-safe.
#ifndef CROSSCHECK_TEXT_SYNTAX_MODELS_H_
#define CROSSCHECK_TEXT_SYNTAX_MODELS_H_

#include <memory>
#include <string>

#include "crosscheck/status.h"
#include "text/parser.h"
#include "text/tagger.h"

namespace crosscheck::text {

struct SyntaxModels {
  std::string dir;
  std::shared_ptr<const Tagger> tagger;
  std::shared_ptr<const Parser> parser;
};

std::string FindModelsDir(const std::string& explicit_dir);
Result<std::shared_ptr<const SyntaxModels>> LoadSyntaxModels(const std::string& dir);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_SYNTAX_MODELS_H_
