// Run-together sentences: "election.The minister" -> "election. The minister".
//
// A space is inserted only where the evidence is clear: a lower-case word of
// two or more letters, then '.', '!' or '?', then an upper-case letter followed
// by a lower-case one. Never inside a token that holds "://", "www.", '@'
// (URLs, e-mail addresses), nor after single letters ("U.S.", "e.g.").
//
// The returned map records each inserted space as an Insert (no input bytes).
// Thread safety: a pure function.
#ifndef CROSSCHECK_INGEST_RUN_TOGETHER_H_
#define CROSSCHECK_INGEST_RUN_TOGETHER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "crosscheck/offset_map.h"

namespace crosscheck {

struct SplitResult {
  std::string text;
  OffsetMap to_input;  // text offsets -> offsets in the input string
  std::uint32_t splits = 0;
};

SplitResult SplitRunTogether(std::string_view text);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_RUN_TOGETHER_H_
