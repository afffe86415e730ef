// Helpers shared by the HTML path's tests (clean_html_test.cc,
// clean_html_regressions_test.cc).
#ifndef CROSSCHECK_TESTS_INGEST_HTML_CLEAN_HTML_TEST_UTIL_H_
#define CROSSCHECK_TESTS_INGEST_HTML_CLEAN_HTML_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cctype>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "crosscheck/ingest.h"
#include "ingest/html/clean_html.h"

namespace crosscheck {

inline RawRecord Page(std::string bytes, const std::string& name = "page.html") {
  return HtmlPageRecord(name, std::move(bytes));
}

inline nlohmann::json Flags(const Document& doc) {
  nlohmann::json flags = nlohmann::json::array();
  for (const Flag& f : doc.flags) flags.push_back({{"kind", f.kind}, {"detail", f.detail}});
  return flags;
}

// Every word of every paragraph is found inside the input bytes its span maps
// to (after decoding those bytes the way the page was decoded is not needed
// for ASCII words; non-ASCII words are checked on UTF-8 pages only).
inline void ExpectParagraphsMapToTheirWords(const Document& doc, const std::string& body) {
  for (const Paragraph& p : doc.paragraphs) {
    const Span in = doc.to_input.ToInput(p.span);
    ASSERT_LE(in.end, body.size());
    const std::string source = body.substr(in.start, in.end - in.start);
    std::istringstream words(doc.text.substr(p.span.start, p.span.end - p.span.start));
    for (std::string w; words >> w;) {
      bool ascii_letters = true;
      for (char c : w) ascii_letters = ascii_letters && std::isalpha(static_cast<unsigned char>(c));
      if (!ascii_letters || w.size() < 3) continue;
      EXPECT_NE(source.find(w), std::string::npos)
          << "word '" << w << "' of paragraph at " << p.span.start << " not in its input span ["
          << in.start << ", " << in.end << ")";
    }
  }
}

inline std::string LongParagraph(int n) {
  std::string p = "<p>";
  for (int i = 0; i < n; ++i) {
    p += "Sentence number " + std::to_string(i) +
         " of the invented report tells of the Oster canal. ";
  }
  return p + "</p>";
}

}  // namespace crosscheck

#endif  // CROSSCHECK_TESTS_INGEST_HTML_CLEAN_HTML_TEST_UTIL_H_
