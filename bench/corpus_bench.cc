// Scale of the corpus stage (issue 9): the AllSides sample multiplied with
// perturbed copies, the corpus stage's time and memory at growing sizes.
//
//   corpus_bench ARTICLES.jsonl.gz [COPIES=10] [SIZES=15000,50000,150000]
//
// Every article yields COPIES documents: itself and COPIES-1 perturbed
// copies (another outlet, published 0-3 days later, one paragraph dropped,
// ~2% of the words replaced, one title word changed), shuffled with a fixed
// seed. For each size N (ascending, each a fresh runner), the first N of them
// are summarised one at a time (the text is made, summarised and dropped,
// as the export's first pass streams the store) and the runner finishes:
// entities, duplicates, stories. Prints per size: seconds to summarise,
// seconds per Finish step, documents per second, and the peak RSS of the
// process so far (getrusage; sizes run ascending, so the last line's peak
// is the largest run's).
//
// Chain keys: the per-document pipeline is not run here (150k full analyses
// would take hours on this machine), so each document gets proxy chain keys
// from its capitalised word pairs ("Nancy Pelosi"), about as many names per
// article as the entity tagger finds, so the entity resolver and the entity
// sub-vectors work at a realistic volume.
#include <sys/resource.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/corpus_runner.h"

namespace {

using crosscheck::Document;
using crosscheck::corpus::ChainKey;
using crosscheck::corpus::CorpusRunner;

struct Article {
  std::string outlet, date, title, text;
};

std::vector<Article> Load(const char* path) {
  std::vector<Article> out;
  gzFile f = gzopen(path, "rb");
  if (f == nullptr) return out;
  std::string line;
  char buf[1 << 16];
  while (gzgets(f, buf, sizeof buf) != nullptr) {
    line += buf;
    if (line.empty() || line.back() != '\n') continue;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    line.clear();
    if (j.is_discarded()) continue;
    out.push_back({j.value("source", ""), j.value("date", ""), j.value("title", ""),
                   j.value("content_original", "")});
  }
  gzclose(f);
  return out;
}

std::vector<std::string> Split(const std::string& text, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = text.find(sep, start);
    out.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) break;
    start = at + sep.size();
  }
  return out;
}

std::string ShiftDate(const std::string& date, int days) {
  const std::int32_t day = crosscheck::corpus::DayNumber(date);
  if (day == crosscheck::corpus::kNoDay || days == 0) return date;
  const std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(day + days))};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

Document Make(const Article& a, std::uint32_t article, std::uint32_t copy) {
  Document d;
  d.id = std::to_string(article) + "-" + std::to_string(copy);
  d.outlet = copy == 0 ? a.outlet : "Outlet " + std::to_string(copy);
  d.published = ShiftDate(a.date, static_cast<int>(copy % 4));
  if (copy == 0) {
    d.title = a.title;
    d.text = a.text;
    return d;
  }
  std::mt19937 rng(article * 131u + copy);
  std::vector<std::string> paragraphs = Split(a.text, "\n\n");
  if (paragraphs.size() > 2)
    paragraphs.erase(paragraphs.begin() + 1 + rng() % (paragraphs.size() - 1));
  static const char* const kWords[] = {"reportedly", "officials", "local", "new",      "major",
                                       "several",    "early",     "later", "national", "recent"};
  for (std::string& p : paragraphs) {
    std::vector<std::string> words = Split(p, " ");
    for (std::string& w : words)
      if (rng() % 50 == 0) w = kWords[rng() % 10];
    std::string joined;
    for (const std::string& w : words) joined += (joined.empty() ? "" : " ") + w;
    d.text += (d.text.empty() ? "" : "\n\n") + joined;
  }
  std::vector<std::string> title = Split(a.title, " ");
  if (!title.empty()) title[rng() % title.size()] = kWords[rng() % 10];
  for (const std::string& w : title) d.title += (d.title.empty() ? "" : " ") + w;
  return d;
}

// Proxy chain keys: capitalised word pairs not at a sentence start.
std::vector<ChainKey> ProxyChains(Document& d) {
  std::map<std::string, std::vector<std::size_t>> names;
  const std::vector<std::string> words = Split(d.text, " ");
  std::size_t offset = 0;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& a = words[i];
    const std::string& b = words[i + 1];
    const bool start = i == 0 || (!words[i - 1].empty() && words[i - 1].back() == '.');
    if (!start && a.size() > 1 && b.size() > 2 && std::isupper(static_cast<unsigned char>(a[0])) &&
        std::isupper(static_cast<unsigned char>(b[0])) &&
        std::isalpha(static_cast<unsigned char>(b.back())))
      names[a + " " + b].push_back(offset);
    offset += a.size() + 1;
  }
  std::vector<ChainKey> keys;
  for (const auto& [name, at] : names) {
    ChainKey k;
    k.chain = "c" + std::to_string(keys.size() + 1);
    k.type = "PERSON";
    k.name = name;
    k.aliases = {name};
    for (std::size_t o : at) {
      crosscheck::Mention m;
      m.span = {static_cast<std::uint32_t>(o), static_cast<std::uint32_t>(o + name.size())};
      m.type = "PERSON";
      m.chain = k.chain;
      d.mentions.push_back(m);
    }
    keys.push_back(std::move(k));
  }
  return keys;
}

double PeakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: corpus_bench ARTICLES.jsonl.gz [COPIES=10] [SIZES=15000,50000,150000]\n";
    return 2;
  }
  const std::uint32_t copies = argc > 2 ? static_cast<std::uint32_t>(std::stoul(argv[2])) : 10;
  std::vector<std::size_t> sizes = {15000, 50000, 150000};
  if (argc > 3) {
    sizes.clear();
    for (const std::string& s : Split(argv[3], ",")) sizes.push_back(std::stoul(s));
  }
  const std::vector<Article> articles = Load(argv[1]);
  if (articles.empty()) {
    std::cerr << "corpus_bench: no articles in " << argv[1] << "\n";
    return 1;
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> order;
  for (std::uint32_t a = 0; a < articles.size(); ++a)
    for (std::uint32_t c = 0; c < copies; ++c) order.emplace_back(a, c);
  std::shuffle(order.begin(), order.end(), std::mt19937(2026));
  std::printf("# %zu articles x %u copies = %zu documents; peak RSS after loading %.0f MiB\n",
              articles.size(), copies, order.size(), PeakRssMiB());
  std::printf("%8s %10s %9s %9s %9s %9s %9s %8s %8s %9s\n", "docs", "summarise", "entities", "dups",
              "stories", "total_s", "docs/s", "events", "copies", "peak_MiB");
  for (std::size_t n : sizes) {
    n = std::min(n, order.size());
    const auto start = std::chrono::steady_clock::now();
    CorpusRunner runner;
    for (std::size_t i = 0; i < n; ++i) {
      Document d = Make(articles[order[i].first], order[i].first, order[i].second);
      std::vector<ChainKey> keys = ProxyChains(d);
      runner.AddSummary(crosscheck::corpus::Summarize(d), std::move(keys));
    }
    const double summarise =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const crosscheck::corpus::CorpusResult result = runner.Finish();
    const double total =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::size_t events = 0;
    for (const auto& s : result.stories) events += s.level == "event";
    std::printf("%8zu %10.2f %9.2f %9.2f %9.2f %9.2f %9.0f %8zu %8zu %9.0f\n", n, summarise,
                result.seconds.entities, result.seconds.duplicates, result.seconds.stories, total,
                n / total, events, result.duplicates.size(), PeakRssMiB());
    std::fflush(stdout);
  }
  return 0;
}
