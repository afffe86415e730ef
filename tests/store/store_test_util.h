// Helpers for the store tests: a temporary directory and invented documents.
#ifndef CROSSCHECK_TESTS_STORE_STORE_TEST_UTIL_H_
#define CROSSCHECK_TESTS_STORE_STORE_TEST_UTIL_H_

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <string>

#include "crosscheck/document.h"

namespace crosscheck::testing {

// A fresh directory under the system temp dir, removed with its contents.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// An invented article, different for each `index`: `paragraphs` paragraphs of
// `sentences_per_paragraph` sentences, with paragraph and sentence spans, an
// identity offset map and input_hash = index + 1. Its text holds the unique
// word "tagword<index>" (with the index spelled in letters a..j for digits),
// returned by UniqueWord(index).
Document MakeDocument(int index, int paragraphs = 3, int sentences_per_paragraph = 4);
std::string UniqueWord(int index);

// Runs `sql` on the database file and returns the first column of the first
// row as text ("" if none); for checks the Store API does not offer.
std::string QueryOne(const std::string& db_path, const std::string& sql);

// Runs every statement of `script` with sqlite3_exec, creating the file if
// needed; returns "" or "error: <message>".
std::string ExecScript(const std::string& db_path, const std::string& script);

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_TESTS_STORE_STORE_TEST_UTIL_H_
