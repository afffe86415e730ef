#include "ingest/html/html_blocks.h"

#include "ingest/html/html_cues.h"
#include "ingest/html/html_page.h"

namespace crosscheck {

namespace {

BlockKind KindOf(std::string_view tag, std::uint8_t* level) {
  *level = 0;
  if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') {
    *level = static_cast<std::uint8_t>(tag[1] - '0');
    return BlockKind::kHeading;
  }
  if (tag == "p") return BlockKind::kParagraph;
  if (tag == "li" || tag == "dt" || tag == "dd") return BlockKind::kListItem;
  if (tag == "blockquote") return BlockKind::kQuote;
  if (tag == "td" || tag == "th") return BlockKind::kCell;
  if (tag == "pre") return BlockKind::kPre;
  if (tag == "figcaption" || tag == "caption") return BlockKind::kCaption;
  return BlockKind::kText;
}

bool IsSpaceByte(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Adds the statistics of `text` to `block`; `in_link` counts it as link text.
// `word_open` carries "the previous piece ended inside a word" across pieces.
void Count(std::string_view text, bool in_link, HtmlBlock& block, bool& word_open) {
  std::uint32_t chars = 0;
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsSpaceByte(c) ||
        (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(text[i + 1]) == 0xA0)) {
      if (c == 0xC2) ++i;
      word_open = false;
      continue;
    }
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    ++chars;
    if (!word_open) ++block.words;
    word_open = true;
    if (c == '.' || c == '!' || c == '?') {
      const bool end = i + 1 == n || IsSpaceByte(static_cast<unsigned char>(text[i + 1])) ||
                       text[i + 1] == '"' || text[i + 1] == ')';
      if (end && block.sentence_marks < 0xFFFF) ++block.sentence_marks;
    } else if (c == ',') {
      if (block.commas < 0xFFFF) ++block.commas;
    } else if (c == 0xE3 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(text[i + 2]) == 0x82)) {  // 。
      if (block.sentence_marks < 0xFFFF) ++block.sentence_marks;
    } else if (c == 0xEF && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0xBC &&
               (static_cast<unsigned char>(text[i + 2]) == 0x81 ||
                static_cast<unsigned char>(text[i + 2]) == 0x9F)) {  // ！ ？
      if (block.sentence_marks < 0xFFFF) ++block.sentence_marks;
    }
  }
  block.chars += chars;
  if (in_link) block.link_chars += chars;
}

struct Frame {
  const xmlNode* node;
  std::int32_t element;  // index of the innermost block element (this one or above)
  bool block;            // this node is a block-level element
  std::uint16_t links;   // <a href> ancestors
};

class Walker {
 public:
  explicit Walker(BlockTree& tree) : tree_(tree) {}

  void Run(const xmlNode* root) {
    if (root == nullptr) return;
    const xmlNode* node = root;
    // Pre-order walk over parent/child/sibling links; stack_ mirrors the
    // open elements (heap memory, any depth).
    while (node != nullptr) {
      bool descend = false;
      if (node == root && node->type != XML_ELEMENT_NODE) {
        // The document: after a stray </html> libxml2 puts the rest of the
        // page in further top-level elements, so all of them are walked.
        if (node->children == nullptr) break;
        node = node->children;
        continue;
      }
      if (node->type == XML_ELEMENT_NODE) {
        descend = Enter(node);
      } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        Text(node);
      }
      if (descend && node->children != nullptr) {
        node = node->children;
        continue;
      }
      if (descend) Leave();
      // Climb until a node with a next sibling (leaving elements on the way).
      while (node != nullptr && node != root && node->next == nullptr) {
        node = node->parent;
        if (node != nullptr && node->type == XML_ELEMENT_NODE && !stack_.empty() &&
            stack_.back().node == node) {
          Leave();
        }
      }
      if (node == nullptr || node == root) break;
      node = node->next;
    }
    while (!stack_.empty()) Leave();
    Flush();
  }

 private:
  // Returns true when the walk should enter the element's children.
  bool Enter(const xmlNode* node) {
    const std::string_view tag = TagName(node);
    const TagRole role = TagRoleOf(tag);
    if (role == TagRole::kSkip) return false;
    if (role == TagRole::kBreak) {
      LineBreak();
      return false;
    }
    if (IsHidden(node)) return false;
    const std::int32_t parent = stack_.empty() ? -1 : stack_.back().element;
    const std::uint16_t links =
        (stack_.empty() ? 0 : stack_.back().links) + (tag == "a" && HasHref(node) ? 1 : 0);
    if (role == TagRole::kInline) {
      stack_.push_back({node, parent, false, links});
      return true;
    }
    Flush();
    HtmlElement e;
    e.node = node;
    e.parent = parent;
    e.depth = parent < 0 ? 0 : tree_.elements[parent].depth + 1;
    e.first_block = static_cast<std::uint32_t>(tree_.blocks.size());
    e.flags = ElementFlags(node, tag);
    const auto index = static_cast<std::int32_t>(tree_.elements.size());
    tree_.elements.push_back(e);
    stack_.push_back({node, index, true, links});
    return true;
  }

  void Leave() {
    const Frame f = stack_.back();
    stack_.pop_back();
    if (!f.block) return;
    Flush();
    tree_.elements[f.element].end_block = static_cast<std::uint32_t>(tree_.blocks.size());
  }

  static bool HasHref(const xmlNode* node) {
    for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
      if (xmlStrEqual(a->name, reinterpret_cast<const xmlChar*>("href"))) return true;
    }
    return false;
  }

  void Text(const xmlNode* node) {
    if (node->content == nullptr) return;
    const std::string_view text(reinterpret_cast<const char*>(node->content));
    if (text.empty()) return;
    if (!open_) {
      bool blank = true;
      for (char c : text) blank = blank && IsSpaceByte(static_cast<unsigned char>(c));
      if (blank) return;  // white space between blocks
      Open();
    }
    tree_.pieces.push_back({text, false});
    const bool in_link = !stack_.empty() && stack_.back().links > 0;
    Count(text, in_link, current_, word_open_);
    if (current_.chars > 0) last_was_break_ = false;
  }

  void LineBreak() {
    if (!open_) return;
    if (last_was_break_) {  // two line breaks in a row end the block
      tree_.pieces.pop_back();
      Flush();
      return;
    }
    tree_.pieces.push_back({{}, true});
    last_was_break_ = true;
    word_open_ = false;
  }

  void Open() {
    open_ = true;
    last_was_break_ = false;
    word_open_ = false;
    current_ = HtmlBlock{};
    current_.first_piece = static_cast<std::uint32_t>(tree_.pieces.size());
    const std::int32_t element = stack_.empty() ? -1 : stack_.back().element;
    current_.element = element;
    if (element >= 0) {
      current_.kind = KindOf(TagName(tree_.elements[element].node), &current_.heading_level);
    }
  }

  void Flush() {
    if (!open_) return;
    open_ = false;
    while (tree_.pieces.size() > current_.first_piece && tree_.pieces.back().line_break)
      tree_.pieces.pop_back();
    current_.end_piece = static_cast<std::uint32_t>(tree_.pieces.size());
    if (current_.chars == 0) {
      tree_.pieces.resize(current_.first_piece);
      return;
    }
    tree_.blocks.push_back(current_);
  }

  BlockTree& tree_;
  std::vector<Frame> stack_;
  HtmlBlock current_;
  bool open_ = false;
  bool last_was_break_ = false;
  bool word_open_ = false;
};

}  // namespace

namespace {

// Appends `text` to `out` collapsing white space; `space` carries a pending
// separator across calls.
void AppendCollapsed(std::string_view text, std::string& out, bool& space) {
  for (char c : text) {
    if (IsSpaceByte(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
}

}  // namespace

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  bool space = false;
  AppendCollapsed(text, out, space);
  return out;
}

std::string BlockText(const BlockTree& tree, const HtmlBlock& block) {
  std::string out;
  bool space = false;
  for (std::uint32_t p = block.first_piece; p < block.end_piece; ++p) {
    if (tree.pieces[p].line_break) space = true;
    AppendCollapsed(tree.pieces[p].text, out, space);
  }
  return out;
}

BlockTree BuildBlocks(const xmlNode* root) {
  BlockTree tree;
  Walker(tree).Run(root);
  return tree;
}

}  // namespace crosscheck
