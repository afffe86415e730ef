#include "report/story_render.h"

#include "report/export_json.h"
#include "report/story_grid.h"
#include "report/story_html.h"

namespace crosscheck {
namespace {

std::string Dates(const Story& s) {
  if (s.first.empty()) return "undated";
  return s.first == s.last ? s.first : s.first + " to " + s.last;
}

std::string Counts(const StoryView& v) {
  return std::to_string(v.articles.size()) + " articles from " + std::to_string(v.outlets.size()) +
         " outlets; " + std::to_string(v.claims.size()) + " claims (" + std::to_string(v.differ) +
         " differ, " + std::to_string(v.conflict) + " conflict), " +
         std::to_string(v.quote_groups.size()) + " quotations, " + std::to_string(v.flags.size()) +
         " flags";
}

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

std::string OrDash(const std::string& s) { return s.empty() ? "-" : s; }

// ---- text -----------------------------------------------------------------------

void WriteGridText(const StoryView& v, const std::vector<GridRow>& rows, std::ostream& out) {
  for (const GridRow& row : rows) {
    out << "  " << row.id << "  " << row.label << "  [" << row.note << "]\n";
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      const GridCell& cell = row.cells[i];
      if (cell.texts.empty()) continue;
      out << "      " << (cell.differ ? "* " : "  ") << OutletLabel(v.outlets[i]) << ": "
          << Join(cell.texts, " | ") << "\n";
    }
  }
}

void WriteText(const StoryView& v, std::ostream& out) {
  out << "Story " << v.story.id << ": " << OrDash(v.story.title) << "\n"
      << "  " << Dates(v.story) << "; " << Counts(v) << "\n";
  out << "\nOutlets\n";
  for (const std::string& outlet : v.outlets) {
    out << "  " << OutletLabel(outlet) << "\n";
    for (const StoryArticle& a : v.articles) {
      if (a.outlet != outlet) continue;
      out << "    " << OrDash(a.published.substr(0, 10)) << "  " << OrDash(a.title) << "  ["
          << a.document << "]";
      if (!a.flags.empty()) out << "  (" << Join(a.flags, ", ") << ")";
      out << "\n";
    }
  }
  if (!v.claims.empty()) {
    out << "\nClaims (* marks a value that differs from most outlets')\n";
    WriteGridText(v, ClaimRows(v), out);
  }
  if (!v.quote_groups.empty()) {
    out << "\nQuotations\n";
    WriteGridText(v, QuoteRows(v), out);
  }
  if (!v.flags.empty()) {
    out << "\nFlags\n";
    for (const StoryFlag& f : v.flags)
      out << "  " << f.kind << ": " << OutletLabel(f.outlet) << " [" << f.document << "]"
          << (f.detail.empty() ? "" : " - " + f.detail) << "\n";
  }
  if (v.timeline && !v.timeline->events.empty()) {
    out << "\nTimeline\n";
    for (const corpus::TimelineEvent& e : v.timeline->events)
      out << "  " << e.date << "  " << e.about << "  (" << Join(EventOutlets(e), ", ") << ")\n";
  }
}

// ---- markdown -------------------------------------------------------------------

std::string MdCell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

void WriteGridMarkdown(const StoryView& v, const std::vector<GridRow>& rows, const char* first,
                       const char* note, std::ostream& out) {
  out << "| " << first << " | " << note << " |";
  for (const std::string& o : v.outlets) out << " " << MdCell(OutletLabel(o)) << " |";
  out << "\n|---|---|";
  for (std::size_t i = 0; i < v.outlets.size(); ++i) out << "---|";
  out << "\n";
  for (const GridRow& row : rows) {
    out << "| " << row.id << " " << MdCell(row.label) << " | "
        << (row.flagged ? "**" + row.note + "**" : row.note) << " |";
    for (const GridCell& cell : row.cells) {
      const std::string text = MdCell(Join(cell.texts, " / "));
      out << " " << (cell.differ && !text.empty() ? "**" + text + "**" : text) << " |";
    }
    out << "\n";
  }
}

void WriteMarkdown(const StoryView& v, std::ostream& out) {
  out << "## Story " << v.story.id << ": " << MdCell(OrDash(v.story.title)) << "\n\n"
      << Dates(v.story) << "; " << Counts(v) << "\n\n### Outlets\n\n";
  out << "| Outlet | Date | Title | Document | Flags |\n|---|---|---|---|---|\n";
  for (const std::string& outlet : v.outlets)
    for (const StoryArticle& a : v.articles)
      if (a.outlet == outlet)
        out << "| " << MdCell(OutletLabel(outlet)) << " | " << OrDash(a.published.substr(0, 10))
            << " | " << MdCell(OrDash(a.title)) << " | `" << a.document << "` | "
            << Join(a.flags, ", ") << " |\n";
  if (!v.claims.empty()) {
    out << "\n### Claims\n\nValues in **bold** differ from most outlets'.\n\n";
    WriteGridMarkdown(v, ClaimRows(v), "Claim", "Verdict", out);
  }
  if (!v.quote_groups.empty()) {
    out << "\n### Quotations\n\n";
    WriteGridMarkdown(v, QuoteRows(v), "Speaker", "Match", out);
  }
  if (!v.flags.empty()) {
    out << "\n### Flags\n\n";
    for (const StoryFlag& f : v.flags)
      out << "- **" << f.kind << "**: " << MdCell(OutletLabel(f.outlet)) << " `" << f.document
          << "`" << (f.detail.empty() ? "" : " - " + MdCell(f.detail)) << "\n";
  }
  if (v.timeline && !v.timeline->events.empty()) {
    out << "\n### Timeline\n\n";
    for (const corpus::TimelineEvent& e : v.timeline->events)
      out << "- **" << e.date << "** " << MdCell(e.about) << " ("
          << MdCell(Join(EventOutlets(e), ", ")) << ")\n";
  }
}

}  // namespace

std::string OutletLabel(const std::string& outlet) {
  return outlet.empty() ? "(unknown outlet)" : outlet;
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::optional<StoryFormat> ParseStoryFormat(std::string_view name) {
  if (name == "text") return StoryFormat::kText;
  if (name == "markdown") return StoryFormat::kMarkdown;
  if (name == "json") return StoryFormat::kJson;
  if (name == "html") return StoryFormat::kHtml;
  return std::nullopt;
}

void WriteStories(const std::vector<StoryView>& views, StoryFormat format, std::ostream& out) {
  switch (format) {
    case StoryFormat::kJson:
      for (const StoryView& v : views) out << ToJsonLine(StoryViewToJson(v)) << "\n";
      return;
    case StoryFormat::kHtml:
      WriteStoriesHtml(views, out);
      return;
    case StoryFormat::kMarkdown:
      out << "# Stories\n";
      for (const StoryView& v : views) {
        out << "\n";
        WriteMarkdown(v, out);
      }
      return;
    case StoryFormat::kText:
      for (std::size_t i = 0; i < views.size(); ++i) {
        if (i) out << "\n";
        WriteText(views[i], out);
      }
      return;
  }
}

}  // namespace crosscheck
