// WordClusters: a word -> cluster table learned from raw news text
// (train/word_clusters), used as tagger and parser features so that words
// seen rarely in the treebanks share weights with words that behave alike.
//
// A cluster is a path in a three-level tree (16 top clusters, each split in 8,
// each split in 8 again): Path() packs it as top << 6 | mid << 3 | leaf, and
// the features use its 4-bit, 7-bit and 10-bit prefixes (Koo, Carreras and
// Collins 2008 use Brown-cluster prefixes the same way). Words are keyed by
// the hash (common/hash.h Hash64) of their ASCII-lower-cased form.
//
// Thread safety: immutable after construction or Load; Lookup is thread-safe.
// Failure: Load reports kCorrupt (naming the reader's path) for a table whose
// arrays disagree.
#ifndef CROSSCHECK_TEXT_WORD_CLUSTERS_H_
#define CROSSCHECK_TEXT_WORD_CLUSTERS_H_

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "crosscheck/status.h"
#include "text/model_file.h"

namespace crosscheck::text {

// The first `bits` (4, 7 or 10) bits of a cluster path as a feature value
// (distinct per length); unknown words give one value for every length.
inline std::uint64_t ClusterPrefix(std::uint16_t path, int bits) {
  return path == 0xFFFF ? 0xFFFFu : static_cast<std::uint64_t>(path >> (10 - bits)) | bits << 12;
}

class WordClusters {
 public:
  static constexpr std::uint16_t kUnknown = 0xFFFF;

  void Add(std::uint64_t lower_hash, std::uint16_t path) { paths_[lower_hash] = path; }
  std::uint16_t Lookup(std::uint64_t lower_hash) const {
    const auto it = paths_.find(lower_hash);
    return it == paths_.end() ? kUnknown : it->second;
  }
  std::size_t size() const { return paths_.size(); }

  void Save(ModelWriter& out) const;
  static Result<WordClusters> Load(ModelReader& in);

 private:
  std::unordered_map<std::uint64_t, std::uint16_t> paths_;
};

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_WORD_CLUSTERS_H_
