// The paragraph spans of a cleaned text: paragraphs are separated by one
// blank line ("\n\n"). Shared by the plain-text and HTML cleaners.
#ifndef CROSSCHECK_INGEST_PARAGRAPH_SPANS_H_
#define CROSSCHECK_INGEST_PARAGRAPH_SPANS_H_

#include <string>
#include <vector>

#include "crosscheck/document.h"

namespace crosscheck {

inline std::vector<Paragraph> ParagraphSpans(const std::string& text) {
  std::vector<Paragraph> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    out.push_back(
        Paragraph{Span{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)}});
    start = end + 2;
  }
  return out;
}

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_PARAGRAPH_SPANS_H_
