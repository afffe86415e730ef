// Progress and resource read-outs for long runs, printed on stderr.
//
// ProgressLine prints nothing during the first second of a run (short runs stay
// quiet), then a status line about once a second: rewritten in place on a
// terminal, a new line every 10 s otherwise (logs stay readable).
// Not thread-safe: call from one thread.
#ifndef CROSSCHECK_CLI_PROGRESS_H_
#define CROSSCHECK_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace crosscheck::cli {

class ProgressLine {
 public:
  explicit ProgressLine(bool enabled);
  // Shows `documents`, `errors`, `skipped` so far; rate-limited internally.
  void Update(std::uint64_t documents, std::uint64_t errors, std::uint64_t skipped);
  // Ends the line if one was drawn.
  void Finish();
  double ElapsedSeconds() const;

 private:
  bool enabled_;
  bool tty_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

// Peak resident memory of this process in MiB (getrusage), 0 if unknown.
double PeakRssMiB();

// "1,234,567"
std::string Thousands(std::uint64_t n);

}  // namespace crosscheck::cli

#endif  // CROSSCHECK_CLI_PROGRESS_H_
