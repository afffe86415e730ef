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

// Regressions: body sentences that generic signals once dropped. Each case
// puts the line between (or after) two invented body paragraphs.
struct KeptCase {
  const char* description;
  std::string line;
};

void ExpectKeptBetweenParagraphs(const std::vector<KeptCase>& cases) {
  const std::string p1 = kP1, p2 = kP2;
  for (const KeptCase& c : cases) {
    SCOPED_TRACE(c.description);
    EXPECT_EQ(Kept(p1 + "\n\n" + c.line + "\n\n" + p2), (std::vector<std::string>{p1, c.line, p2}));
  }
}

TEST(BoilerplateTest, BodySentenceStartingWithHomeWordIsKept) {
  ExpectKeptBetweenParagraphs({
      {"UI word 'home' before a comma",
       "At home, Marta Quill was sorting the post when her neighbours came running to "
       "warn her about the water."},
      {"'Closer to home,' opener",
       "Closer to home, the port of Ellsby has its own plan for winter."},
      {"'Asked for comment,' opener (comment is a UI word)",
       "Asked for comment, the harbour board said it would publish the survey next week."},
      {"'The next day,' opener (next is a UI word)",
       "The next day, the crew repaired the ramp and the first sailing left on time."},
  });
}

TEST(BoilerplateTest, BodySentenceStartingWithMoreAdverbIsKept) {
  ExpectKeptBetweenParagraphs({
      {"question opening with 'More importantly,'",
       "More importantly, do the ferry operators know how many passengers they turned away "
       "last winter?"},
      {"short sentence opening with 'More importantly,'",
       "More importantly, the fares are not going up."},
      {"curly-quoted quotation opening with 'More than usually,'",
       "\u201CMore than usually, this storm hits the small islands first,\u201D said the "
       "harbour master, Odile Fenn."},
      {"'What's more,' opener", "What's more, the timetable has not changed since 2019."},
      {"'What's next:' before a sentence",
       "What's next: The harbour board will vote on the new timetable in April."},
      {"'Read:' before a paragraph-length sentence keeps the paragraph",
       "Read: Why the ferries run late The operators say the delays started when the old "
       "ramp at Ellsby was closed for repairs and the replacement barge could only take "
       "half the usual number of cars."},
  });
}

TEST(BoilerplateTest, ShortSentenceBetweenBodyParagraphsIsKept) {
  const std::string p1 = kP1, p2 = kP2;
  const std::string quote = "\u201CWe are not giving up,\u201D she said.";
  const std::string text = p1 + "\n\n" + quote + "\n\nMs. Fenn agreed.\n\n" + p2 +
                           "\n\nMs. Fenn agreed.\n\n" + p1 + " Again.";
  EXPECT_EQ(Kept(text), (std::vector<std::string>{p1, quote, "Ms. Fenn agreed.", p2,
                                                  "Ms. Fenn agreed.", p1 + " Again."}));
  // A repeated short line that is no sentence is still a gallery strip.
  EXPECT_EQ(Kept(p1 + "\n\nThe old ramp\n\n" + p2 + "\n\nThe old ramp\n\n" + p1 + " Again."),
            (std::vector<std::string>{p1, p2, p1 + " Again."}));
}

TEST(BoilerplateTest, SentenceMentioningPhotoOrCreditIsKept) {
  ExpectKeptBetweenParagraphs({
      {"'credit:' mid-sentence",
       "The islanders, not the company, deserve the credit: they rebuilt the ramp by hand "
       "in three weeks of storms."},
      {"'photo:' mid-sentence",
       "Within an hour she posted a caption for the photo: \u201CThe sea won today\u201D, "
       "and the harbour board asked her to take it down."},
      {"'(pictured above)' mid-sentence",
       "Ellsby, a small fishing town on the north coast (pictured above), has become a "
       "byword for late ferries among island commuters."},
  });
}

TEST(BoilerplateTest, LongSentenceWithInlineSeparatorsIsKept) {
  ExpectKeptBetweenParagraphs({
      {"link text pasted into a paragraph",
       "Councillor Ana Morlet Ana Lucia MorletFerry fares rise again | Harbour cafe opens | "
       "Bridge closes for a week said on Tuesday that the ferry subsidy would be renewed for "
       "three more years."},
  });
}

TEST(BoilerplateTest, ClosingSentenceAfterBodyIsKept) {
  const std::string p1 = kP1, p2 = kP2;
  const struct {
    const char* description;
    std::string tail;
    std::vector<std::string> kept_tail;
  } cases[] = {
      {"short closing sentence", "Yup, everything is fine.", {"Yup, everything is fine."}},
      {"closing quotation", "\u201CThe worst is over.\u201D", {"\u201CThe worst is over.\u201D"}},
      {"closing sentence then copyright footer",
       "Nobody was hurt, thankfully.\n\n\u00A9 2026 Ferry Times. All rights reserved.",
       {"Nobody was hurt, thankfully."}},
      {"call to action is footer", "Like us on Facebook.\nFollow us on Twitter.", {}},
      {"contact line with an e-mail address is footer",
       "Send tips to desk@ferrytimes.example.",
       {}},
      {"teaser link is footer", "Click for more from Ferry Times.", {}},
      {"time stamp is footer", "Updated at 10:45 a.m.", {}},
      {"a sentence after a footer line is footer",
       "Sign up for Daily Newsletters\n\nThe ferry is owned by its crew.",
       {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    std::vector<std::string> expected = {p1, p2};
    expected.insert(expected.end(), c.kept_tail.begin(), c.kept_tail.end());
    EXPECT_EQ(Kept(p1 + "\n\n" + p2 + "\n\n" + c.tail), expected);
  }
}

TEST(BoilerplateTest, OpeningSentenceAboveBodyIsKept) {
  const std::string p1 = kP1, p2 = kP2;
  const struct {
    const char* description;
    std::string head;
    std::vector<std::string> kept_head;
  } cases[] = {
      {"short opening sentence", "The big dig has begun.", {"The big dig has begun."}},
      {"opening question", "Is the ferry ever on time?", {"Is the ferry ever on time?"}},
      {"menu above an opening sentence",
       "Home | News | Sport\n\nThe big dig has begun.",
       {"The big dig has begun."}},
      {"short line without a sentence shape", "Ferry news today", {}},
      {"time stamp", "Updated at 10:45 a.m.", {}},
      {"call to action", "Follow us on Twitter.", {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    std::vector<std::string> expected = c.kept_head;
    expected.push_back(p1);
    expected.push_back(p2);
    EXPECT_EQ(Kept(c.head + "\n\n" + p1 + "\n\n" + p2), expected);
  }
}

TEST(BoilerplateTest, FurnitureBetweenParagraphsIsStillRemoved) {
  const std::string p1 = kP1, p2 = kP2;
  const char* const furniture[] = {
      "Advertisement",
      "Advertisement:",
      "ADVERTISEMENT",
      "AD",
      "***",
      "Sign up for Daily Newsletters",
      "Advertisement Continue reading the main story",
      "READ MORE:",
      "See more: Harbour cafe to close after forty years",
      "More: Ferry fares to rise in spring as fuel costs climb",
      "PHOTOS: Ten harbours worth a winter visit",
      "Copyright \u00A9 2026 Ferry Times, LLC. Click here for reprint permission.",
      "Image copyright Halvor Agency Image caption The ferry leaves Ellsby harbour at dawn",
      "The ferry leaves Ellsby harbour at dawn. (Mo Bailey/Halvor Agency)",
      "The ferry leaves Ellsby harbour at dawn on Monday. Photo: Mo Bailey/Halvor Agency",
      "Photo: Halvor Agency",
      "Follow @ferrytimes",
      "6 years ago",
      "Loading...",
  };
  for (const char* f : furniture) {
    SCOPED_TRACE(f);
    EXPECT_EQ(Kept(p1 + "\n\n" + f + "\n\n" + p2), (std::vector<std::string>{p1, p2}));
    EXPECT_EQ(Kept(p1 + "\n\n" + p2 + "\n\n" + f), (std::vector<std::string>{p1, p2}));
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
