#include "text/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace crosscheck::text {

void AveragedPerceptron::Score(std::span<const std::uint64_t> features, float* scores) const {
  for (int c = 0; c < classes_; ++c) scores[c] = 0;
  for (const std::uint64_t f : features) {
    const auto it = rows_.find(f);
    if (it == rows_.end()) continue;
    for (const Entry& e : it->second) scores[e.cls] += e.w;
  }
}

void AveragedPerceptron::Update(std::span<const std::uint64_t> features, int truth, int guess) {
  if (truth == guess) return;
  for (const std::uint64_t f : features) {
    std::vector<Entry>& row = rows_[f];
    for (const auto& [cls, delta] : {std::pair{truth, 1.0f}, std::pair{guess, -1.0f}}) {
      // A copy: clang 14 cannot capture a structured binding in a lambda.
      const int want = cls;
      auto it =
          std::find_if(row.begin(), row.end(), [want](const Entry& e) { return e.cls == want; });
      if (it == row.end()) {
        row.push_back({static_cast<std::uint16_t>(cls), 0.0f, 0.0, now_});
        it = row.end() - 1;
      }
      it->total += static_cast<double>(now_ - it->stamp) * it->w;
      it->stamp = now_;
      it->w += delta;
    }
  }
}

WeightTable AveragedPerceptron::Finalize(float prune) const {
  struct Row {
    std::uint32_t key;
    std::vector<std::pair<std::uint8_t, float>> weights;
  };
  std::vector<Row> rows;
  rows.reserve(rows_.size());
  float max_abs = 0;
  for (const auto& [key, entries] : rows_) {
    Row row{static_cast<std::uint32_t>(key), {}};
    for (const Entry& e : entries) {
      const double total = e.total + static_cast<double>(now_ - e.stamp) * e.w;
      const float avg = static_cast<float>(total / now_);
      if (avg != 0) row.weights.push_back({static_cast<std::uint8_t>(e.cls), avg});
      max_abs = std::max(max_abs, std::fabs(avg));
    }
    rows.push_back(std::move(row));
  }
  WeightTable table;
  table.classes_ = classes_;
  table.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  const float threshold = prune * max_abs;
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
  table.starts_.push_back(0);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    // Features whose 32-bit keys collide are merged into one row.
    std::vector<std::pair<std::uint8_t, float>> merged = rows[i].weights;
    while (i + 1 < rows.size() && rows[i + 1].key == rows[i].key) {
      ++i;
      for (const auto& [c, w] : rows[i].weights) {
        const std::uint8_t want = c;  // clang 14 cannot capture a structured binding
        auto it = std::find_if(merged.begin(), merged.end(),
                               [want](const auto& p) { return p.first == want; });
        if (it == merged.end()) {
          merged.push_back({c, w});
        } else {
          it->second += w;
        }
      }
    }
    std::sort(merged.begin(), merged.end());
    bool any = false;
    for (const auto& [c, w] : merged) {
      if (std::fabs(w) < threshold) continue;
      const long q = std::lround(w / table.scale_);
      if (q == 0) continue;
      table.cls_.push_back(c);
      table.w_.push_back(static_cast<std::int16_t>(std::clamp(q, -32767L, 32767L)));
      any = true;
    }
    if (any) {
      table.keys_.push_back(rows[i].key);
      table.starts_.push_back(static_cast<std::uint32_t>(table.cls_.size()));
    }
  }
  table.BuildIndex();
  return table;
}

void WeightTable::BuildIndex() {
  std::uint32_t capacity = 16;
  while (capacity < keys_.size() * 2) capacity <<= 1;  // load <= 1/2: short probes for misses
  mask_ = capacity - 1;
  slots_.assign(capacity, Slot{});
  weights_.assign(1, Weight{0, 0});  // index 0 is never a row: ref 0 means empty
  dense_.clear();
  // Rows first, in feature order (sequential reads), then the slots in the
  // order of their home positions (so the writes sweep the table once).
  std::size_t dense_rows = 0;
  for (std::uint32_t i = 0; i < keys_.size(); ++i) {
    dense_rows += (starts_[i + 1] - starts_[i]) * 4 >= static_cast<std::uint32_t>(classes_);
  }
  weights_.reserve(cls_.size() + keys_.size() + 1);
  dense_.reserve(dense_rows * classes_);
  std::vector<std::pair<std::uint32_t, Slot>> order(keys_.size());
  for (std::uint32_t i = 0; i < keys_.size(); ++i) {
    const std::uint32_t count = starts_[i + 1] - starts_[i];
    std::uint32_t ref;
    if (count * 4 >= static_cast<std::uint32_t>(classes_)) {
      ref = kDense | static_cast<std::uint32_t>(dense_.size());
      dense_.resize(dense_.size() + classes_, 0);
      std::int16_t* row = &dense_[ref & ~kDense];
      for (std::uint32_t k = starts_[i]; k < starts_[i + 1]; ++k) row[cls_[k]] = w_[k];
    } else {
      ref = static_cast<std::uint32_t>(weights_.size());
      weights_.push_back({static_cast<std::uint8_t>(count - 1), 0});
      for (std::uint32_t k = starts_[i]; k < starts_[i + 1]; ++k)
        weights_.push_back({cls_[k], w_[k]});
    }
    order[i] = {Mix(keys_[i]) & mask_, Slot{keys_[i], ref}};
  }
  std::sort(order.begin(), order.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [home, entry] : order) {
    std::uint32_t slot = home;
    while (slots_[slot].ref != 0) slot = (slot + 1) & mask_;
    slots_[slot] = entry;
  }
}

namespace {

// scores[c] += row[c], written so that the compiler vectorises it.
void AddDense(const std::int16_t* __restrict row, int classes, std::int32_t* __restrict scores) {
  for (int c = 0; c < classes; ++c) scores[c] += row[c];
}

}  // namespace

void WeightTable::Score(std::span<const std::uint64_t> features, std::int32_t* scores) const {
  if (slots_.empty()) return;
  const int classes = classes_;
  constexpr std::size_t kBatch = 128;
  std::uint32_t refs[kBatch];
  for (std::size_t at = 0; at < features.size(); at += kBatch) {
    const std::size_t n = std::min(kBatch, features.size() - at);
    for (std::size_t i = 0; i < n; ++i) {
      refs[i] = Mix(static_cast<std::uint32_t>(features[at + i])) & mask_;
      __builtin_prefetch(&slots_[refs[i]]);
    }
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint32_t key = static_cast<std::uint32_t>(features[at + i]);
      std::uint32_t slot = refs[i];
      refs[i] = 0;
      while (slots_[slot].ref != 0) {
        if (slots_[slot].key == key) {
          refs[i] = slots_[slot].ref;
          if (refs[i] & kDense) {
            __builtin_prefetch(&dense_[refs[i] & ~kDense]);
          } else {
            __builtin_prefetch(&weights_[refs[i]]);
          }
          break;
        }
        slot = (slot + 1) & mask_;
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint32_t ref = refs[i];
      if (ref == 0) continue;
      if (ref & kDense) {
        AddDense(&dense_[ref & ~kDense], classes, scores);
        continue;
      }
      const Weight* w = &weights_[ref];
      const std::uint32_t count = w->cls + 1u;
      for (std::uint32_t k = 1; k <= count; ++k) scores[w[k].cls] += w[k].w;
    }
  }
}

std::size_t WeightTable::Prune(std::int16_t min_abs) {
  std::vector<std::uint32_t> keys, starts{0};
  std::vector<std::uint8_t> cls;
  std::vector<std::int16_t> w;
  for (std::size_t f = 0; f < keys_.size(); ++f) {
    for (std::uint32_t k = starts_[f]; k < starts_[f + 1]; ++k) {
      if (std::abs(w_[k]) < min_abs) continue;
      cls.push_back(cls_[k]);
      w.push_back(w_[k]);
    }
    if (cls.size() > starts.back()) {
      keys.push_back(keys_[f]);
      starts.push_back(static_cast<std::uint32_t>(cls.size()));
    }
  }
  const std::size_t dropped = cls_.size() - cls.size();
  keys_ = std::move(keys);
  starts_ = std::move(starts);
  cls_ = std::move(cls);
  w_ = std::move(w);
  BuildIndex();
  return dropped;
}

Result<WeightTable> WeightTable::Sum(std::span<const WeightTable* const> tables) {
  if (tables.empty()) return Status::InvalidArgument("no weight tables to add up");
  for (const WeightTable* t : tables) {
    if (t->classes_ != tables[0]->classes_) {
      return Status::InvalidArgument("weight tables with different classes cannot be added up");
    }
  }
  // Every (key, class, weight) in key order; rows of one key are then summed.
  struct Item {
    std::uint32_t key;
    std::uint8_t cls;
    float w;
  };
  std::vector<Item> items;
  for (const WeightTable* t : tables) {
    for (std::size_t f = 0; f < t->keys_.size(); ++f) {
      for (std::uint32_t k = t->starts_[f]; k < t->starts_[f + 1]; ++k)
        items.push_back({t->keys_[f], t->cls_[k], t->w_[k] * t->scale_});
    }
  }
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return a.key != b.key ? a.key < b.key : a.cls < b.cls;
  });
  std::vector<Item> summed;
  float max_abs = 0;
  for (const Item& it : items) {
    if (!summed.empty() && summed.back().key == it.key && summed.back().cls == it.cls) {
      summed.back().w += it.w;
    } else {
      summed.push_back(it);
    }
  }
  for (const Item& it : summed) max_abs = std::max(max_abs, std::fabs(it.w));
  WeightTable table;
  table.classes_ = tables[0]->classes_;
  table.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  table.starts_.push_back(0);
  for (std::size_t i = 0; i < summed.size();) {
    const std::uint32_t key = summed[i].key;
    for (; i < summed.size() && summed[i].key == key; ++i) {
      const long q = std::lround(summed[i].w / table.scale_);
      if (q == 0) continue;
      table.cls_.push_back(summed[i].cls);
      table.w_.push_back(static_cast<std::int16_t>(std::clamp(q, -32767L, 32767L)));
    }
    if (table.cls_.size() > table.starts_.back()) {
      table.keys_.push_back(key);
      table.starts_.push_back(static_cast<std::uint32_t>(table.cls_.size()));
    }
  }
  table.BuildIndex();
  return table;
}

void WeightTable::Save(ModelWriter& out) const {
  out.Put<std::int32_t>(classes_);
  out.Put<float>(scale_);
  // Keys are sorted: store gaps, which compress well.
  std::vector<std::uint32_t> gaps(keys_.size());
  for (std::size_t i = 0; i < keys_.size(); ++i) gaps[i] = keys_[i] - (i ? keys_[i - 1] : 0);
  out.PutVector(gaps);
  std::vector<std::uint8_t> counts(keys_.size());
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    counts[i] = static_cast<std::uint8_t>(starts_[i + 1] - starts_[i] - 1);  // rows are never empty
  }
  out.PutVector(counts);
  out.PutVector(cls_);
  out.PutVector(w_);
}

Result<WeightTable> WeightTable::Load(ModelReader& in) {
  WeightTable table;
  table.classes_ = in.Get<std::int32_t>();
  table.scale_ = in.Get<float>();
  std::vector<std::uint32_t> gaps = in.GetVector<std::uint32_t>();
  std::vector<std::uint8_t> counts = in.GetVector<std::uint8_t>();
  table.cls_ = in.GetVector<std::uint8_t>();
  table.w_ = in.GetVector<std::int16_t>();
  const Location where{in.path()};
  if (in.failed()) return Status::Corrupt("weight table ends early", where);
  if (table.classes_ <= 0 || table.classes_ > 256 || counts.size() != gaps.size() ||
      table.cls_.size() != table.w_.size()) {
    return Status::Corrupt("inconsistent weight table", where);
  }
  table.keys_.resize(gaps.size());
  table.starts_.assign(1, 0);
  std::uint64_t at = 0;
  std::uint32_t key = 0;
  for (std::size_t i = 0; i < gaps.size(); ++i) {
    key += gaps[i];
    table.keys_[i] = key;
    at += counts[i] + 1u;
    table.starts_.push_back(static_cast<std::uint32_t>(at));
  }
  if (at != table.cls_.size()) return Status::Corrupt("weight table counts do not add up", where);
  for (const std::uint8_t c : table.cls_) {
    if (c >= table.classes_) return Status::Corrupt("weight for an unknown class", where);
  }
  table.BuildIndex();
  return table;
}

}  // namespace crosscheck::text
