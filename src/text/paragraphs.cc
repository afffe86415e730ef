#include "text/paragraphs.h"

#include <cstdint>

#include "text/utf8_scan.h"

namespace crosscheck::text {

void FindParagraphs(std::string_view text, std::vector<Paragraph>& paragraphs) {
  paragraphs.clear();
  std::size_t para_start = 0, para_end = 0;
  bool open = false;
  std::size_t line = 0;
  while (line < text.size()) {
    std::size_t eol = text.find('\n', line);
    if (eol == std::string_view::npos) eol = text.size();
    const std::size_t first = TrimStart(text, line, eol);
    if (first == eol) {  // a blank line closes the open paragraph
      if (open) {
        paragraphs.push_back(
            {Span{static_cast<std::uint32_t>(para_start), static_cast<std::uint32_t>(para_end)}});
        open = false;
      }
    } else {
      if (!open) para_start = first;
      para_end = TrimEnd(text, first, eol);
      open = true;
    }
    line = eol + 1;
  }
  if (open) {
    paragraphs.push_back(
        {Span{static_cast<std::uint32_t>(para_start), static_cast<std::uint32_t>(para_end)}});
  }
}

}  // namespace crosscheck::text
