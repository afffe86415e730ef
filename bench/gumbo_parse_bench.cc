// bench/gumbo_parse_bench: the parser comparison behind the choice of
// libxml2 (src/ingest/html/html_page.h). Parses every page of a folder with
// gumbo (HTML5-exact) and reports pages per CPU-second on one thread, for
// comparison with html_bench's html.libxml2_parse_pages_per_cpu_s over the
// same pages. Built only where libgumbo-dev is installed; crosscheck itself
// does not use gumbo.
//
//   gumbo_parse_bench [DIR]   (default ../shared/data/extraction/wcxb-dev-articles/html)
#include <gumbo.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "../eval/page_files.h"

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : "../shared/data/extraction/wcxb-dev-articles/html";
  std::vector<std::string> pages;
  std::error_code ec;
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  for (const std::string& p : paths) {
    crosscheck::Result<std::string> page = crosscheck::ReadPageFile(p);
    if (page.ok()) pages.push_back(std::move(*page));
  }
  if (pages.empty()) {
    std::cerr << "gumbo_parse_bench: no pages in " << dir << "\n";
    return 2;
  }
  timespec a{}, b{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
  for (const std::string& page : pages) {
    GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size());
    gumbo_destroy_output(&kGumboDefaultOptions, out);
  }
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
  const double s = static_cast<double>(b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) * 1e-9;
  std::cout << "pages " << pages.size() << "\n";
  std::cout << "html.gumbo_parse_pages_per_cpu_s " << pages.size() / s << "\n";
  return 0;
}
