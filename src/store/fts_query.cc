#include "store/fts_query.h"

#include <cctype>
#include <unordered_set>

namespace crosscheck::store {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == '\0';  // FTS5 reads the expression as a C string
}

}  // namespace

std::vector<std::string> SplitSearchTerms(std::string_view text) {
  std::vector<std::string> terms;
  std::size_t i = 0;
  while (i < text.size()) {
    if (IsSpace(text[i])) {
      ++i;
      continue;
    }
    std::size_t end;
    std::string_view term;
    if (text[i] == '"') {
      end = text.find('"', i + 1);
      if (end == std::string_view::npos) end = text.size();
      term = text.substr(i + 1, end - i - 1);
      i = end + 1;
    } else {
      end = i;
      while (end < text.size() && !IsSpace(text[end]) && text[end] != '"') ++end;
      term = text.substr(i, end - i);
      i = end;
    }
    // Trim white space inside a phrase; drop phrases that hold none.
    while (!term.empty() && IsSpace(term.front())) term.remove_prefix(1);
    while (!term.empty() && IsSpace(term.back())) term.remove_suffix(1);
    if (!term.empty()) terms.emplace_back(term);
  }
  return terms;
}

std::string ToFtsQuery(std::string_view text) {
  std::string out;
  std::unordered_set<std::string> seen;  // ASCII-folded terms already written
  for (const std::string& term : SplitSearchTerms(text)) {
    std::string folded = term;
    for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!seen.insert(std::move(folded)).second) continue;  // "a a" finds what "a" finds
    if (seen.size() > kMaxSearchTerms) break;
    if (!out.empty()) out += ' ';
    out += '"';
    for (char c : term) {
      if (c == '"') out += '"';
      // FTS5 reads the query as a C string: a NUL inside a phrase would cut it
      // and leave the quote unterminated (found by fuzz_search_query).
      out += c == '\0' ? ' ' : c;
    }
    out += '"';
  }
  return out;
}

}  // namespace crosscheck::store
