// The per-document stages after the text stage: recognisers (src/extract/:
// mentions, quotations, temporal expressions, quantities) and resolvers
// (src/resolve/: mention chains, quote speakers, timex values, stale content).
//
// Each is a DocumentStage. The pipeline builds one list of them per worker
// (MakeDocumentStages, src/pipeline/stages.cc, the one place that decides
// which stages run and in what order) and applies them in order to every
// document the text stage analysed. A stage reads what earlier stages added
// and adds its own output; it never edits theirs.
//
// Options (ExtractOptions):
//   field        default  meaning
//   mentions     true     named entities and in-article chains
//   quotes       true     quotations, cues and speakers
//   time         true     temporal expressions, quantities, stale-content flag
//   stale_after_days 180  stale_content flag when the publication date is more
//                         than this many days after the period the text dates
//                         itself to (src/resolve/stale_content.h explains the rule)
//   quote_parse  true     quotes: parse the sentences holding a reporting cue
//                         (indirect speech, cue frames); false = quotation
//                         marks and word order only
//   models_dir   ""       folder of model files; "" = the text stage's lookup
//                         (env CROSSCHECK_MODELS, the repo's models/, then
//                         <exe>/../share/crosscheck/models)
//   outlet       true     the publishing outlet (canonical registry name,
//                         outlet_from) and the outlets an article credits
//   outlet_files {}       registry files merged over the built-in one (found
//                         like models: env CROSSCHECK_OUTLETS, the repo's
//                         data/outlets.jsonl, <exe>/../share/crosscheck/data/);
//                         src/resolve/outlet_registry.h gives the format
//
// Thread safety: a DocumentStage is used by one thread at a time (each
// worker owns its list); model data a stage shares between instances must be
// immutable. Failure: Apply returns a Status naming the document; the
// pipeline turns it into an ErrorRecord for that input and goes on.
#ifndef CROSSCHECK_EXTRACT_H_
#define CROSSCHECK_EXTRACT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "crosscheck/text.h"

namespace crosscheck {

struct ExtractOptions {
  bool mentions = true;
  bool quotes = true;
  bool time = true;
  int stale_after_days = 180;
  bool quote_parse = true;
  std::string models_dir;
  bool outlet = true;
  std::vector<std::string> outlet_files;
};

class DocumentStage {
 public:
  virtual ~DocumentStage() = default;
  // Short name for errors and time-budget messages ("quotes").
  virtual std::string_view name() const = 0;
  // Adds this stage's output to `document`, which the text stage analysed
  // (sentences, tokens, tags). `text` parses sentences on demand
  // (TextAnalyzer::Parse) for stages that need trees.
  virtual Status Apply(Document& document, TextAnalyzer& text) = 0;
};

using DocumentStages = std::vector<std::unique_ptr<DocumentStage>>;

// The stages `options` asks for, in pipeline order. Fails when a model a
// stage needs cannot be loaded (the Status names the file).
Result<DocumentStages> MakeDocumentStages(const ExtractOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_EXTRACT_H_
