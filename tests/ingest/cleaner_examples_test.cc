// Runs the Cleaner over the demo corpus in examples/ and checks it against
// examples/annotations.json: exactly the lines annotated "body" survive (found
// through Document::to_input, so the offset map is checked too), and the
// title, authors, publication day and outlet read from the text match.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "crosscheck/ingest.h"

namespace crosscheck {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// 1-based line number of byte `offset` in `text`.
int LineOf(const std::string& text, std::uint64_t offset) {
  int line = 1;
  for (std::uint64_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

TEST(CleanerExamplesTest, ExactlyTheBodyLinesSurvive) {
  const std::string dir = std::string(CROSSCHECK_SOURCE_DIR) + "/examples/";
  const std::string annotations = ReadFile(dir + "annotations.json");
  if (annotations.empty()) GTEST_SKIP() << "no examples/annotations.json";
  const nlohmann::json all = nlohmann::json::parse(annotations);
  Cleaner cleaner;
  int files = 0, wrong_lines = 0, lines_total = 0;
  for (const auto& [name, a] : all.items()) {
    SCOPED_TRACE(name);
    ++files;
    RawRecord r;
    r.path = name;
    r.format = "text";
    r.body = ReadFile(dir + name);
    ASSERT_FALSE(r.body.empty());
    Result<Document> doc = cleaner.Clean(r);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();

    std::set<int> expected, got;
    for (const auto& [line, cls] : a["line_classes"].items()) {
      if (cls == "body") expected.insert(std::stoi(line));
    }
    const std::string& t = doc->text;
    std::size_t start = 0;
    while (start < t.size()) {
      std::size_t end = t.find('\n', start);
      if (end == std::string::npos) end = t.size();
      if (end > start) {
        const Span in = doc->to_input.ToInput(
            Span{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
        const int first = LineOf(r.body, in.start), last = LineOf(r.body, in.end - 1);
        EXPECT_EQ(first, last) << "an output line spans input lines " << first << "-" << last;
        got.insert(first);
      }
      start = end + 1;
    }
    std::vector<std::string> lines;
    {
      std::istringstream ss(r.body);
      std::string l;
      while (std::getline(ss, l)) lines.push_back(l);
    }
    for (int l : expected) {
      ++lines_total;
      if (!got.count(l)) {
        ++wrong_lines;
        ADD_FAILURE() << "body line " << l << " was removed: " << lines[l - 1];
      }
    }
    for (int l : got) {
      if (!expected.count(l)) {
        ++wrong_lines;
        ADD_FAILURE() << "line " << l << " (" << a["line_classes"].value(std::to_string(l), "?")
                      << ") survived: " << lines[l - 1];
      }
    }
    EXPECT_EQ(doc->title, a["title"].get<std::string>());
    EXPECT_EQ(doc->authors, a["authors"].get<std::vector<std::string>>());
    EXPECT_EQ(doc->published.substr(0, 10), a["published"].get<std::string>());
    if (a.contains("outlet")) {
      EXPECT_EQ(doc->outlet, a["outlet"].get<std::string>());
    }
    if (a.contains("run_together")) {
      EXPECT_EQ(doc->removed.split_sentences, a["run_together"].get<std::uint32_t>());
    }
  }
  EXPECT_GT(files, 0);
  std::cout << "examples: " << files << " files, " << wrong_lines << " wrong lines of "
            << lines_total << " body lines\n";
}

}  // namespace
}  // namespace crosscheck
