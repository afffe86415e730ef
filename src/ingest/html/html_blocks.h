// HTML blocks: libxml2's tree flattened into the text blocks a reader sees.
//
// One walk over the tree, in document order and without recursion (the walk
// follows parent/child/sibling links and keeps its per-level state in a
// vector, so 10,000-deep nesting costs heap, not stack), cuts the text into
// blocks: a block is the text between two block-level boundaries (the start or
// end of any element that is not inline: p, div, li, h1-h6, td, ...; or two
// line breaks in a row). Inline elements (a, b, span, em, ...) do not cut, so
// "<b>in</b>line" stays one word. Subtrees that hold no readable text are not
// entered: script, style, template, svg, iframe, form controls other than
// buttons, <head>, and elements hidden by an inline style (display:none).
//
// For every block-level element the walk records its parent, depth, the
// range of blocks inside it, and what its tag and class/id say (html_cues.h);
// elements are stored in pre-order, so a parent always precedes its children
// and an element's blocks are a contiguous range.
//
// The tree must outlive the BlockTree: pieces point into its text nodes.
// Thread safety: a pure function of the tree.
#ifndef CROSSCHECK_INGEST_HTML_HTML_BLOCKS_H_
#define CROSSCHECK_INGEST_HTML_HTML_BLOCKS_H_

#include <libxml/tree.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// A piece of a block: the content of one text node, or a line break (<br>).
struct HtmlPiece {
  std::string_view text;  // empty for a line break
  bool line_break = false;
};

enum class BlockKind : std::uint8_t {
  kText,       // div, td-less containers, body text
  kParagraph,  // <p>
  kHeading,    // h1-h6
  kListItem,   // li, dt, dd
  kQuote,      // blockquote
  kCell,       // td, th
  kPre,        // pre
  kCaption,    // figcaption, caption
};

struct HtmlBlock {
  std::uint32_t first_piece = 0, end_piece = 0;  // [first, end) in BlockTree::pieces
  std::int32_t element = -1;                     // innermost block-level element holding it
  BlockKind kind = BlockKind::kText;
  std::uint8_t heading_level = 0;    // 1-6 for headings
  std::uint32_t chars = 0;           // code points, white space excluded
  std::uint32_t link_chars = 0;      // of those, inside <a href>
  std::uint32_t words = 0;           // runs of non-space characters
  std::uint16_t sentence_marks = 0;  // . ! ? and their CJK forms ending a word
  std::uint16_t commas = 0;
};

// Element flags (HtmlElement::flags).
enum ElementFlag : std::uint16_t {
  kNegativeTag = 1 << 0,  // nav, aside, footer, header, menu, dialog, figcaption
  kNegativeCue = 1 << 1,  // class/id says furniture (html_cues.h)
  kPositiveCue = 1 << 2,  // class/id/itemprop says article body
  kArticleTag = 1 << 3,   // article, main, role=main
  kFormTag = 1 << 4,      // form
  kFigure = 1 << 5,       // figure
  kCommentCue = 1 << 6,   // class/id says comments
  kHeaderTag = 1 << 8,    // header (also kNegativeTag; not furniture inside an article)
  kWeakCue = 1 << 7,      // class/id says furniture, with a word article wrappers also carry
};

struct HtmlElement {
  const xmlNode* node = nullptr;
  std::int32_t parent = -1;
  std::uint32_t depth = 0;
  std::uint32_t first_block = 0, end_block = 0;  // [first, end) in BlockTree::blocks
  std::uint16_t flags = 0;
};

struct BlockTree {
  std::vector<HtmlPiece> pieces;
  std::vector<HtmlBlock> blocks;
  std::vector<HtmlElement> elements;
};

// Flattens the tree under `root`: the document node (HtmlPage::top(), every
// top-level element) or one element.
BlockTree BuildBlocks(const xmlNode* root);

// `text` with runs of ASCII white space collapsed to one space, trimmed.
std::string CollapseSpaces(std::string_view text);
// A block's text, white space collapsed (line breaks become spaces).
std::string BlockText(const BlockTree& tree, const HtmlBlock& block);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_HTML_BLOCKS_H_
