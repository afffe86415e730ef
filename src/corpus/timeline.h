// Timelines: the dated events of a story in order, each with the documents
// that report it, and the same per entity (claim_types.h: Timeline).
//
//   std::vector<Timeline> t = BuildTimelines("s1", "Storm surge floods ...", story,
//                                            entity_names, TimelineOptions{});
//   t[0]        the story's timeline (scope "story")
//   t[1..]      one per entity named in at least min_entity_events events
//               (scope "entity"), ordered by entity id
//
// Events. Every DATE/TIME expression with a calendar value (claim_facts.h)
// states that something happened (or will happen) then: the sentence holding
// it. Reports of one date are one event when their sentences say the same
// thing (context cosine at least same_event, claim_similarity.h); each is
// joined to the most similar event of its date, or starts a new one. A
// year-only date equal to the document's own year ("this year") names a
// period rather than an event and is left out unless keep_current_year.
// Events are ordered by date, a coarser date after the finer dates it holds
// ("2026-03" after "2026-03-31"), then by their first report.
//
// Options (TimelineOptions):
//   field               default  meaning
//   same_event          0.15     context similarity that makes two reports one event
//   min_entity_events   2        an entity timeline needs this many events
//   keep_current_year   false    keep "this year"-like year-only dates
//
// Thread safety: pure function. Failure: none.
#ifndef CROSSCHECK_CORPUS_TIMELINE_H_
#define CROSSCHECK_CORPUS_TIMELINE_H_

#include <map>
#include <string>
#include <vector>

#include "corpus/claim_facts.h"
#include "corpus/claim_types.h"

namespace crosscheck::corpus {

struct TimelineOptions {
  double same_event = 0.15;
  std::size_t min_entity_events = 2;
  bool keep_current_year = false;
};

std::vector<Timeline> BuildTimelines(const std::string& story_id, const std::string& story_title,
                                     const std::vector<const DocumentFacts*>& story,
                                     const std::map<std::string, std::string>& entity_names,
                                     const TimelineOptions& options = {});

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_TIMELINE_H_
