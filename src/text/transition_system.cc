#include "text/transition_system.h"

#include <algorithm>
#include <cstdlib>

namespace crosscheck::text {

void ArcHybrid::Reset(int n) {
  n_ = n;
  buffer_ = 1;
  stack_.clear();
  stack_.push_back(0);
  heads_.assign(n + 1, -1);
  labels_.assign(n + 1, 0);
  left_.assign(n + 1, {-1, -1});
  right_.assign(n + 1, {-1, -1});
  nleft_.assign(n + 1, 0);
  nright_.assign(n + 1, 0);
  left_labels_.assign(n + 1, 0);
  right_labels_.assign(n + 1, 0);
  in_stack_.assign(n + 2, 0);
  in_stack_[0] = 1;
}

void ArcHybrid::AddArc(int head, int dep, std::uint8_t label) {
  heads_[dep] = head;
  labels_[dep] = label;
  const std::uint64_t bit = std::uint64_t{1} << (label & 63);
  if (dep < head) {
    // Keep the two outermost children on each side, whatever order arcs come in.
    auto& l = left_[head];
    if (l[0] < 0 || dep < l[0]) {
      l[1] = l[0];
      l[0] = dep;
    } else if (l[1] < 0 || dep < l[1]) {
      l[1] = dep;
    }
    ++nleft_[head];
    left_labels_[head] |= bit;
  } else {
    auto& r = right_[head];
    if (r[0] < 0 || dep > r[0]) {
      r[1] = r[0];
      r[0] = dep;
    } else if (r[1] < 0 || dep > r[1]) {
      r[1] = dep;
    }
    ++nright_[head];
    right_labels_[head] |= bit;
  }
}

void ArcHybrid::Apply(Move m, std::uint8_t label) {
  switch (m) {
    case Move::kShift:
      stack_.push_back(buffer_);
      in_stack_[buffer_] = 1;
      ++buffer_;
      break;
    case Move::kLeft: {
      const int s0 = stack_.back();
      stack_.pop_back();
      in_stack_[s0] = 0;
      AddArc(buffer_, s0, label);
      break;
    }
    case Move::kRight: {
      const int s0 = stack_.back();
      stack_.pop_back();
      in_stack_[s0] = 0;
      AddArc(stack_.back(), s0, label);
      break;
    }
  }
}

int ArcHybrid::Cost(Move m, std::span<const int> gold) const {
  const int b0 = buffer_;
  // Dependents of w still in the buffer (they can no longer attach once w leaves the stack).
  auto deps_in_buffer = [&](int w) {
    int count = 0;
    for (int d = b0; d <= n_; ++d) count += gold[d] == w;
    return count;
  };
  switch (m) {
    case Move::kShift: {
      int cost = 0;
      // b0's head in the stack below s0; b0's dependents in the stack.
      const int h = gold[b0];
      if (h != stack_.back() && h <= n_ && in_stack_[h] && h < b0) ++cost;
      for (const int s : stack_) cost += gold[s] == b0 && s != 0;
      return cost;
    }
    case Move::kLeft: {
      const int s0 = stack_.back();
      const int h = gold[s0];
      int cost = deps_in_buffer(s0);
      if (h != b0 && ((stack_.size() > 1 && h == stack_[stack_.size() - 2]) || h > b0)) ++cost;
      return cost;
    }
    case Move::kRight: {
      const int s0 = stack_.back();
      const int h = gold[s0];
      int cost = deps_in_buffer(s0);
      if (h >= b0 && b0 <= n_) ++cost;
      return cost;
    }
  }
  return 0;
}

bool IsProjective(std::span<const int> heads) {
  const int n = static_cast<int>(heads.size()) - 1;
  for (int d = 1; d <= n; ++d) {
    const int a = std::min(d, heads[d]), b = std::max(d, heads[d]);
    for (int k = a + 1; k < b; ++k) {
      // every word between must descend from heads[d]
      int x = k;
      int steps = 0;
      while (x != heads[d] && x > 0 && steps++ <= n) x = heads[x];
      if (x != heads[d]) return false;
    }
  }
  return true;
}

int Projectivize(std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size()) - 1;
  int lifts = 0;
  auto dominated = [&](int k, int h) {
    int x = k, steps = 0;
    while (x != h && x > 0 && steps++ <= n) x = heads[x];
    return x == h;
  };
  while (lifts <= 4 * n) {
    int best = -1, best_len = 1 << 30;
    for (int d = 1; d <= n; ++d) {
      const int h = heads[d];
      if (h <= 0 && h != 0) continue;
      const int a = std::min(d, h), b = std::max(d, h);
      bool ok = true;
      for (int k = a + 1; k < b && ok; ++k) ok = dominated(k, h);
      if (!ok && b - a < best_len) best = d, best_len = b - a;
    }
    if (best < 0) break;
    heads[best] = heads[heads[best]];
    ++lifts;
  }
  return lifts;
}

}  // namespace crosscheck::text
