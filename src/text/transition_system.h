// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011)
// with the dynamic oracle of Goldberg and Nivre (2013).
//
// Words are 1..n, 0 is the root. A configuration has a stack (the root at the
// bottom), a buffer n..b0 (b0 = `buffer`, the front; the buffer is the range
// [buffer, n]) and the arcs made so far.
//   SHIFT        push b0                                    (buffer not empty)
//   LEFT(l)      s0 gets head b0 with label l; pop s0        (s0 != root, buffer not empty)
//   RIGHT(l)     s0 gets head s1 with label l; pop s0        (two stack items; s1 may be
//                                                             the root only once the buffer
//                                                             is empty: one root word)
// The parse is done when the buffer is empty and only the root is left; every
// word then has a head, and exactly one word hangs from the root.
//
// Cost(move) is the number of gold arcs that the move makes unreachable, for a
// projective gold tree (heads[0] unused). A move of cost 0 keeps the best
// reachable tree; from any configuration some valid move has cost 0, and
// following cost-0 moves from the start rebuilds a projective gold tree
// exactly (tests/text/transition_system_test.cc checks both against brute
// force). Projectivize lifts arcs of a non-projective tree until it is
// projective (training only).
//
// The state also keeps, per word, the two leftmost and two rightmost children,
// the number of children on each side and the set of their labels (bit l of a
// 64-bit mask), which parser features read.
// Thread safety: values; one state per thread.
#ifndef CROSSCHECK_TEXT_TRANSITION_SYSTEM_H_
#define CROSSCHECK_TEXT_TRANSITION_SYSTEM_H_

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace crosscheck::text {

enum class Move : std::uint8_t { kShift = 0, kLeft = 1, kRight = 2 };

class ArcHybrid {
 public:
  // Starts a parse of n words.
  void Reset(int n);

  bool Done() const { return buffer_ > n_ && stack_.size() == 1; }
  bool CanShift() const { return buffer_ <= n_; }
  bool CanLeft() const { return stack_.size() > 1 && buffer_ <= n_; }
  bool CanRight() const { return stack_.size() > 2 || (stack_.size() == 2 && buffer_ > n_); }
  bool Can(Move m) const {
    return m == Move::kShift ? CanShift() : m == Move::kLeft ? CanLeft() : CanRight();
  }
  // Applies a valid move.
  void Apply(Move m, std::uint8_t label);

  // Gold arcs lost by `m` (see above). gold_heads[d] is the head of word d (size n+1).
  int Cost(Move m, std::span<const int> gold_heads) const;

  int n() const { return n_; }
  // Stack item k from the top (0 = s0), or -1.
  int Stack(int k) const {
    return k < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - k] : -1;
  }
  int stack_size() const { return static_cast<int>(stack_.size()); }
  // Buffer item k from the front (0 = b0), or -1.
  int Buffer(int k) const { return buffer_ + k <= n_ ? buffer_ + k : -1; }
  int head(int w) const { return heads_[w]; }
  std::uint8_t label(int w) const { return labels_[w]; }
  // Leftmost (k=0) / second leftmost (k=1) child of w, rightmost / second rightmost; -1 if none.
  int LeftChild(int w, int k) const { return w < 0 ? -1 : left_[w][k]; }
  int RightChild(int w, int k) const { return w < 0 ? -1 : right_[w][k]; }
  int LeftCount(int w) const { return w < 0 ? 0 : nleft_[w]; }
  int RightCount(int w) const { return w < 0 ? 0 : nright_[w]; }
  std::uint64_t LeftLabels(int w) const { return w < 0 ? 0 : left_labels_[w]; }
  std::uint64_t RightLabels(int w) const { return w < 0 ? 0 : right_labels_[w]; }
  const std::vector<int>& heads() const { return heads_; }
  const std::vector<std::uint8_t>& labels() const { return labels_; }

 private:
  void AddArc(int head, int dep, std::uint8_t label);
  int n_ = 0;
  int buffer_ = 1;
  std::vector<int> stack_;
  std::vector<int> heads_;
  std::vector<std::uint8_t> labels_;
  std::vector<std::array<int, 2>> left_, right_;
  std::vector<std::uint8_t> nleft_, nright_;
  std::vector<std::uint64_t> left_labels_, right_labels_;
  std::vector<std::uint8_t> in_stack_;
};

// Whether the tree (heads[d] for d = 1..n, heads[0] unused) has no crossing arcs.
bool IsProjective(std::span<const int> heads);
// Lifts the shortest non-projective arc to its head's head until the tree is
// projective (Nivre and Nilsson 2005, without label encoding). Returns the
// number of lifts.
int Projectivize(std::vector<int>& heads);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_TRANSITION_SYSTEM_H_
