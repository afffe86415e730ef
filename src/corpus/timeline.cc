#include "corpus/timeline.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "corpus/claim_similarity.h"

namespace crosscheck::corpus {
namespace {

// Sort key: finer dates before the coarser period that holds them.
std::string DateKey(const std::string& date) { return date + "~"; }

}  // namespace

std::vector<Timeline> BuildTimelines(const std::string& story_id, const std::string& story_title,
                                     const std::vector<const DocumentFacts*>& story,
                                     const std::map<std::string, std::string>& entity_names,
                                     const TimelineOptions& o) {
  std::vector<FactRef> refs;
  for (std::size_t d = 0; d < story.size(); ++d) {
    const std::string year = story[d]->content_date.substr(0, 4);
    for (const Fact& f : story[d]->facts) {
      if (f.kind != Fact::Kind::kDate) continue;
      if (!o.keep_current_year && f.date.size() == 4 && f.date == year) continue;
      refs.push_back(FactRef{d, &f});
    }
  }
  const std::vector<ContextVector> vectors = ContextVectors(refs, story.size());

  struct Event {
    std::string date;
    std::vector<std::size_t> members;  // indexes into refs
  };
  std::vector<Event> events;
  std::map<std::string, std::vector<std::size_t>> events_of_date;
  std::vector<std::size_t> order(refs.size());
  for (std::size_t i = 0; i < refs.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(refs[a].doc, refs[a].fact->span.start) <
           std::tie(refs[b].doc, refs[b].fact->span.start);
  });
  for (std::size_t i : order) {
    double best = -1.0;
    std::size_t best_event = events.size();
    for (std::size_t e : events_of_date[refs[i].fact->date]) {
      double sum = 0.0;
      for (std::size_t m : events[e].members) sum += Cosine(vectors[i], vectors[m]);
      const double mean = sum / static_cast<double>(events[e].members.size());
      if (mean > best) {
        best = mean;
        best_event = e;
      }
    }
    if (best_event < events.size() && best >= o.same_event) {
      events[best_event].members.push_back(i);
    } else {
      events_of_date[refs[i].fact->date].push_back(events.size());
      events.push_back(Event{refs[i].fact->date, {i}});
    }
  }

  std::vector<TimelineEvent> made;
  for (const Event& e : events) {
    TimelineEvent te;
    te.date = e.date;
    std::set<std::string> entities;
    std::map<std::string, std::pair<double, std::string>> words;
    for (std::size_t m : e.members) {
      const FactRef& r = refs[m];
      const DocumentFacts& d = *story[r.doc];
      te.reports.push_back(
          TimelineReport{d.id, d.outlet, r.fact->span, r.fact->sentence, r.fact->text});
      entities.insert(r.fact->entities.begin(), r.fact->entities.end());
      for (const ContextWord& w : r.fact->context) {
        auto& [sum, word] = words[w.stem];
        sum += w.weight;
        if (word.empty()) word = w.word;
      }
    }
    std::vector<std::pair<double, std::string>> ranked;
    for (const auto& [stem, sw] : words) ranked.emplace_back(-sw.first, sw.second);
    std::sort(ranked.begin(), ranked.end());
    for (std::size_t k = 0; k < ranked.size() && k < 4; ++k)
      te.about += (te.about.empty() ? "" : " ") + ranked[k].second;
    te.entities.assign(entities.begin(), entities.end());
    made.push_back(std::move(te));
  }
  std::stable_sort(made.begin(), made.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
    return DateKey(a.date) < DateKey(b.date);
  });

  std::vector<Timeline> out;
  Timeline whole;
  whole.scope = "story";
  whole.subject = story_id;
  whole.name = story_title;
  whole.events = made;
  out.push_back(std::move(whole));
  std::map<std::string, std::vector<const TimelineEvent*>> by_entity;
  for (const TimelineEvent& e : made) {
    for (const std::string& id : e.entities) by_entity[id].push_back(&e);
  }
  for (const auto& [id, list] : by_entity) {
    if (list.size() < o.min_entity_events) continue;
    Timeline t;
    t.scope = "entity";
    t.subject = id;
    if (auto it = entity_names.find(id); it != entity_names.end()) t.name = it->second;
    for (const TimelineEvent* e : list) t.events.push_back(*e);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace crosscheck::corpus
