#include "text/word_clusters.h"

#include <algorithm>

namespace crosscheck::text {

void WordClusters::Save(ModelWriter& out) const {
  std::vector<std::pair<std::uint64_t, std::uint16_t>> sorted(paths_.begin(), paths_.end());
  std::sort(sorted.begin(), sorted.end());
  std::vector<std::uint64_t> keys;
  std::vector<std::uint16_t> paths;
  for (const auto& [k, p] : sorted) {
    keys.push_back(k);
    paths.push_back(p);
  }
  out.PutVector(keys);
  out.PutVector(paths);
}

Result<WordClusters> WordClusters::Load(ModelReader& in) {
  const auto keys = in.GetVector<std::uint64_t>();
  const auto paths = in.GetVector<std::uint16_t>();
  if (in.failed() || keys.size() != paths.size()) {
    return Status::Corrupt("word cluster table is inconsistent", Location{in.path()});
  }
  WordClusters clusters;
  clusters.paths_.reserve(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) clusters.paths_[keys[i]] = paths[i];
  return clusters;
}

}  // namespace crosscheck::text
