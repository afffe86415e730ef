#include "ingest/boilerplate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/whitespace.h"

namespace crosscheck {
namespace {

struct Case {
  const char* description;
  std::string text;
  std::vector<std::string> kept;  // lines still kBody afterwards
};

std::vector<std::string> Kept(const std::string& input) {
  NormalisedText n = NormaliseWhitespace(input);
  std::vector<Line> lines = BuildLines(n.text, n.wide_gaps);
  const BodyZone zone = MarkStructure(lines);
  MarkBoilerplate(lines, zone, -1);
  std::vector<std::string> kept;
  for (const Line& l : lines) {
    if (l.cls == LineClass::kBody) kept.push_back(n.text.substr(l.start, l.end - l.start));
  }
  return kept;
}

const char kP1[] =
    "The ferry company said on Monday that the winter timetable would start a week early.";
const char kP2[] =
    "Passengers will be able to book the extra sailings from Friday, a spokesman said.";

TEST(BoilerplateTest, Table) {
  const std::string p1 = kP1, p2 = kP2;
  const std::vector<Case> cases = {
      {"menu, share bar and footer around the body",
       "Home | News | Sport | Weather\nShare   Tweet   Email\n\n" + p1 + "\n\n" + p2 +
           "\n\n© 2026 Ferry Times. All rights reserved.\nPrivacy | Terms",
       {p1, p2}},
      {"one-word interstitial between paragraphs", p1 + "\n\nAdvertisement\n\n" + p2, {p1, p2}},
      {"subhead between paragraphs kept",
       p1 + "\n\nWhat happens next\n\n" + p2,
       {p1, "What happens next", p2}},
      {"related list with heading after the body",
       p1 + "\n\n" + p2 +
           "\n\nRelated\nFerry fares to rise in spring\nNew harbour cafe opens\n"
           "Storm closes the bridge",
       {p1, p2}},
      {"a sentence glued under a link list is footer text",
       p1 + "\n\n" + p2 +
           "\n\nMore stories\nOne headline here\nAnother headline here\n"
           "We are not responsible for the content of external sites at all.",
       {p1, p2}},
      {"pull-quote with speaker and title kept",
       p1 +
           "\n\n\u201CWe will sail whatever the weather.\u201D\n\u2014 Ines Halloran\nFerry "
           "captain\n\n" +
           p2,
       {p1, "\u201CWe will sail whatever the weather.\u201D", "\u2014 Ines Halloran",
        "Ferry captain", p2}},
      {"photo caption with credit removed",
       p1 + "\nThe ferry leaves the harbour. (Photo: Mo Bailey/Ferry Times)\n\n" + p2,
       {p1, p2}},
      {"short-URL share line removed",
       p1 + "\n\nCopy link https://ft.example/s/x9\n\n" + p2,
       {p1, p2}},
      {"hard-wrapped prose is not a list",
       "The ferry company said on Monday that the\nwinter timetable would start a week early\n"
       "because of the storms that closed\nthe harbour twice in October, and that it was sorry.",
       {"The ferry company said on Monday that the", "winter timetable would start a week early",
        "because of the storms that closed",
        "the harbour twice in October, and that it was sorry."}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.description);
    EXPECT_EQ(Kept(c.text), c.kept);
  }
}

TEST(BoilerplateTest, UiWordsAreOneSignalNotAVerdict) {
  Line l;
  l.blank = false;
  l.words = 12;
  l.letters = 50;
  l.ui_words = 2;
  l.ends_sentence = true;
  EXPECT_FALSE(LooksLikeFurniture(l));  // "Read more about the share price ..." as a sentence
  l.words = 2;
  l.ends_sentence = false;
  EXPECT_TRUE(LooksLikeFurniture(l));
}

TEST(BoilerplateTest, LinesParagraphModeWhenProseLinesTouch) {
  const std::string text = std::string(kP1) + "\n" + kP2 + "\n" + kP1 + " Again.\n";
  NormalisedText n = NormaliseWhitespace(text);
  std::vector<Line> lines = BuildLines(n.text, n.wide_gaps);
  EXPECT_TRUE(MarkStructure(lines).line_paragraphs);
}

}  // namespace
}  // namespace crosscheck
