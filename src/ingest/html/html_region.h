// Steps 1-3 of main-text extraction (html_extract.cc describes the method):
// rating blocks as paragraphs, checking furniture marks against the text they
// would remove, and scoring elements to choose the article region.
//
// Internal to the HTML extractor; not a public header. Thread safety: pure
// functions. Failure: none (an empty tree yields region 0, the root).
#ifndef CROSSCHECK_INGEST_HTML_HTML_REGION_H_
#define CROSSCHECK_INGEST_HTML_HTML_REGION_H_

#include <cstdint>
#include <vector>

#include "ingest/html/html_blocks.h"

namespace crosscheck::html_region {

// Share of a block's characters inside links (0 for an empty block).
double LinkDensity(const HtmlBlock& block);

// A block that reads like prose: little link text, long, or with sentence
// marks or commas; never a heading or caption.
bool IsParagraph(const HtmlBlock& block);

// A block holding a PHP error a server printed into the page ("Warning: ...
// on line 407"). The block's text is built only when its first words could
// start such an error (the check runs on every block of a page).
bool IsServerError(const BlockTree& tree, const HtmlBlock& block);

// The element with the highest score; `paragraph` and `raw` (paragraph
// characters per element, summed up the tree) as html_extract.cc builds
// them, `total` their sum over the page. With `use_cues` false, only tag
// marks (nav, aside, footer, ...) count as furniture. Fills `neg_depth`: per
// element, the depth of the innermost effective furniture mark at or above
// it (-1: none).
std::int32_t ChooseRegion(const BlockTree& tree, const std::vector<char>& paragraph,
                          const std::vector<double>& raw, double total, bool use_cues,
                          std::vector<std::int32_t>& neg_depth);

// Paragraph characters inside `region` not under a mark below it.
double RegionParagraphChars(const BlockTree& tree, const std::vector<char>& paragraph,
                            const std::vector<std::int32_t>& neg_depth, std::int32_t region);

}  // namespace crosscheck::html_region

#endif  // CROSSCHECK_INGEST_HTML_HTML_REGION_H_
