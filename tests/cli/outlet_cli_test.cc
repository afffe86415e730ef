// The outlet options end to end: the demo corpus analysed with the demo
// registry, then report's breakdown and the --kind/--funding/--country filters
// of search and export, and a bad registry file refused with its line.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "cli_test_util.h"

namespace crosscheck::testing {
namespace {

using nlohmann::json;

std::string DemoRegistry() {
  return std::string(CROSSCHECK_SOURCE_DIR) + "/data/outlets-demo.jsonl";
}

std::set<std::string> Outlets(const std::string& out) {
  std::set<std::string> names;
  for (const json& j : JsonLines(out)) {
    if (j.contains("outlet")) names.insert(j["outlet"].get<std::string>());
  }
  return names;
}

TEST_F(CliTest, OutletBreakdownAndFilters) {
  const std::string db = Path("demo.db");
  const std::string reg = " --outlets " + DemoRegistry();
  RunResult analyze =
      RunCommand(Binary() + " analyze " + Examples() + " --db " + db + " --quiet" + reg);
  ASSERT_EQ(analyze.exit_code, 0) << analyze.out;

  RunResult report = RunCommand(Binary() + " report --format json --db " + db + reg);
  ASSERT_EQ(report.exit_code, 0);
  const std::vector<json> lines = JsonLines(report.out);
  ASSERT_EQ(lines.size(), 2u);
  const json& b = lines[1];
  EXPECT_EQ(b["type"], "outlet_breakdown");
  std::map<std::string, std::int64_t> kinds;
  std::int64_t quotes = 0;
  for (const json& row : b["by_kind"]) {
    kinds[row["kind"].get<std::string>()] = row["documents"].get<std::int64_t>();
    quotes += row["quotes"].get<std::int64_t>();
  }
  EXPECT_EQ(kinds,
            (std::map<std::string, std::int64_t>{
                {"aggregator", 2}, {"broadcaster", 3}, {"newspaper", 6}, {"wire agency", 2}}));
  EXPECT_GT(quotes, 0);

  RunResult wire =
      RunCommand(Binary() + " search --json --db " + db + reg + " --kind 'wire agency' barrier");
  EXPECT_EQ(wire.exit_code, 0);
  EXPECT_EQ(Outlets(wire.out), (std::set<std::string>{"Velmark Press Agency"}));

  RunResult pub = RunCommand(Binary() + " export --no-text --db " + db + reg + " --funding public");
  EXPECT_EQ(pub.exit_code, 0);
  EXPECT_EQ(Outlets(pub.out), (std::set<std::string>{"VNB"}));
  // Without the demo registry the invented outlets have no country: nothing matches.
  RunResult none = RunCommand(Binary() + " export --no-text --db " + db + " --country XV");
  EXPECT_EQ(Outlets(none.out), std::set<std::string>{});
  RunResult xv = RunCommand(Binary() + " export --no-text --db " + db + reg + " --country xv");
  EXPECT_EQ(Outlets(xv.out).size(), 5u);

  Write("bad.jsonl", "{\"name\": \"X\", \"country\": \"GB\"}\n");
  RunResult bad = RunCommand(Binary() + " report --db " + db + " --outlets " + Path("bad.jsonl"));
  EXPECT_EQ(bad.exit_code, 2);
}

}  // namespace
}  // namespace crosscheck::testing
