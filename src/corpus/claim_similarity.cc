#include "corpus/claim_similarity.h"

#include <cmath>
#include <map>
#include <unordered_map>

namespace crosscheck::corpus {

double Cosine(const ContextVector& a, const ContextVector& b) {
  if (a.norm == 0 || b.norm == 0) return 0.0;
  double dot = 0.0;
  std::size_t i = 0, j = 0;
  while (i < a.terms.size() && j < b.terms.size()) {
    if (a.terms[i].first < b.terms[j].first) {
      ++i;
    } else if (b.terms[j].first < a.terms[i].first) {
      ++j;
    } else {
      dot += a.terms[i].second * b.terms[j].second;
      ++i;
      ++j;
    }
  }
  return dot / (a.norm * b.norm);
}

std::vector<ContextVector> ContextVectors(const std::vector<FactRef>& facts,
                                          std::size_t documents) {
  (void)documents;
  std::unordered_map<std::string, double> df;
  for (const FactRef& f : facts) {
    for (const ContextWord& w : f.fact->context) df[w.stem] += 1.0;
  }
  const double n = static_cast<double>(facts.size());
  std::unordered_map<std::string, double> idf;
  for (const auto& [term, count] : df) idf[term] = std::log(1.0 + n / count);
  std::vector<ContextVector> out(facts.size());
  for (std::size_t i = 0; i < facts.size(); ++i) {
    std::map<std::string, double> terms;
    for (const ContextWord& w : facts[i].fact->context) terms[w.stem] = w.weight * idf[w.stem];
    ContextVector& v = out[i];
    for (const auto& [term, weight] : terms) {
      v.terms.emplace_back(term, weight);
      v.norm += weight * weight;
    }
    v.norm = std::sqrt(v.norm);
  }
  return out;
}

}  // namespace crosscheck::corpus
