// DocumentId (declared in crosscheck/ingest.h): the stable id of a document.
// The formula is part of the store's key format; never change it.
#include <string>

#include "common/hash.h"
#include "crosscheck/ingest.h"

namespace crosscheck {

std::string DocumentId(const std::string& origin, std::uint64_t input_hash) {
  std::string key = origin;
  key.push_back('\0');
  key += HexDigits(input_hash);
  return HexDigits(Hash64(key));
}

}  // namespace crosscheck
