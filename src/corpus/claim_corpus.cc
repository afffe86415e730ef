#include "corpus/claim_corpus.h"

#include <algorithm>

namespace crosscheck::corpus {

void ClaimCollector::AddStory(const std::string& id, const std::string& title,
                              const std::vector<const DocumentFacts*>& members) {
  if (members.empty()) return;
  for (Claim& c : AlignClaims(members, options_.claims)) {
    c.id = "k" + std::to_string(out_.claims.size() + 1);
    out_.claims.push_back(std::move(c));
  }
  QuoteAlignment quotes = GroupQuotes(members, options_.quotes);
  for (QuoteGroup& g : quotes.groups) {
    g.id = "q" + std::to_string(out_.quote_groups.size() + 1);
    out_.quote_groups.push_back(std::move(g));
  }
  for (Claim& c : quotes.positions) {
    c.id = "p" + std::to_string(positions_.size() + 1);
    positions_.push_back(std::move(c));
  }
  TimelineOptions per_story = options_.timelines;
  per_story.min_entity_events = 1;  // entity timelines are built across stories in Finish
  for (Timeline& t : BuildTimelines(id, title, members, {}, per_story)) {
    if (t.scope == "story") {
      out_.timelines.push_back(std::move(t));
    } else {
      auto& events = entity_events_[t.subject];
      events.insert(events.end(), t.events.begin(), t.events.end());
    }
  }
}

CorpusClaims ClaimCollector::Finish(const std::map<std::string, std::string>& entity_names) {
  CorpusClaims out = std::move(out_);
  for (Claim& c : positions_) out.claims.push_back(std::move(c));
  for (auto& [entity, events] : entity_events_) {
    if (events.size() < options_.timelines.min_entity_events) continue;
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
  positions_.clear();
  entity_events_.clear();
  out_ = {};
  return out;
}

CorpusClaims ClaimsForStories(const std::vector<StoryDocuments>& stories,
                              const std::map<std::string, DocumentFacts>& facts,
                              const std::map<std::string, std::string>& entity_names,
                              const CorpusClaimOptions& options) {
  ClaimCollector collector(options);
  for (const StoryDocuments& story : stories) {
    std::vector<const DocumentFacts*> members;
    for (const std::string& id : story.documents) {
      if (auto it = facts.find(id); it != facts.end()) members.push_back(&it->second);
    }
    collector.AddStory(story.id, story.title, members);
  }
  return collector.Finish(entity_names);
}

}  // namespace crosscheck::corpus
