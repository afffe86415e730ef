// Main-text extraction: which blocks of a page are the article.
//
// Input: the blocks of a page (html_blocks.h). Output: the blocks to keep, in
// document order, or none with the reason when the page holds no article.
// The method is described at the top of html_extract.cc. It uses only the
// page's own evidence (block shape, text and link density, semantic tags,
// class/id cues, position), no word lists of any language.
//
// Options (MainTextOptions):
//   field              default  meaning
//   min_article_chars  150      an article region with fewer characters of
//                               paragraph text is "no article" (an <article>
//                               element needs two thirds of it)
//   drop_title         true     drop a heading at the start of the region that
//                               repeats the page title (it is metadata)
//
// Thread safety: pure function.
#ifndef CROSSCHECK_INGEST_HTML_HTML_EXTRACT_H_
#define CROSSCHECK_INGEST_HTML_HTML_EXTRACT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/html/html_blocks.h"

namespace crosscheck {

struct MainTextOptions {
  std::uint32_t min_article_chars = 150;
  bool drop_title = true;
};

// Why a block was not kept (or kKept).
enum class BlockFate : std::uint8_t {
  kKept,
  kOutsideRegion,  // not inside the article region
  kMarked,         // under a furniture mark (nav, footer, class="share", ...)
  kCaption,        // figcaption / caption
  kLinkDense,      // more than half link text
  kBeforeText,     // a non-paragraph before the first paragraph
  kAfterText,      // a non-paragraph or short link line after the last one
  kHeadline,       // the page's headline (metadata)
  kBeforeBody,     // a short block above the body element
  kAfterBody,      // after the body element
  kNoArticle,      // the page has no article
  kDuplicate,      // set by the caller: a repeated paragraph
};

struct Extraction {
  std::vector<std::uint32_t> kept;  // block indices, ascending
  std::int32_t region = -1;         // the element chosen as the article region
  std::string no_article;           // non-empty: why nothing was kept
  std::vector<BlockFate> fate;      // one per block
};

// `title` is the page's <title> (may be empty), used only to recognise a
// repeated headline.
Extraction ExtractMainText(const BlockTree& tree, std::string_view title,
                           const MainTextOptions& options = {});

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_HTML_EXTRACT_H_
