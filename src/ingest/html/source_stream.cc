#include "ingest/html/source_stream.h"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <cctype>

#include "common/utf8.h"

namespace crosscheck {

namespace {

constexpr std::size_t kAnchorBytes = 64;

bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool StartsWithNoCase(std::string_view s, std::size_t at, std::string_view lower) {
  if (s.size() - at < lower.size()) return false;
  for (std::size_t k = 0; k < lower.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(s[at + k])) != lower[k]) return false;
  }
  return true;
}

// End (exclusive) of the markup starting with '<' at `i`, or 0 if the '<' is
// text. `raw_text` is set for the start tags of <script> and <style>.
std::size_t MarkupEnd(std::string_view s, std::size_t i, bool* raw_text) {
  *raw_text = false;
  const std::size_t n = s.size();
  if (i + 1 >= n) return 0;
  const char c = s[i + 1];
  if (c == '!') {
    if (s.compare(i, 4, "<!--") == 0) {
      const std::size_t e = s.find("-->", i + 4);
      return e == std::string_view::npos ? n : e + 3;
    }
    if (s.compare(i, 9, "<![CDATA[") == 0) {
      const std::size_t e = s.find("]]>", i + 9);
      return e == std::string_view::npos ? n : e + 3;
    }
    const std::size_t e = s.find('>', i + 2);
    return e == std::string_view::npos ? n : e + 1;
  }
  if (c == '?') {
    const std::size_t e = s.find('>', i + 2);
    return e == std::string_view::npos ? n : e + 1;
  }
  const bool end_tag = c == '/';
  const std::size_t name_at = i + (end_tag ? 2 : 1);
  if (name_at >= n || !IsAlpha(s[name_at])) return 0;
  std::size_t k = name_at;
  while (k < n && (IsAlnum(s[k]) || s[k] == '-' || s[k] == '_' || s[k] == ':')) ++k;
  if (!end_tag) {
    const std::string_view name = s.substr(name_at, k - name_at);
    *raw_text = (name.size() == 6 && StartsWithNoCase(s, name_at, "script")) ||
                (name.size() == 5 && StartsWithNoCase(s, name_at, "style"));
  }
  // Attributes: a quote opens a value only after '='.
  char quote = 0;
  bool after_equals = false;
  for (; k < n; ++k) {
    const char ch = s[k];
    if (quote != 0) {
      if (ch == quote) quote = 0;
      continue;
    }
    if (ch == '>') return k + 1;
    if ((ch == '"' || ch == '\'') && after_equals) {
      quote = ch;
      after_equals = false;
      continue;
    }
    if (ch == '=') {
      after_equals = true;
    } else if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') {
      after_equals = false;
    }
  }
  return n;
}

// Decodes a character reference at s[i] == '&' as libxml2 does. Returns the
// reference's length in bytes (0 when it is plain text) and appends the
// character to `out`.
std::size_t DecodeReference(std::string_view s, std::size_t i, std::string& out) {
  const std::size_t n = s.size();
  if (i + 1 >= n) return 0;
  if (s[i + 1] == '#') {
    std::size_t k = i + 2;
    std::uint32_t value = 0;
    bool hex = false;
    if (k < n && (s[k] == 'x' || s[k] == 'X')) {
      hex = true;
      ++k;
    }
    const std::size_t digits_at = k;
    while (k < n && (hex ? std::isxdigit(static_cast<unsigned char>(s[k]))
                         : std::isdigit(static_cast<unsigned char>(s[k])))) {
      const int d = std::isdigit(static_cast<unsigned char>(s[k]))
                        ? s[k] - '0'
                        : std::tolower(static_cast<unsigned char>(s[k])) - 'a' + 10;
      if (value < 0x110000) value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
      ++k;
    }
    if (k == digits_at || value == 0 || value >= 0x110000 || (value >= 0xD800 && value < 0xE000))
      return 0;
    if (k < n && s[k] == ';') ++k;
    AppendUtf8(static_cast<char32_t>(value), out);
    return k - i;
  }
  std::size_t k = i + 1;
  while (k < n && IsAlnum(s[k]) && k - i < 40) ++k;
  if (k == i + 1 || k >= n || s[k] != ';') return 0;
  const std::string name(s.substr(i + 1, k - i - 1));
  const htmlEntityDesc* entity = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()));
  if (entity == nullptr || entity->value == 0) return 0;
  AppendUtf8(static_cast<char32_t>(entity->value), out);
  return k + 1 - i;
}

// Length of the white-space character at s[i] (ASCII space, tab, line ends,
// form feed, U+00A0), or 0.
std::size_t SpaceAt(std::string_view s, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  return 0;
}

}  // namespace

SourceStream::SourceStream(std::string_view s) {
  text_.reserve(s.size() / 2);
  OffsetMap::Builder b;
  const std::size_t n = s.size();
  std::size_t i = 0, literal = 0;
  const auto flush_literal = [&](std::size_t end) {
    if (end > literal) {
      text_.append(s.substr(literal, end - literal));
      b.Copy(end - literal);
    }
  };
  while (i < n) {
    const std::size_t next = s.find_first_of("<&", i);
    if (next == std::string_view::npos) break;
    i = next;
    if (s[i] == '<') {
      bool raw = false;
      std::size_t end = MarkupEnd(s, i, &raw);
      if (end == 0) {
        ++i;
        continue;
      }
      if (raw) {
        const bool script = StartsWithNoCase(s, i + 1, "script");
        const std::string_view close = script ? "</script" : "</style";
        std::size_t k = end;
        while (k < n) {
          k = s.find("</", k);
          if (k == std::string_view::npos) {
            k = n;
            break;
          }
          if (StartsWithNoCase(s, k, close)) break;
          k += 2;
        }
        end = k;  // the end tag itself is scanned as markup next
      }
      flush_literal(i);
      b.Skip(end - i);
      i = literal = end;
      continue;
    }
    std::string decoded;
    const std::size_t len = DecodeReference(s, i, decoded);
    if (len == 0) {
      ++i;
      continue;
    }
    flush_literal(i);
    text_ += decoded;
    b.Replace(len, decoded.size());
    i = literal = i + len;
  }
  flush_literal(n);
  to_source_ = std::move(b).Build();
}

SourceStream::Match SourceStream::Locate(std::string_view content) {
  Match m;
  std::size_t lead = 0;
  while (lead < content.size()) {
    const std::size_t w = SpaceAt(content, lead);
    if (w == 0) break;
    lead += w;
  }
  m.offset = lead;
  if (lead == content.size()) return m;
  std::string_view anchor = content.substr(lead, kAnchorBytes);
  const std::size_t cr = anchor.find('\r');
  if (cr != std::string_view::npos) anchor = anchor.substr(0, cr);
  if (anchor.empty()) return m;
  const std::size_t at = text_.find(anchor, cursor_);
  if (at == std::string::npos) return m;
  const std::string_view rest = content.substr(lead);
  std::size_t k = 0;
  const std::size_t limit = std::min(rest.size(), text_.size() - at);
  while (k < limit && rest[k] == text_[at + k]) ++k;
  m.pos = at;
  m.length = k;
  cursor_ = at + k;
  return m;
}

void StreamWriter::Separate(std::string_view separator) {
  if (separator.size() > pending_.size()) pending_ = separator;
}

void StreamWriter::FlushSeparator(std::uint64_t next_pos) {
  if (pending_.empty()) return;
  if (!text_.empty()) {
    text_ += pending_;
    if (next_pos != SourceStream::kNotFound && next_pos >= map_.in_pos()) {
      map_.Replace(next_pos - map_.in_pos(), pending_.size());
    } else {
      map_.Insert(pending_.size());
    }
  }
  pending_ = {};
}

// Length of an invisible formatting character at s[i] that the text drops:
// soft hyphen U+00AD, zero-width space U+200B, word joiner U+2060, and a
// byte-order mark U+FEFF inside the text. 0 for anything else.
std::size_t InvisibleAt(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (b(i) == 0xC2 && i + 1 < s.size() && b(i + 1) == 0xAD) return 2;
  if (i + 2 >= s.size()) return 0;
  if (b(i) == 0xE2 && b(i + 1) == 0x80 && b(i + 2) == 0x8B) return 3;
  if (b(i) == 0xE2 && b(i + 1) == 0x81 && b(i + 2) == 0xA0) return 3;
  if (b(i) == 0xEF && b(i + 1) == 0xBB && b(i + 2) == 0xBF) return 3;
  return 0;
}

void StreamWriter::Append(std::string_view content, const SourceStream::Match& match) {
  const std::size_t n = content.size();
  const bool located = match.pos != SourceStream::kNotFound;
  const std::size_t matched_end = located ? match.offset + match.length : 0;
  // Stream position of content byte k, or kNotFound.
  const auto stream_pos = [&](std::size_t k) {
    return located && k >= match.offset && k < matched_end ? match.pos + (k - match.offset)
                                                           : SourceStream::kNotFound;
  };
  std::size_t i = 0;
  while (i < n) {
    const std::size_t w = SpaceAt(content, i);
    if (w > 0) {
      Separate(" ");
      i += w;
      continue;
    }
    const std::size_t hidden = InvisibleAt(content, i);
    if (hidden > 0) {  // dropped; its bytes map to nothing
      i += hidden;
      continue;
    }
    std::size_t j = i;
    while (j < n && SpaceAt(content, j) == 0 && InvisibleAt(content, j) == 0) ++j;
    const std::uint64_t pos = stream_pos(i);
    FlushSeparator(pos);
    text_.append(content.substr(i, j - i));
    if (pos != SourceStream::kNotFound && pos >= map_.in_pos()) {
      map_.Skip(pos - map_.in_pos());
      const std::size_t copy = std::min(j, matched_end) - i;
      map_.Copy(copy);
      if (j - i > copy) map_.Insert(j - i - copy);
    } else {
      map_.Insert(j - i);
    }
    i = j;
  }
}

OffsetMap StreamWriter::Finish(std::uint64_t stream_size) && {
  if (map_.in_pos() < stream_size) map_.Skip(stream_size - map_.in_pos());
  return std::move(map_).Build();
}

}  // namespace crosscheck
