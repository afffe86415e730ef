// The outlet stage: invented articles with the outcome each path must give
// (URL, page metadata, container field, masthead, copyright line, dateline),
// credits with their spans, quote `via` names, and the demo corpus identified
// from its text alone with the demo registry (data/outlets-demo.jsonl).
#include "resolve/outlet_stage.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "crosscheck/ingest.h"

namespace crosscheck::resolve {
namespace {

const std::string kSource = CROSSCHECK_SOURCE_DIR;

// The built-in registry plus an invented one for these cases.
const OutletRegistry& Registry() {
  static const OutletRegistry registry = [] {
    Result<OutletRegistry> r = OutletRegistry::Load(kSource + "/data/outlets.jsonl");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    Result<OutletRegistry> mine = OutletRegistry::Parse(
        R"({"name": "Tarnby Gazette", "aliases": ["The Gazette of Tarnby"], "domains": ["gazette.tarnby.test"], "country": null, "language": null, "kind": {"value": "newspaper", "basis": "general knowledge", "confidence": 0.5}, "owner": null, "funding": null}
{"name": "Kestrel Wire", "aliases": ["KW"], "domains": ["kestrelwire.test"], "country": null, "language": null, "kind": {"value": "wire agency", "basis": "general knowledge", "confidence": 0.5}, "owner": null, "funding": null})",
        "test.jsonl");
    EXPECT_TRUE(mine.ok()) << mine.status().ToString();
    r->Merge(*mine);
    return std::move(*r);
  }();
  return registry;
}

struct Case {
  const char* description;
  const char* format;
  const char* url;
  const char* outlet;  // what ingest gave
  const char* text;
  const char* want_outlet;
  const char* want_from;
  std::vector<std::string> want_credits;  // "how:outlet:text"
};

TEST(OutletStageTest, IdentifiesOutletsAndCredits) {
  const Case cases[] = {
      {"URL of a subdomain",
       "jsonl",
       "https://politicalticker.blogs.cnn.com/2016/x",
       "Guest Writer",
       "Lawmakers met on Tuesday.",
       "CNN",
       "url",
       {}},
      {"URL wins over the container's columnist string",
       "jsonl",
       "http://www.nationalreview.com/a",
       "Victor Hanson",
       "Text.",
       "National Review",
       "url",
       {}},
      {"unknown URL, container name by alias",
       "jsonl",
       "https://unknown.test/a",
       "Fox Online News",
       "Text.",
       "Fox News",
       "container",
       {}},
      {"section after a dash",
       "jsonl",
       "",
       "Newsmax - Opinion",
       "Text.",
       "Newsmax",
       "container",
       {}},
      {"section before a bar",
       "html",
       "",
       "Politics | The Guardian",
       "Text.",
       "The Guardian",
       "meta",
       {}},
      {"edition word after the name", "html", "", "PCMag UK", "Text.", "PCMag", "meta", {}},
      {"place before the name",
       "html",
       "",
       "Memphis Commercial Appeal",
       "Text.",
       "The Commercial Appeal",
       "meta",
       {}},
      {"slogan after the name",
       "html",
       "",
       "Tarnby Gazette — news since 1901",
       "Text.",
       "Tarnby Gazette",
       "meta",
       {}},
      {"a section word alone is no outlet", "html", "", "Health", "Text.", "Health", "meta", {}},
      {"a columnist is no outlet",
       "jsonl",
       "",
       "Guest Writer - Left",
       "Text.",
       "Guest Writer - Left",
       "container",
       {}},
      {"page metadata names a domain",
       "html",
       "",
       "nytimes.com",
       "Text.",
       "The New York Times",
       "meta",
       {}},
      {"unregistered page metadata kept as written",
       "html",
       "",
       "Quarry Lane Weekly",
       "Text.",
       "Quarry Lane Weekly",
       "meta",
       {}},
      {"masthead the cleaner read, by alias",
       "text",
       "",
       "The Gazette of Tarnby",
       "Text.",
       "Tarnby Gazette",
       "text",
       {}},
      {"copyright line in the text",
       "text",
       "",
       "",
       "The council met.\n\n© 2031 Tarnby Gazette Ltd. All rights reserved.",
       "Tarnby Gazette",
       "text",
       {}},
      {"unregistered copyright line, corporate suffix dropped",
       "text",
       "",
       "",
       "The council met.\n\nCopyright © 2031 Millbrook Echo Inc",
       "Millbrook Echo",
       "text",
       {}},
      {"bare wire copy: the dateline names the agency",
       "text",
       "",
       "",
       "ORSK, May 2 (KW) - The harbour closed on Friday.\n\nShips waited.",
       "Kestrel Wire",
       "text",
       {}},
      {"copy of wire copy: own outlet from the URL, the agency credited",
       "html",
       "https://gazette.tarnby.test/x",
       "",
       "ORSK (KW) — The harbour closed on Friday, the port authority said.",
       "Tarnby Gazette",
       "url",
       {"dateline:Kestrel Wire:KW"}},
      {"unregistered agency in a dateline is credited as written",
       "text",
       "",
       "Tarnby Gazette",
       "LUND (Norrland Press) - Snow fell.",
       "Tarnby Gazette",
       "text",
       {"dateline:Norrland Press:Norrland Press"}},
      {"credits: according to, told, reporting by, source line",
       "text",
       "",
       "Tarnby Gazette",
       "The bridge will close, according to Reuters. The mayor told the BBC it was safe, and "
       "told Tarnby Gazette the same.\n\nShe spoke to reporters.\n\n"
       "With additional reporting by Agence France-Presse and Ola Berg.\nSource: AP / Kestrel "
       "Wire",
       "Tarnby Gazette",
       "text",
       {"according_to:Reuters:Reuters", "told:BBC News:BBC",
        "reporting_by:Agence France-Presse:Agence France-Presse", "source_line:Associated Press:AP",
        "source_line:Kestrel Wire:Kestrel Wire"}},
      {"persons after cue words are not outlets",
       "text",
       "",
       "",
       "According to Ola Berg, the bridge is safe. He told Mayor Lind so.",
       "",
       "none",
       {}},
      {"short names need their own case",
       "text",
       "",
       "",
       "The figures, according to ap estimates, rose.",
       "",
       "none",
       {}},
      {"name before reported",
       "text",
       "",
       "Tarnby Gazette",
       "The Washington Post reported the deal. Officials said Kestrel Wire first reported it. "
       "Mayor Lind reported nothing.",
       "Tarnby Gazette",
       "text",
       {"reported:The Washington Post:The Washington Post", "reported:Kestrel Wire:Kestrel Wire"}},
      {"possessive and sentence end",
       "text",
       "",
       "Tarnby Gazette",
       "The plan was first reported by The Washington Post's team. It was leaked, according "
       "to Politico.",
       "Tarnby Gazette",
       "text",
       {"reported:The Washington Post:Washington Post", "according_to:Politico:Politico"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.description);
    Document d;
    d.format = c.format;
    d.url = c.url;
    d.outlet = c.outlet;
    d.text = c.text;
    IdentifyOutlet(d, Registry());
    EXPECT_EQ(d.outlet, c.want_outlet);
    EXPECT_EQ(d.outlet_from, c.want_from);
    std::vector<std::string> got;
    for (const Credit& k : d.credits) {
      got.push_back(k.how + ":" + k.outlet + ":" + d.text.substr(k.span.start, k.span.size()));
    }
    EXPECT_EQ(got, c.want_credits);
  }
}

TEST(OutletStageTest, QuoteViaTakesTheCanonicalName) {
  Document d;
  d.format = "text";
  d.text = "\"It held,\" she told the AP.";
  Quote q;
  q.via = {"the AP", "a broadcaster", "Kestrel Wire"};
  d.quotes.push_back(q);
  IdentifyOutlet(d, Registry());
  EXPECT_EQ(d.quotes[0].via,
            (std::vector<std::string>{"Associated Press", "a broadcaster", "Kestrel Wire"}));
}

// Credit spans stay inside the text, on character boundaries, not reversed,
// whatever fragments the cue words meet (random joins of cue fragments).
TEST(OutletStageTest, CreditSpansStayInsideTheTextOnRandomFragments) {
  const char* fragments[] = {"according to ",
                             "told ",
                             "(",
                             ")",
                             "AP",
                             "Reuters",
                             "© ",
                             "2026 ",
                             "\n",
                             " - ",
                             "— ",
                             " reported",
                             "The ",
                             "the ",
                             "Élan Post",
                             "Source: ",
                             ", ",
                             " and ",
                             "Kestrel",
                             " Wire",
                             ".",
                             "’s",
                             "LUND ",
                             "reporting by ",
                             "Copyright ",
                             "x"};
  std::mt19937 random(20261123);
  for (int round = 0; round < 2000; ++round) {
    Document d;
    d.format = "text";
    const int n = 1 + static_cast<int>(random() % 12);
    for (int k = 0; k < n; ++k) d.text += fragments[random() % std::size(fragments)];
    IdentifyOutlet(d, Registry());
    for (const Credit& c : d.credits) {
      SCOPED_TRACE(d.text);
      ASSERT_LE(c.span.start, c.span.end);
      ASSERT_LE(c.span.end, d.text.size());
      for (std::uint32_t at : {c.span.start, c.span.end}) {
        if (at < d.text.size()) {
          EXPECT_NE(static_cast<unsigned char>(d.text[at]) & 0xC0, 0x80) << at;
        }
      }
      EXPECT_FALSE(c.outlet.empty());
    }
  }
}

// A demo article as the plain-text reader and the cleaner give it: no URL,
// no metadata beyond what the cleaner reads off its lines.
Result<Document> CleanDemoArticle(const std::string& file) {
  std::ifstream article(kSource + "/examples/" + file, std::ios::binary);
  std::stringstream bytes;
  bytes << article.rdbuf();
  RawRecord record;
  record.path = file;
  record.format = "text";
  record.body = bytes.str();
  static Cleaner cleaner;
  return cleaner.Clean(record);
}

// The demo corpus: every article's outlet from its text alone (no URL, no
// metadata), with the demo registry merged over the built-in one.
TEST(OutletStageTest, DemoCorpusIdentifiedFromTextAlone) {
  Result<OutletRegistry> registry = OutletRegistry::Load(kSource + "/data/outlets.jsonl");
  ASSERT_TRUE(registry.ok());
  Result<OutletRegistry> demo = OutletRegistry::Load(kSource + "/data/outlets-demo.jsonl");
  ASSERT_TRUE(demo.ok()) << demo.status().ToString();
  registry->Merge(*demo);
  std::ifstream in(kSource + "/examples/annotations.json");
  const nlohmann::json annotations = nlohmann::json::parse(in);
  int checked = 0;
  for (const auto& [file, note] : annotations.items()) {
    SCOPED_TRACE(file);
    Result<Document> doc = CleanDemoArticle(file);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    IdentifyOutlet(*doc, *registry);
    EXPECT_EQ(doc->outlet, note.at("outlet").get<std::string>());
    EXPECT_EQ(doc->outlet_from, "text");
    ++checked;
  }
  EXPECT_EQ(checked, 13);
}

// The Portwatch24 copy keeps the VPA dateline and "told VPA": its own outlet is
// Portwatch24, and it credits the agency twice.
TEST(OutletStageTest, DemoWireCopyCreditsTheAgency) {
  Result<OutletRegistry> registry = OutletRegistry::Load(kSource + "/data/outlets-demo.jsonl");
  ASSERT_TRUE(registry.ok());
  Result<Document> doc = CleanDemoArticle("portwatch24-2026-03-11-minister-pledges-barrier.txt");
  ASSERT_TRUE(doc.ok());
  IdentifyOutlet(*doc, *registry);
  EXPECT_EQ(doc->outlet, "Portwatch24");
  std::vector<std::string> credited;
  for (const Credit& c : doc->credits) credited.push_back(c.how + ":" + c.outlet);
  EXPECT_EQ(credited, (std::vector<std::string>{"dateline:Velmark Press Agency",
                                                "told:Velmark Press Agency"}));
}

}  // namespace
}  // namespace crosscheck::resolve
