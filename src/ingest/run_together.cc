#include "ingest/run_together.h"

#include <vector>

namespace crosscheck {

namespace {

bool Lower(char c) { return c >= 'a' && c <= 'z'; }
bool Upper(char c) { return c >= 'A' && c <= 'Z'; }
bool Space(char c) { return c == ' ' || c == '\n'; }

bool InUrlLikeToken(std::string_view text, std::size_t i) {
  std::size_t lo = i, hi = i;
  while (lo > 0 && !Space(text[lo - 1])) --lo;
  while (hi < text.size() && !Space(text[hi])) ++hi;
  const std::string_view token = text.substr(lo, hi - lo);
  return token.find("://") != std::string_view::npos ||
         token.find("www.") != std::string_view::npos || token.find('@') != std::string_view::npos;
}

}  // namespace

SplitResult SplitRunTogether(std::string_view text) {
  std::vector<std::size_t> points;  // insert a space before text[p]
  for (std::size_t i = 2; i + 2 < text.size(); ++i) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    if (!Lower(text[i - 1]) || !Lower(text[i - 2])) continue;
    if (!Upper(text[i + 1]) || !Lower(text[i + 2])) continue;
    if (InUrlLikeToken(text, i)) continue;
    points.push_back(i + 1);
  }
  SplitResult out;
  out.splits = static_cast<std::uint32_t>(points.size());
  if (points.empty()) {
    out.text.assign(text);
    out.to_input = OffsetMap::Identity(text.size());
    return out;
  }
  out.text.reserve(text.size() + points.size());
  OffsetMap::Builder b;
  std::size_t pos = 0;
  for (std::size_t p : points) {
    out.text.append(text.substr(pos, p - pos));
    b.Copy(p - pos);
    out.text.push_back(' ');
    b.Insert(1);
    pos = p;
  }
  out.text.append(text.substr(pos));
  b.Copy(text.size() - pos);
  out.to_input = std::move(b).Build();
  return out;
}

}  // namespace crosscheck
