// Fuzzes the date finder that reads meta tags, JSON values, URLs and bylines.
// Invariants: every date found lies inside the text, is a real calendar day
// between min_year and `latest`, and normalising its own output gives it back.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/html/date_parse.h"

namespace {

bool RealDay(const crosscheck::DateValue& v) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (v.month < 1 || v.month > 12 || v.day < 1 || v.day > kDays[v.month - 1]) return false;
  const bool leap = (v.year % 4 == 0 && v.year % 100 != 0) || v.year % 400 == 0;
  return !(v.month == 2 && v.day == 29 && !leap);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool month_first : {false, true}) {
    crosscheck::DateOptions options;
    options.latest = "2026-11-23";
    options.month_first = month_first;
    for (const crosscheck::FoundDate& found : crosscheck::FindDates(text, options)) {
      const crosscheck::DateValue& v = found.value;
      if (found.start + found.length > text.size()) __builtin_trap();
      if (!RealDay(v) || v.year < options.min_year) __builtin_trap();
      const std::string written = v.ToString();
      if (written.substr(0, 10) > options.latest) __builtin_trap();
      if (crosscheck::NormalizeDate(written, options) != written) __builtin_trap();
    }
  }
  return 0;
}
