// Story reports for people and programs (`crosscheck report --story ID`,
// `--stories`): each StoryView (story_view.h) as plain text, Markdown, JSON
// Lines or one self-contained HTML file.
//
// Layout, in every format: the story's title, dates and counts; the outlets
// side by side (each outlet's articles: date, title, document id); claims,
// one row per claim with each outlet's value and the verdict (differ and
// conflict marked); quotations by speaker with each outlet's wording; flags
// (copies, stale content); the story's timeline. Outlets are the columns of
// the Markdown and HTML tables, in order of first appearance; a document
// without an outlet is shown under "(unknown outlet)".
//
// Formats:
//   text      fixed layout for a terminal, one story after another
//   markdown  headings and tables (cells escape | and line breaks)
//   json      one StoryViewToJson object per line (JSON Lines)
//   html      one document with inline CSS and no external resources (no
//             scripts, fonts, images or links to other hosts), every story in
//             a <section id="story-ID">; differing values carry class "differ"
//
// Thread safety: pure functions over the views; the stream is the caller's.
// Failure: none here; the caller checks the stream.
#ifndef CROSSCHECK_REPORT_STORY_RENDER_H_
#define CROSSCHECK_REPORT_STORY_RENDER_H_

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/story_view.h"

namespace crosscheck {

enum class StoryFormat { kText, kMarkdown, kJson, kHtml };

// "text" | "markdown" | "json" | "html"; nullopt for anything else.
std::optional<StoryFormat> ParseStoryFormat(std::string_view name);

void WriteStories(const std::vector<StoryView>& views, StoryFormat format, std::ostream& out);

// The label of an outlet in reports: the name, or "(unknown outlet)".
std::string OutletLabel(const std::string& outlet);

// HTML text escaping (& < > " ').
std::string HtmlEscape(std::string_view text);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_STORY_RENDER_H_
