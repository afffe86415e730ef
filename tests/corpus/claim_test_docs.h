// Invented documents for the claim, quote-group and timeline table tests:
// a text plus the spans earlier stages would have found, each placed by the
// words it covers (the n-th occurrence when a word repeats).
#ifndef CROSSCHECK_TESTS_CORPUS_CLAIM_TEST_DOCS_H_
#define CROSSCHECK_TESTS_CORPUS_CLAIM_TEST_DOCS_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "crosscheck/document.h"

namespace crosscheck::corpus::testing {

class DocBuilder {
 public:
  DocBuilder(std::string id, std::string outlet, std::string published, std::string text) {
    d_.id = std::move(id);
    d_.outlet = std::move(outlet);
    d_.published = std::move(published);
    d_.text = std::move(text);
  }

  Span Find(std::string_view words, int nth = 1) const {
    std::size_t pos = std::string::npos, from = 0;
    for (int i = 0; i < nth; ++i) {
      pos = d_.text.find(words, from);
      if (pos == std::string::npos) break;
      from = pos + 1;
    }
    EXPECT_NE(pos, std::string::npos) << words << " not in " << d_.id;
    if (pos == std::string::npos) return {};
    return Span{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + words.size())};
  }

  DocBuilder& Count(std::string_view words, double value, std::string counts,
                    std::string modifier = "", int nth = 1) {
    return Add(words, "count", value, "", std::move(counts), std::move(modifier), nth);
  }
  DocBuilder& Money(std::string_view words, double value, std::string unit, int nth = 1) {
    return Add(words, "money", value, std::move(unit), "", "", nth);
  }
  DocBuilder& Measure(std::string_view words, double value, std::string unit,
                      std::string modifier = "", int nth = 1) {
    return Add(words, "measure", value, std::move(unit), "", std::move(modifier), nth);
  }
  DocBuilder& Add(std::string_view words, std::string kind, double value, std::string unit,
                  std::string counts, std::string modifier, int nth) {
    Quantity q;
    q.span = Find(words, nth);
    q.kind = std::move(kind);
    q.value = value;
    q.unit = std::move(unit);
    q.counts = std::move(counts);
    q.modifier = std::move(modifier);
    d_.quantities.push_back(q);
    return *this;
  }
  DocBuilder& Date(std::string_view words, std::string value, int nth = 1) {
    d_.timexes.push_back(Timex{Find(words, nth), "DATE", std::move(value)});
    return *this;
  }
  DocBuilder& Duration(std::string_view words, std::string value) {
    d_.timexes.push_back(Timex{Find(words), "DURATION", std::move(value)});
    return *this;
  }
  // A PERSON mention of entity `entity` (chain "c" + entity).
  DocBuilder& Person(std::string_view words, const std::string& entity, int nth = 1) {
    d_.mentions.push_back(Mention{Find(words, nth), "PERSON", "c" + entity, entity});
    return *this;
  }
  DocBuilder& QuoteBy(std::string_view words, std::string kind, const std::string& entity,
                      const std::string& name) {
    Quote q;
    q.span = Find(words);
    q.kind = std::move(kind);
    q.has_speaker = true;
    q.speaker.entity = entity;
    q.speaker.chain = "c" + (entity.empty() ? name : entity);
    q.speaker.name = name;
    q.confidence = 0.9;
    d_.quotes.push_back(q);
    return *this;
  }
  DocBuilder& Stale(std::string period) {
    d_.flags.push_back(
        Flag{"stale_content", "the text dates itself to " + period + "; published", {}});
    return *this;
  }
  const Document& doc() const { return d_; }

 private:
  Document d_;
};

}  // namespace crosscheck::corpus::testing

#endif  // CROSSCHECK_TESTS_CORPUS_CLAIM_TEST_DOCS_H_
