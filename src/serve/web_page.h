// The web page `crosscheck serve` answers at "/": one self-contained
// HTML + CSS + vanilla JS document over the JSON API (api.h): a search box,
// the story list, a story's outlets side by side, claims and quotations with
// each outlet's wording (differing values highlighted), and any claim or
// quotation opened in its article with the sentence highlighted. No external
// resources: it works offline.
//
// The source is src/serve/web/index.html; the build embeds it
// (serve.cmake writes web_page.cc from web_page.cc.in).
//
// Thread safety: returns a view of static storage.
#ifndef CROSSCHECK_SERVE_WEB_PAGE_H_
#define CROSSCHECK_SERVE_WEB_PAGE_H_

#include <string_view>

namespace crosscheck::serve {

std::string_view WebPage();

}  // namespace crosscheck::serve

#endif  // CROSSCHECK_SERVE_WEB_PAGE_H_
