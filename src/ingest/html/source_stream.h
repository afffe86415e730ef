// SourceStream: the character data of an HTML source in document order, with a
// map back to the source, so that text taken from libxml2's tree (which keeps
// no byte offsets) can be located in the bytes it came from.
//
// The scanner walks the UTF-8 source once, left to right, and keeps what the
// parser turns into text nodes: everything outside tags, comments, doctype,
// processing instructions, CDATA sections and the raw text of <script> and
// <style>. Character references are decoded as libxml2 decodes them (named
// references through libxml2's own HTML entity table, and only when closed by
// ';'; numeric references with or without ';'), each mapped to the bytes of
// the reference. Everything else is copied byte for byte.
//
// Locate() then finds a text node's content in the stream, moving a cursor
// forward only (text nodes are located in document order, so the total cost
// is linear in the source). A node is found when its first bytes (up to 64)
// occur at or after the cursor; the bytes it shares with the stream from there
// are exact, the rest of the node (rare: where libxml2 repaired the text
// differently) is reported unmatched.
//
// Thread safety: a stream is built and used by one thread.
#ifndef CROSSCHECK_INGEST_HTML_SOURCE_STREAM_H_
#define CROSSCHECK_INGEST_HTML_SOURCE_STREAM_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "crosscheck/offset_map.h"

namespace crosscheck {

class SourceStream {
 public:
  static constexpr std::uint64_t kNotFound = ~0ull;

  explicit SourceStream(std::string_view source);

  const std::string& text() const { return text_; }
  // Stream offsets -> source offsets.
  const OffsetMap& to_source() const { return to_source_; }

  struct Match {
    std::uint64_t offset = 0;       // bytes of leading white space in the node (not located)
    std::uint64_t pos = kNotFound;  // stream offset of the node's byte at `offset`
    std::uint64_t length = 0;       // bytes from `offset` matching the stream from pos
  };
  // Locates `content` (a text node, in document order) at or after the
  // cursor; moves the cursor past the match. White-space-only content is not
  // looked for (pos stays kNotFound).
  Match Locate(std::string_view content);

 private:
  std::string text_;
  OffsetMap to_source_;
  std::uint64_t cursor_ = 0;
};

// Builds text out of located pieces, collapsing white space, and the map from
// that text to the stream. Runs of white space (ASCII and U+00A0) become one
// space; invisible formatting characters (soft hyphen, zero-width space, word
// joiner, a stray BOM) are dropped; separators ("\n", "\n\n") are written
// only between pieces of text and map to the stream bytes between them.
class StreamWriter {
 public:
  // Appends `content` as located by SourceStream::Locate (bytes outside the
  // match are written unmapped: they point at the stream position reached).
  void Append(std::string_view content, const SourceStream::Match& match);
  // Requests a separator before the next text ("" does nothing; a longer one
  // replaces a shorter pending one). Dropped at the very start of the text.
  void Separate(std::string_view separator);
  const std::string& text() const { return text_; }
  std::size_t size() const { return text_.size(); }
  // Finishes the map over a stream of `stream_size` bytes.
  OffsetMap Finish(std::uint64_t stream_size) &&;

 private:
  void FlushSeparator(std::uint64_t next_pos);
  std::string text_;
  OffsetMap::Builder map_;
  std::string_view pending_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_SOURCE_STREAM_H_
