#include "python/partition_run.h"

#include <cstdio>
#include <fstream>

#include "crosscheck/pipeline.h"
#include "report/export_json.h"

namespace crosscheck {

Status AnalyzeFilesToJsonLines(const std::vector<std::string>& files, const std::string& output,
                               int jobs, PartitionCounts* counts) {
  const std::string partial = output + ".tmp";
  std::ofstream out(partial, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError("cannot write " + partial, {partial});
  ExportOptions export_options;
  export_options.include_tokens = true;
  PipelineOptions options;
  options.jobs = jobs < 1 ? 1 : jobs;
  options.ordered = true;
  PartitionCounts local;
  PipelineCallbacks callbacks;
  callbacks.sink = [&](Outcome&& outcome) {
    if (const auto* doc = std::get_if<Document>(&outcome)) {
      out << ToJsonLine(DocumentToJson(*doc, export_options)) << "\n";
      ++local.documents;
    } else {
      out << ToJsonLine(ErrorToJson(std::get<ErrorRecord>(outcome))) << "\n";
      ++local.errors;
    }
    return static_cast<bool>(out);
  };
  PipelineCounts pipeline_counts;
  Status st = RunPipeline(files, options, callbacks, &pipeline_counts);
  out.close();
  if (st.ok() && !out) st = Status::IoError("write failed", {partial});
  if (st.ok() && std::rename(partial.c_str(), output.c_str()) != 0)
    st = Status::IoError("cannot rename to " + output, {partial});
  if (!st.ok()) {
    std::remove(partial.c_str());
    return st;
  }
  local.passed_over = pipeline_counts.passed_over;
  if (counts != nullptr) *counts = local;
  return Status::Ok();
}

}  // namespace crosscheck
