#include "corpus/claim_extension.h"

#include <map>
#include <vector>

namespace crosscheck::corpus {

void ClaimsExtension::AddDocument(const Document& document, const DocSummary& summary) {
  (void)summary;
  facts_.insert_or_assign(document.id, FactsOf(document));
}

void ClaimsExtension::OnStory(const Story& story, const CorpusContext& context,
                              CorpusResult& result) {
  (void)result;
  std::vector<const DocumentFacts*> members;
  for (const std::string& id : story.documents) {
    auto it = facts_.find(id);
    if (it == facts_.end()) continue;
    if (resolved_.insert(id).second) {
      ResolveEntities(it->second,
                      [&](const std::string& chain) { return context.EntityOf(id, chain); });
    }
    members.push_back(&it->second);
  }
  collector_.AddStory(story.id, story.title, members);
}

void ClaimsExtension::Finish(const CorpusContext& context, CorpusResult& result) {
  (void)context;
  std::map<std::string, std::string> names;
  for (const Entity& e : result.entities) names[e.id] = e.name;
  CorpusClaims found = collector_.Finish(names);
  result.claims = std::move(found.claims);
  result.quote_groups = std::move(found.quote_groups);
  result.timelines = std::move(found.timelines);
  facts_.clear();
  resolved_.clear();
}

}  // namespace crosscheck::corpus
