// A Document with just the fields the corpus summary reads, for the corpus
// stage's unit tests.
#ifndef CROSSCHECK_TESTS_CORPUS_CORPUS_TEST_DOCS_H_
#define CROSSCHECK_TESTS_CORPUS_CORPUS_TEST_DOCS_H_

#include <string>
#include <utility>

#include "crosscheck/document.h"

namespace crosscheck::corpus {

inline Document TextDocument(std::string id, std::string published, std::string text,
                             std::string title = "", std::string outlet = "") {
  Document d;
  d.id = std::move(id);
  d.published = std::move(published);
  d.text = std::move(text);
  d.title = std::move(title);
  d.outlet = std::move(outlet);
  return d;
}

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_TESTS_CORPUS_CORPUS_TEST_DOCS_H_
