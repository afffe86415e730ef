#include "corpus/claim_extension.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace crosscheck::corpus {

std::vector<const DocumentFacts*> ChooseClaimDocuments(std::vector<const DocumentFacts*> members,
                                                       std::size_t limit) {
  if (members.size() <= limit) return members;
  std::sort(members.begin(), members.end(), [](const DocumentFacts* a, const DocumentFacts* b) {
    return std::tie(a->published, a->id) < std::tie(b->published, b->id);
  });
  std::vector<bool> chosen(members.size(), false);
  std::set<std::string> outlets;
  std::size_t count = 0;
  for (std::size_t i = 0; i < members.size() && count < limit; ++i)
    if (outlets.insert(members[i]->outlet).second) chosen[i] = true, ++count;
  for (std::size_t i = 0; i < members.size() && count < limit; ++i)
    if (!chosen[i]) chosen[i] = true, ++count;
  std::vector<const DocumentFacts*> out;
  for (std::size_t i = 0; i < members.size(); ++i)
    if (chosen[i]) out.push_back(members[i]);
  return out;
}

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
    if (it != facts_.end()) members.push_back(&it->second);
  }
  // Cap first: documents left out of the alignment need no entity ids.
  members = ChooseClaimDocuments(std::move(members), kMaxClaimDocuments);
  for (const DocumentFacts* member : members) {
    if (!resolved_.insert(member->id).second) continue;
    DocumentFacts& facts = facts_.at(member->id);
    ResolveEntities(facts,
                    [&](const std::string& chain) { return context.EntityOf(facts.id, chain); });
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
