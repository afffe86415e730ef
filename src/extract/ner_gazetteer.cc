#include "extract/ner_gazetteer.h"

#include <algorithm>
#include <map>
#include <string>

#include "common/hash.h"
#include "text/perceptron.h"

namespace crosscheck::extract {
namespace {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

constexpr std::uint64_t kPhraseSeed = 0x9A2E77EULL;

}  // namespace

void NerGazetteer::AddWord(std::string_view word, std::uint8_t bits) {
  if (word.empty()) return;
  words_[Hash64(AsciiLower(word))] |= bits;
}

bool NerGazetteer::AddPhrase(std::string_view phrase, std::uint8_t bits) {
  const std::size_t cut = phrase.find_first_of(",(");
  if (cut != std::string_view::npos) phrase = phrase.substr(0, cut);
  std::vector<std::uint64_t> hashes;
  std::size_t pos = 0;
  while (pos < phrase.size()) {
    while (pos < phrase.size() && phrase[pos] == ' ') ++pos;
    std::size_t end = phrase.find(' ', pos);
    if (end == std::string_view::npos) end = phrase.size();
    if (end > pos) {
      const std::string lower = AsciiLower(phrase.substr(pos, end - pos));
      hashes.push_back(Hash64(lower));
      words_[hashes.back()] |= kNameWord;
    }
    pos = end;
  }
  if (hashes.empty() || hashes.size() > kMaxPhrase) return false;
  std::uint64_t h = kPhraseSeed;
  for (const std::uint64_t w : hashes) h = text::FeatureHash(h, w);
  phrases_[h] |= bits;
  return true;
}

void NerGazetteer::Mark(std::span<const std::uint64_t> lower_hashes,
                        std::vector<std::uint8_t>& bits) const {
  const std::size_t n = lower_hashes.size();
  bits.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (auto it = words_.find(lower_hashes[i]); it != words_.end()) bits[i] |= it->second;
  }
  if (phrases_.empty()) return;
  for (std::size_t i = 0; i < n; ++i) {
    if (!(bits[i] & kNameWord)) continue;
    std::uint64_t h = kPhraseSeed;
    std::size_t best = 0;
    std::uint8_t best_bits = 0;
    for (std::size_t k = i; k < n && k < i + kMaxPhrase; ++k) {
      if (!(bits[k] & kNameWord)) break;
      h = text::FeatureHash(h, lower_hashes[k]);
      if (auto it = phrases_.find(h); it != phrases_.end()) {
        best = k + 1 - i;
        best_bits = it->second;
      }
    }
    for (std::size_t k = i; k < i + best; ++k) bits[k] |= best_bits;
  }
}

void NerGazetteer::Save(text::ModelWriter& out) const {
  for (const auto* table : {&words_, &phrases_}) {
    std::vector<std::uint64_t> keys;
    std::vector<std::uint8_t> values;
    for (const auto& [k, v] : std::map(table->begin(), table->end())) {
      keys.push_back(k);
      values.push_back(v);
    }
    out.PutVector(keys);
    out.PutVector(values);
  }
}

Result<NerGazetteer> NerGazetteer::Load(text::ModelReader& in) {
  NerGazetteer g;
  for (auto* table : {&g.words_, &g.phrases_}) {
    const auto keys = in.GetVector<std::uint64_t>();
    const auto values = in.GetVector<std::uint8_t>();
    if (in.failed() || keys.size() != values.size()) {
      return Status::Corrupt("gazetteer arrays are inconsistent", {in.path()});
    }
    table->reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) (*table)[keys[i]] = values[i];
  }
  return g;
}

}  // namespace crosscheck::extract
