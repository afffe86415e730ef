// The tense of the verb group nearest a span of tokens, read from the tagger's
// Penn tags and a few words ("will", "plans to", "is to"), for placing
// weekdays and months before or after the publication date
// (timex_normalizer.h) and for telling planned dates from reported ones
// (stale_content.h).
//
// Thread safety: pure function of the Document. Failure: none; no verb in the
// sentence gives kNone.
#ifndef CROSSCHECK_RESOLVE_TIMEX_TENSE_H_
#define CROSSCHECK_RESOLVE_TIMEX_TENSE_H_

#include <cstdint>

#include "crosscheck/document.h"

namespace crosscheck::resolve {

// kIntended: an infinitive heads the verb group ("agreed to buy it in
// January"): an aim, usually still ahead.
enum class Tense { kNone, kPast, kPresent, kFuture, kIntended };

// The tense of the verb nearest to tokens [first, last] inside their sentence:
// the verb just before (up to 5 tokens) when there is one, else the nearest
// either side (up to 40 tokens), read with its auxiliaries.
Tense TenseAround(const Document& document, std::uint32_t first, std::uint32_t last);

}  // namespace crosscheck::resolve

#endif  // CROSSCHECK_RESOLVE_TIMEX_TENSE_H_
