// One partition of a scale-out run (crosscheck.dask): the pipeline over a list
// of files, written as export JSON Lines, the form ImportJsonLines
// (python/import_json.h) stores.
//
// Every record of every file yields one line, in input order: a
// {"type":"document"} line (with "tokens", so the import restores each
// sentence's token indexes, see import_json.h) or a {"type":"error"} line. The
// pipeline runs with its defaults, as `crosscheck analyze` does (time budget,
// record limits, boilerplate removal, the built-in outlet registry).
//
// The file is written to `output` + ".tmp" and renamed to `output` when whole,
// so a partition file that exists is complete; a failed run leaves none.
//
// Failure: kIoError when `output` cannot be written; the pipeline's own fatal
// Status (the text stage cannot start, a model is missing). Problems with
// inputs are error lines, not failures. Thread-safe (state is per call).
#ifndef CROSSCHECK_PYTHON_PARTITION_RUN_H_
#define CROSSCHECK_PYTHON_PARTITION_RUN_H_

#include <cstdint>
#include <string>
#include <vector>

#include "crosscheck/status.h"

namespace crosscheck {

struct PartitionCounts {
  std::uint64_t documents = 0;
  std::uint64_t errors = 0;
  std::uint64_t passed_over = 0;  // container records that are not articles
};

// `jobs` worker threads (>= 1).
Status AnalyzeFilesToJsonLines(const std::vector<std::string>& files, const std::string& output,
                               int jobs, PartitionCounts* counts = nullptr);

}  // namespace crosscheck

#endif  // CROSSCHECK_PYTHON_PARTITION_RUN_H_
