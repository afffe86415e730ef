#include "corpus/claim_corpus.h"

#include <algorithm>

namespace crosscheck::corpus {

CorpusClaims ClaimsForStories(const std::vector<StoryDocuments>& stories,
                              const std::map<std::string, DocumentFacts>& facts,
                              const std::map<std::string, std::string>& entity_names,
                              const CorpusClaimOptions& options) {
  CorpusClaims out;
  std::vector<Claim> positions;
  std::map<std::string, std::vector<TimelineEvent>> entity_events;
  TimelineOptions per_story = options.timelines;
  per_story.min_entity_events = 1;  // entity timelines are built across stories below
  for (const StoryDocuments& story : stories) {
    std::vector<const DocumentFacts*> members;
    for (const std::string& id : story.documents) {
      if (auto it = facts.find(id); it != facts.end()) members.push_back(&it->second);
    }
    if (members.empty()) continue;
    for (Claim& c : AlignClaims(members, options.claims)) {
      c.id = "k" + std::to_string(out.claims.size() + 1);
      out.claims.push_back(std::move(c));
    }
    QuoteAlignment quotes = GroupQuotes(members, options.quotes);
    for (QuoteGroup& g : quotes.groups) {
      g.id = "q" + std::to_string(out.quote_groups.size() + 1);
      out.quote_groups.push_back(std::move(g));
    }
    for (Claim& c : quotes.positions) {
      c.id = "p" + std::to_string(positions.size() + 1);
      positions.push_back(std::move(c));
    }
    std::vector<Timeline> timelines =
        BuildTimelines(story.id, story.title, members, entity_names, per_story);
    for (Timeline& t : timelines) {
      if (t.scope == "story") {
        out.timelines.push_back(std::move(t));
      } else {
        auto& events = entity_events[t.subject];
        events.insert(events.end(), t.events.begin(), t.events.end());
      }
    }
  }
  for (Claim& c : positions) out.claims.push_back(std::move(c));
  for (auto& [entity, events] : entity_events) {
    if (events.size() < options.timelines.min_entity_events) continue;
    std::stable_sort(
        events.begin(), events.end(),
        [](const TimelineEvent& a, const TimelineEvent& b) { return a.date + "~" < b.date + "~"; });
    Timeline t;
    t.scope = "entity";
    t.subject = entity;
    if (auto it = entity_names.find(entity); it != entity_names.end()) t.name = it->second;
    t.events = std::move(events);
    out.timelines.push_back(std::move(t));
  }
  return out;
}

}  // namespace crosscheck::corpus
