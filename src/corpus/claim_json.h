// JSON Lines records of claims, quote groups and timelines (DESIGN.md §2).
//
//   {"type":"claim","id":"k1","kind":"quantity|date|position","about":"…",
//    "verdict":"agree|differ|conflict","units":["EUR"],
//    "speaker":"e12"|null,"speaker_name":"…"|null,
//    "reports":[{"document","outlet","span":[s,e],"value":1200|"2026-03-10"|"…",
//                "unit","modifier","high","text","sentence":[s,e]}]}
//   {"type":"quote_group","id":"q1","speaker":"e12","speaker_name":"…","match":"same|near",
//    "reports":[{"document","outlet","span":[s,e],"text","kind"}]}
//   {"type":"timeline","scope":"story|entity","subject":"s1|e12","name":"…",
//    "events":[{"date","about","entities":[…],
//               "reports":[{"document","outlet","span":[s,e],"sentence":[s,e],"text"}]}]}
//
// The contract's fields (claim: id, about, reports[document, span, value,
// text], verdict; quote_group: speaker, reports[document, span, text]) are
// always present; the others are additions. A report's "value" is the number
// as stated (never converted) for a quantity, the calendar value for a date,
// the statement's words for a position. Absent strings are null.
//
// Thread safety: pure functions.
#ifndef CROSSCHECK_CORPUS_CLAIM_JSON_H_
#define CROSSCHECK_CORPUS_CLAIM_JSON_H_

#include <nlohmann/json.hpp>

#include "corpus/claim_types.h"

namespace crosscheck::corpus {

nlohmann::json ClaimToJson(const Claim& claim);
nlohmann::json QuoteGroupToJson(const QuoteGroup& group);
nlohmann::json TimelineToJson(const Timeline& timeline);

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_CLAIM_JSON_H_
