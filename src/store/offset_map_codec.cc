#include "store/offset_map_codec.h"

#include <cstdint>
#include <utility>

namespace crosscheck::store {
namespace {

constexpr char kVersion = 0x01;

// No real text or record comes near this; a stored map past it is damage, and
// refusing it keeps the totals (and `out_len << 1` on re-encoding) from
// overflowing (found by fuzz/fuzz_offset_map_codec).
constexpr std::uint64_t kMaxMappedBytes = std::uint64_t{1} << 48;

void PutVarint(std::uint64_t value, std::string* out) {
  while (value >= 0x80) {
    out->push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  out->push_back(static_cast<char>(value));
}

// Reads one varint at *pos; false if truncated or longer than 64 bits.
bool GetVarint(std::string_view bytes, std::size_t* pos, std::uint64_t* value) {
  std::uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (*pos >= bytes.size()) return false;
    const auto byte = static_cast<std::uint8_t>(bytes[(*pos)++]);
    if (shift == 63 && (byte & 0x7e) != 0) return false;  // bits past 64
    v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) {
      *value = v;
      return true;
    }
  }
  return false;
}

}  // namespace

std::string EncodeOffsetMap(const OffsetMap& map) {
  std::string out;
  out.reserve(1 + 3 * map.segments().size());
  out.push_back(kVersion);
  for (const OffsetMap::Segment& s : map.segments()) {
    if (s.copy) {
      PutVarint(s.out_len << 1 | 1, &out);
    } else {
      PutVarint(s.out_len << 1, &out);
      PutVarint(s.in_len, &out);
    }
  }
  return out;
}

Result<OffsetMap> DecodeOffsetMap(std::string_view bytes) {
  if (bytes.empty() || bytes[0] != kVersion) {
    return Status::Corrupt("offset map: unknown encoding version");
  }
  OffsetMap::Builder builder;
  std::uint64_t out_total = 0;
  std::uint64_t in_total = 0;
  auto too_long = [&](std::size_t at) {
    return Status::Corrupt("offset map: lengths add up past 256 TiB",
                           {.input = "", .record = -1, .offset = static_cast<std::int64_t>(at)});
  };
  std::size_t pos = 1;
  while (pos < bytes.size()) {
    const std::size_t at = pos;
    std::uint64_t head = 0;
    std::uint64_t in_len = 0;
    if (!GetVarint(bytes, &pos, &head)) {
      return Status::Corrupt("offset map: bad varint",
                             {.input = "", .record = -1, .offset = static_cast<std::int64_t>(at)});
    }
    const std::uint64_t out_len = head >> 1;
    if (out_len > kMaxMappedBytes - out_total) return too_long(at);
    out_total += out_len;
    if (head & 1) {
      if (out_len > kMaxMappedBytes - in_total) return too_long(at);
      in_total += out_len;
      builder.Copy(out_len);
      continue;
    }
    if (!GetVarint(bytes, &pos, &in_len)) {
      return Status::Corrupt("offset map: bad varint",
                             {.input = "", .record = -1, .offset = static_cast<std::int64_t>(at)});
    }
    if (in_len > kMaxMappedBytes - in_total) return too_long(at);
    in_total += in_len;
    builder.Replace(in_len, out_len);
  }
  return std::move(builder).Build();
}

}  // namespace crosscheck::store
