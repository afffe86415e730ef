#include "store_test_util.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>

#include "common/hash.h"

namespace crosscheck::testing {

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  path_ = std::filesystem::temp_directory_path() /
          ("crosscheck_store_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string UniqueWord(int index) {
  std::string word = "tagword";
  for (char c : std::to_string(index)) word += static_cast<char>('a' + (c - '0'));
  return word;
}

Document MakeDocument(int index, int paragraphs, int sentences_per_paragraph) {
  static const char* const kPeople[] = {"Orla Venn", "Tomas Kettering", "Ines Marlow", "Bram Oduya",
                                        "Celia Quist"};
  static const char* const kPlaces[] = {"Marrowick", "Eastholm", "Pellbury", "Lowfen"};
  static const char* const kThings[] = {"harbour wall", "tram depot", "flood barrier",
                                        "library annex", "ferry pier"};
  Document d;
  d.origin = "invented/article" + std::to_string(index) + ".txt";
  d.input_hash = static_cast<std::uint64_t>(index) + 1;
  d.id = HexDigits(Hash64(d.origin + "#" + std::to_string(index)));
  d.format = "text";
  d.outlet = index % 3 == 0 ? "The Marrowick Ledger" : "Eastholm Evening Post";
  d.title = std::string("Council weighs the ") + kThings[index % 5] + " in " + kPlaces[index % 4];
  d.authors = {kPeople[index % 5]};
  d.published = "2031-0" + std::to_string(1 + index % 9) + "-1" + std::to_string(index % 10);
  d.published_from = "text";
  d.language = "en";
  d.charset = "UTF-8";
  std::uint32_t token = 0;
  for (int p = 0; p < paragraphs; ++p) {
    if (p > 0) d.text += "\n\n";
    const auto para_start = static_cast<std::uint32_t>(d.text.size());
    for (int s = 0; s < sentences_per_paragraph; ++s) {
      if (s > 0) d.text += ' ';
      const auto start = static_cast<std::uint32_t>(d.text.size());
      const int k = index + p * 7 + s;
      d.text += std::string(kPeople[k % 5]) + " said the " + kThings[(k + 1) % 5] + " in " +
                kPlaces[k % 4] + " would cost " + std::to_string(10 + k % 90) +
                " million crowns and open in spring, according to the minutes of the " +
                "planning committee meeting held on a rainy Thursday evening.";
      if (p == 0 && s == 0) d.text += " The file is marked " + UniqueWord(index) + ".";
      const auto end = static_cast<std::uint32_t>(d.text.size());
      d.sentences.push_back({{start, end}, token, 30});
      token += 30;
    }
    d.paragraphs.push_back({{para_start, static_cast<std::uint32_t>(d.text.size())}});
  }
  d.to_input = OffsetMap::Identity(d.text.size());
  d.removed.boilerplate_lines = static_cast<std::uint32_t>(index % 4);
  d.removed.boilerplate_chars = static_cast<std::uint64_t>(index % 4) * 25;
  d.removed.duplicate_paragraphs = index % 2 == 0 ? 1 : 0;
  return d;
}

std::string QueryOne(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
    if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(stmt, 0);
      if (text != nullptr) out = reinterpret_cast<const char*>(text);
    } else if (rc != SQLITE_DONE) {
      out = std::string("error: ") + sqlite3_errmsg(db);
    }
    sqlite3_finalize(stmt);
  } else {
    out = "error: cannot open";
  }
  sqlite3_close(db);
  return out;
}

std::string ExecScript(const std::string& db_path, const std::string& script) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) ==
      SQLITE_OK) {
    char* error = nullptr;
    if (sqlite3_exec(db, script.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      out = std::string("error: ") + (error != nullptr ? error : "?");
    }
    sqlite3_free(error);
  } else {
    out = "error: cannot open";
  }
  sqlite3_close(db);
  return out;
}

}  // namespace crosscheck::testing
