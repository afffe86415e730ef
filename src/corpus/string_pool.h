// Interned strings: each distinct string stored once and named by a number.
//
//   StringPool pool;
//   std::uint32_t a = pool.Intern("Anna Lindqvist");   // 0
//   std::uint32_t b = pool.Intern("Anna Lindqvist");   // 0 again
//   pool[a]                                           // "Anna Lindqvist"
//   pool.Find("Erik Lund")                            // StringPool::kNone
//
// The corpus stage holds a key for every chain of every document (a crawl of
// millions of articles holds tens of millions); most of their strings repeat
// (chain ids, types, the names of people in the news), so they are kept here
// once and the keys hold 32-bit numbers.
//
// Ownership: the pool owns its strings; a reference returned by operator[]
// stays valid for the pool's life (a deque never moves its elements).
// Thread safety: none; one pool per thread, or external locking. Failure:
// none (more than 2^32 - 1 distinct strings is a caller error).
#ifndef CROSSCHECK_CORPUS_STRING_POOL_H_
#define CROSSCHECK_CORPUS_STRING_POOL_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace crosscheck::corpus {

class StringPool {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;

  // The number of `text`, adding it when it is new.
  std::uint32_t Intern(std::string_view text) {
    const auto it = ids_.find(text);
    if (it != ids_.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(strings_.size());
    strings_.emplace_back(text);
    ids_.emplace(std::string_view(strings_.back()), id);
    return id;
  }

  // The number of `text`, or kNone when it was never interned.
  std::uint32_t Find(std::string_view text) const {
    const auto it = ids_.find(text);
    return it == ids_.end() ? kNone : it->second;
  }

  const std::string& operator[](std::uint32_t id) const { return strings_[id]; }
  std::size_t size() const { return strings_.size(); }

 private:
  std::deque<std::string> strings_;
  std::unordered_map<std::string_view, std::uint32_t> ids_;  // views into strings_
};

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_STRING_POOL_H_
