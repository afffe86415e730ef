// Stable 64-bit hashing of bytes (XXH3-64, seed 0). Used for input keys and
// document ids, so the value must never change between versions or machines.
// Thread-safe.
#ifndef CROSSCHECK_COMMON_HASH_H_
#define CROSSCHECK_COMMON_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace crosscheck {

std::uint64_t Hash64(std::string_view bytes);
// 16 lower-case hex digits.
std::string HexDigits(std::uint64_t value);

}  // namespace crosscheck

#endif  // CROSSCHECK_COMMON_HASH_H_
