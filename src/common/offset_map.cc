#include "crosscheck/offset_map.h"

#include <algorithm>
#include <cassert>

namespace crosscheck {

OffsetMap::Builder& OffsetMap::Builder::Copy(std::uint64_t length) {
  if (length == 0) return *this;
  Emit(length, in_pos_, in_pos_ + length, /*copy=*/true);
  return *this;
}

OffsetMap::Builder& OffsetMap::Builder::Replace(std::uint64_t in_length, std::uint64_t out_length) {
  if (in_length == 0 && out_length == 0) return *this;
  Emit(out_length, in_pos_, in_pos_ + in_length, /*copy=*/false);
  return *this;
}

void OffsetMap::Builder::Emit(std::uint64_t out_length, std::uint64_t in_lo, std::uint64_t in_hi,
                              bool copy) {
  if (in_lo < in_pos_) {  // overlapping an input range already covered
    if (!segments_.empty()) {
      Segment& last = segments_.back();
      if (!last.copy && last.in_start <= in_lo && in_hi <= in_pos_) {
        // Another piece of the same replaced unit (e.g. the second byte of a
        // decoded character): widen that unit rather than mapping past it.
        last.out_len += out_length;
        out_pos_ += out_length;
        return;
      }
    }
    copy = false;  // otherwise clamp to what is not yet covered
    in_lo = in_pos_;
    in_hi = std::max(in_hi, in_lo);
  }
  if (in_lo > in_pos_) {  // input bytes nobody claimed were dropped
    const std::uint64_t gap = in_lo - in_pos_;
    if (!segments_.empty() && !segments_.back().copy && segments_.back().out_len == 0) {
      segments_.back().in_len += gap;
    } else {
      segments_.push_back({out_pos_, in_pos_, 0, gap, false});
    }
    in_pos_ = in_lo;
  }
  const std::uint64_t in_length = in_hi - in_lo;
  if (out_length == 0 && in_length == 0) return;
  if (copy && out_length != in_length) copy = false;
  if (!segments_.empty()) {
    Segment& last = segments_.back();
    if (copy && last.copy) {  // merge adjacent copies
      last.out_len += out_length;
      last.in_len += in_length;
      out_pos_ += out_length;
      in_pos_ += in_length;
      return;
    }
    if (!copy && !last.copy && out_length == 0 && last.out_len == 0) {  // merge adjacent deletions
      last.in_len += in_length;
      in_pos_ += in_length;
      return;
    }
  }
  segments_.push_back({out_pos_, in_pos_, out_length, in_length, copy});
  out_pos_ += out_length;
  in_pos_ += in_length;
}

OffsetMap OffsetMap::Builder::Build() && {
  OffsetMap map;
  map.segments_ = std::move(segments_);
  map.output_size_ = out_pos_;
  map.input_size_ = in_pos_;
  return map;
}

OffsetMap OffsetMap::Identity(std::uint64_t length) {
  Builder b;
  b.Copy(length);
  return std::move(b).Build();
}

bool OffsetMap::is_identity() const {
  if (segments_.empty()) return output_size_ == 0 && input_size_ == 0;
  return segments_.size() == 1 && segments_[0].copy;
}

namespace {

// Index of the segment holding output byte `out` (out < output size), skipping
// zero-length output segments. Segments are sorted by out_start.
std::size_t FindSegment(const std::vector<OffsetMap::Segment>& segs, std::uint64_t out) {
  // first segment whose out_start + out_len > out
  auto it = std::partition_point(segs.begin(), segs.end(), [out](const OffsetMap::Segment& s) {
    return s.out_start + s.out_len <= out;
  });
  return static_cast<std::size_t>(it - segs.begin());
}

}  // namespace

std::uint64_t OffsetMap::ToInput(std::uint64_t out_offset) const {
  if (out_offset >= output_size_) return input_size_;
  const Segment& s = segments_[FindSegment(segments_, out_offset)];
  return s.copy ? s.in_start + (out_offset - s.out_start) : s.in_start;
}

std::uint64_t OffsetMap::ToInputEnd(std::uint64_t out_end) const {
  if (out_end == 0) {
    // The end of an empty prefix: just before the first input byte that produced output.
    for (const Segment& s : segments_) {
      if (s.out_len > 0) return s.in_start;
    }
    return input_size_;
  }
  if (out_end > output_size_) out_end = output_size_;
  const Segment& s = segments_[FindSegment(segments_, out_end - 1)];
  return s.copy ? s.in_start + (out_end - s.out_start) : s.in_start + s.in_len;
}

Span OffsetMap::ToInput(Span out) const {
  const std::uint64_t start = ToInput(out.start);
  std::uint64_t end = out.empty() ? start : ToInputEnd(out.end);
  if (end < start) end = start;
  return Span{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
}

OffsetMap OffsetMap::Then(const OffsetMap& inner) const {
  assert(inner.output_size() == input_size_);
  Builder b;
  const auto& bsegs = inner.segments_;
  for (const Segment& a : segments_) {
    const std::uint64_t mid_lo = a.in_start;
    const std::uint64_t mid_hi = a.in_start + a.in_len;
    if (!a.copy) {
      const std::uint64_t in_lo = inner.ToInput(mid_lo);
      const std::uint64_t in_hi = mid_hi > mid_lo ? inner.ToInputEnd(mid_hi) : in_lo;
      b.Emit(a.out_len, in_lo, std::max(in_lo, in_hi), /*copy=*/false);
      continue;
    }
    // A copy: follow the inner map piece by piece.
    for (std::size_t i = FindSegment(bsegs, mid_lo); i < bsegs.size(); ++i) {
      const Segment& s = bsegs[i];
      if (s.out_start >= mid_hi) break;
      if (s.out_len == 0) continue;  // deletions inside are picked up as gaps
      const std::uint64_t lo = std::max(mid_lo, s.out_start);
      const std::uint64_t hi = std::min(mid_hi, s.out_start + s.out_len);
      if (s.copy) {
        const std::uint64_t in_lo = s.in_start + (lo - s.out_start);
        b.Emit(hi - lo, in_lo, in_lo + (hi - lo), /*copy=*/true);
      } else {
        b.Emit(hi - lo, s.in_start, s.in_start + s.in_len, /*copy=*/false);
      }
    }
  }
  if (b.in_pos() < inner.input_size()) b.Skip(inner.input_size() - b.in_pos());
  return std::move(b).Build();
}

}  // namespace crosscheck
