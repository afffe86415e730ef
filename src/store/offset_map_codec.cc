#include "store/offset_map_codec.h"

#include <cstdint>
#include <utility>

namespace crosscheck::store {
namespace {

constexpr char kVersion = 0x01;

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
  std::size_t pos = 1;
  while (pos < bytes.size()) {
    const std::size_t at = pos;
    std::uint64_t head = 0;
    std::uint64_t in_len = 0;
    if (!GetVarint(bytes, &pos, &head)) {
      return Status::Corrupt("offset map: bad varint",
                             {.input = "", .record = -1, .offset = static_cast<std::int64_t>(at)});
    }
    if (head & 1) {
      builder.Copy(head >> 1);
      continue;
    }
    if (!GetVarint(bytes, &pos, &in_len)) {
      return Status::Corrupt("offset map: bad varint",
                             {.input = "", .record = -1, .offset = static_cast<std::int64_t>(at)});
    }
    builder.Replace(in_len, head >> 1);
  }
  return std::move(builder).Build();
}

}  // namespace crosscheck::store
