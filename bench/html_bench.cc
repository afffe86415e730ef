// bench/html_bench: speed and memory of the HTML path on a folder of pages.
//
//   html_bench [DIR] [PASSES]
//
// DIR defaults to ../shared/data/extraction/wcxb-dev-articles/html (the WCXB
// article pages, *.html.gz). All pages are read and gunzipped into memory
// first (not timed); then, on one thread, each pass runs
//   parse   libxml2 only: htmlReadMemory on the page bytes (UTF-8 assumed)
//   path    the whole HTML path: Cleaner::Clean on a text/html record (charset,
//           libxml2 parse, block walk, extraction, duplicate removal, offset
//           map) — what `analyze` does per page before the text stage
// and reports pages per CPU-second (the per-core figure), the resident set
// size after each pass (flat when memory does not grow with pages) and the
// peak RSS. PASSES (default 3) repeats the whole-path pass.
#include <libxml/HTMLparser.h>
#include <sys/resource.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "../eval/page_files.h"
#include "crosscheck/ingest.h"
#include "ingest/html/clean_html.h"

namespace {

double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Current resident set size in MiB (from /proc/self/statm).
double RssMiB() {
  std::ifstream statm("/proc/self/statm");
  long pages_total = 0, resident = 0;
  statm >> pages_total >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1 << 20);
}

double PeakRssMiB() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : "../shared/data/extraction/wcxb-dev-articles/html";
  const int passes = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string p = entry.path().string();
    if (p.ends_with(".html") || p.ends_with(".html.gz") || p.ends_with(".htm")) paths.push_back(p);
  }
  if (ec || paths.empty()) {
    std::cerr << "html_bench: no pages in " << dir << "\n";
    return 2;
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> pages;
  std::uint64_t bytes = 0;
  for (const std::string& p : paths) {
    crosscheck::Result<std::string> page = crosscheck::ReadPageFile(p);
    if (!page.ok()) {
      std::cerr << page.status().ToString() << "\n";
      return 2;
    }
    bytes += page->size();
    pages.push_back(std::move(*page));
  }
  std::cout << "pages " << pages.size() << ", " << bytes / (1 << 20) << " MiB of HTML"
            << " (read and gunzipped before timing)\n";
  std::cout << "rss_after_load_mib " << RssMiB() << "\n";

  // libxml2 parse only.
  xmlInitParser();
  double t0 = CpuSeconds();
  for (const std::string& page : pages) {
    htmlDocPtr doc = htmlReadMemory(page.data(), static_cast<int>(page.size()), nullptr, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                        HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE);
    xmlFreeDoc(doc);
  }
  const double parse_s = CpuSeconds() - t0;
  std::cout << "html.libxml2_parse_pages_per_cpu_s " << pages.size() / parse_s << "\n";

  // The whole HTML path.
  crosscheck::Cleaner cleaner;
  std::uint64_t errors = 0, empty = 0, text_bytes = 0;
  double path_s = 0;
  for (int pass = 0; pass < passes; ++pass) {
    t0 = CpuSeconds();
    for (std::size_t i = 0; i < pages.size(); ++i) {
      crosscheck::Result<crosscheck::Document> doc =
          cleaner.Clean(crosscheck::HtmlPageRecord(paths[i], pages[i]));
      if (pass > 0) continue;
      if (!doc.ok()) {
        ++errors;
      } else {
        empty += doc->text.empty();
        text_bytes += doc->text.size();
      }
    }
    const double s = CpuSeconds() - t0;
    path_s += s;
    std::cout << "pass " << pass + 1 << ": " << pages.size() / s << " pages/CPU-s, rss " << RssMiB()
              << " MiB\n";
  }
  std::cout << "errors " << errors << ", empty texts " << empty << ", text " << text_bytes / 1024
            << " KiB\n";
  std::cout << "html.path_pages_per_cpu_s " << pages.size() * passes / path_s << "\n";
  std::cout << "html.peak_rss_mib " << PeakRssMiB() << "\n";
  return 0;
}
