// One story as people read it: the outlets side by side, each quotation with
// every outlet's wording, each claim with every outlet's value and the
// verdict, the flags on its articles, and its timeline. Built from what the
// corpus stage found (corpus_load.h); rendered by story_render.h and served
// by src/serve.
//
//   std::vector<StoryView> views = BuildStoryViews(loaded.result(), loaded.documents());
//
// Which records belong to a story: the event story's documents (Story::documents);
// a claim or quote group belongs to the story holding its first report's
// document (the corpus stage aligns inside one event story, so all of its
// reports are there); the timeline is the one with scope "story" and the
// story's id. Topic stories ("t1") get no view: their events do.
//
// Flags: for each article, its stored flags (stale_content, ...) and, from
// CorpusResult::duplicates, duplicate_of / near_duplicate_of naming the
// original (documents: [original]), as CorpusRunner::Annotate writes them.
//
// JSON (StoryViewToJson):
//   {"type":"story_view","story":{StoryToJson},"outlets":[{"document","outlet","published",
//    "title","url","flags":[kind...]}],"claims":[ClaimToJson...],"quote_groups":[QuoteGroupToJson
//    ...],"flags":[{"kind","document","outlet","detail","documents":[...]}],
//    "timeline":TimelineToJson|null,"counts":{"documents","outlets","claims","differ",
//    "conflict","quote_groups","flags"}}
// StorySummaryToJson is the same without the lists (for story indexes), plus
// "outlet_names":[...] in first-appearance order.
//
// Thread safety: pure functions. Failure: none (unknown document ids in a
// story are shown with empty metadata).
#ifndef CROSSCHECK_REPORT_STORY_VIEW_H_
#define CROSSCHECK_REPORT_STORY_VIEW_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "corpus/corpus_runner.h"
#include "crosscheck/document.h"
#include "report/corpus_load.h"

namespace crosscheck {

// One article of a story (a column of the side-by-side view).
struct StoryArticle {
  std::string document;
  std::string outlet;
  std::string published;
  std::string title;
  std::string url;
  std::vector<std::string> flags;  // kinds, as in StoryFlag
};

struct StoryFlag {
  std::string kind;  // duplicate_of | near_duplicate_of | stale_content | ...
  std::string document;
  std::string outlet;
  std::string detail;
  std::vector<std::string> documents;  // the original, for copies
};

struct StoryView {
  Story story;
  std::vector<StoryArticle> articles;  // in the story's date order
  std::vector<std::string> outlets;    // distinct outlet names, first appearance order
  std::vector<corpus::Claim> claims;   // figures and dates, then positions
  std::vector<corpus::QuoteGroup> quote_groups;
  std::vector<StoryFlag> flags;
  std::optional<corpus::Timeline> timeline;
  int differ = 0, conflict = 0;  // claims with those verdicts
};

// One view per event story, in the result's story order.
std::vector<StoryView> BuildStoryViews(const corpus::CorpusResult& result,
                                       const std::vector<DocumentCard>& documents);

nlohmann::json StoryViewToJson(const StoryView& view);
nlohmann::json StorySummaryToJson(const StoryView& view);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_STORY_VIEW_H_
