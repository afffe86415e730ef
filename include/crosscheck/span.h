// Span: a half-open byte range [start, end) into a UTF-8 string, usually Document::text.
#ifndef CROSSCHECK_SPAN_H_
#define CROSSCHECK_SPAN_H_

#include <cstdint>
#include <string_view>

namespace crosscheck {

struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;

  std::uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  // The bytes of `text` this span covers; the caller guarantees end <= text.size().
  std::string_view Of(std::string_view text) const { return text.substr(start, end - start); }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_SPAN_H_
