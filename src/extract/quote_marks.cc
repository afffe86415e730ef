// Quote-mark pairing with one small stack per paragraph.
//
// Each mark is classified from its own shape and its neighbours: curly and
// angle marks say which side they are on (“ opens, ” closes), straight marks
// are read by flanking (white space before and a word after opens; a word
// before and white space or punctuation after closes; letters on both sides
// make ' an apostrophe). An opener is pushed, a closer pops back to the
// nearest opener of its level (double or single), dropping single openers
// above it as the apostrophes they were ("'em"). The stack holds at most
// kMaxDepth entries; marks past that depth are ignored, so the work per mark
// is constant and the whole pass is linear in the text.
//
// At a paragraph end a double quotation still open is carried to the next
// paragraph: if that paragraph starts with a double opener the quotation
// continues (the opener is consumed), otherwise it is emitted as unclosed,
// ending at the end of its paragraph. A line break inside a paragraph followed
// by an opener is the same convention for text whose paragraphs are separated
// by single newlines.
#include "extract/quote_marks.h"

#include <algorithm>
#include <optional>

namespace crosscheck {
namespace {

constexpr std::size_t kMaxDepth = 4;

struct CodePoint {
  char32_t value = 0;
  std::uint32_t length = 0;  // bytes; 0 at the edge of the text
};

CodePoint DecodeAt(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return {};
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) return {b0, 1};
  int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
  if (extra == 0 || pos + extra >= text.size()) return {0xFFFD, 1};
  char32_t value = b0 & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    const auto b = static_cast<unsigned char>(text[pos + k]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
    value = (value << 6) | (b & 0x3F);
  }
  return {value, static_cast<std::uint32_t>(extra + 1)};
}

// The code point ending just before `pos`, not looking before `floor`.
CodePoint DecodeBefore(std::string_view text, std::size_t pos, std::size_t floor) {
  if (pos <= floor) return {};
  std::size_t start = pos - 1;
  while (start > floor && pos - start < 4 &&
         (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  CodePoint cp = DecodeAt(text, start);
  if (start + cp.length != pos) return {0xFFFD, static_cast<std::uint32_t>(pos - start)};
  return cp;
}

bool IsSpace(char32_t c) {
  return c == 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 ||
         c == 0x202F;
}
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsLetter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  if (c < 0xC0) return false;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303F) return false;
  return c != 0xFFFD;
}
// Characters after which a straight mark opens: brackets, dashes, slashes, other openers.
bool IsOpeningContext(char32_t c) {
  return IsSpace(c) || c == '(' || c == '[' || c == '{' || c == '-' || c == '/' || c == 0x2013 ||
         c == 0x2014 || c == 0x201C || c == 0x201E || c == 0xAB || c == 0x2018 || c == '"' ||
         c == 0x2039 || c == ':';
}

enum class MarkRole : std::uint8_t { kNone, kOpen, kClose, kEither };

struct Open {
  std::uint32_t pos = 0;
  std::uint32_t length = 0;
  char32_t mark = 0;
  QuoteLevel level = QuoteLevel::kDouble;
  std::uint32_t paragraphs = 1;
};

bool IsDoubleMark(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB;
}
bool IsSingleMark(char32_t c) {
  return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x2039 || c == 0x203A;
}
bool IsDoubleOpener(char32_t c, char32_t next) {
  return c == 0x201C || c == 0x201E || c == 0xAB || (c == '"' && !IsSpace(next));
}

class Pairer {
 public:
  explicit Pairer(std::string_view text) : text_(text) {}

  void Paragraph(Span para) {
    std::size_t i = para.start;
    // A quotation carried over from the previous paragraph continues only if
    // this one opens with a double quotation mark.
    bool consume_first_opener = false;
    if (carry_) {
      CodePoint first = DecodeAt(text_, para.start);
      CodePoint after = DecodeAt(text_, para.start + first.length);
      if (IsDoubleOpener(first.value, after.value)) {
        stack_.push_back(*carry_);
        stack_.back().paragraphs += 1;
        consume_first_opener = true;
      } else {
        EmitUnclosed(*carry_, carry_end_);
      }
      carry_.reset();
    }
    if (consume_first_opener) i += DecodeAt(text_, i).length;
    while (i < para.end) {
      const CodePoint cp = DecodeAt(text_, i);
      const std::size_t step = cp.length == 0 ? 1 : cp.length;
      if (IsDoubleMark(cp.value) || IsSingleMark(cp.value)) {
        Mark(i, cp, para);
      }
      i += step;
    }
    // Singles still open were apostrophes; a double still open is carried.
    while (!stack_.empty() && stack_.back().level == QuoteLevel::kSingle) stack_.pop_back();
    if (!stack_.empty()) {
      carry_ = stack_.front();
      carry_end_ = para.end;
      // Nested doubles (rare) are dropped with their singles.
    }
    stack_.clear();
  }

  std::vector<QuoteRegion> Finish() {
    if (carry_) EmitUnclosed(*carry_, carry_end_);
    carry_.reset();
    std::sort(regions_.begin(), regions_.end(), [](const QuoteRegion& a, const QuoteRegion& b) {
      return a.outer.start < b.outer.start;
    });
    return std::move(regions_);
  }

 private:
  std::size_t DoubleIndex() const {
    for (std::size_t k = stack_.size(); k-- > 0;) {
      if (stack_[k].level == QuoteLevel::kDouble) return k;
    }
    return stack_.size();
  }

  void Mark(std::size_t pos, CodePoint cp, Span para) {
    const CodePoint prev = DecodeBefore(text_, pos, para.start);
    const CodePoint next = DecodeAt(text_, pos + cp.length);
    const char32_t p = prev.value;
    const char32_t n = pos + cp.length < para.end ? next.value : 0;
    if (IsDoubleMark(cp.value)) {
      DoubleMark(pos, cp, p, n);
    } else {
      SingleMark(pos, cp, p, n);
    }
  }

  void DoubleMark(std::size_t pos, CodePoint cp, char32_t p, char32_t n) {
    const std::size_t open_at = DoubleIndex();
    const bool open = open_at < stack_.size();
    MarkRole role = MarkRole::kNone;
    switch (cp.value) {
      case 0x201C:  // “ opens, but closes a German „
        role = open && stack_[open_at].mark == 0x201E ? MarkRole::kClose : MarkRole::kOpen;
        break;
      case 0x201E:
      case 0xAB:
        role = MarkRole::kOpen;
        break;
      case 0x201D:  // ” closes; a misused ” before a word with nothing open opens
        role = !open && IsOpeningContext(p) && !IsSpace(n) ? MarkRole::kOpen : MarkRole::kClose;
        break;
      case 0xBB:
        role = MarkRole::kClose;
        break;
      default: {  // straight "
        const bool left = IsOpeningContext(p) && !IsSpace(n);
        const bool right = !IsSpace(p) && !IsLetter(n) && !IsDigit(n);
        if (left && right) {
          role = MarkRole::kEither;
        } else if (left) {
          role = MarkRole::kOpen;
        } else if (right) {
          role = MarkRole::kClose;
        } else {
          role = MarkRole::kEither;  // letters on both sides: 5"9, or a missing space
        }
      }
    }
    if (role == MarkRole::kEither) role = open ? MarkRole::kClose : MarkRole::kOpen;
    if (role == MarkRole::kClose) {
      if (!open) return;  // stray closer
      Open o = stack_[open_at];
      stack_.resize(open_at);
      Emit(o, pos + cp.length, pos, true);
      return;
    }
    // An opener.
    if (open) {
      Open& o = stack_[open_at];
      // A line break between the open quotation and this opener: the
      // multi-paragraph convention inside one paragraph (single newlines).
      std::size_t back = pos;
      while (back > o.pos && (text_[back - 1] == ' ' || text_[back - 1] == '\t')) --back;
      if (back > o.pos && text_[back - 1] == '\n') {
        o.paragraphs += 1;
        stack_.resize(open_at + 1);
        return;
      }
      // Otherwise the open one was never closed: it ends before this opener.
      Open unclosed = o;
      stack_.resize(open_at);
      EmitUnclosed(unclosed, back);
    }
    if (stack_.size() >= kMaxDepth) return;
    stack_.push_back(
        {static_cast<std::uint32_t>(pos), cp.length, cp.value, QuoteLevel::kDouble, 1});
  }

  void SingleMark(std::size_t pos, CodePoint cp, char32_t p, char32_t n) {
    const char32_t c = cp.value;
    const bool straight_or_right = c == '\'' || c == 0x2019;
    if (straight_or_right) {
      if (IsLetter(p) && IsLetter(n)) return;      // don't, Minister’s
      if (!IsLetter(p) && IsDigit(n)) return;      // ’90s
      if (IsSpace(p) && (n == 'n' || n == 'N')) {  // ’n’
        const CodePoint after = DecodeAt(text_, pos + cp.length + 1);
        if (after.value == '\'' || after.value == 0x2019) return;
      }
      if ((p == 'n' || p == 'N') && pos >= 2) {
        const CodePoint before = DecodeBefore(text_, pos - 1, 0);
        if (before.value == '\'' || before.value == 0x2019) return;
      }
    }
    const bool can_open =
        (c == 0x2018 || c == 0x2039 || c == '\'') && IsOpeningContext(p) && !IsSpace(n) && n != 0;
    const bool can_close = (c == 0x2019 || c == 0x203A || c == '\'') && !IsSpace(p);
    if (can_close && !stack_.empty() && stack_.back().level == QuoteLevel::kSingle) {
      Open o = stack_.back();
      stack_.pop_back();
      Emit(o, pos + cp.length, pos, true);
      return;
    }
    if (can_open && stack_.size() < kMaxDepth) {
      stack_.push_back({static_cast<std::uint32_t>(pos), cp.length, c, QuoteLevel::kSingle, 1});
    }
    // Anything else is an apostrophe or a stray mark.
  }

  std::uint32_t DepthOf(const Open& o) const {
    std::uint32_t depth = 0;
    for (const Open& s : stack_) {
      if (s.pos < o.pos) ++depth;
    }
    return depth;
  }

  void Emit(const Open& o, std::size_t outer_end, std::size_t inner_end, bool closed) {
    QuoteRegion r;
    r.outer = {o.pos, static_cast<std::uint32_t>(outer_end)};
    std::size_t a = o.pos + o.length, b = inner_end;
    while (a < b && IsSpace(DecodeAt(text_, a).value)) a += DecodeAt(text_, a).length;
    while (b > a && (text_[b - 1] == ' ' || text_[b - 1] == '\n' || text_[b - 1] == '\t')) --b;
    r.inner = {static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b)};
    r.level = o.level;
    r.closed = closed;
    r.paragraphs = o.paragraphs;
    r.depth = DepthOf(o);
    if (r.inner.empty()) return;  // "" or an opener at the very end
    regions_.push_back(r);
  }

  void EmitUnclosed(const Open& o, std::size_t end) {
    std::size_t b = end;
    while (b > o.pos && (text_[b - 1] == ' ' || text_[b - 1] == '\n' || text_[b - 1] == '\t')) --b;
    Emit(o, b, b, false);
  }

  std::string_view text_;
  std::vector<Open> stack_;
  std::optional<Open> carry_;
  std::size_t carry_end_ = 0;
  std::vector<QuoteRegion> regions_;
};

}  // namespace

std::vector<QuoteRegion> PairQuoteMarks(std::string_view text,
                                        std::span<const Paragraph> paragraphs) {
  Pairer pairer(text);
  for (const Paragraph& p : paragraphs) {
    if (p.span.end > text.size() || p.span.empty()) continue;
    pairer.Paragraph(p.span);
  }
  return pairer.Finish();
}

}  // namespace crosscheck
