#include "report/story_grid.h"

#include <algorithm>
#include <map>

#include "report/story_render.h"

namespace crosscheck {
namespace {

std::size_t OutletColumn(const StoryView& view, const std::string& outlet) {
  auto it = std::find(view.outlets.begin(), view.outlets.end(), outlet);
  return static_cast<std::size_t>(it - view.outlets.begin());  // == size() when absent
}

// What makes two reports of a claim the same value.
std::string ValueKey(const corpus::ClaimReport& r) {
  if (r.numeric) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g-%.6g ", r.value, r.high);
    return buf + r.unit;
  }
  if (!r.date.empty()) return r.date;
  return r.text;
}

}  // namespace

std::vector<GridRow> ClaimRows(const StoryView& view) {
  std::vector<GridRow> rows;
  for (const corpus::Claim& c : view.claims) {
    GridRow row;
    row.id = c.id;
    row.label = c.about;
    if (!c.speaker_name.empty()) row.label = c.speaker_name + ": " + row.label;
    row.note = c.verdict;
    row.flagged = c.verdict == "differ" || c.verdict == "conflict";
    row.cells.resize(view.outlets.size() + 1);  // last: outlets the view does not list
    std::map<std::string, int> votes;
    std::string mode;
    int best = 0;
    for (const corpus::ClaimReport& r : c.reports) {
      const int n = ++votes[ValueKey(r)];
      if (n > best) best = n, mode = ValueKey(r);
    }
    for (const corpus::ClaimReport& r : c.reports) {
      GridCell& cell = row.cells[OutletColumn(view, r.outlet)];
      cell.texts.push_back(r.text);
      cell.documents.push_back(r.document);
      if (row.flagged && ValueKey(r) != mode) cell.differ = true;
    }
    row.cells.pop_back();
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<GridRow> QuoteRows(const StoryView& view) {
  std::vector<GridRow> rows;
  for (const corpus::QuoteGroup& g : view.quote_groups) {
    GridRow row;
    row.id = g.id;
    row.label = g.speaker_name.empty() ? g.speaker : g.speaker_name;
    row.note = g.match;
    row.cells.resize(view.outlets.size() + 1);
    for (const corpus::QuoteReport& r : g.reports) {
      GridCell& cell = row.cells[OutletColumn(view, r.outlet)];
      cell.texts.push_back(r.text);
      cell.documents.push_back(r.document);
    }
    row.cells.pop_back();
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> EventOutlets(const corpus::TimelineEvent& event) {
  std::vector<std::string> out;
  for (const corpus::TimelineReport& r : event.reports) {
    const std::string label = OutletLabel(r.outlet);
    if (std::find(out.begin(), out.end(), label) == out.end()) out.push_back(label);
  }
  return out;
}

}  // namespace crosscheck
