#include "report/summary.h"

#include <nlohmann/json.hpp>
#include <vector>

#include "report/export_json.h"

namespace crosscheck {

Status WriteSummary(Store& store, ReportFormat format, std::ostream& out, int max_errors) {
  Result<StoreStats> stats = store.Stats();
  if (!stats.ok()) return stats.status();
  std::vector<ErrorRecord> errors;
  Status st = store.ForEachError([&](const ErrorRecord& e) {
    errors.push_back(e);
    return static_cast<int>(errors.size()) < max_errors;
  });
  if (!st.ok()) return st;
  const StoreStats& s = *stats;

  if (format == ReportFormat::kJson) {
    nlohmann::json j = {{"type", "summary"},
                        {"documents", s.documents},
                        {"errors", s.errors},
                        {"inputs", s.inputs},
                        {"sentences", s.sentences},
                        {"first_published", s.first_published},
                        {"last_published", s.last_published},
                        {"removed",
                         {{"boilerplate_lines", s.boilerplate_lines},
                          {"boilerplate_chars", s.boilerplate_chars},
                          {"duplicate_paragraphs", s.duplicate_paragraphs}}}};
    nlohmann::json outlets = nlohmann::json::array();
    for (const auto& [name, n] : s.outlets) outlets.push_back({{"outlet", name}, {"documents", n}});
    j["outlets"] = outlets;
    nlohmann::json langs = nlohmann::json::array();
    for (const auto& [name, n] : s.languages)
      langs.push_back({{"language", name}, {"documents", n}});
    j["languages"] = langs;
    nlohmann::json errs = nlohmann::json::array();
    for (const ErrorRecord& e : errors) errs.push_back(ErrorToJson(e));
    j["first_errors"] = errs;
    out << ToJsonLine(j) << "\n";
    return Status::Ok();
  }

  out << "Documents: " << s.documents << " (" << s.sentences << " sentences)\n";
  out << "Failed inputs: " << s.errors << "\n";
  if (!s.first_published.empty())
    out << "Published: " << s.first_published << " to " << s.last_published << "\n";
  out << "Removed while cleaning: " << s.boilerplate_lines << " boilerplate lines ("
      << s.boilerplate_chars << " characters), " << s.duplicate_paragraphs
      << " duplicated paragraphs\n";
  if (!s.outlets.empty()) {
    out << "\nOutlets (documents):\n";
    for (const auto& [name, n] : s.outlets)
      out << "  " << n << "\t" << (name.empty() ? "(unknown)" : name) << "\n";
  }
  if (!s.languages.empty()) {
    out << "\nLanguages (documents):\n";
    for (const auto& [name, n] : s.languages) out << "  " << n << "\t" << name << "\n";
  }
  if (!errors.empty()) {
    out << "\nFailed inputs";
    if (s.errors > static_cast<std::int64_t>(errors.size()))
      out << " (first " << errors.size() << ")";
    out << ":\n";
    for (const ErrorRecord& e : errors) out << "  " << e.message << "\n";
  }
  return Status::Ok();
}

}  // namespace crosscheck
