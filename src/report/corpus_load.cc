#include "report/corpus_load.h"

#include <utility>

#include "corpus/claim_extension.h"

namespace crosscheck {

LoadedCorpus::LoadedCorpus(std::unique_ptr<corpus::CorpusRunner> runner,
                           corpus::CorpusResult result, std::vector<DocumentCard> cards)
    : runner_(std::move(runner)), result_(std::move(result)), cards_(std::move(cards)) {
  for (std::size_t i = 0; i < cards_.size(); ++i) index_.emplace(cards_[i].id, i);
}

const DocumentCard* LoadedCorpus::Find(std::string_view id) const {
  auto it = index_.find(std::string(id));
  return it == index_.end() ? nullptr : &cards_[it->second];
}

Status LoadedCorpus::ForEachAnnotated(Store& store,
                                      const std::function<bool(const Document&)>& callback) const {
  return store.ForEachDocument([&](const Document& stored) {
    Document d = stored;
    runner_->Annotate(d);
    return callback(d);
  });
}

Result<std::unique_ptr<LoadedCorpus>> LoadCorpus(Store& store,
                                                 const corpus::CorpusOptions& options) {
  auto runner = std::make_unique<corpus::CorpusRunner>(options);
  runner->AddExtension(std::make_unique<corpus::ClaimsExtension>());  // claims, quote groups
  std::vector<DocumentCard> cards;
  Status st = store.ForEachDocument([&](const Document& d) {
    runner->Add(d);
    cards.push_back({d.id, d.origin, d.url, d.outlet, d.title, d.published, d.flags});
    return true;
  });
  if (!st.ok()) return st;
  corpus::CorpusResult result = runner->Finish();
  return std::make_unique<LoadedCorpus>(std::move(runner), std::move(result), std::move(cards));
}

}  // namespace crosscheck
