#include "text/word_features.h"

#include "common/hash.h"

namespace crosscheck::text {

std::string WordShape(std::string_view form) {
  std::string shape;
  char last = 0;
  int run = 0;
  for (const char ch : form) {
    char c = ch;
    if (ch >= 'A' && ch <= 'Z') {
      c = 'X';
    } else if (ch >= 'a' && ch <= 'z') {
      c = 'x';
    } else if (ch >= '0' && ch <= '9') {
      c = 'd';
    } else if (static_cast<unsigned char>(ch) >= 0x80) {
      c = 'u';  // any byte of a non-ASCII character
    }
    run = c == last ? run + 1 : 1;
    last = c;
    if (run <= 2) shape += c;
  }
  return shape;
}

void ComputeWordInfo(std::string_view form, WordInfo& info, std::string& scratch,
                     const WordClusters* clusters) {
  scratch.assign(form);
  std::uint32_t flags = 0;
  bool all_upper = true;
  for (std::size_t i = 0; i < scratch.size(); ++i) {
    char& c = scratch[i];
    if (c >= '0' && c <= '9') flags |= 1;
    if (c == '-') flags |= 2;
    if (c >= 'A' && c <= 'Z') {
      if (i == 0) flags |= 4;
      flags |= 16;
      c = static_cast<char>(c - 'A' + 'a');
    } else if (c >= 'a' && c <= 'z') {
      flags |= 16;
      all_upper = false;
    }
  }
  if (all_upper && (flags & 16)) flags |= 8;
  const std::string_view lower = scratch;
  const std::size_t n = lower.size();
  info.form = Hash64(form);
  info.lower = Hash64(lower);
  info.prefix1 = Hash64(lower.substr(0, 1));
  info.prefix3 = Hash64(lower.substr(0, 3));
  info.suffix1 = Hash64(lower.substr(n >= 1 ? n - 1 : 0));
  info.suffix2 = Hash64(lower.substr(n >= 2 ? n - 2 : 0));
  info.suffix3 = Hash64(lower.substr(n >= 3 ? n - 3 : 0));
  info.suffix4 = Hash64(lower.substr(n >= 4 ? n - 4 : 0));
  info.shape = Hash64(WordShape(form));
  info.flags = flags;
  info.cluster = clusters != nullptr ? clusters->Lookup(info.lower) : WordClusters::kUnknown;
}

}  // namespace crosscheck::text
