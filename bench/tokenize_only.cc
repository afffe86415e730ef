// bench/tokenize_only: the baseline for bench/throughput. Reads the same inputs
// as `crosscheck analyze` (same readers, same decompression and JSON parsing)
// but only runs word segmentation over each record's body, on one thread.
// Prints one JSON line: documents, tokens, seconds, documents_per_second, peak_rss_mib.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <vector>

#include "crosscheck/ingest.h"
#include "crosscheck/text.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: tokenize_only INPUT...\n";
    return 2;
  }
  std::vector<std::string> args(argv + 1, argv + argc);
  crosscheck::InputPlan plan = crosscheck::ExpandInputs(args);
  auto analyzer = crosscheck::TextAnalyzer::Create({.tag = false});  // word segmentation only
  if (!analyzer.ok()) {
    std::cerr << analyzer.status().ToString() << "\n";
    return 2;
  }
  std::uint64_t documents = 0, tokens = 0, errors = 0;
  std::vector<crosscheck::Token> buffer;
  const auto start = std::chrono::steady_clock::now();
  for (const std::string& file : plan.files) {
    crosscheck::ReadInput(file, {}, [&](crosscheck::Result<crosscheck::RawRecord> record) {
      if (!record.ok()) {
        ++errors;
        return true;
      }
      buffer.clear();
      if ((*analyzer)->Tokenize(record->body, buffer).ok()) {
        ++documents;
        tokens += buffer.size();
      } else {
        ++errors;
      }
      return true;
    });
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  std::printf(
      "{\"pass\":\"tokenize-only\",\"documents\":%llu,\"errors\":%llu,\"tokens\":%llu,\"seconds\":%"
      ".3f,"
      "\"documents_per_second\":%.1f,\"peak_rss_mib\":%.1f}\n",
      static_cast<unsigned long long>(documents), static_cast<unsigned long long>(errors),
      static_cast<unsigned long long>(tokens), seconds, documents / seconds,
      static_cast<double>(usage.ru_maxrss) / 1024.0);
  return 0;
}
