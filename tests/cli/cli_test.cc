// End-to-end tests of the `crosscheck` binary: the demo corpus, reruns, and
// every kind of bad input the foundation promises to survive.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli_test_util.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using crosscheck::testing::Binary;
using crosscheck::testing::CliTest;
using crosscheck::testing::Examples;
using crosscheck::testing::JsonLines;
using crosscheck::testing::QueryOne;
using crosscheck::testing::RunCommand;
using crosscheck::testing::RunResult;
using crosscheck::testing::StartAnalyze;
using crosscheck::testing::WaitExit;

// Code points of a line after white-space normalisation (runs of spaces, tabs
// and Unicode spaces count as one, ends trimmed): how boilerplate_chars counts.
std::uint64_t NormalizedCodePoints(const std::string& line) {
  std::uint64_t n = 0;
  bool pending_space = false;
  for (std::size_t i = 0; i < line.size();) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    const std::string ch = line.substr(i, len);
    i += len;
    const bool space = ch == " " || ch == "\t" || ch == "\xc2\xa0" || ch == "\xe2\x80\xaf" ||
                       (ch.size() == 3 && ch[0] == '\xe2' && ch[1] == '\x80' &&
                        static_cast<unsigned char>(ch[2]) <= 0x8a);
    if (space) {
      pending_space = n > 0;
      continue;
    }
    if (pending_space) ++n;
    pending_space = false;
    ++n;
  }
  return n;
}

const char kGoodArticle[] =
    "Ferry service to Orlo Island resumes after repairs\n\n"
    "By Pia Sundqvist\n\n"
    "The ferry between Kestrel Bay and Orlo Island will run again from Monday, the operator "
    "said.\n\n"
    "Repairs to the ramp took three weeks and cost about 400,000 euros, according to the harbour "
    "office.\n\n"
    "\"We are glad to have the crossing back,\" said Ada Lunde, who runs the island shop.\n";

TEST_F(CliTest, DemoCorpusIsStoredOnceAcrossTwoRuns) {
  const std::string db = Path("demo.db");
  RunResult first = RunCommand(Binary() + " analyze " + Examples() + " --db " + db + " --quiet");
  EXPECT_EQ(first.exit_code, 0) << first.out;
  EXPECT_NE(first.out.find("stored      13 documents"), std::string::npos) << first.out;
  RunResult second = RunCommand(Binary() + " analyze " + Examples() + " --db " + db + " --quiet");
  EXPECT_EQ(second.exit_code, 0) << second.out;
  EXPECT_NE(second.out.find("stored      0 documents"), std::string::npos) << second.out;
  EXPECT_NE(second.out.find("unchanged   13 already"), std::string::npos) << second.out;
  EXPECT_EQ(QueryOne(db, "SELECT count(*) FROM documents"), "13");
  EXPECT_EQ(QueryOne(db, "PRAGMA integrity_check"), "ok");

  RunResult exported = RunCommand(Binary() + " export --db " + db);
  ASSERT_EQ(exported.exit_code, 0);
  std::vector<json> lines;  // the documents; entity, story and duplicate lines follow them
  std::map<std::string, int> corpus_lines;
  int differ = 0;  // claims whose outlets disagree (issue 9: three figures and the pledge)
  for (json& j : JsonLines(exported.out)) {
    if (j["type"] == "claim" && j["verdict"] == "differ") ++differ;
    if (j["type"] == "document")
      lines.push_back(std::move(j));
    else
      ++corpus_lines[j["type"].get<std::string>()];
  }
  EXPECT_GE(differ, 4);
  EXPECT_GT(corpus_lines["quote_group"], 0);
  EXPECT_GT(corpus_lines["timeline"], 0);
  ASSERT_EQ(lines.size(), 13u);
  EXPECT_GT(corpus_lines["entity"], 0);
  EXPECT_GT(corpus_lines["story"], 0);
  EXPECT_EQ(corpus_lines["duplicate"], 1);  // the Portwatch24 copy of the VPA pledge story
  std::set<std::string> ids;
  for (const json& j : lines) {
    EXPECT_EQ(j["type"], "document");
    EXPECT_EQ(j["language"], "en") << j["origin"];
    ids.insert(j["id"].get<std::string>());
  }
  EXPECT_EQ(ids.size(), 13u);

  RunResult search = RunCommand(Binary() + " search --db " + db + " --json barrier");
  EXPECT_EQ(search.exit_code, 0);
  EXPECT_FALSE(JsonLines(search.out).empty());
  RunResult report = RunCommand(Binary() + " report --db " + db);
  EXPECT_EQ(report.exit_code, 0);
  EXPECT_NE(report.out.find("Documents: 13"), std::string::npos) << report.out;
}

TEST_F(CliTest, SameTextFromTwoOriginsIsKeptTwice) {
  Write("a.txt", kGoodArticle);
  Write("b.txt", kGoodArticle);
  RunResult r = RunCommand(Binary() + " analyze " + Path("a.txt") + " " + Path("b.txt") + " --db " +
                           Path("x.db") + " --quiet");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(QueryOne(Path("x.db"), "SELECT count(*) FROM documents"), "2");
}

// Each bad input yields an error record naming the file; the good one is stored;
// the exit status says some inputs failed; a rerun loses nothing and adds nothing.
TEST_F(CliTest, BadInputsBecomeErrorRecordsAndTheRunGoesOn) {
  fs::create_directories(dir_ / "in");
  Write("in/good.txt", kGoodArticle);
  Write("in/empty.txt", "");
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 7919) & 0xFF);
  Write("in/binary.txt", binary);
  // Valid UTF-8 ("é") mixed with bytes that are not UTF-8.
  Write("in/broken-utf8.txt",
        std::string("Caf\xc3\xa9 owners met on Tuesday.\n\nThe m\xff\xfe") + "eeting ran late.\n");
  Write("in/huge.txt", std::string(50u << 20, 'a'));  // 50 MB, no newline
  {
    std::string gz;
    gzFile f = gzopen(Path("in/cut.txt.gz").c_str(), "wb");
    std::string body;
    for (int i = 0; i < 200; ++i)
      body += "Paragraph " + std::to_string(i) + " of a long report on ferry repairs.\n\n";
    gzwrite(f, body.data(), static_cast<unsigned>(body.size()));
    gzclose(f);
    fs::resize_file(Path("in/cut.txt.gz"), fs::file_size(Path("in/cut.txt.gz")) / 2);
  }
  ASSERT_EQ(mkfifo(Path("in/pipe.txt").c_str(), 0600), 0);
  fs::create_symlink(Path("in/nowhere.txt"), Path("in/dangling.txt"));
  Write("in/locked.txt", kGoodArticle + std::string("\nA closing line for the locked copy.\n"));
  chmod(Path("in/locked.txt").c_str(), 0);

  const std::string db = Path("bad.db");
  const std::string cmd =
      Binary() + " analyze " + Path("in") + " " + Path("missing.txt") + " --db " + db + " --quiet";
  RunResult r = RunCommand(cmd);
  EXPECT_EQ(r.exit_code, 1) << r.out;

  RunResult exported = RunCommand(Binary() + " export --db " + db);
  ASSERT_EQ(exported.exit_code, 0);
  std::map<std::string, std::string> errors;  // file name -> message
  std::set<std::string> documents;
  for (const json& j : JsonLines(exported.out)) {
    if (j["type"] != "document" && j["type"] != "error") continue;  // corpus lines
    const std::string origin = j["origin"];
    const std::string name = fs::path(origin.substr(0, origin.find('#'))).filename();
    if (j["type"] == "error")
      errors[name] = j["message"];
    else
      documents.insert(name);
  }
  EXPECT_EQ(documents, (std::set<std::string>{"good.txt", "locked.txt"}));  // root reads chmod 000
  for (const char* name : {"empty.txt", "binary.txt", "broken-utf8.txt", "huge.txt", "cut.txt.gz",
                           "pipe.txt", "dangling.txt", "missing.txt"}) {
    ASSERT_TRUE(errors.count(name)) << "no error record for " << name << "\n" << exported.out;
    EXPECT_NE(errors[name].find(name), std::string::npos)
        << "message does not name the file: " << errors[name];
  }

  // Rerun: same outcome, nothing lost, nothing duplicated.
  RunResult again = RunCommand(cmd);
  EXPECT_EQ(again.exit_code, 1) << again.out;
  EXPECT_EQ(QueryOne(db, "SELECT count(*) FROM documents"), "2");
  EXPECT_EQ(QueryOne(db, "SELECT count(*) FROM errors"), std::to_string(errors.size()));
  EXPECT_EQ(QueryOne(db, "PRAGMA integrity_check"), "ok");
}

// SIGKILL in the middle of a run, then a rerun: every record stored exactly
// once and the database intact.
TEST_F(CliTest, KilledRunResumesToCompleteStore) {
  const int kRecords = 3000;
  {
    std::ofstream f(Path("many.jsonl"));
    for (int i = 0; i < kRecords; ++i) {
      f << R"({"title":"Tide table )" << i << R"(","source":"Selvik Wire","date":"2026-02-)"
        << (i % 28 + 1)
        << R"(","content_original":"The harbour office of Selvik published tide table )" << i
        << R"( on Monday. Pilot Maren Aas said vessels over )" << (i % 90 + 10)
        << R"( metres must wait for high water.\n\nThe office said the table replaces the one from last week."})"
        << "\n";
    }
  }
  const std::string db = Path("kill.db");
  const pid_t pid = StartAnalyze(Path("many.jsonl"), db, /*batch=*/50);
  ASSERT_GE(pid, 0);
  // Wait until some documents are committed, then kill without warning.
  for (int i = 0; i < 400; ++i) {
    usleep(10000);
    const std::string n = fs::exists(db) ? QueryOne(db, "SELECT count(*) FROM documents") : "";
    if (!n.empty() && std::stoi(n) >= 100) break;
  }
  kill(pid, SIGKILL);
  WaitExit(pid);
  const std::string before = QueryOne(db, "SELECT count(*) FROM documents");
  RunResult r =
      RunCommand(Binary() + " analyze " + Path("many.jsonl") + " --db " + db + " --quiet");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(QueryOne(db, "SELECT count(*) FROM documents"), std::to_string(kRecords))
      << "before rerun: " << before;
  EXPECT_EQ(QueryOne(db, "SELECT count(DISTINCT origin) FROM documents"), std::to_string(kRecords));
  EXPECT_EQ(QueryOne(db, "SELECT count(*) FROM docs_fts WHERE docs_fts MATCH 'pilot'"),
            std::to_string(kRecords));
  EXPECT_EQ(QueryOne(db, "PRAGMA integrity_check"), "ok");
}

// `doc` on a demo article prints one document line whose removed counts match
// what the article's annotations say its boilerplate and duplicates hold.
TEST_F(CliTest, DocRemovedCountsMatchDemoAnnotations) {
  std::ifstream in(Examples() + "/annotations.json");
  ASSERT_TRUE(in) << "examples/annotations.json";
  json annotations = json::parse(in);
  // One `doc` run over every annotated article (output keeps input order):
  // loading the models once keeps this test quick under the sanitizers.
  std::string command = Binary() + " doc";
  for (const auto& [file, note] : annotations.items()) command += " " + Examples() + "/" + file;
  RunResult r = RunCommand(command);
  ASSERT_EQ(r.exit_code, 0);
  std::vector<json> lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), annotations.size());
  int exact = 0;
  std::size_t line_no = 0;
  for (const auto& [file, note] : annotations.items()) {
    SCOPED_TRACE(file);
    const json& d = lines[line_no++];
    ASSERT_NE(d["origin"].get<std::string>().find(file), std::string::npos) << d["origin"];
    // Expected figures from the per-line classes.
    std::ifstream article(Examples() + "/" + file);
    std::vector<std::string> text_lines;
    for (std::string line; std::getline(article, line);) text_lines.push_back(line);
    std::uint64_t boiler_chars = 0;
    int duplicate_paragraphs = 0;
    bool in_dup = false;
    for (std::size_t i = 0; i < text_lines.size(); ++i) {
      const std::string cls = note["line_classes"].value(std::to_string(i + 1), "");
      if (cls == "boilerplate" || cls == "caption")
        boiler_chars += NormalizedCodePoints(text_lines[i]);
      if (cls == "duplicate" && !in_dup) ++duplicate_paragraphs;
      in_dup = cls == "duplicate";
    }
    EXPECT_EQ(d["removed"]["duplicate_paragraphs"], duplicate_paragraphs);
    const auto got = d["removed"]["boilerplate_chars"].get<std::uint64_t>();
    EXPECT_EQ(got, boiler_chars);
    EXPECT_EQ(d["title"], note["title"]);
    EXPECT_EQ(d["published"].get<std::string>().substr(0, 10), note["published"]);
    if (got == boiler_chars) ++exact;
  }
  RecordProperty("exact_boilerplate_counts", exact);
}

}  // namespace
