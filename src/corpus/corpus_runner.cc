#include "corpus/corpus_runner.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>

namespace crosscheck::corpus {
namespace {

std::string Day10(const std::string& published) {
  return DayNumber(published) == kNoDay ? std::string() : published.substr(0, 10);
}

std::string Similarity2(double value) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", value);
  return buf;
}

}  // namespace

CorpusRunner::CorpusRunner(CorpusOptions options) : options_(std::move(options)) {}

void CorpusRunner::AddExtension(std::unique_ptr<CorpusExtension> extension) {
  extensions_.push_back(std::move(extension));
}

void CorpusRunner::Add(const Document& document) {
  DocSummary summary = Summarize(document, options_.summary);
  for (const auto& extension : extensions_) extension->AddDocument(document, summary);
  AddSummary(std::move(summary), ChainKeysOf(document));
}

void CorpusRunner::AddSummary(DocSummary summary, std::vector<ChainKey> keys) {
  summary.order = static_cast<std::uint32_t>(summaries_.size());
  entities_.Add(summary.id, std::move(keys));
  index_.emplace(summary.id, summary.order);
  summaries_.push_back(std::move(summary));
}

std::string CorpusRunner::EntityOf(const std::string& document, const std::string& chain) const {
  return entities_.EntityOf(document, chain);
}

const DocSummary* CorpusRunner::Summary(std::string_view document) const {
  const auto it = index_.find(std::string(document));
  return it == index_.end() ? nullptr : &summaries_[it->second];
}

CorpusResult CorpusRunner::Finish() {
  CorpusResult result;
  auto clock = std::chrono::steady_clock::now();
  auto lap = [&clock] {
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - clock).count();
    clock = now;
    return seconds;
  };
  result.entities = entities_.Finish();
  result.seconds.entities = lap();

  if (options_.find_duplicates) {
    result.duplicates = FindDuplicates(summaries_, options_.duplicates);
    for (const Duplicate& d : result.duplicates) {
      const DocSummary* original = Summary(d.documents[0]);
      Flag flag;
      flag.kind = d.kind == "exact" ? "duplicate_of" : "near_duplicate_of";
      flag.detail =
          (d.kind == "exact" ? "the same text as "
                             : "a near copy (similarity " + Similarity2(d.similarity) + ") of ") +
          d.documents[0];
      if (original != nullptr) {
        if (!original->outlet.empty()) flag.detail += " (" + original->outlet + ")";
        if (!Day10(original->published).empty())
          flag.detail += ", published first on " + Day10(original->published);
      }
      flag.documents = {d.documents[0]};
      copy_flags_.emplace(d.documents[1], std::move(flag));
    }
  }
  result.seconds.duplicates = lap();

  if (options_.find_stories) result.stories = Stories(options_.stories);
  result.seconds.stories = lap();

  for (const auto& extension : extensions_)
    for (const Story& story : result.stories)
      if (story.level == "event") extension->OnStory(story, *this, result);
  for (const auto& extension : extensions_) extension->Finish(*this, result);
  result.seconds.extensions = lap();
  return result;
}

std::vector<Story> CorpusRunner::Stories(const StoryOptions& options) const {
  // Term statistics over the corpus: idf of title words, body words and entities.
  DocumentFrequencies title_df, body_df;
  for (const DocSummary& s : summaries_) {
    title_df.Add(s.title_terms);
    body_df.Add(s.body_terms);
  }
  DocumentFrequencies entity_df;
  std::vector<std::vector<TermCount>> entity_terms(summaries_.size());
  for (std::size_t i = 0; i < summaries_.size(); ++i) {
    std::map<std::uint32_t, std::uint32_t> counts;
    for (const auto& [chain, mentions] : summaries_[i].chains) {
      // Keyed by the entity's kind and name, not its id: ids are numbered
      // over documents, so renaming one would move every story's vectors.
      const std::string key = entities_.KeyOf(summaries_[i].id, chain);
      if (!key.empty()) counts[TermId(key)] += mentions;
    }
    for (const auto& [term, count] : counts) entity_terms[i].push_back({term, count});
    entity_df.Add(entity_terms[i]);
  }

  // The vectors are made when the clustering asks for them, never all held.
  const std::vector<std::uint32_t> order = ClusterOrder(summaries_);
  const StoryClusters clusters = ClusterStories(
      order.size(),
      [&](std::size_t k, StoryDoc& doc) {
        const DocSummary& s = summaries_[order[k]];
        TfIdf(s.title_terms, title_df, doc.title);
        TfIdf(s.body_terms, body_df, doc.body);
        TfIdf(entity_terms[order[k]], entity_df, doc.entities);
        doc.day = s.about_day;
      },
      options);
  entity_terms = {};

  // Event stories numbered by first article; topics likewise.
  std::vector<Story> events(clusters.events), topics(clusters.topics);
  std::vector<std::int64_t> event_number(clusters.events, -1), topic_number(clusters.topics, -1);
  std::int64_t next_event = 0, next_topic = 0;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const std::uint32_t e = clusters.event[k], t = clusters.topic[k];
    if (event_number[e] < 0) event_number[e] = next_event++;
    if (topic_number[t] < 0) topic_number[t] = next_topic++;
    Story& event = events[static_cast<std::size_t>(event_number[e])];
    Story& topic = topics[static_cast<std::size_t>(topic_number[t])];
    const DocSummary& s = summaries_[order[k]];
    for (Story* story : {&event, &topic}) {
      story->documents.push_back(s.id);
      const std::string day = Day10(s.published);
      if (day.empty()) continue;
      if (story->first.empty() || day < story->first) story->first = day;
      if (story->last.empty() || day > story->last) story->last = day;
    }
    event.topic = "t" + std::to_string(topic_number[t] + 1);
  }
  for (std::size_t e = 0; e < clusters.events; ++e) {
    Story& event = events[static_cast<std::size_t>(event_number[e])];
    event.id = "s" + std::to_string(event_number[e] + 1);
    event.level = "event";
    event.title = summaries_[order[clusters.central[e]]].title;
  }
  // A topic's title: the title of its largest event's central article.
  std::vector<std::size_t> largest(topics.size(), SIZE_MAX);
  for (std::size_t e = 0; e < events.size(); ++e) {
    const std::size_t t = std::stoul(events[e].topic.substr(1)) - 1;
    if (largest[t] == SIZE_MAX || events[e].documents.size() > events[largest[t]].documents.size())
      largest[t] = e;
  }
  for (std::size_t t = 0; t < topics.size(); ++t) {
    topics[t].id = "t" + std::to_string(t + 1);
    topics[t].level = "topic";
    if (largest[t] != SIZE_MAX) topics[t].title = events[largest[t]].title;
  }
  std::vector<Story> out = std::move(events);
  for (Story& t : topics) out.push_back(std::move(t));
  return out;
}

void CorpusRunner::Annotate(Document& document) const {
  entities_.FillMentions(document);
  const auto it = copy_flags_.find(document.id);
  if (it == copy_flags_.end()) return;
  for (const Flag& f : document.flags)
    if (f.kind == it->second.kind && f.documents == it->second.documents) return;
  document.flags.push_back(it->second);
}

}  // namespace crosscheck::corpus
