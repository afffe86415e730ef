// NerGazetteer: word and phrase lists the entity tagger uses as features
// (first names, country and region names, WordNet's named instances). Built
// at training time from Debian packages (iso-codes' ISO 3166 JSON, miscfiles'
// propernames, wordnet-base's data.noun) by
// train/train_ner.cc and stored inside models/ner.bin, so the run time needs
// neither the packages nor ../shared.
//
//   NerGazetteer g;
//   g.AddWord("amelia", NerGazetteer::kFirstName);
//   g.AddPhrase("new zealand", NerGazetteer::kCountry);
//   g.Mark(lower_hashes, bits);   // one byte of bits per word
//
// Words are matched by the hash of their ASCII-lower-cased form (the
// `lower` of text/word_features.h), phrases by a hash of their words' hashes:
// Mark gives every word of the longest phrase starting at a word (up to
// kMaxPhrase words) the phrase's bits, and every word its own word bits.
//
// Bits:
//   kFirstName   a given name (propernames)
//   kCountry     inside a country name (ISO 3166-1 name, common or official name)
//   kRegion      inside a region name (ISO 3166-2 subdivision)
//   kNameWord    a word that occurs in some listed phrase
//   kPersonName  inside the name of a person      (WordNet instance, noun.person)
//   kPlaceName   inside the name of a place       (WordNet instance, noun.location)
//   kGroupName   inside the name of a group/org   (WordNet instance, noun.group)
//   kEventName   inside the name of an event      (WordNet instance, noun.event/act/time)
//
// Failure: Load returns kCorrupt for inconsistent arrays. Thread safety:
// immutable after building/loading; Mark is thread-safe.
#ifndef CROSSCHECK_EXTRACT_NER_GAZETTEER_H_
#define CROSSCHECK_EXTRACT_NER_GAZETTEER_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crosscheck/status.h"
#include "text/model_file.h"

namespace crosscheck::extract {

class NerGazetteer {
 public:
  static constexpr std::uint8_t kFirstName = 1, kCountry = 2, kRegion = 4, kNameWord = 8;
  static constexpr std::uint8_t kPersonName = 16, kPlaceName = 32, kGroupName = 64,
                                kEventName = 128;
  static constexpr int kMaxPhrase = 5;

  // Adds one word (any case; lower-cased here) with `bits`.
  void AddWord(std::string_view word, std::uint8_t bits);
  // Adds a phrase of space-separated words with `bits`; its words get
  // kNameWord. Commas and parentheses end the phrase ("Korea, Republic of" ->
  // "korea"). Returns false for an empty phrase.
  bool AddPhrase(std::string_view phrase, std::uint8_t bits);
  // bits[i] for each word, from the words' lower-case hashes.
  void Mark(std::span<const std::uint64_t> lower_hashes, std::vector<std::uint8_t>& bits) const;

  std::size_t word_count() const { return words_.size(); }
  std::size_t phrase_count() const { return phrases_.size(); }

  void Save(text::ModelWriter& out) const;
  static Result<NerGazetteer> Load(text::ModelReader& in);

 private:
  std::unordered_map<std::uint64_t, std::uint8_t> words_;    // lower hash -> bits
  std::unordered_map<std::uint64_t, std::uint8_t> phrases_;  // phrase hash -> bits
};

}  // namespace crosscheck::extract

#endif  // CROSSCHECK_EXTRACT_NER_GAZETTEER_H_
