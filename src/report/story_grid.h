// The table behind every story report format (story_render.h): one row per
// claim or quote group, one cell per outlet of the story (StoryView::outlets,
// in order), so that text, Markdown and HTML show the same thing.
//
// A claim's cell holds that outlet's reports as written; a cell is marked
// `differ` when the claim's verdict is differ or conflict and one of the
// cell's values is not the value most reports give (ties: the first
// report's). Quote cells hold each outlet's wording; they are never marked.
//
// Thread safety: pure functions. Failure: none.
#ifndef CROSSCHECK_REPORT_STORY_GRID_H_
#define CROSSCHECK_REPORT_STORY_GRID_H_

#include <string>
#include <vector>

#include "report/story_view.h"

namespace crosscheck {

struct GridCell {
  std::vector<std::string> texts;      // the outlet's reports, as written
  std::vector<std::string> documents;  // their document ids, parallel to texts
  bool differ = false;
};

struct GridRow {
  std::string id;               // "k1", "q1"
  std::string label;            // claim: about (and speaker for positions); quote: speaker name
  std::string note;             // claim: verdict; quote: match
  bool flagged = false;         // verdict differ or conflict
  std::vector<GridCell> cells;  // one per StoryView::outlets entry
};

std::vector<GridRow> ClaimRows(const StoryView& view);
std::vector<GridRow> QuoteRows(const StoryView& view);

// Outlet names of the reports of one timeline event, distinct, in order.
std::vector<std::string> EventOutlets(const corpus::TimelineEvent& event);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_STORY_GRID_H_
