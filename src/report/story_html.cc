#include "report/story_html.h"

#include "report/story_grid.h"
#include "report/story_render.h"

namespace crosscheck {
namespace {

constexpr const char* kStyle = R"(
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:78em;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{border-bottom:2px solid #246;padding-bottom:.2em;margin-top:2em}
h3{margin-top:1.4em;color:#246}
table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #ccd;padding:.35em .5em;vertical-align:top;text-align:left}
th{background:#eef1f6}
td.differ{background:#ffe2a8;font-weight:600}
.verdict-differ,.verdict-conflict{color:#a31;font-weight:700}
.verdict-agree{color:#274}
.meta{color:#555}.doc{font:12px monospace;color:#666}
.flag{display:inline-block;background:#fde;color:#803;border-radius:3px;padding:0 .3em;
font-size:12px;margin-left:.3em}
ul.articles{list-style:none;padding:0;margin:0}ul.articles li{margin-bottom:.4em}
blockquote{margin:0 0 .3em;padding-left:.5em;border-left:3px solid #aab}
)";

std::string Dates(const Story& s) {
  if (s.first.empty()) return "undated";
  return s.first == s.last ? s.first : s.first + " to " + s.last;
}

void Grid(const StoryView& v, const std::vector<GridRow>& rows, const char* first, const char* note,
          bool quotes, std::ostream& out) {
  out << "<table><tr><th>" << first << "</th><th>" << note << "</th>";
  for (const std::string& o : v.outlets) out << "<th>" << HtmlEscape(OutletLabel(o)) << "</th>";
  out << "</tr>\n";
  for (const GridRow& row : rows) {
    out << "<tr id=\"" << HtmlEscape(v.story.id + "-" + row.id) << "\"><td>"
        << HtmlEscape(row.label) << " <span class=\"doc\">" << HtmlEscape(row.id)
        << "</span></td><td class=\"verdict-" << HtmlEscape(row.note) << "\">"
        << HtmlEscape(row.note) << "</td>";
    for (const GridCell& cell : row.cells) {
      out << (cell.differ ? "<td class=\"differ\">" : "<td>");
      for (std::size_t i = 0; i < cell.texts.size(); ++i) {
        if (quotes)
          out << "<blockquote>" << HtmlEscape(cell.texts[i]) << "</blockquote>";
        else
          out << (i ? "<br>" : "") << HtmlEscape(cell.texts[i]);
      }
      out << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</table>\n";
}

void Section(const StoryView& v, std::ostream& out) {
  out << "<section id=\"story-" << HtmlEscape(v.story.id) << "\">\n<h2>"
      << HtmlEscape(v.story.title.empty() ? "(untitled)" : v.story.title) << " <span class=\"doc\">"
      << HtmlEscape(v.story.id) << "</span></h2>\n<p class=\"meta\">" << HtmlEscape(Dates(v.story))
      << " &middot; " << v.articles.size() << " articles from " << v.outlets.size()
      << " outlets &middot; " << v.claims.size() << " claims, " << v.differ << " differ, "
      << v.conflict << " conflict</p>\n";
  // The outlets side by side: one column per outlet, its articles below.
  out << "<h3>Outlets</h3>\n<table><tr>";
  for (const std::string& o : v.outlets) out << "<th>" << HtmlEscape(OutletLabel(o)) << "</th>";
  out << "</tr><tr>";
  for (const std::string& o : v.outlets) {
    out << "<td><ul class=\"articles\">";
    for (const StoryArticle& a : v.articles) {
      if (a.outlet != o) continue;
      out << "<li><span class=\"meta\">" << HtmlEscape(a.published.substr(0, 10)) << "</span> "
          << HtmlEscape(a.title.empty() ? "(untitled)" : a.title) << " <span class=\"doc\">"
          << HtmlEscape(a.document) << "</span>";
      for (const std::string& f : a.flags)
        out << "<span class=\"flag\">" << HtmlEscape(f) << "</span>";
      out << "</li>";
    }
    out << "</ul></td>";
  }
  out << "</tr></table>\n";
  if (!v.claims.empty()) {
    out << "<h3>Claims</h3>\n<p class=\"meta\">Highlighted values differ from most outlets'.</p>\n";
    Grid(v, ClaimRows(v), "Claim", "Verdict", false, out);
  }
  if (!v.quote_groups.empty()) {
    out << "<h3>Quotations</h3>\n";
    Grid(v, QuoteRows(v), "Speaker", "Match", true, out);
  }
  if (!v.flags.empty()) {
    out << "<h3>Flags</h3>\n<ul>";
    for (const StoryFlag& f : v.flags)
      out << "<li><span class=\"flag\">" << HtmlEscape(f.kind) << "</span> "
          << HtmlEscape(OutletLabel(f.outlet)) << " <span class=\"doc\">" << HtmlEscape(f.document)
          << "</span> " << HtmlEscape(f.detail) << "</li>\n";
    out << "</ul>\n";
  }
  if (v.timeline && !v.timeline->events.empty()) {
    out << "<h3>Timeline</h3>\n<table><tr><th>Date</th><th>Event</th><th>Reported by</th></tr>\n";
    for (const corpus::TimelineEvent& e : v.timeline->events) {
      std::string outlets;
      for (const std::string& o : EventOutlets(e)) outlets += (outlets.empty() ? "" : ", ") + o;
      out << "<tr><td>" << HtmlEscape(e.date) << "</td><td>" << HtmlEscape(e.about) << "</td><td>"
          << HtmlEscape(outlets) << "</td></tr>\n";
    }
    out << "</table>\n";
  }
  out << "</section>\n";
}

}  // namespace

void WriteStoriesHtml(const std::vector<StoryView>& views, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>crosscheck story report</title>\n<style>"
      << kStyle << "</style></head>\n<body>\n<h1>crosscheck story report</h1>\n";
  if (views.empty()) out << "<p>No stories.</p>\n";
  for (const StoryView& v : views) Section(v, out);
  out << "</body></html>\n";
}

}  // namespace crosscheck
