// Steps 1-3 of main-text extraction: which blocks are paragraphs, which
// furniture marks hold, and which element is the article region. The method
// is described at the top of html_extract.cc; the constants were tuned with
// the rest of it (even pages of the development sets, checked on the odd).
#include "ingest/html/html_region.h"

#include <algorithm>
#include <array>
#include <string>

#include "ingest/html/html_page.h"

namespace crosscheck::html_region {

namespace {

constexpr double kMaxParagraphLinkDensity = 0.35;
constexpr double kWrapperShare = 0.8;
constexpr double kCommentWrapperShare = 0.9;
constexpr double kArticleWrapperShare = 0.3;
constexpr double kArticleMajorityShare = 0.5;
constexpr double kArticleBonus = 1.5;
constexpr double kProseChars = 400;
// Score weights of text that is not paragraph text (per character).
constexpr double kMarkedPenalty = 0.1;
constexpr double kOtherPenalty = 0.2;
constexpr double kLinkPenalty = 1.0;

// Effective furniture marks: neg_depth[e] = depth of the innermost marked
// element at or above e (-1: none). A mark is ignored on an element that holds
// most of the page's paragraph text, or an article element with much of it,
// and a class/id mark on an element that is mostly prose (a wrapper with an
// unlucky name); comment sections keep their mark unless they hold nearly all.
std::vector<std::int32_t> FurnitureDepths(const BlockTree& tree, const std::vector<char>& paragraph,
                                          const std::vector<double>& raw, double total,
                                          bool use_cues) {
  const std::size_t ne = tree.elements.size();
  std::vector<double> article(ne, 0.0);
  std::vector<std::uint32_t> paragraphs(ne, 0);
  for (std::size_t i = 0; i < tree.blocks.size(); ++i) {
    if (paragraph[i] && tree.blocks[i].element >= 0) ++paragraphs[tree.blocks[i].element];
  }
  // Paragraph text under comment sections, per element.
  std::vector<double> comments(ne, 0.0);
  for (std::size_t e = ne; e-- > 0;) {
    const HtmlElement& el = tree.elements[e];
    if (el.flags & (kArticleTag | kPositiveCue)) article[e] = std::max(article[e], raw[e]);
    if (el.flags & kCommentCue) comments[e] = raw[e];
    if (el.parent >= 0) {
      article[el.parent] = std::max(article[el.parent], article[e]);
      paragraphs[el.parent] += paragraphs[e];
      comments[el.parent] += comments[e];
    }
  }
  std::vector<std::int32_t> neg_depth(ne, -1);
  std::vector<char> in_article(ne, 0);
  // Paragraph text of the innermost article element at or above e, its
  // comment section aside (0: none).
  std::vector<double> article_raw(ne, 0.0);
  for (std::size_t e = 0; e < ne; ++e) {
    const HtmlElement& el = tree.elements[e];
    in_article[e] = (el.flags & kArticleTag) || (el.parent >= 0 && in_article[el.parent]);
    const double enclosing = el.parent >= 0 ? article_raw[el.parent] : 0.0;
    article_raw[e] = (el.flags & kArticleTag) ? raw[e] - comments[e] : enclosing;
    const std::uint16_t marks = use_cues ? (kNegativeTag | kNegativeCue | kWeakCue) : kNegativeTag;
    std::uint16_t flags = el.flags;
    // A form is furniture (a comment or search form, a rating box) unless it
    // holds prose: some sites wrap the whole page in one.
    if (flags & kFormTag) flags |= kWeakCue;
    // An article's own <header> holds its headline, byline and lead.
    if ((flags & kHeaderTag) && el.parent >= 0 && in_article[el.parent]) flags &= ~kNegativeTag;
    bool negative = (flags & marks) != 0 && el.depth > 1;
    // A weak mark on a box of prose (two or more paragraphs) is a wrapper's.
    if (negative && (flags & marks) == kWeakCue && paragraphs[e] >= 2 && raw[e] >= kProseChars) {
      negative = false;
    }
    if (negative && total > 0) {
      if (el.flags & kCommentCue) {
        negative = raw[e] < kCommentWrapperShare * total;
      } else {
        negative = raw[e] < kWrapperShare * total && article[e] < kArticleWrapperShare * total;
        // Inside an article element that holds most of the page's prose, a
        // class/id mark on the box holding most of that article's prose
        // names a layout ("sidebar-layout", "body-ad-wrapper"), not
        // furniture. (An article element with less, such as a <main> inside
        // a cookie dialog, does not vouch for what it holds.)
        if (negative && (flags & kNegativeTag) == 0 && enclosing > 0 &&
            raw[e] >= kWrapperShare * enclosing && enclosing >= kArticleMajorityShare * total)
          negative = false;
      }
    }
    neg_depth[e] = negative ? static_cast<std::int32_t>(el.depth)
                            : (el.parent >= 0 ? neg_depth[el.parent] : -1);
  }
  return neg_depth;
}

// A table cell or list item, or a block right inside one (<li><p>).
bool IsCellOrItem(const BlockTree& tree, const HtmlBlock& b) {
  std::int32_t e = b.element;
  for (int up = 0; e >= 0 && up < 2; ++up, e = tree.elements[e].parent) {
    const std::string_view tag = TagName(tree.elements[e].node);
    if (tag == "td" || tag == "th" || tag == "li") return true;
  }
  return false;
}

// What PHP writes before an error it prints into a page ("Warning: ...").
constexpr std::array<std::string_view, 6> kServerErrorKinds = {
    "Warning", "Notice", "Deprecated", "Fatal error", "Parse error", "Strict Standards"};
// The bytes BlockText collapses as white space.
constexpr std::string_view kBlockSpace = " \t\n\r\f";

// `text` as BlockText gives it (collapsed, no leading space).
bool IsServerErrorText(std::string_view text) {
  for (std::string_view kind : kServerErrorKinds) {
    if (text.starts_with(kind) && text.substr(kind.size()).starts_with(':'))
      return text.find(" on line ") != std::string_view::npos;
  }
  return false;
}

}  // namespace

bool IsServerError(const BlockTree& tree, const HtmlBlock& block) {
  // Only the first piece with text is looked at before the block's text is
  // built: it must open with (or be the start of) an error kind.
  for (std::uint32_t p = block.first_piece; p < block.end_piece; ++p) {
    std::string_view text = tree.pieces[p].text;
    const std::size_t at = text.find_first_not_of(kBlockSpace);
    if (at == std::string_view::npos) continue;
    text.remove_prefix(at);
    for (std::string_view kind : kServerErrorKinds) {
      if (text.starts_with(kind) || kind.starts_with(text))
        return IsServerErrorText(BlockText(tree, block));
    }
    return false;
  }
  return false;
}

double LinkDensity(const HtmlBlock& b) {
  return b.chars == 0 ? 0.0 : static_cast<double>(b.link_chars) / b.chars;
}

bool IsParagraph(const HtmlBlock& b) {
  if (b.kind == BlockKind::kCaption || b.kind == BlockKind::kHeading) return false;
  if (LinkDensity(b) >= kMaxParagraphLinkDensity) return false;
  return b.chars >= 120 || (b.chars >= 40 && b.sentence_marks > 0) ||
         (b.chars >= 60 && b.commas >= 2) || (b.kind == BlockKind::kListItem && b.chars >= 80);
}

// The element with the highest score (see the file comment), and its marks.
std::int32_t ChooseRegion(const BlockTree& tree, const std::vector<char>& paragraph,
                          const std::vector<double>& raw, double total, bool use_cues,
                          std::vector<std::int32_t>& neg_depth) {
  neg_depth = FurnitureDepths(tree, paragraph, raw, total, use_cues);
  const std::size_t ne = tree.elements.size();
  std::vector<double> score(ne, 0.0);
  for (std::size_t i = 0; i < tree.blocks.size(); ++i) {
    const HtmlBlock& b = tree.blocks[i];
    if (b.element < 0) continue;
    const double ld = LinkDensity(b);
    double s;
    if (neg_depth[b.element] >= 0) {
      s = -kMarkedPenalty * b.chars;
    } else if (paragraph[i]) {
      s = b.chars * (1.0 - ld);
    } else if (b.kind == BlockKind::kHeading || (ld == 0.0 && IsCellOrItem(tree, b))) {
      // Headings, the cells of a data table and the items of a list
      // (figures, names, specs: no links) are part of an article without
      // being prose.
      s = 0;
    } else {
      s = -(kOtherPenalty + kLinkPenalty * ld) * b.chars;
    }
    score[b.element] += s;
  }
  for (std::size_t e = ne; e-- > 0;) {
    if (tree.elements[e].parent >= 0) score[tree.elements[e].parent] += score[e];
  }
  // Article elements (article, main, itemprop=articleBody, "entry-content")
  // win over an equal amount of prose elsewhere (a popup, a cookie notice).
  std::int32_t best = 0;
  double best_score = score[0];
  for (std::size_t e = 1; e < ne; ++e) {
    double s = score[e];
    if (s > 0 && (tree.elements[e].flags & (kArticleTag | kPositiveCue))) s *= kArticleBonus;
    if (s > best_score) {
      best = static_cast<std::int32_t>(e);
      best_score = s;
    }
  }
  return best;
}

// Paragraph characters inside `region` not under a mark below it.
double RegionParagraphChars(const BlockTree& tree, const std::vector<char>& paragraph,
                            const std::vector<std::int32_t>& neg_depth, std::int32_t region) {
  const HtmlElement& r = tree.elements[region];
  double chars = 0;
  for (std::uint32_t i = r.first_block; i < r.end_block; ++i) {
    const HtmlBlock& b = tree.blocks[i];
    if (paragraph[i] && b.element >= 0 &&
        neg_depth[b.element] <= static_cast<std::int32_t>(r.depth))
      chars += b.chars;
  }
  return chars;
}

}  // namespace crosscheck::html_region
