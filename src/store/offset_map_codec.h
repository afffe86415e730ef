// A compact byte encoding of OffsetMap for the documents.to_input column.
//
// Format (version 1): one byte 0x01, then one record per segment, in order:
//   copy segment of n bytes:       varint(n << 1 | 1)
//   replace segment out -> in:     varint(out << 1), varint(in)
// Varints are LEB128 (7 bits a byte, low first). Segments are contiguous, so
// their starts are implied. An identity map of a 6 KB article is 3 bytes.
//
// Decoding rebuilds the map with OffsetMap::Builder, so the decoded map maps
// every offset exactly as the encoded one did. Malformed bytes (unknown
// version, truncated or overlong varint) -> kCorrupt; never reads past the end.
// Thread-safe (pure functions).
#ifndef CROSSCHECK_STORE_OFFSET_MAP_CODEC_H_
#define CROSSCHECK_STORE_OFFSET_MAP_CODEC_H_

#include <string>
#include <string_view>

#include "crosscheck/offset_map.h"
#include "crosscheck/status.h"

namespace crosscheck::store {

std::string EncodeOffsetMap(const OffsetMap& map);
Result<OffsetMap> DecodeOffsetMap(std::string_view bytes);

}  // namespace crosscheck::store

#endif  // CROSSCHECK_STORE_OFFSET_MAP_CODEC_H_
