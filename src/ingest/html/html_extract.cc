// Main-text extraction.
//
// A page is a tree of block elements holding text blocks. The article is, in
// almost every page, one subtree whose text is mostly prose: paragraphs with
// sentence punctuation and few links. Around it sit menus and link lists
// (high link density), short labels and metadata (no sentences), and
// furniture the markup names (nav/aside/footer, class="share", "comments").
//
// 1. Each block is rated. A *paragraph* is a block with little link text
//    (under 35%) that reads like prose: long (>= 120 characters), or >= 40
//    characters with a sentence mark, or several commas, or a list item of
//    >= 80 characters. Captions and headings never are.
// 2. Furniture marks are checked against the text they would remove. Strong
//    marks (nav/aside/footer tags, class words such as cookie, comment, menu,
//    sidebar, related) hold unless the element holds 80% of the page's
//    paragraph text or an article element with 30% of it (a wrapper with an
//    unlucky name), or hold 80% of the prose of an article element that
//    itself holds half the page's ("body-ad-wrapper" inside <article>). Weak marks (share, meta,
//    author, tags, caption; forms) also give way on a box of prose (two or more paragraphs, 400+
//    characters). Comment sections keep their mark unless they hold nearly
//    all the text. When every paragraph ends up marked, the class/id marks
//    are dropped for the page.
// 3. Every element gets a score: paragraph characters count for it (scaled
//    by 1 - link density), other text counts a little against it (not
//    headings, nor the cells of a data table or the items of a list without
//    links), link text
//    more, and text under an effective furniture mark a little (it is
//    removed later anyway). Scores add up the tree; the element with the
//    highest score is the article region: the smallest subtree that holds
//    the prose and as little else as possible. Article elements (<article>,
//    <main>, "entry-content") get a bonus, so a cookie notice or popup with
//    as much prose does not win.
// 4. Inside the region, blocks under a furniture mark, captions, button
//    labels, PHP errors a server printed into the page and link-dense
//    blocks (other than whole linked sentences) are dropped, with the short
//    label over a list of linked headlines ("Read also"), and so are
//    non-paragraph blocks before the first paragraph and after the last one
//    (bylines, dates, tag lines, share prompts, short link lines, a
//    copyright line however long), but not a plain <p> line beside the last
//    paragraph (a sign-off), nor sub-headings, short plain <p> sentences
//    and unlinked list items that lead into a paragraph; and headings whose
//    section lost all its text ("Related" over removed links). A leading <h1>, or a heading that
//    repeats the page title, is the headline: metadata, not text. The body is the deepest element
//    holding 90% of the kept paragraph text; kept blocks after it (a price box, a rating prompt, an
//    author box) go, blocks before it stay only when they are long plain paragraphs; when 90% of
//    the body's prose sits in it under text tags only (p, lists, quotes, tables), boxes nested in
//    other elements after the last such block go too (an author box or call to action inside the
//    body). An article's lead paragraphs, which often sit in its <header> above the body, are taken
//    from the enclosing <article>, or, without one, from the plain <p> paragraphs right above the
//    region beside it. A button's own label ("Listen", "Load all content") is a control, never
//    text.
// 5. A region with less paragraph text than min_article_chars (two thirds
//    of it for an article element) is no article (an empty shell, a
//    gallery), and so is a region of linked headlines whose paragraphs are
//    short summaries right under them (an index page): nothing is kept, and
//    the reason says what was found.
//
// Steps 1-3 live in html_region.cc, steps 4-5 here. The constants were
// tuned on the even-numbered pages of the two development sets
// (trafilatura-eval, WCXB) and checked on the odd ones.
#include "ingest/html/html_extract.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

#include "ingest/html/html_page.h"
#include "ingest/html/html_region.h"

namespace crosscheck {

namespace {

using html_region::ChooseRegion;
using html_region::IsParagraph;
using html_region::IsServerError;
using html_region::LinkDensity;
using html_region::RegionParagraphChars;

constexpr double kMaxKeptLinkDensity = 0.5;
// A block with more link text than that is still a candidate when it is a
// sentence of this many words (trimmed at the edges like any non-paragraph).
constexpr std::uint32_t kLinkedSentenceWords = 6;
// The longest label (code points) that introduces a link list.
constexpr std::uint32_t kLinkLabelChars = 50;
// The fewest words of a single linked headline under such a label (two or
// more links in a row need no count).
constexpr std::uint32_t kHeadlineWords = 6;
constexpr std::uint32_t kShortTailChars = 100;
// An article element needs less text to count as an article (a short notice).
constexpr double kArticleMinShare = 0.67;
// Linked headlines in the region that make it an index page (when the
// paragraphs there are short summaries right under them).
constexpr std::uint32_t kIndexHeadlines = 4;
// The body element holds this share of the kept paragraph text; of the
// blocks before it only paragraphs this long (with little link text) stay.
constexpr double kBodyShare = 0.9;
constexpr int kBodySearchLevels = 64;
constexpr std::uint32_t kOutsideBodyChars = 100;
constexpr double kOutsideBodyLinkDensity = 0.2;
// The body's direct text (reached through text tags only) must hold this
// share of its prose before boxes after it are cut.
constexpr double kDirectShare = 0.9;
constexpr int kDirectLevels = 16;
// How far up from the region an enclosing article element is looked for.
constexpr int kLeadSearchLevels = 8;
constexpr std::uint32_t kHeadlineChars = 15;
constexpr std::uint32_t kSignOffChars = 8;
constexpr double kTeaserChars = 250;  // paragraph characters per teaser at most

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A heading whose section lost all its text (a "Related" heading over
// removed links, a rating prompt): followed by a heading of its level or
// higher, or by nothing.
void DropEmptySections(const BlockTree& tree, std::vector<std::uint32_t>& kept,
                       std::vector<BlockFate>& fate) {
  std::vector<std::uint32_t> out;
  for (std::size_t k = 0; k < kept.size(); ++k) {
    const HtmlBlock& b = tree.blocks[kept[k]];
    if (b.kind == BlockKind::kHeading) {
      const bool empty =
          k + 1 == kept.size() || (tree.blocks[kept[k + 1]].kind == BlockKind::kHeading &&
                                   tree.blocks[kept[k + 1]].heading_level <= b.heading_level);
      if (empty) {
        fate[kept[k]] = BlockFate::kAfterText;
        continue;
      }
    }
    out.push_back(kept[k]);
  }
  kept = std::move(out);
}

// True when `element` is `body` or sits in it under text tags only.
bool DirectlyIn(const BlockTree& tree, std::int32_t element, std::int32_t body) {
  for (int up = 0; element >= 0 && up < kDirectLevels; ++up) {
    if (element == body) return true;
    const std::string_view tag = TagName(tree.elements[element].node);
    const bool text_tag = tag == "p" || tag == "ul" || tag == "ol" || tag == "li" || tag == "dl" ||
                          tag == "dt" || tag == "dd" || tag == "blockquote" || tag == "pre" ||
                          tag == "table" || tag == "thead" || tag == "tbody" || tag == "tfoot" ||
                          tag == "tr" || tag == "td" || tag == "th" ||
                          (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6');
    if (!text_tag) return false;
    element = tree.elements[element].parent;
  }
  return false;
}

// The body: the deepest element holding most (kBodyShare) of the kept
// paragraph text. Kept blocks after it (a price box, a "was this useful?"
// prompt, an author box, a disclaimer in another container) go; blocks
// before it stay when they are long plain paragraphs or sub-headings leading
// into the body.
void TrimOutsideBody(const BlockTree& tree, const std::vector<char>& paragraph,
                     std::vector<std::uint32_t>& kept, double& kept_paragraph_chars,
                     std::vector<BlockFate>& fate) {
  if (kept.empty() || kept_paragraph_chars <= 0) return;
  std::unordered_map<std::int32_t, double> held;
  for (std::uint32_t i : kept) {
    if (!paragraph[i]) continue;
    int up = 0;
    for (std::int32_t e = tree.blocks[i].element; e >= 0 && up < kBodySearchLevels;
         e = tree.elements[e].parent, ++up) {
      held[e] += tree.blocks[i].chars;
    }
  }
  std::int32_t body = -1;
  for (const auto& [e, chars] : held) {
    if (chars < kBodyShare * kept_paragraph_chars) continue;
    if (body < 0 || tree.elements[e].depth > tree.elements[body].depth) body = e;
  }
  if (body < 0) return;
  const HtmlElement& b = tree.elements[body];
  std::vector<std::uint32_t> out;
  for (std::size_t k = 0; k < kept.size(); ++k) {
    const std::uint32_t i = kept[k];
    const HtmlBlock& block = tree.blocks[i];
    const bool inside = i >= b.first_block && i < b.end_block;
    const bool strong = i < b.first_block && paragraph[i] && block.chars >= kOutsideBodyChars &&
                        LinkDensity(block) < kOutsideBodyLinkDensity;
    const bool leads_in = block.kind == BlockKind::kHeading && k + 1 < kept.size() &&
                          kept[k + 1] >= b.first_block && kept[k + 1] < b.end_block;
    if (inside || strong || leads_in) {
      out.push_back(i);
      continue;
    }
    fate[i] = i < b.first_block ? BlockFate::kBeforeBody : BlockFate::kAfterBody;
    if (paragraph[i]) kept_paragraph_chars -= block.chars;
  }
  // The body's own text ends with its last block reached from the body
  // through text tags only (p, lists, quotes, tables); boxes nested in other
  // elements after it (an author box, an FAQ widget, a call to action inside
  // the body) go — when such direct text is most of the body's prose.
  double direct_chars = 0;
  std::size_t last_direct = out.size();
  for (std::size_t k = 0; k < out.size(); ++k) {
    if (!DirectlyIn(tree, tree.blocks[out[k]].element, body)) continue;
    last_direct = k;
    if (paragraph[out[k]]) direct_chars += tree.blocks[out[k]].chars;
  }
  if (last_direct < out.size() && direct_chars >= kDirectShare * kept_paragraph_chars) {
    for (std::size_t k = last_direct + 1; k < out.size(); ++k) {
      fate[out[k]] = BlockFate::kAfterBody;
      if (paragraph[out[k]]) kept_paragraph_chars -= tree.blocks[out[k]].chars;
    }
    out.resize(last_direct + 1);
  }
  kept = std::move(out);
}

}  // namespace

Extraction ExtractMainText(const BlockTree& tree, std::string_view title,
                           const MainTextOptions& options) {
  Extraction out;
  const std::size_t nb = tree.blocks.size(), ne = tree.elements.size();
  out.fate.assign(nb, BlockFate::kOutsideRegion);
  if (nb == 0 || ne == 0) {
    out.no_article = "the page has no text";
    return out;
  }

  // 1. Paragraph text per block, summed up the tree (elements are in
  // pre-order, so a reverse sweep adds children into parents).
  std::vector<char> paragraph(nb);
  std::vector<double> raw(ne, 0.0);
  double total = 0;
  // A PHP error a server printed into the page ("Warning: ... in /www/...
  // on line 407") reads like prose but is never text.
  std::vector<char> server_error(nb);
  for (std::size_t i = 0; i < nb; ++i) {
    const HtmlBlock& b = tree.blocks[i];
    server_error[i] = IsServerError(tree, b);
    paragraph[i] = IsParagraph(b) && !server_error[i];
    if (paragraph[i] && b.element >= 0) {
      raw[b.element] += b.chars * (1.0 - LinkDensity(b));
      total += b.chars * (1.0 - LinkDensity(b));
    }
  }
  for (std::size_t e = ne; e-- > 0;) {
    if (tree.elements[e].parent >= 0) raw[tree.elements[e].parent] += raw[e];
  }

  // 2-3. Furniture marks and scores; when every paragraph sits under a mark,
  // the class/id marks are wrong for this page and are ignored.
  std::vector<std::int32_t> neg_depth;
  std::int32_t best = ChooseRegion(tree, paragraph, raw, total, /*use_cues=*/true, neg_depth);
  if (RegionParagraphChars(tree, paragraph, neg_depth, best) == 0 && total > 0) {
    best = ChooseRegion(tree, paragraph, raw, total, /*use_cues=*/false, neg_depth);
  }
  out.region = best;
  const HtmlElement& region = tree.elements[best];
  const auto region_depth = static_cast<std::int32_t>(region.depth);

  // 4. Blocks of the region.
  std::vector<std::uint32_t> candidates;
  // For step 5: linked headlines, and paragraphs right under one (teasers).
  std::uint32_t linked_headlines = 0, teaser_summaries = 0;
  bool after_headline = false;
  for (std::uint32_t i = region.first_block; i < region.end_block; ++i) {
    const HtmlBlock& b = tree.blocks[i];
    if (b.element < 0 || neg_depth[b.element] > region_depth) {
      out.fate[i] = BlockFate::kMarked;
      continue;
    }
    if (b.kind == BlockKind::kCaption) {
      out.fate[i] = BlockFate::kCaption;
      continue;
    }
    if (server_error[i]) {
      out.fate[i] = BlockFate::kMarked;
      continue;
    }
    // A button's own label ("Load all content", "Listen") is a control, not
    // text. (Text that libxml2 nests inside an unclosed button sits in
    // deeper elements and stays.)
    if (TagName(tree.elements[b.element].node) == "button" && !paragraph[i]) {
      out.fate[i] = BlockFate::kMarked;
      continue;
    }
    const bool headline =
        b.kind == BlockKind::kHeading && b.chars >= kHeadlineChars && LinkDensity(b) > 0.5;
    linked_headlines += headline;
    if (after_headline && paragraph[i] && b.chars < kTeaserChars) ++teaser_summaries;
    after_headline = headline;
    // A linked sentence may stand between paragraphs; link lists may not.
    const bool linked_sentence = b.sentence_marks > 0 && b.words >= kLinkedSentenceWords;
    if (LinkDensity(b) > kMaxKeptLinkDensity && !linked_sentence) {
      out.fate[i] = BlockFate::kLinkDense;
      continue;
    }
    candidates.push_back(i);
  }
  // A short label right above a removed list of linked headlines ("Read
  // also", "More on this", "Explore further:"), or of teasers under a
  // furniture mark ("related", "teaser"; captions aside), introduces them,
  // not the text: it goes with them, and so does a heading above such a
  // label ("More on this" over "News"). A list item is never such a label (a
  // list of specs above a product link), nor is a label over one short link
  // (a heading over a "buy" button or an embedded post).
  {
    // Removed as links or furniture (a caption does not count).
    const auto removed = [&](std::uint32_t j) {
      return out.fate[j] == BlockFate::kLinkDense ||
             (out.fate[j] == BlockFate::kMarked && tree.blocks[j].kind != BlockKind::kCaption);
    };
    // 0: not a label; 1: a label right above the links; 2: one above that.
    std::vector<std::uint8_t> label(region.end_block - region.first_block + 1, 0);
    for (std::uint32_t i = region.end_block; i-- > region.first_block;) {
      const HtmlBlock& b = tree.blocks[i];
      const std::uint32_t next = i + 1;
      if (next >= region.end_block || b.element < 0) continue;
      const bool short_label = b.chars <= kLinkLabelChars && b.link_chars == 0 &&
                               (b.kind == BlockKind::kHeading || b.sentence_marks == 0) &&
                               TagName(tree.elements[b.element].node) != "li";
      if (!short_label) continue;
      std::uint32_t run = 0;
      while (next + run < region.end_block && removed(next + run)) ++run;
      if (run >= 2 || (run == 1 && tree.blocks[next].words >= kHeadlineWords)) {
        label[i - region.first_block] = 1;
      } else if (label[next - region.first_block] == 1 && b.kind == BlockKind::kHeading) {
        label[i - region.first_block] = 2;
      }
    }
    std::vector<std::uint32_t> rest;
    for (std::uint32_t i : candidates) {
      if (label[i - region.first_block]) {
        out.fate[i] = BlockFate::kLinkDense;
      } else {
        rest.push_back(i);
      }
    }
    candidates = std::move(rest);
  }
  std::size_t first = 0, last = candidates.size();
  while (first < last && !paragraph[candidates[first]]) ++first;
  // The tail: after the article's last paragraph come prompts and credits
  // that read like short sentences ("Follow us on ...", "Explore further"),
  // and a copyright line ("© 2022, The Paper. All rights reserved."), which
  // closes the page however many sentences it has. A plain <p> line in the
  // last paragraph's container, without links or a colon ("Kontakt:",
  // "Photos: ..."), is the writer's sign-off or closing remark and stays.
  std::int32_t last_parent = -1;
  for (std::size_t k = candidates.size(); k > first; --k)
    if (paragraph[candidates[k - 1]]) {
      const std::int32_t e = tree.blocks[candidates[k - 1]].element;
      last_parent = e >= 0 ? tree.elements[e].parent : -1;
      break;
    }
  const auto cut_from_tail = [&](std::uint32_t i) {
    const HtmlBlock& b = tree.blocks[i];
    const std::string text = BlockText(tree, b);  // collapsed: no leading space
    if (text.starts_with("\u00a9")) return true;
    if (b.kind == BlockKind::kParagraph && b.link_chars == 0 && b.sentence_marks > 0) return false;
    const bool furniture =
        !paragraph[i] || (b.chars < kShortTailChars && (b.link_chars > 0 || b.sentence_marks == 0));
    const bool sign_off = b.kind == BlockKind::kParagraph && b.link_chars == 0 && b.element >= 0 &&
                          b.chars >= kSignOffChars && last_parent >= 0 &&
                          tree.elements[b.element].parent == last_parent &&
                          text.find(':') == std::string::npos;
    return furniture && !sign_off;
  };
  while (last > first && cut_from_tail(candidates[last - 1])) --last;
  // Sub-headings directly above the first paragraph lead into it.
  std::size_t lead = first;
  const auto leads_in = [&](const HtmlBlock& b) {
    if (b.kind == BlockKind::kHeading) return b.heading_level >= 2 || !options.drop_title;
    // A list without links leads in too (key points above the text).
    return (b.kind == BlockKind::kParagraph || b.kind == BlockKind::kListItem) && b.link_chars == 0;
  };
  while (lead > 0 && leads_in(tree.blocks[candidates[lead - 1]])) --lead;
  for (std::size_t k = 0; k < lead; ++k) out.fate[candidates[k]] = BlockFate::kBeforeText;
  for (std::size_t k = last; k < candidates.size(); ++k) {
    out.fate[candidates[k]] = BlockFate::kAfterText;
  }
  const std::string flat_title = Lower(CollapseSpaces(title));
  double kept_paragraph_chars = 0;
  for (std::size_t k = lead; k < last; ++k) {
    const std::uint32_t i = candidates[k];
    const HtmlBlock& b = tree.blocks[i];
    if (options.drop_title && b.kind == BlockKind::kHeading) {
      const std::string flat = Lower(BlockText(tree, b));
      if ((k < first && b.heading_level == 1) ||
          (!flat_title.empty() && flat.size() >= 8 && flat_title.find(flat) != std::string::npos)) {
        out.fate[i] = BlockFate::kHeadline;
        continue;
      }
    }
    if (paragraph[i]) kept_paragraph_chars += b.chars;
    out.kept.push_back(i);
  }
  TrimOutsideBody(tree, paragraph, out.kept, kept_paragraph_chars, out.fate);
  DropEmptySections(tree, out.kept, out.fate);

  // 4b. The lead: an article's standfirst often sits in its header, above the
  // body the region holds. Paragraphs of the nearest enclosing article
  // element above the region come first.
  std::int32_t article = region.parent;
  for (int up = 0; article >= 0 && up < kLeadSearchLevels; ++up) {
    if (tree.elements[article].flags & kArticleTag) break;
    article = tree.elements[article].parent;
  }
  if (article >= 0 && (tree.elements[article].flags & kArticleTag)) {
    const HtmlElement& a = tree.elements[article];
    std::vector<std::uint32_t> leads;
    for (std::uint32_t i = a.first_block; i < region.first_block; ++i) {
      const HtmlBlock& b = tree.blocks[i];
      if (b.element < 0 || neg_depth[b.element] > static_cast<std::int32_t>(a.depth)) continue;
      if (!paragraph[i]) continue;
      leads.push_back(i);
      kept_paragraph_chars += b.chars;
    }
    out.kept.insert(out.kept.begin(), leads.begin(), leads.end());
  } else if (!out.kept.empty()) {
    // Without an article element: the standfirst right above the region,
    // in the region's parent or grandparent (a <p class="intro"> beside the
    // box of body paragraphs): plain prose paragraphs directly before it.
    std::int32_t scope = region.parent;
    if (scope >= 0 && tree.elements[scope].parent >= 0) scope = tree.elements[scope].parent;
    std::vector<std::uint32_t> leads;
    if (scope >= 0) {
      const HtmlElement& a = tree.elements[scope];
      for (std::uint32_t i = region.first_block; i-- > a.first_block;) {
        const HtmlBlock& b = tree.blocks[i];
        if (b.element < 0 || neg_depth[b.element] > static_cast<std::int32_t>(a.depth) ||
            !paragraph[i] || b.link_chars > 0 || b.kind != BlockKind::kParagraph)
          break;
        leads.push_back(i);
        kept_paragraph_chars += b.chars;
      }
    }
    for (std::uint32_t i : leads) out.fate[i] = BlockFate::kKept;
    out.kept.insert(out.kept.begin(), leads.rbegin(), leads.rend());
  }

  // 5. No article.
  const bool article_region = (region.flags & (kArticleTag | kPositiveCue)) != 0;
  const double needed =
      article_region ? options.min_article_chars * kArticleMinShare : options.min_article_chars;
  // An index page: the region is a list of linked headlines ("teasers")
  // with a short summary at most under each (few other paragraphs, or nearly
  // all of them summaries right under a headline).
  std::uint32_t paragraphs_kept = 0, longest = 0;
  for (std::uint32_t i : out.kept) {
    if (!paragraph[i]) continue;
    ++paragraphs_kept;
    longest = std::max(longest, tree.blocks[i].chars);
  }
  // Every paragraph but one is a short summary under a linked headline.
  const bool teasers = paragraphs_kept <= teaser_summaries + 1 && longest < kTeaserChars * 2;
  if (linked_headlines >= kIndexHeadlines && teasers) {
    out.no_article = "no article: an index page (" + std::to_string(linked_headlines) +
                     " linked headlines, " + std::to_string(paragraphs_kept) +
                     " paragraphs in the densest region)";
  } else if (kept_paragraph_chars < needed) {
    out.no_article = "no article: the densest text region holds " +
                     std::to_string(static_cast<long>(kept_paragraph_chars)) +
                     " characters of paragraph text (of " +
                     std::to_string(static_cast<long>(total)) + " on the page, in " +
                     std::to_string(nb) + " blocks)";
  }
  if (!out.no_article.empty()) {
    out.kept.clear();
    out.fate.assign(nb, BlockFate::kNoArticle);
  }
  for (std::uint32_t i : out.kept) out.fate[i] = BlockFate::kKept;
  return out;
}

}  // namespace crosscheck
