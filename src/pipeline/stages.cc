// MakeDocumentStages: the one place that decides which per-document stages run
// after the text stage, and in what order. Order matters: chains before quote
// speakers (a pronoun speaker resolves to a chain), timexes before the
// stale-content check.
#include "crosscheck/extract.h"
#include "extract/ner_stage.h"
#include "extract/quantity_recognizer.h"
#include "extract/quote_stage.h"
#include "extract/timex_recognizer.h"
#include "resolve/chain_resolver.h"
#include "resolve/outlet_stage.h"
#include "resolve/speaker_stage.h"
#include "resolve/stale_content.h"
#include "resolve/timex_normalizer.h"

namespace crosscheck {

Result<DocumentStages> MakeDocumentStages(const ExtractOptions& options) {
  DocumentStages stages;
  //   options.mentions: named entities (src/extract), then chains (src/resolve)
  //   options.quotes:   quotations and cues (src/extract), then speakers (src/resolve)
  //   options.time:     timexes and quantities (src/extract), values and stale content
  //                     (src/resolve)
  if (options.mentions) {
    Result<std::unique_ptr<DocumentStage>> ner = extract::MakeNerStage(options.models_dir);
    if (!ner.ok()) return ner.status();
    stages.push_back(std::move(*ner));
    stages.push_back(resolve::MakeChainStage());
  }
  if (options.quotes) {
    QuoteStageOptions quote_options;
    quote_options.parse = options.quote_parse;
    stages.push_back(MakeQuoteStage(quote_options));
    stages.push_back(MakeSpeakerStage());
  }
  if (options.time) {
    stages.push_back(extract::MakeTimexStage());
    stages.push_back(extract::MakeQuantityStage());
    stages.push_back(resolve::MakeTimexNormalizerStage());
    stages.push_back(resolve::MakeStaleContentStage(options.stale_after_days));
  }
  //   options.outlet:   the outlet and its credits (src/resolve); after the quotes
  //                     stage, whose `via` names it maps to the registry's names
  if (options.outlet) {
    Result<std::unique_ptr<DocumentStage>> outlet = resolve::MakeOutletStage(options.outlet_files);
    if (!outlet.ok()) return outlet.status();
    stages.push_back(std::move(*outlet));
  }
  return stages;
}

}  // namespace crosscheck
