#include "corpus/dup_detector.h"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <unordered_map>

namespace crosscheck::corpus {
namespace {

struct UnionFind {
  std::vector<std::uint32_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  std::uint32_t Find(std::uint32_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void Union(std::uint32_t a, std::uint32_t b) {
    a = Find(a), b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// Sort key: published first (to the minute when stamps have times); undated
// last; then the document id, so the result never depends on the order the
// store returns documents in (an interrupted and resumed analyze stores them
// in another order than a clean run).
auto FirstKey(const DocSummary& s) {
  return std::make_tuple(s.minute == kNoMinute, s.minute, std::string_view(s.id));
}

}  // namespace

bool IsNearDuplicate(const DocSummary& a, const DocSummary& b, const DuplicateOptions& options,
                     double* similarity) {
  const double j = EstimateJaccard(a.minhash, b.minhash);
  if (similarity != nullptr) *similarity = j;
  if (a.minhash.empty() || b.minhash.empty()) return false;
  if (std::min(a.shingles, b.shingles) < options.min_shingles) return false;
  if (j >= options.min_jaccard) return true;
  // One agreeing value in 128 is noise; containment needs real overlap.
  if (j < 0.05) return false;
  return ContainmentFromJaccard(j, a.shingles, b.shingles) >= options.min_containment;
}

std::vector<Duplicate> FindDuplicates(std::span<const DocSummary> summaries,
                                      const DuplicateOptions& options) {
  const std::size_t n = summaries.size();
  UnionFind groups(n);
  std::vector<bool> joined(n, false);

  std::unordered_map<std::uint64_t, std::uint32_t> first_with_hash;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (summaries[i].exact_hash == 0) continue;
    auto [it, inserted] = first_with_hash.try_emplace(summaries[i].exact_hash, i);
    if (!inserted) {
      groups.Union(it->second, i);
      joined[i] = joined[it->second] = true;
    }
  }

  LshIndex lsh(options.lsh);
  for (std::uint32_t i = 0; i < n; ++i)
    if (summaries[i].shingles >= options.min_shingles) lsh.Add(i, summaries[i].minhash);
  lsh.ForEachCandidatePair([&](std::uint32_t a, std::uint32_t b) {
    if (summaries[a].exact_hash == summaries[b].exact_hash) return;  // already grouped
    if (IsNearDuplicate(summaries[a], summaries[b], options, nullptr)) {
      groups.Union(a, b);
      joined[a] = joined[b] = true;
    }
  });

  // Members per group, then the original of each group.
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> members;
  for (std::uint32_t i = 0; i < n; ++i)
    if (joined[i]) members[groups.Find(i)].push_back(i);
  std::vector<Duplicate> out;
  for (auto& [root, list] : members) {
    const std::uint32_t original =
        *std::min_element(list.begin(), list.end(), [&](std::uint32_t x, std::uint32_t y) {
          return FirstKey(summaries[x]) < FirstKey(summaries[y]);
        });
    const DocSummary& o = summaries[original];
    for (std::uint32_t m : list) {
      if (m == original) continue;
      const DocSummary& c = summaries[m];
      Duplicate d;
      d.documents = {o.id, c.id};
      if (c.exact_hash == o.exact_hash) {
        d.kind = "exact";
        d.similarity = 1.0;
      } else {
        d.kind = "near";
        d.similarity = EstimateJaccard(o.minhash, c.minhash);
      }
      out.push_back(std::move(d));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Duplicate& x, const Duplicate& y) { return x.documents < y.documents; });
  return out;
}

}  // namespace crosscheck::corpus
