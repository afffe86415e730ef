#include "ingest/whitespace.h"

namespace crosscheck {

namespace {

enum class Kind : std::uint8_t { kContent, kSpace, kDrop, kNewline, kParagraph };

// Decodes the code point at s[i] (valid UTF-8 assumed) and classifies it.
Kind Classify(std::string_view s, std::size_t i, std::size_t* len) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    if (c >= 0x20 && c != 0x7F) return c == ' ' ? Kind::kSpace : Kind::kContent;
    if (c == '\n') return Kind::kNewline;
    if (c == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') *len = 2;
      return Kind::kNewline;
    }
    if (c == '\t' || c == '\v' || c == '\f') return Kind::kSpace;
    return Kind::kDrop;
  }
  std::uint32_t cp;
  if (c < 0xE0) {
    *len = 2;
    cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
  } else if (c < 0xF0) {
    *len = 3;
    cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
         (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
  } else {
    *len = 4;
    return Kind::kContent;
  }
  if (i + *len > s.size()) {  // truncated (not expected): keep the bytes
    *len = s.size() - i;
    return Kind::kContent;
  }
  if (cp < 0xA0) return cp == 0x85 ? Kind::kNewline : Kind::kDrop;  // C1 controls
  if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
      cp == 0x205F || cp == 0x3000) {
    return Kind::kSpace;
  }
  if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF) return Kind::kDrop;
  if (cp == 0x2028) return Kind::kNewline;
  if (cp == 0x2029) return Kind::kParagraph;
  return Kind::kContent;
}

}  // namespace

NormalisedText NormaliseWhitespace(std::string_view s) {
  NormalisedText out;
  out.text.reserve(s.size());
  OffsetMap::Builder b;
  bool have_content = false;    // any content emitted so far
  bool line_content = false;    // content emitted on the current line
  int breaks = 0;               // line breaks since the last content
  bool in_space = false;        // inside a space run after content on this line
  int space_units = 0;          // white-space characters in that run
  bool space_plain = true;      // the run is only ASCII spaces
  std::size_t content_end = 0;  // input offset just after the last content byte
  const auto flush_copy = [&](std::size_t upto) {
    if (upto > b.in_pos()) b.Copy(upto - b.in_pos());
  };
  // Emits `sep` for the input region [b.in_pos(), upto).
  const auto emit_region = [&](std::size_t upto, std::string_view sep) {
    const std::size_t len = upto - b.in_pos();
    if (s.substr(b.in_pos(), len) == sep) {
      b.Copy(len);
    } else {
      b.Replace(len, sep.size());
    }
    out.text.append(sep);
  };
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    std::size_t len = 1;
    const Kind kind = Classify(s, i, &len);
    switch (kind) {
      case Kind::kContent: {
        if (!have_content) {
          if (i > 0) b.Skip(i);
          have_content = true;
          out.wide_gaps.push_back(0);
        } else if (!line_content) {
          flush_copy(content_end);
          if (breaks >= 2) {
            emit_region(i, "\n\n");
            out.wide_gaps.push_back(0);
          } else {
            emit_region(i, "\n");
          }
          out.wide_gaps.push_back(0);
        } else if (in_space) {
          flush_copy(content_end);
          emit_region(i, " ");
          if (space_units >= 2 || !space_plain) {
            if (space_units >= 2 || s[content_end] == '\t') ++out.wide_gaps.back();
          }
        }
        line_content = true;
        in_space = false;
        breaks = 0;
        // Copy this character and any plain ASCII content after it in one go.
        std::size_t j = i + len;
        while (j < n) {
          const unsigned char c = static_cast<unsigned char>(s[j]);
          if (c < 0x21 || c >= 0x7F) break;
          ++j;
        }
        out.text.append(s.substr(i, j - i));
        content_end = j;
        i = j;
        continue;
      }
      case Kind::kSpace:
        if (line_content) {
          if (!in_space) {
            in_space = true;
            space_units = 0;
            space_plain = true;
          }
          ++space_units;
          if (s[i] != ' ') space_plain = false;
        }
        break;
      case Kind::kDrop:
        if (line_content && !in_space) {  // between content characters
          flush_copy(content_end);
          b.Skip(len);
          content_end = i + len;
        }
        break;
      case Kind::kNewline:
      case Kind::kParagraph:
        if (have_content) breaks += kind == Kind::kParagraph ? 2 : 1;
        line_content = false;
        in_space = false;
        break;
    }
    i += len;
  }
  flush_copy(content_end);
  if (b.in_pos() < n) b.Skip(n - b.in_pos());
  out.to_input = std::move(b).Build();
  return out;
}

}  // namespace crosscheck
