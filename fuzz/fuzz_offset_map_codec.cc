// Fuzzes the stored form of offset maps: decoding arbitrary bytes must fail
// cleanly or give a map that encodes back to the same bytes and answers every
// lookup inside its input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "store/offset_map_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  crosscheck::Result<crosscheck::OffsetMap> map = crosscheck::store::DecodeOffsetMap(bytes);
  if (!map.ok()) return 0;
  const std::string again = crosscheck::store::EncodeOffsetMap(*map);
  crosscheck::Result<crosscheck::OffsetMap> round = crosscheck::store::DecodeOffsetMap(again);
  if (!round.ok() || round->output_size() != map->output_size() ||
      round->input_size() != map->input_size()) {
    __builtin_trap();
  }
  const std::uint64_t n = map->output_size();
  for (std::uint64_t at = 0; at <= n && at < 4096; ++at) {
    if (map->ToInput(at) > map->input_size() || round->ToInput(at) != map->ToInput(at))
      __builtin_trap();
  }
  return 0;
}
