// Timelines on an invented story: reports of one dated event from several
// outlets are one event, events come in date order (a month after its days),
// "this year" is a period not an event, and each entity named in two events
// gets its own timeline.
#include "corpus/timeline.h"

#include <gtest/gtest.h>

#include "claim_test_docs.h"

namespace crosscheck::corpus {
namespace {

using testing::DocBuilder;

TEST(TimelineTest, EventsInOrderWithTheirReports) {
  std::vector<DocBuilder> docs = {
      DocBuilder("a", "Lowland News", "2026-05-11",
                 "Mayor Hanne Solberg closed the Aske bridge on Monday. Solberg reopened the Aske "
                 "bridge to traffic on Friday after repairs. Its budget this year is tight.")
          .Person("Hanne Solberg", "e1")
          .Person("Solberg", "e1", 2)
          .Date("Monday", "2026-05-04")
          .Date("Friday", "2026-05-08")
          .Date("this year", "2026"),
      DocBuilder("b", "Aske Gazette", "2026-05-12",
                 "Hanne Solberg ordered the Aske bridge closed on Monday. In April inspectors had "
                 "found cracks in two piers.")
          .Person("Hanne Solberg", "e1")
          .Date("Monday", "2026-05-04")
          .Date("April", "2026-04"),
  };
  std::vector<DocumentFacts> facts;
  for (const auto& b : docs) facts.push_back(FactsOf(b.doc()));
  std::vector<const DocumentFacts*> story;
  for (const auto& f : facts) story.push_back(&f);
  const auto timelines = BuildTimelines("s1", "Aske bridge", story, {{"e1", "Hanne Solberg"}});
  ASSERT_EQ(timelines.size(), 2u);
  const Timeline& t = timelines[0];
  EXPECT_EQ(t.scope, "story");
  EXPECT_EQ(t.name, "Aske bridge");
  std::vector<std::string> dates;
  for (const auto& e : t.events) dates.push_back(e.date);
  EXPECT_EQ(dates, (std::vector<std::string>{"2026-04", "2026-05-04", "2026-05-08"}));
  ASSERT_EQ(t.events[1].reports.size(), 2u);  // the closure, from both outlets
  EXPECT_EQ(t.events[1].reports[0].document, "a");
  EXPECT_EQ(t.events[1].reports[1].document, "b");
  EXPECT_EQ(t.events[1].entities, (std::vector<std::string>{"e1"}));
  const Timeline& mayor = timelines[1];
  EXPECT_EQ(mayor.scope, "entity");
  EXPECT_EQ(mayor.subject, "e1");
  EXPECT_EQ(mayor.name, "Hanne Solberg");
  ASSERT_EQ(mayor.events.size(), 2u);
  EXPECT_EQ(mayor.events[0].date, "2026-05-04");
  EXPECT_EQ(mayor.events[1].date, "2026-05-08");
}

}  // namespace
}  // namespace crosscheck::corpus
