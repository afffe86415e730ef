// The HTML format of story reports (story_render.h describes the layout):
// one self-contained document, inline CSS, no scripts and no external
// resources. Thread safety: pure function. Failure: none.
#ifndef CROSSCHECK_REPORT_STORY_HTML_H_
#define CROSSCHECK_REPORT_STORY_HTML_H_

#include <ostream>
#include <vector>

#include "report/story_view.h"

namespace crosscheck {

void WriteStoriesHtml(const std::vector<StoryView>& views, std::ostream& out);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_STORY_HTML_H_
