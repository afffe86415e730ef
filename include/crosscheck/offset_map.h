// OffsetMap: how a byte offset in changed text finds its way back to the input bytes.
//
// Every stage that changes text (charset decoding, line-ending and whitespace
// normalisation, boilerplate removal, NFC) produces a new string *and* a map
// from the new string's byte offsets to the old one's. Maps compose, so a
// Document keeps one map from its cleaned `text` to the bytes of its input
// record, and any span a later stage finds can be cited in the original file.
//
// Representation: the output is cut into consecutive segments. A *copy*
// segment holds bytes that are the same in input and output (n bytes map one
// to one). A *replace* segment maps out_len output bytes to in_len input bytes
// as a unit (a decoded multibyte character, "\r\n" -> "\n", a deleted line with
// out_len 0, an inserted space with in_len 0). Inside a replace segment an
// offset maps to the segment's start, and an exclusive span end maps to the
// segment's end, so spans widen to whole units rather than cutting them.
//
//   OffsetMap::Builder b;            // input "a\r\nb"  ->  output "a\nb"
//   b.Copy(1); b.Replace(2, 1); b.Copy(1);
//   OffsetMap m = std::move(b).Build();
//   m.ToInput(2) == 3                // 'b'
//
// Cost: lookups are O(log segments); Then() is O(segments of both).
// Thread safety: immutable after Build(); const methods are safe to share.
#ifndef CROSSCHECK_OFFSET_MAP_H_
#define CROSSCHECK_OFFSET_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "crosscheck/span.h"

namespace crosscheck {

class OffsetMap {
 public:
  struct Segment {
    std::uint64_t out_start = 0;
    std::uint64_t in_start = 0;
    std::uint64_t out_len = 0;
    std::uint64_t in_len = 0;
    bool copy = false;  // true: out_len == in_len and bytes map one to one
  };

  // Builds a map by walking input and output together, left to right.
  class Builder {
   public:
    // `length` bytes appear unchanged in input and output.
    Builder& Copy(std::uint64_t length);
    // `in_length` input bytes became `out_length` output bytes (either may be 0).
    Builder& Replace(std::uint64_t in_length, std::uint64_t out_length);
    // `in_length` input bytes were dropped.
    Builder& Skip(std::uint64_t in_length) { return Replace(in_length, 0); }
    // `out_length` output bytes were added with no input behind them.
    Builder& Insert(std::uint64_t out_length) { return Replace(0, out_length); }
    std::uint64_t in_pos() const { return in_pos_; }
    std::uint64_t out_pos() const { return out_pos_; }
    OffsetMap Build() &&;

   private:
    friend class OffsetMap;
    // Appends a segment covering input [in_lo, in_hi) with out_length output
    // bytes; input before in_lo not yet covered is recorded as skipped.
    void Emit(std::uint64_t out_length, std::uint64_t in_lo, std::uint64_t in_hi, bool copy);
    std::vector<Segment> segments_;
    std::uint64_t in_pos_ = 0;
    std::uint64_t out_pos_ = 0;
  };

  OffsetMap() = default;  // the identity map of an empty string
  // The identity map over `length` bytes.
  static OffsetMap Identity(std::uint64_t length);

  std::uint64_t output_size() const { return output_size_; }
  std::uint64_t input_size() const { return input_size_; }
  bool is_identity() const;
  const std::vector<Segment>& segments() const { return segments_; }

  // Input offset of the output byte at `out_offset` (<= output_size()).
  std::uint64_t ToInput(std::uint64_t out_offset) const;
  // Input offset for an exclusive end at `out_end` (<= output_size()).
  std::uint64_t ToInputEnd(std::uint64_t out_end) const;
  // Input span covering the output span (widened to whole replace units).
  Span ToInput(Span out) const;

  // Composition. `*this` maps text C -> B and `inner` maps B -> A (so
  // inner.output_size() must equal input_size()); the result maps C -> A.
  OffsetMap Then(const OffsetMap& inner) const;

 private:
  std::vector<Segment> segments_;  // ordered, contiguous in both input and output
  std::uint64_t output_size_ = 0;
  std::uint64_t input_size_ = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_OFFSET_MAP_H_
