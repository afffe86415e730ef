#include "ingest/duplicate.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "common/hash.h"
#include "ingest/cleaner_lines.h"

namespace crosscheck {

namespace {

constexpr std::size_t kMinWordsForNear = 8;
constexpr std::size_t kMaxPosting = 64;

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

}  // namespace

std::string NormaliseForComparison(std::string_view p) {
  std::string out;
  out.reserve(p.size());
  bool space = false;
  std::size_t i = 0;
  while (i < p.size()) {
    char32_t c = NextCodePoint(p, &i);
    if (c == ' ' || c == '\n' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2032) {
      c = '\'';
    } else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x2033 ||
               c == 0xAB || c == 0xBB) {
      c = '"';
    } else if (c >= 0x2010 && c <= 0x2015) {
      c = '-';
    } else if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') c |= 0x20;
    } else {
      c = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
    }
    if (space) out.push_back(' ');
    space = false;
    AppendUtf8(c, &out);
  }
  return out;
}

bool DuplicateFinder::Add(std::string_view paragraph) {
  const std::string norm = NormaliseForComparison(paragraph);
  const std::uint64_t h = Hash64(norm);
  if (exact_.count(h) > 0) return true;

  // Word 3-shingles of the normalised form (punctuation kept: it is unified).
  std::vector<std::uint64_t> words;
  for (std::string_view w : SplitWords(norm)) words.push_back(Hash64(w));
  std::vector<std::uint64_t> shingles;
  if (words.size() >= kMinWordsForNear) {
    for (std::size_t k = 0; k + 2 < words.size(); ++k) {
      shingles.push_back(words[k] * 0x9E3779B97F4A7C15ull ^ (words[k + 1] * 31 + words[k + 2]));
    }
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    std::unordered_map<std::uint32_t, std::uint32_t> shared;
    for (std::uint64_t s : shingles) {
      auto it = index_.find(s);
      if (it == index_.end() || it->second.size() > kMaxPosting) continue;
      for (std::uint32_t id : it->second) ++shared[id];
    }
    for (const auto& [id, common] : shared) {
      const double uni = static_cast<double>(sizes_[id] + shingles.size() - common);
      if (uni > 0 && common / uni >= near_) return true;
    }
  }
  exact_.insert(h);
  if (!shingles.empty()) {
    const auto id = static_cast<std::uint32_t>(sizes_.size());
    sizes_.push_back(static_cast<std::uint32_t>(shingles.size()));
    for (std::uint64_t s : shingles) index_[s].push_back(id);
  }
  return false;
}

void DuplicateFinder::Clear() {
  exact_.clear();
  index_.clear();
  sizes_.clear();
}

}  // namespace crosscheck
