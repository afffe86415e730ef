#include "ingest/duplicate.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "common/hash.h"
#include "common/utf8.h"
#include "ingest/cleaner_lines.h"

namespace crosscheck {

namespace {

constexpr std::size_t kMinWordsForNear = 8;

}  // namespace

std::string NormaliseForComparison(std::string_view p) {
  std::string out;
  out.reserve(p.size());
  // Fast path: ASCII with single spaces only.
  bool simple = true;
  for (std::size_t i = 0; i < p.size() && simple; ++i) {
    const unsigned char c = static_cast<unsigned char>(p[i]);
    simple = c >= 0x20 && c < 0x80 && !(c == ' ' && (i == 0 || p[i - 1] == ' '));
  }
  if (simple && (p.empty() || p.back() != ' ')) {
    out.assign(p);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    }
    return out;
  }
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
    AppendUtf8(c, out);
  }
  return out;
}

DuplicateFinder::Slot& DuplicateFinder::Find(std::vector<Slot>& table, std::uint64_t key) {
  const std::size_t mask = table.size() - 1;
  std::size_t i = static_cast<std::size_t>(key * 0x9E3779B97F4A7C15ull >> 17) & mask;
  while (table[i].key != 0 && table[i].key != key) i = (i + 1) & mask;
  return table[i];
}

void DuplicateFinder::Grow(std::vector<Slot>& table, std::size_t& used) {
  if (!table.empty() && (used + 1) * 2 <= table.size()) return;
  std::vector<Slot> old;
  old.swap(table);
  table.assign(old.empty() ? 256 : old.size() * 2, Slot{});
  for (const Slot& s : old) {
    if (s.key != 0) Find(table, s.key) = s;
  }
}

bool DuplicateFinder::Add(std::string_view paragraph) {
  const std::string norm = NormaliseForComparison(paragraph);
  const std::uint64_t h = Hash64(norm) | 1;  // never 0 (the empty-slot key)
  Grow(exact_, exact_used_);
  if (Find(exact_, h).key == h) return true;

  // Word 3-shingles of the normalised form (punctuation kept: it is unified).
  std::vector<std::uint64_t> words;
  for (std::string_view w : SplitWords(norm)) words.push_back(Hash64(w));
  std::vector<std::uint64_t> shingles;
  if (words.size() >= kMinWordsForNear) {
    for (std::size_t k = 0; k + 2 < words.size(); ++k) {
      shingles.push_back((words[k] * 0x9E3779B97F4A7C15ull ^ (words[k + 1] * 31 + words[k + 2])) |
                         1);
    }
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    std::vector<std::pair<std::uint32_t, std::uint32_t>> shared;  // (paragraph, count)
    if (index_used_ > 0) {
      for (std::uint64_t s : shingles) {
        const Slot& slot = Find(index_, s);
        if (slot.key == 0) continue;
        auto pos = std::find_if(shared.begin(), shared.end(),
                                [&](const auto& e) { return e.first == slot.value; });
        if (pos == shared.end()) {
          if (shared.size() < 32) shared.emplace_back(slot.value, 1);
        } else {
          ++pos->second;
        }
      }
    }
    for (const auto& [id, common] : shared) {
      const double uni = static_cast<double>(sizes_[id] + shingles.size() - common);
      if (uni > 0 && common / uni >= near_) return true;
    }
  }
  Find(exact_, h) = Slot{h, 1};
  ++exact_used_;
  if (!shingles.empty()) {
    const auto id = static_cast<std::uint32_t>(sizes_.size());
    sizes_.push_back(static_cast<std::uint32_t>(shingles.size()));
    for (std::uint64_t s : shingles) {
      Grow(index_, index_used_);
      Slot& slot = Find(index_, s);
      if (slot.key == 0) {
        slot = Slot{s, id};
        ++index_used_;
      }
    }
  }
  return false;
}

void DuplicateFinder::Clear() {
  if (exact_used_ > 0) std::fill(exact_.begin(), exact_.end(), Slot{});
  if (index_used_ > 0) std::fill(index_.begin(), index_.end(), Slot{});
  exact_used_ = index_used_ = 0;
  sizes_.clear();
}

}  // namespace crosscheck
