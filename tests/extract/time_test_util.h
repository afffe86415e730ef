// Test helpers for the time and quantity stages: an analysed, tagged Document
// from invented text, and lookups of spans by their text.
#ifndef CROSSCHECK_TESTS_EXTRACT_TIME_TEST_UTIL_H_
#define CROSSCHECK_TESTS_EXTRACT_TIME_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "crosscheck/document.h"
#include "crosscheck/text.h"

namespace crosscheck::testing {

// One analyzer per test binary (models load once).
inline TextAnalyzer& SharedAnalyzer() {
  static std::unique_ptr<TextAnalyzer> analyzer = [] {
    auto created = TextAnalyzer::Create();
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    return created.ok() ? std::move(*created) : nullptr;
  }();
  return *analyzer;
}

// `text` cleaned as-is (identity offsets), analysed and tagged, with
// `published` as the publication date.
inline Document AnalyzedDocument(const std::string& text, const std::string& published = "") {
  Document document;
  document.origin = "test.txt";
  document.to_input = OffsetMap::Identity(text.size());
  document.text = text;
  document.published = published;
  const Status status = SharedAnalyzer().Analyze(document);
  EXPECT_TRUE(status.ok()) << status.ToString();
  return document;
}

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_EXTRACT_TIME_TEST_UTIL_H_
