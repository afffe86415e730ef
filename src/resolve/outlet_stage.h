// The `outlet` stage: which outlet published an article, how that was found,
// and which other outlets it credits.
//
// Document::outlet gets the registry's canonical name from the first of:
//   url        the host of Document::url, else of canonical_url, that the
//              registry knows (OutletRegistry::ByHost: subdomains fall back to
//              the registered domain)
//   meta       the outlet string the page's metadata gave (og:site_name, JSON-LD
//              publisher; format html/warc), by name or, when it is a domain, by host;
//              a name with a section or slogan around it ("Newsmax - Opinion",
//              "Politics | The Guardian", "PCMag UK") by its parts and their leading
//              or trailing word runs (outlet_stage.cc, ByOutletString)
//   container  the outlet string a JSON Lines record gave ("source", "outlet")
//   text       plain text: the masthead the cleaner read (a short top line a
//              copyright line repeats), else the article's own words
//              (outlet_credits.h): a copyright line, else a wire dateline
//              "CITY (Agency) -" when nothing else names an outlet
// A string no registry entry matches is kept as it was (outlet_from still
// says where it came from); with nothing at all, outlet stays "" and
// outlet_from "none".
//
// Document::credits gets every other outlet the text credits (outlet_credits.h),
// with spans; the article's own outlet is left out ("told Harbourline" in a
// Harbourline article credits no one). Quotations' `via` names (the quotes
// stage's "told VPA") are rewritten to the registry's canonical names where one
// matches, so that a quote's via and the credits name outlets the same way: the
// one edit this stage makes to an earlier stage's output (stages.cc runs it
// after the quotes stage).
//
// Options: the registry (shared, immutable; LoadOutletRegistry).
// Thread safety: one stage per worker; the registry is shared read-only.
// Failure: none per document (Apply returns Ok); MakeOutletStage fails when
// the registry cannot be loaded.
#ifndef CROSSCHECK_RESOLVE_OUTLET_STAGE_H_
#define CROSSCHECK_RESOLVE_OUTLET_STAGE_H_

#include <memory>
#include <string>
#include <vector>

#include "crosscheck/extract.h"
#include "resolve/outlet_registry.h"

namespace crosscheck::resolve {

// Identifies the outlet and credits of `document` (the stage's work, without
// needing a TextAnalyzer: paragraphs are used when present).
void IdentifyOutlet(Document& document, const OutletRegistry& registry);

std::unique_ptr<DocumentStage> MakeOutletStage(std::shared_ptr<const OutletRegistry> registry);

// Loads the built-in registry merged with `extra_files` and makes the stage.
Result<std::unique_ptr<DocumentStage>> MakeOutletStage(const std::vector<std::string>& extra_files);

}  // namespace crosscheck::resolve

#endif  // CROSSCHECK_RESOLVE_OUTLET_STAGE_H_
