#include "ingest/metadata_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/boilerplate.h"
#include "ingest/whitespace.h"

namespace crosscheck {
namespace {

struct DateCase {
  const char* line;
  const char* iso;  // "" when not a date line
  bool updated = false;
};

TEST(MetadataLinesTest, DateLines) {
  const std::vector<DateCase> cases = {
      {"Published 14 March 2026, 09:12", "2026-03-14T09:12"},
      {"March 15, 2026 at 7:40 PM", "2026-03-15T19:40"},
      {"Updated: 2026-03-16", "2026-03-16", true},
      {"Mon 16 Mar 2026", "2026-03-16"},
      {"16.03.2026 – 15:02", "2026-03-16T15:02"},
      {"03/16/2026", "2026-03-16"},
      {"Sept. 4th, 2025 12:00 a.m. GMT", "2025-09-04T00:00"},
      {"Last updated 2 May 2026 at 8:05 am", "2026-05-02T08:05", true},
      {"The council met on 14 March 2026.", ""},
      {"31 February 2026", "2026-02-31"},  // day range only; not validated per month
      {"14 March", ""},
      {"Chapter 12 of 2026", ""},
  };
  for (const DateCase& c : cases) {
    SCOPED_TRACE(c.line);
    std::string iso;
    bool updated = false;
    const bool ok = ParseDateLine(c.line, &iso, &updated);
    EXPECT_EQ(ok, *c.iso != '\0');
    if (ok) {
      EXPECT_EQ(iso, c.iso);
      EXPECT_EQ(updated, c.updated);
    }
  }
}

struct BylineCase {
  const char* line;
  bool allow_bare;
  std::vector<std::string> authors;
};

TEST(MetadataLinesTest, Bylines) {
  const std::vector<BylineCase> cases = {
      {"By Mirela Saint-Just", false, {"Mirela Saint-Just"}},
      {"By Ana Ruiz, Tomas Berg and Ivo de Wit", false, {"Ana Ruiz", "Tomas Berg", "Ivo de Wit"}},
      {"By Kofi Asante, Transport correspondent", false, {"Kofi Asante"}},
      {"By Kofi Asante, DAILY LEDGER", false, {"Kofi Asante"}},
      {"(Reporting by Lena Vos and Arjun Mehta; editing by Paul Gray)",
       false,
       {"Lena Vos", "Arjun Mehta"}},
      {"Reporting by Lena Vos; Writing by Ode Lund; Editing by Paul Gray",
       false,
       {"Lena Vos", "Ode Lund"}},
      {"Hana Okafor, Senior Correspondent", true, {"Hana Okafor"}},
      {"Hana Okafor, Senior Correspondent", false, {}},
      {"Hana Okafor", true, {"Hana Okafor"}},
      {"By March 2026", false, {}},
      {"By the river the crowd waited.", false, {}},
      {"Share on Facebook", true, {}},
      {"Harbour News Agency", true, {}},
  };
  for (const BylineCase& c : cases) {
    SCOPED_TRACE(c.line);
    EXPECT_EQ(ParseByline(c.line, c.allow_bare), c.authors);
  }
}

TEST(MetadataLinesTest, FooterNames) {
  EXPECT_EQ(FooterName("© 2026 Northgate Media Ltd. All rights reserved."), "Northgate Media");
  EXPECT_EQ(FooterName("Copyright © 2026 KBN. External sites are not ours."), "KBN");
  EXPECT_EQ(FooterName("Coastline24 © 2026 · Imprint · Privacy"), "Coastline24");
  EXPECT_EQ(FooterName("© The Evening Lamp Ltd 2026."), "The Evening Lamp");
  EXPECT_EQ(FooterName("More from The Evening Lamp"), "The Evening Lamp");
  EXPECT_EQ(FooterName("A line about nothing"), "");
}

TEST(MetadataLinesTest, ReadsTheTopOfAnArticle) {
  const std::string text =
      "Menu | News | Sport\nTHE EVENING LAMP\n\nCanal lock reopens after repairs\nCanal lock "
      "reopens after repairs\nBy Petra Lindqvist\nTuesday 3 March 2026, 18:00\n\nThe canal lock "
      "at Millford reopened on Tuesday after a winter of repairs, the waterways trust said.\n\n"
      "Boat owners had waited four months for the work to finish.\n\n© 2026 The Evening Lamp Ltd.";
  NormalisedText n = NormaliseWhitespace(text);
  std::vector<Line> lines = BuildLines(n.text, n.wide_gaps);
  const BodyZone zone = MarkStructure(lines);
  MetadataFields f = ReadMetadataLines(n.text, lines, zone.first_prose, zone.last_prose);
  EXPECT_EQ(f.title, "Canal lock reopens after repairs");
  EXPECT_EQ(f.authors, std::vector<std::string>{"Petra Lindqvist"});
  EXPECT_EQ(f.published, "2026-03-03T18:00");
  EXPECT_EQ(f.outlet, "The Evening Lamp");  // the footer's spelling
  EXPECT_EQ(lines[1].cls, LineClass::kOutlet);
  EXPECT_EQ(lines[3].cls, LineClass::kTitle);
  EXPECT_EQ(lines[4].cls, LineClass::kBoilerplate);  // the repeated headline
  EXPECT_EQ(lines[5].cls, LineClass::kByline);
  EXPECT_EQ(lines[6].cls, LineClass::kDate);
  EXPECT_EQ(f.body_start, 8);
}

}  // namespace
}  // namespace crosscheck
