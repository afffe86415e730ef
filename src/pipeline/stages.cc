// MakeDocumentStages: the one place that decides which per-document stages run
// after the text stage, and in what order. Order matters: chains before quote
// speakers (a pronoun speaker resolves to a chain), timexes before the
// stale-content check.
#include "crosscheck/extract.h"
#include "extract/ner_stage.h"
#include "resolve/chain_resolver.h"

namespace crosscheck {

Result<DocumentStages> MakeDocumentStages(const ExtractOptions& options) {
  DocumentStages stages;
  // Stages are appended here as their issues land:
  //   options.mentions: named entities (src/extract), then chains (src/resolve)
  //   options.quotes:   quotations and cues (src/extract), then speakers (src/resolve)
  //   options.time:     timexes and quantities (src/extract), values and stale content
  //   (src/resolve)
  if (options.mentions) {
    Result<std::unique_ptr<DocumentStage>> ner = extract::MakeNerStage(options.models_dir);
    if (!ner.ok()) return ner.status();
    stages.push_back(std::move(*ner));
    stages.push_back(resolve::MakeChainStage());
  }
  return stages;
}

}  // namespace crosscheck
