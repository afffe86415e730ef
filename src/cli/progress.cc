#include "cli/progress.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

namespace crosscheck::cli {

ProgressLine::ProgressLine(bool enabled)
    : enabled_(enabled),
      tty_(isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

double ProgressLine::ElapsedSeconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void ProgressLine::Update(std::uint64_t documents, std::uint64_t errors, std::uint64_t skipped) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  if (elapsed < 1.0) return;
  const double since_last = std::chrono::duration<double>(now - last_).count();
  if (since_last < (tty_ ? 1.0 : 10.0) && drawn_) return;
  last_ = now;
  drawn_ = true;
  std::fprintf(stderr, "%s%s documents (%.0f/s), %s errors, %s already stored, %.0f s%s",
               tty_ ? "\r\033[K" : "", Thousands(documents).c_str(),
               static_cast<double>(documents) / elapsed, Thousands(errors).c_str(),
               Thousands(skipped).c_str(), elapsed, tty_ ? "" : "\n");
  std::fflush(stderr);
}

void ProgressLine::Finish() {
  if (enabled_ && drawn_ && tty_) std::fputs("\n", stderr);
  drawn_ = false;
}

double PeakRssMiB() {
  struct rusage usage {};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0.0;
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: KiB
}

std::string Thousands(std::uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  const int len = static_cast<int>(digits.size());
  for (int i = 0; i < len; ++i) {
    if (i > 0 && (len - i) % 3 == 0) out += ',';
    out += digits[static_cast<std::size_t>(i)];
  }
  return out;
}

}  // namespace crosscheck::cli
