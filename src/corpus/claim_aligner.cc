// Aligning figures and dates across the documents of a story.
//
// A figure in a news report is a number with a little grammar around it: what
// it counts ("1,200 residents"), what happened to that ("were evacuated"),
// where and when. Two outlets reporting one fact rarely share the sentence,
// but they share some of its content words ("evacuated", "overnight", "Old
// Docks") and their numbers are of the same kind and size. Two different
// facts of one story ("1,800 evacuated", "40 injured") share the story's
// vocabulary (storm, surge, city) but not the words next to the number, and
// usually not its size. So:
//
// 1. Candidates. Facts are bucketed by dimension (money, percent, count,
//    length, speed, ..., date); inside a bucket they are sorted by value in
//    the base unit (by day for dates) and only pairs inside a window are
//    compared: values within max_ratio of each other (dates within
//    max_date_gap_days), from different documents whose content dates are at
//    most max_days_apart apart, and whose counted nouns agree when both name
//    one (noun classes: "residents" ~ "people").
// 2. Similarity. Each fact carries the stems of its sentence's content words,
//    weighted by closeness to the number (1 / (1 + d/3) for a word d words
//    away), plus the entities the sentence names. Weights are multiplied by
//    an inverse document frequency over the story (a word every article uses,
//    "storm", counts for nearly nothing), and two facts score the cosine of
//    their vectors.
// 3. Linking. Pairs above the bar (a higher bar when the values disagree: a
//    "differ" verdict needs more evidence than an "agree") are taken in order
//    of score and join their groups, Kruskal-style, unless the joined group
//    would (a) hold two incompatible values from one document (an article
//    that gives "three metres" and "3.4 metres" in one breath speaks of two
//    things), (b) span more than max_ratio between its values, (c) mix
//    counted-noun classes, or (d) have a mean pairwise similarity under
//    cluster_mean times the bar (no chains of weak links).
// 4. Verdict. A group with reports from two or more documents is a claim:
//    agree when every pair of values is compatible (stated ranges overlap:
//    "about 340" ~ "340", "more than 3 m" ~ "3.4 m"), conflict when two
//    reports of one outlet are not, differ otherwise (and whenever two
//    currencies meet: nothing is converted).
#include "corpus/claim_aligner.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "corpus/claim_similarity.h"

namespace crosscheck::corpus {
namespace {

struct Interval {
  double lo, hi;
};

bool Has(std::string_view s, std::string_view part) { return s.find(part) != s.npos; }

// Half a unit of the last digit the report states, in the value's scale:
// "24 percent" 0.5, "24.4 percent" 0.05, "€4.6 million" 50,000; 0 when the
// number is written in words.
double HalfUnit(const Fact& f, double value) {
  const std::string& t = f.text;
  std::size_t i = 0;
  while (i < t.size() && !std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i == t.size()) return 0.0;
  std::string digits;
  int decimals = -1;
  for (; i < t.size(); ++i) {
    const char c = t[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
      if (decimals >= 0) ++decimals;
    } else if (c == '.' && decimals < 0 && i + 1 < t.size() &&
               std::isdigit(static_cast<unsigned char>(t[i + 1]))) {
      digits += c;
      decimals = 0;
    } else if (c != ',') {
      break;
    }
  }
  const double number = std::strtod(digits.c_str(), nullptr);
  if (number <= 0 || value == 0) return 0.0;
  return 0.5 * std::pow(10.0, -std::max(decimals, 0)) * (value / number);
}

Interval IntervalOf(const Fact& f, const ClaimOptions& o, double value, double high) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const std::string& m = f.modifier;
  if (high > value) return {value, high};
  if (Has(m, "more") || Has(m, "over") || Has(m, "above") || Has(m, "exceed"))
    return {value * (1 + 1e-9), kInf};
  if (Has(m, "least") || Has(m, "minimum")) return {value, kInf};
  if (Has(m, "less") || Has(m, "under") || Has(m, "below") || Has(m, "fewer"))
    return {-kInf, value * (1 - 1e-9)};
  if (Has(m, "up to") || Has(m, "most") || Has(m, "as many") || Has(m, "maximum"))
    return {-kInf, value};
  if (Has(m, "nearly") || Has(m, "almost") || Has(m, "close to") || Has(m, "just under"))
    return {value * (1 - o.hedge), value};
  if (!m.empty()) return {value * (1 - o.hedge), value * (1 + o.hedge)};  // about, around, ...
  // Shares are routinely rounded to whole points ("24%" for 24.4%); other
  // figures are not given that much room ("three metres" is not "3.4 metres").
  const double half = f.dimension == "percent" ? 0.999 * HalfUnit(f, value) : 0.0;
  const double slack = half > 0 ? half : std::abs(value) * o.rounding;
  return {value - slack, value + slack};
}

bool SameUnitFamily(const Fact& a, const Fact& b) {
  return a.dimension == "money" ? a.unit == b.unit : true;
}

double Factor(const Fact& f) { return f.value != 0 ? f.base / f.value : 1.0; }

std::string NounClassOf(const Fact& f) {
  const auto colon = f.dimension.find(':');
  return f.dimension.rfind("count:", 0) == 0 ? f.dimension.substr(colon + 1) : "";
}

std::string Bucket(const Fact& f) {
  return f.dimension.rfind("count:", 0) == 0 ? "count" : f.dimension;
}

struct Item {
  std::size_t doc;
  const DocumentFacts* facts;
  const Fact* fact;
  double key;  // base value, or day number for dates
};

class Aligner {
 public:
  Aligner(const std::vector<const DocumentFacts*>& story, const ClaimOptions& o)
      : story_(story), o_(o) {}

  std::vector<Claim> Run() {
    Collect();
    Weigh();
    std::vector<std::tuple<double, std::size_t, std::size_t>> edges;
    Candidates(edges);
    std::sort(edges.begin(), edges.end(), [](const auto& a, const auto& b) {
      if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) > std::get<0>(b);
      return std::tie(std::get<1>(a), std::get<2>(a)) < std::tie(std::get<1>(b), std::get<2>(b));
    });
    parent_.resize(items_.size());
    std::iota(parent_.begin(), parent_.end(), 0);
    members_.assign(items_.size(), {});
    for (std::size_t i = 0; i < items_.size(); ++i) members_[i] = {i};
    for (const auto& [score, a, b] : edges) TryJoin(a, b, BarFor(a, b));
    return Claims();
  }

 private:
  void Collect() {
    for (std::size_t d = 0; d < story_.size(); ++d) {
      for (const Fact& f : story_[d]->facts) {
        if (f.kind == Fact::Kind::kDate && !o_.dates) continue;
        double key = f.base;
        if (f.kind == Fact::Kind::kDate)
          key = static_cast<double>(CalendarDaysBetween("1970", f.date));
        items_.push_back(Item{d, story_[d], &f, key});
      }
    }
  }

  void Weigh() {
    std::vector<FactRef> refs;
    for (const Item& it : items_) refs.push_back(FactRef{it.doc, it.fact});
    vectors_ = ContextVectors(refs, story_.size());
  }

  bool Compatible(std::size_t a, std::size_t b) const {
    const Fact& x = *items_[a].fact;
    const Fact& y = *items_[b].fact;
    if (x.kind == Fact::Kind::kDate) return CalendarCompatible(x.date, y.date);
    if (!SameUnitFamily(x, y)) return false;
    const Interval i = IntervalOf(x, o_, x.base, x.high * Factor(x));
    const Interval j = IntervalOf(y, o_, y.base, y.high * Factor(y));
    return i.lo <= j.hi && j.lo <= i.hi;
  }

  double BarFor(std::size_t a, std::size_t b) const {
    const bool date = items_[a].fact->kind == Fact::Kind::kDate;
    const bool same = Compatible(a, b);
    if (date) return same ? o_.link_date_same : o_.link_date_other;
    return same ? o_.link_same : o_.link_other;
  }

  bool PeriodsMeet(const Item& a, const Item& b) const {
    const std::string& x = a.facts->content_date;
    const std::string& y = b.facts->content_date;
    if (x.empty() || y.empty()) return true;
    return std::labs(CalendarDaysBetween(x, y)) <= o_.max_days_apart;
  }

  void Candidates(std::vector<std::tuple<double, std::size_t, std::size_t>>& edges) {
    std::map<std::string, std::vector<std::size_t>> buckets;
    for (std::size_t i = 0; i < items_.size(); ++i) buckets[Bucket(*items_[i].fact)].push_back(i);
    for (auto& [name, ids] : buckets) {
      std::sort(ids.begin(), ids.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(items_[a].key, a) < std::tie(items_[b].key, b);
      });
      const bool date = name == "date";
      for (std::size_t x = 0; x < ids.size(); ++x) {
        const Item& a = items_[ids[x]];
        for (std::size_t y = x + 1; y < ids.size(); ++y) {
          const Item& b = items_[ids[y]];
          if (date) {
            if (b.key - a.key > o_.max_date_gap_days) break;
          } else if (a.key > 0 ? b.key > a.key * o_.max_ratio : b.key > 0) {
            // Past the window; money in other currencies is compared below.
            if (name != "money") break;
            if (a.fact->unit == b.fact->unit) continue;
          }
          Consider(ids[x], ids[y], edges);
        }
      }
    }
  }

  void Consider(std::size_t i, std::size_t j,
                std::vector<std::tuple<double, std::size_t, std::size_t>>& edges) {
    const Item& a = items_[i];
    const Item& b = items_[j];
    if (a.doc == b.doc || !PeriodsMeet(a, b)) return;
    // Tied to different years ("€265 million in 2022", "€310 million
    // today"; only the year: the nearest date is often another event's,
    // "grants of €4,000 from tomorrow"); dated facts compare at one granularity.
    if (!a.fact->time.empty() && !b.fact->time.empty() &&
        a.fact->time.substr(0, 4) != b.fact->time.substr(0, 4))
      return;
    if (a.fact->kind == Fact::Kind::kDate) {
      if (a.fact->date.size() != b.fact->date.size()) return;
      // Each the day its own report was written ("HALVENPORT, March 10"; "on
      // Wednesday" in Wednesday's paper): two days of reporting, no discrepancy.
      if (a.fact->date != b.fact->date && a.fact->date == a.facts->published.substr(0, 10) &&
          b.fact->date == b.facts->published.substr(0, 10))
        return;
    }
    const std::string ca = NounClassOf(*a.fact), cb = NounClassOf(*b.fact);
    if (!ca.empty() && !cb.empty() && ca != cb) return;
    const double score = Cosine(vectors_[i], vectors_[j]);
    if (score < BarFor(i, j)) return;
    edges.emplace_back(score, i, j);
  }

  std::size_t Find(std::size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }

  void TryJoin(std::size_t a, std::size_t b, double bar) {
    const std::size_t ra = Find(a), rb = Find(b);
    if (ra == rb) return;
    const auto& A = members_[ra];
    const auto& B = members_[rb];
    std::set<std::string> classes;
    double sum = 0.0;
    for (std::size_t x : A) {
      for (std::size_t y : B) {
        if (items_[x].doc == items_[y].doc && !Compatible(x, y)) return;
        sum += Cosine(vectors_[x], vectors_[y]);
      }
    }
    const double mean_bar =
        items_[a].fact->kind == Fact::Kind::kDate ? o_.date_cluster_mean : o_.cluster_mean;
    if (sum / static_cast<double>(A.size() * B.size()) < mean_bar * bar) return;
    // Value span of the joined group, per unit family.
    std::map<std::string, std::pair<double, double>> span;  // unit family -> min, max
    const bool date = items_[a].fact->kind == Fact::Kind::kDate;
    for (const auto* group : {&A, &B}) {
      for (std::size_t x : *group) {
        const Fact& f = *items_[x].fact;
        const std::string c = NounClassOf(f);
        if (!c.empty()) classes.insert(c);
        const std::string family = f.dimension == "money" ? f.unit : "";
        auto [it, fresh] = span.try_emplace(family, items_[x].key, items_[x].key);
        if (!fresh) {
          it->second.first = std::min(it->second.first, items_[x].key);
          it->second.second = std::max(it->second.second, items_[x].key);
        }
      }
    }
    if (classes.size() > 1) return;
    for (const auto& [family, range] : span) {
      if (date) {
        if (range.second - range.first > o_.max_date_gap_days) return;
      } else if (range.first > 0 ? range.second > range.first * o_.max_ratio
                                 : range.second != range.first) {
        return;
      }
    }
    parent_[rb] = ra;
    auto moved = std::move(members_[rb]);
    members_[rb].clear();
    members_[ra].insert(members_[ra].end(), moved.begin(), moved.end());
  }

  std::string About(const std::vector<std::size_t>& group) const {
    // The counted noun, then the three heaviest context words over the reports.
    std::map<std::string, std::pair<double, std::string>> weight;
    std::string counts;
    for (std::size_t x : group) {
      const Fact& f = *items_[x].fact;
      if (counts.empty() && !f.counts.empty()) counts = f.counts;
      for (const ContextWord& w : f.context) {
        auto& [sum, word] = weight[w.stem];
        sum += w.weight;
        if (word.empty()) word = w.word;
      }
    }
    std::vector<std::pair<double, std::string>> ranked;
    for (const auto& [stem, sw] : weight) {
      if (sw.second == counts) continue;
      ranked.emplace_back(-sw.first, sw.second);
    }
    std::sort(ranked.begin(), ranked.end());
    std::string about = counts;
    for (std::size_t k = 0; k < ranked.size() && k < 3; ++k)
      about += (about.empty() ? "" : " ") + ranked[k].second;
    return about;
  }

  std::vector<Claim> Claims() const {
    std::vector<Claim> out;
    std::vector<std::pair<std::pair<std::size_t, std::uint32_t>, std::size_t>> order;
    for (std::size_t r = 0; r < members_.size(); ++r) {
      const auto& group = members_[r];
      std::set<std::size_t> docs;
      for (std::size_t x : group) docs.insert(items_[x].doc);
      if (docs.size() < 2) continue;
      std::vector<std::size_t> sorted = group;
      std::sort(sorted.begin(), sorted.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(items_[a].doc, items_[a].fact->span.start) <
               std::tie(items_[b].doc, items_[b].fact->span.start);
      });
      Claim c;
      const Fact& first = *items_[sorted.front()].fact;
      c.kind = first.kind == Fact::Kind::kDate ? "date" : "quantity";
      c.about = About(sorted);
      bool all_compatible = true, outlet_conflict = false;
      std::set<std::string> units;
      for (std::size_t x = 0; x < sorted.size(); ++x) {
        for (std::size_t y = x + 1; y < sorted.size(); ++y) {
          if (Compatible(sorted[x], sorted[y])) continue;
          all_compatible = false;
          const std::string& ox = items_[sorted[x]].facts->outlet;
          if (!ox.empty() && ox == items_[sorted[y]].facts->outlet) outlet_conflict = true;
        }
      }
      c.verdict = all_compatible ? "agree" : outlet_conflict ? "conflict" : "differ";
      for (std::size_t x : sorted) {
        const Item& it = items_[x];
        const Fact& f = *it.fact;
        ClaimReport rep;
        rep.document = it.facts->id;
        rep.outlet = it.facts->outlet;
        rep.span = f.span;
        rep.text = f.text;
        rep.sentence = f.sentence;
        if (f.kind == Fact::Kind::kDate) {
          rep.date = f.date;
        } else {
          rep.numeric = true;
          rep.value = f.value;
          rep.high = f.high;
          rep.unit = f.unit;
          rep.modifier = f.modifier;
          units.insert(f.unit);
        }
        c.reports.push_back(std::move(rep));
      }
      units.erase("");
      c.units.assign(units.begin(), units.end());
      order.push_back({{items_[sorted.front()].doc, first.span.start}, out.size()});
      out.push_back(std::move(c));
    }
    std::sort(order.begin(), order.end());
    std::vector<Claim> ordered;
    for (const auto& [key, index] : order) ordered.push_back(std::move(out[index]));
    for (std::size_t i = 0; i < ordered.size(); ++i) ordered[i].id = "k" + std::to_string(i + 1);
    return ordered;
  }

  const std::vector<const DocumentFacts*>& story_;
  const ClaimOptions& o_;
  std::vector<Item> items_;
  std::vector<ContextVector> vectors_;
  std::vector<std::size_t> parent_;
  std::vector<std::vector<std::size_t>> members_;
};

}  // namespace

bool ValuesCompatible(const Fact& a, const Fact& b, const ClaimOptions& options) {
  if (a.kind != b.kind) return false;
  if (a.kind == Fact::Kind::kDate) return CalendarCompatible(a.date, b.date);
  if (a.dimension == "money" ? a.unit != b.unit : Bucket(a) != Bucket(b)) return false;
  const Interval i = IntervalOf(a, options, a.base, a.high * Factor(a));
  const Interval j = IntervalOf(b, options, b.base, b.high * Factor(b));
  return i.lo <= j.hi && j.lo <= i.hi;
}

std::vector<Claim> AlignClaims(const std::vector<const DocumentFacts*>& story,
                               const ClaimOptions& options) {
  return Aligner(story, options).Run();
}

}  // namespace crosscheck::corpus
