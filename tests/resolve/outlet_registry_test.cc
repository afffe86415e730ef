// The outlet registry: the shape of the built-in file (every fact has a basis,
// unknown is null, no invented citations), the demo registry, the shape
// checks themselves, lookups by host and name, and merging a user's file.
#include "resolve/outlet_registry.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

namespace crosscheck::resolve {
namespace {

const std::string kBuiltIn = std::string(CROSSCHECK_SOURCE_DIR) + "/data/outlets.jsonl";
const std::string kDemo = std::string(CROSSCHECK_SOURCE_DIR) + "/data/outlets-demo.jsonl";

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(OutletRegistryTest, BuiltInFilePassesTheShapeCheck) {
  Result<OutletRegistry> r = OutletRegistry::Load(kBuiltIn);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_GE(r->outlets().size(), 150u);
  EXPECT_TRUE(r->AmbiguousNames().empty())
      << "two outlets share the name " << r->AmbiguousNames()[0];
}

// Independent of the loader: reads the raw JSON and checks every fact.
TEST(OutletRegistryTest, EveryBuiltInFactHasABasisAndNoInventedCitation) {
  std::istringstream lines(ReadAll(kBuiltIn));
  std::string line;
  int facts = 0, unknown = 0;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    const nlohmann::json j = nlohmann::json::parse(line);
    SCOPED_TRACE(j.at("name").get<std::string>());
    for (const char* key : {"country", "language", "kind", "owner", "funding"}) {
      ASSERT_TRUE(j.contains(key)) << key << " must be present (null when unknown)";
      const nlohmann::json& f = j[key];
      if (f.is_null()) {
        ++unknown;
        continue;
      }
      ++facts;
      ASSERT_TRUE(f.contains("basis")) << key;
      // The built-in file cites nothing it could not check: common knowledge only,
      // with a modest confidence, and never a URL.
      EXPECT_EQ(f["basis"], "general knowledge") << key;
      EXPECT_LE(f["confidence"].get<double>(), 0.8) << key;
      EXPECT_FALSE(f.contains("source")) << key;
      EXPECT_EQ(f.dump().find("http"), std::string::npos) << key;
    }
  }
  EXPECT_GT(facts, 600);
  EXPECT_GT(unknown, 50);  // owners and funding we do not know stay null
}

TEST(OutletRegistryTest, DemoRegistryLoadsAndNamesTheFiveInventedOutlets) {
  Result<OutletRegistry> r = OutletRegistry::Load(kDemo);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::set<std::string> names;
  for (const Outlet& o : r->outlets()) names.insert(o.name);
  EXPECT_EQ(names, (std::set<std::string>{"Harbourline", "Velmark Press Agency", "VNB",
                                          "The Meridian Post", "Portwatch24"}));
}

constexpr char kFacts[] =
    R"("country": null, "language": null, "kind": null, "owner": null, "funding": null)";

// One JSON Lines record (the raw strings below wrap lines for reading).
std::string Record(const std::string& head, const std::string& facts = kFacts) {
  std::string line = "{" + head + ", " + facts + "}";
  for (char& c : line) {
    if (c == '\n') c = ' ';
  }
  return line;
}

TEST(OutletRegistryTest, ShapeCheckRejectsBadRecords) {
  const struct {
    const char* description;
    std::string text;
    const char* message;
  } cases[] = {
      {"fact without basis",
       Record(R"("name": "A")", R"("country": {"value": "GB", "confidence": 0.5}, "language": null,
          "kind": null, "owner": null, "funding": null)"),
       "basis"},
      {"general knowledge above 0.8",
       Record(R"("name": "A")", R"("country": {"value": "GB", "basis": "general knowledge",
          "confidence": 0.95}, "language": null, "kind": null, "owner": null, "funding": null)"),
       "at most 0.8"},
      {"general knowledge with a citation",
       Record(R"("name": "A")", R"("country": {"value": "GB", "basis": "general knowledge",
          "confidence": 0.5, "source": "https://example.org/x"}, "language": null, "kind": null,
          "owner": null, "funding": null)"),
       "names no source"},
      {"record basis without a source",
       Record(R"("name": "A")", R"("owner": {"value": "X", "basis": "public ownership record",
          "confidence": 0.9}, "country": null, "language": null, "kind": null, "funding": null)"),
       "needs a source"},
      {"unknown written as a value",
       Record(R"("name": "A")", R"("owner": {"value": "unknown", "basis": "general knowledge",
          "confidence": 0.5}, "country": null, "language": null, "kind": null, "funding": null)"),
       "unknown facts are null"},
      {"missing fact key", R"({"name": "A", "country": null})", "missing"},
      {"misspelt key", Record(R"("name": "A", "fundng": null)"), "unknown key"},
      {"unknown kind",
       Record(R"("name": "A")", R"("kind": {"value": "blog", "basis": "general knowledge",
          "confidence": 0.5}, "country": null, "language": null, "owner": null, "funding": null)"),
       "unknown kind"},
      {"country not ISO",
       Record(R"("name": "A")", R"("country": {"value": "United Kingdom", "basis":
          "general knowledge", "confidence": 0.5}, "language": null, "kind": null, "owner": null,
          "funding": null)"),
       "ISO 3166"},
      {"domain with www", Record(R"("name": "A", "domains": ["www.a.com"])"), "without www"},
      {"duplicate name", Record(R"("name": "A")") + "\n" + Record(R"("name": "the a")"),
       "duplicate name"},
      {"domain twice",
       Record(R"("name": "A", "domains": ["a.com"])") + "\n" +
           Record(R"("name": "B", "domains": ["a.com"])"),
       "listed twice"},
      {"not JSON", "{name: A}", "not JSON"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    Result<OutletRegistry> r = OutletRegistry::Parse(c.text, "user.jsonl");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().ToString().find(c.message), std::string::npos) << r.status().ToString();
    EXPECT_NE(r.status().ToString().find("user.jsonl"), std::string::npos);
  }
}

TEST(OutletRegistryTest, ErrorNamesTheLineOfTheBadRecord) {
  const std::string text = "# comment\n" + Record(R"("name": "A")") + "\n\n{\"name\": 3}\n";
  Result<OutletRegistry> r = OutletRegistry::Parse(text, "mine.jsonl");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().where().record, 4);
}

OutletRegistry Small() {
  const std::string text =
      Record(R"("name": "Cobalt Courier", "aliases": ["CC", "Courier"], "domains": ["cobalt.test",
          "courier.co.uk"])") +
      "\n" + Record(R"("name": "Lantern TV", "domains": ["tv.lantern.test"])") + "\n" +
      Record(R"("name": "Lantern Radio", "aliases": ["Courier"], "domains": ["lantern.test"])");
  Result<OutletRegistry> r = OutletRegistry::Parse(text, "small.jsonl");
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return std::move(*r);
}

TEST(OutletRegistryTest, ByHostFallsBackToTheRegisteredDomainOnly) {
  const OutletRegistry r = Small();
  const struct {
    const char* host;
    const char* outlet;  // "" = none
  } cases[] = {
      {"https://www.cobalt.test/2026/03/a.html", "Cobalt Courier"},
      {"http://blogs.politics.cobalt.test/x", "Cobalt Courier"},
      {"COBALT.TEST.", "Cobalt Courier"},
      {"https://user@cobalt.test:8080/", "Cobalt Courier"},
      {"https://tv.lantern.test/news", "Lantern TV"},  // the nearer domain wins
      {"https://live.tv.lantern.test/news", "Lantern TV"},
      {"https://radio.lantern.test/", "Lantern Radio"},
      {"https://news.courier.co.uk/", "Courier"},  // alias name ignored: by host
      {"https://other.co.uk/", ""},                // never falls back to a public suffix
      {"https://notcobalt.test/", ""},
      {"", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.host);
    const Outlet* o = r.ByHost(c.host);
    if (std::string(c.outlet).empty()) {
      EXPECT_EQ(o, nullptr);
    } else if (std::string(c.outlet) == "Courier") {
      ASSERT_NE(o, nullptr);
      EXPECT_EQ(o->name, "Cobalt Courier");
    } else {
      ASSERT_NE(o, nullptr);
      EXPECT_EQ(o->name, c.outlet);
    }
  }
}

TEST(OutletRegistryTest, ByNameIgnoresCaseAndTheButShortNamesKeepTheirCase) {
  const OutletRegistry r = Small();
  EXPECT_EQ(r.ByName("cobalt courier")->name, "Cobalt Courier");
  EXPECT_EQ(r.ByName("The Cobalt Courier")->name, "Cobalt Courier");
  EXPECT_EQ(r.ByName("  Cobalt   Courier ")->name, "Cobalt Courier");
  EXPECT_EQ(r.ByName("CC")->name, "Cobalt Courier");
  EXPECT_EQ(r.ByName("cc"), nullptr);
  EXPECT_EQ(r.ByName("Courier"), nullptr);  // two outlets claim it: ambiguous
  EXPECT_EQ(r.AmbiguousNames(), std::vector<std::string>{"courier"});
  EXPECT_EQ(r.ByName("Lantern"), nullptr);
}

TEST(OutletRegistryTest, LaterFileReplacesRecordsAndWinsDomainsAndNames) {
  OutletRegistry r = Small();
  Result<OutletRegistry> user = OutletRegistry::Parse(
      Record(R"("name": "cobalt courier", "domains": ["cobalt.example"])",
             R"("country": {"value": "NZ", "basis": "outlet's own statement", "confidence": 0.9,
                "source": "its About page"}, "language": null, "kind": null, "owner": null,
                "funding": null)") +
          "\n" +
          Record(R"("name": "Radio Lantern", "aliases": ["Courier"], "domains": ["lantern.test"])"),
      "user.jsonl");
  ASSERT_TRUE(user.ok()) << user.status().ToString();
  r.Merge(*user);
  const Outlet* o = r.ByName("Cobalt Courier");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->country.value, "NZ");
  EXPECT_EQ(o->file, "user.jsonl");
  EXPECT_EQ(r.ByHost("cobalt.test"), nullptr);  // the replaced record's domains are gone
  EXPECT_EQ(r.ByHost("cobalt.example"), o);
  EXPECT_EQ(r.ByHost("lantern.test")->name, "Radio Lantern");
  EXPECT_EQ(r.ByName("Courier")->name, "Radio Lantern");  // the later file settles it
}

TEST(OutletRegistryTest, RegisteredDomainUsesThePublicSuffixList) {
  EXPECT_EQ(RegisteredDomain("news.bbc.co.uk"), "bbc.co.uk");
  EXPECT_EQ(RegisteredDomain("a.b.example.com"), "example.com");
  EXPECT_EQ(HostOf("https://WWW.Example.COM:443/path?q=1#f"), "example.com");
}

}  // namespace
}  // namespace crosscheck::resolve
