#include "corpus/claim_facts.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "corpus/claim_text.h"

namespace crosscheck::corpus {
namespace {

// A mention's entity, or "chain:<id>" until entities are known (the corpus
// runner summarises documents before it resolves entities; ResolveEntities
// rewrites these), or "" when it has neither.
std::string EntityKey(const Mention& m) {
  if (!m.entity.empty()) return m.entity;
  return m.chain.empty() ? "" : "chain:" + m.chain;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// Dimension and factor to the base unit of a measure unit.
std::pair<std::string, double> MeasureDimension(const std::string& unit) {
  static const std::map<std::string, std::pair<std::string, double>> kUnits = {
      {"m", {"length", 1.0}},
      {"km", {"length", 1000.0}},
      {"cm", {"length", 0.01}},
      {"mm", {"length", 0.001}},
      {"ft", {"length", 0.3048}},
      {"in", {"length", 0.0254}},
      {"mi", {"length", 1609.344}},
      {"km/h", {"speed", 1.0}},
      {"mph", {"speed", 1.609344}},
      {"kg", {"mass", 1.0}},
      {"t", {"mass", 1000.0}},
      {"lb", {"mass", 0.45359237}},
      {"l", {"volume", 1.0}},
      {"gal", {"volume", 3.785411784}},
      {"acres", {"area", 4046.8564224}},
      {"barrels", {"volume", 158.987294928}},
  };
  if (auto it = kUnits.find(unit); it != kUnits.end()) return it->second;
  return {"measure:" + unit, 1.0};
}

std::vector<std::string> NormalisedWords(std::string_view text, Span span) {
  std::vector<std::string> out;
  for (auto& w : ClaimWords(text, span)) out.push_back(std::move(w.word));
  return out;
}

// Where `target` lies among `words`: the first and last word index it covers
// (a target without words, "€", sits before the next word).
std::pair<std::ptrdiff_t, std::ptrdiff_t> Locate(const std::vector<ClaimWord>& words, Span target) {
  std::ptrdiff_t first = -1, last = -1;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].span.end > target.start && words[i].span.start < target.end) {
      if (first < 0) first = static_cast<std::ptrdiff_t>(i);
      last = static_cast<std::ptrdiff_t>(i);
    }
  }
  if (first < 0) {
    first = last = static_cast<std::ptrdiff_t>(
        std::lower_bound(words.begin(), words.end(), target.start,
                         [](const ClaimWord& w, std::uint32_t o) { return w.span.start < o; }) -
        words.begin());
  }
  return {first, last};
}

// Closeness of word `i` to the target words [first, last]: 1 / (1 + d/3)
// for a word d words away, halved for every clause mark (, ; : dash,
// bracket) between them, so "the gap ... is €48 million, according to the
// ministry" keeps "gap" close and the ministry further. 0 beyond `window`
// words (0 = the whole sentence).
class Closeness {
 public:
  Closeness(std::string_view text, const std::vector<ClaimWord>& words, Span target,
            std::size_t window)
      : window_(window) {
    std::tie(first_, last_) = Locate(words, target);
    marks_.assign(words.size() + 1, 0);
    for (std::size_t i = 1; i < words.size(); ++i) {
      const std::string_view gap =
          text.substr(words[i - 1].span.end, words[i].span.start - words[i - 1].span.end);
      const bool mark = gap.find_first_of(",;:()") != gap.npos || gap.find("\u2013") != gap.npos ||
                        gap.find("\u2014") != gap.npos || gap.find(" - ") != gap.npos;
      marks_[i] = marks_[i - 1] + (mark ? 1 : 0);  // marks before word i
    }
  }
  bool Inside(std::ptrdiff_t i) const { return i >= first_ && i <= last_; }
  float Of(std::ptrdiff_t i) const {
    const std::ptrdiff_t distance = i < first_ ? first_ - i : i - last_;
    if (window_ > 0 && static_cast<std::size_t>(distance) > window_) return 0.0f;
    const int crossed = i < first_ ? marks_[first_] - marks_[i] : marks_[i] - marks_[last_];
    return std::ldexp(1.0f / (1.0f + static_cast<float>(distance) / 3.0f), -crossed);
  }

 private:
  std::size_t window_;
  std::ptrdiff_t first_ = 0, last_ = 0;
  std::vector<int> marks_;
};

// Stems of the content words of `sentence` and the entities it names
// ("E:<id>"), weighted by closeness to `target` (entities at half weight).
std::vector<ContextWord> ContextOf(const Document& d, Span sentence, Span target,
                                   std::size_t window) {
  const auto words = ClaimWords(d.text, sentence);
  const Closeness near(d.text, words, target, window);
  std::map<std::string, ContextWord> best;
  auto offer = [&](const std::string& key, float weight, const std::string& word) {
    if (weight <= 0.0f) return;
    ContextWord& b = best[key];
    if (weight > b.weight) b = ContextWord{key, weight, word};
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto ii = static_cast<std::ptrdiff_t>(i);
    if (near.Inside(ii)) continue;
    const std::string& w = words[i].word;
    if (IsStopWord(w) || std::isdigit(static_cast<unsigned char>(w[0])) || w.size() < 2) continue;
    offer(Stem(w), near.Of(ii), w);
  }
  for (const Mention& m : d.mentions) {
    const std::string key = EntityKey(m);
    if (key.empty() || m.span.start < sentence.start || m.span.end > sentence.end) continue;
    const auto [first, last] = Locate(words, m.span);
    if (near.Inside(first)) continue;
    offer("E:" + key, 0.5f * near.Of(first), std::string(m.span.Of(d.text)));
  }
  // The heaviest words only: a long sentence's far words weigh little and
  // would cost memory for every figure of every document the runner keeps.
  constexpr std::size_t kMaxContext = 16;
  std::vector<ContextWord> out;
  for (auto& [key, word] : best) out.push_back(std::move(word));
  if (out.size() > kMaxContext) {
    std::nth_element(out.begin(), out.begin() + kMaxContext, out.end(),
                     [](const ContextWord& a, const ContextWord& b) {
                       return a.weight != b.weight ? a.weight > b.weight : a.stem < b.stem;
                     });
    out.resize(kMaxContext);
    std::sort(out.begin(), out.end(),
              [](const ContextWord& a, const ContextWord& b) { return a.stem < b.stem; });
  }
  return out;
}

// The calendar value of the temporal expression nearest to `target` in its
// sentence (closeness at least 0.1: about 8 words, fewer across clause
// marks; "now", "today" are `now`), or "".
std::string TimeOf(const Document& d, Span sentence, Span target, const std::string& now) {
  const auto words = ClaimWords(d.text, sentence);
  const Closeness near(d.text, words, target, 8);
  std::string best;
  float best_weight = 0.0f;
  for (const Timex& t : d.timexes) {
    if ((t.type != "DATE" && t.type != "TIME") || t.span.start < sentence.start ||
        t.span.end > sentence.end || (t.span.start < target.end && target.start < t.span.end))
      continue;
    const std::string value = t.value == "PRESENT_REF" ? now : CalendarPrefix(t.value);
    if (value.empty()) continue;
    const float w = near.Of(Locate(words, t.span).first);
    if (w >= 0.1f && w > best_weight) {
      best_weight = w;
      best = value;
    }
  }
  return best;
}

std::vector<std::string> EntitiesIn(const Document& d, Span span) {
  std::set<std::string> out;
  for (const Mention& m : d.mentions) {
    const std::string key = EntityKey(m);
    if (key.empty()) continue;
    if (m.span.start >= span.start && m.span.end <= span.end) out.insert(key);
  }
  return {out.begin(), out.end()};
}

int YearOf(std::string_view date) {
  return date.size() >= 4 && AllDigits(date.substr(0, 4))
             ? std::stoi(std::string(date.substr(0, 4)))
             : 0;
}

// The period a stale_content flag names: "the text dates itself to 2022-10; ...".
std::string StalePeriod(const Document& d) {
  static constexpr std::string_view kLead = "the text dates itself to ";
  for (const Flag& f : d.flags) {
    if (f.kind != "stale_content" || f.detail.rfind(kLead, 0) != 0) continue;
    std::string_view rest = std::string_view(f.detail).substr(kLead.size());
    std::size_t n = 0;
    while (n < rest.size() && (std::isdigit(static_cast<unsigned char>(rest[n])) || rest[n] == '-'))
      ++n;
    const std::string period(rest.substr(0, n));
    if (IsCalendarValue(period)) return period;
  }
  return "";
}

// Speaker key and name of a quotation: its entity, else "chain:<id>" (see
// EntityKey; GroupQuotes and ResolveEntities turn an unresolved one into
// "name:<words>"); an empty key when the speaker has no chain.
std::pair<std::string, std::string> SpeakerOf(const Document& d, const Quote& q) {
  if (!q.has_speaker) return {};
  std::string entity = q.speaker.entity;
  if (entity.empty() && !q.speaker.chain.empty()) {
    for (const Mention& m : d.mentions) {
      if (m.chain == q.speaker.chain && !m.entity.empty()) {
        entity = m.entity;
        break;
      }
    }
  }
  std::string name = q.speaker.name;
  if (name.empty() && q.speaker.has_span) name = std::string(q.speaker.span.Of(d.text));
  if (!entity.empty()) return {entity, name};
  // A speaker without a chain is a description ("city officials", "the
  // ministry"): different bodies say those words, so it groups nothing.
  if (q.speaker.chain.empty()) return {};
  return {"chain:" + q.speaker.chain, name};
}

// Cuts a quotation into statements: its sentences, and an indirect quotation
// also before "and said/that/added", ", but".
std::vector<Span> StatementSpans(std::string_view text, const Quote& q) {
  const auto words = ClaimWords(text, q.span);
  std::vector<Span> out;
  std::size_t first = 0;                    // first word of the statement being read
  auto close = [&](std::size_t end_word) {  // the statement ends before `end_word`
    if (end_word > first)
      out.push_back(Span{words[first].span.start, words[end_word - 1].span.end});
  };
  std::size_t i = 1;
  while (i < words.size()) {
    const std::string_view gap =
        text.substr(words[i - 1].span.end, words[i].span.start - words[i - 1].span.end);
    const std::string& w = words[i].word;
    const std::string next = i + 1 < words.size() ? words[i + 1].word : "";
    const bool reporting = next == "said" || next == "that" || next == "added" ||
                           next == "insisted" || next == "conceded";
    if ((w == "and" || w == "but") && (reporting || (w == "but" && gap.find(',') != gap.npos))) {
      close(i);
      std::size_t skip = reporting ? 2 : 1;  // "and said", "but"
      if (next == "said" && i + 2 < words.size() && words[i + 2].word == "that") ++skip;
      first = i + skip;
      i = first + 1;
      continue;
    }
    if (gap.find_first_of(".!?") != gap.npos) {
      close(i);
      first = i;
    }
    ++i;
  }
  if (first < words.size()) close(words.size());
  return out;
}

}  // namespace

std::string NameSpeakerKey(std::string_view name) {
  const auto words = ClaimWords(name, Span{0, static_cast<std::uint32_t>(name.size())});
  if (words.size() < 2) return "";
  std::string key = "name:";
  for (const auto& w : words) key += (key.size() > 5 ? " " : "") + w.word;
  return key;
}

void ResolveEntities(DocumentFacts& facts,
                     const std::function<std::string(const std::string& chain)>& entity_of) {
  // "chain:c3" -> the entity id, or "" when it has none.
  auto resolve = [&](const std::string& key) -> std::string {
    if (key.rfind("chain:", 0) != 0) return key;
    return entity_of(key.substr(6));
  };
  auto speaker = [&](std::string& key, const std::string& name) {
    if (key.rfind("chain:", 0) != 0) return;
    const std::string chain = key.substr(6);
    std::string entity = entity_of(chain);
    if (entity.empty()) entity = NameSpeakerKey(name);
    key = entity.empty() ? "doc:" + facts.id + ":" + chain : entity;
  };
  for (QuoteSummary& q : facts.quotes) speaker(q.speaker, q.speaker_name);
  for (Statement& st : facts.statements) {
    speaker(st.speaker, st.speaker_name);
    std::map<std::string, std::string> keys;
    for (std::size_t k = 0; k < st.keys.size(); ++k) {
      std::string key = st.keys[k];
      if (key.rfind("E:", 0) == 0) {
        const std::string e = resolve(key.substr(2));
        if (e.empty() || e == st.speaker) continue;
        key = "E:" + e;
      }
      keys.emplace(key, st.shown[k]);
    }
    st.keys.clear();
    st.shown.clear();
    for (auto& [key, shown] : keys) {
      st.keys.push_back(key);
      st.shown.push_back(shown);
    }
  }
  for (Fact& f : facts.facts) {
    std::set<std::string> entities;
    for (const std::string& e : f.entities) {
      const std::string r = resolve(e);
      if (!r.empty()) entities.insert(r);
    }
    f.entities.assign(entities.begin(), entities.end());
    std::map<std::string, ContextWord> context;
    for (ContextWord& w : f.context) {
      if (w.stem.rfind("E:", 0) == 0) {
        const std::string e = resolve(w.stem.substr(2));
        if (e.empty()) continue;
        w.stem = "E:" + e;
      }
      ContextWord& best = context[w.stem];
      if (w.weight > best.weight) best = w;
    }
    f.context.clear();
    for (auto& [stem, w] : context) f.context.push_back(std::move(w));
  }
}

bool IsCalendarValue(std::string_view v) {
  if (v.size() == 4) return AllDigits(v);
  if (v.size() == 7) return AllDigits(v.substr(0, 4)) && v[4] == '-' && AllDigits(v.substr(5, 2));
  if (v.size() == 10)
    return AllDigits(v.substr(0, 4)) && v[4] == '-' && AllDigits(v.substr(5, 2)) && v[7] == '-' &&
           AllDigits(v.substr(8, 2));
  return false;
}

std::string CalendarPrefix(std::string_view v) {
  for (std::size_t n : {10, 7, 4}) {
    if (v.size() >= n && IsCalendarValue(v.substr(0, n)) && (v.size() == n || v[n] == 'T'))
      return std::string(v.substr(0, n));
  }
  return "";
}

bool CalendarCompatible(std::string_view a, std::string_view b) {
  const std::size_t n = std::min(a.size(), b.size());
  return a.substr(0, n) == b.substr(0, n);
}

long CalendarDaysBetween(std::string_view a, std::string_view b) {
  auto days = [](std::string_view v) -> long {
    const int y = std::stoi(std::string(v.substr(0, 4)));
    const unsigned m =
        v.size() >= 7 ? static_cast<unsigned>(std::stoi(std::string(v.substr(5, 2)))) : 1;
    const unsigned d =
        v.size() >= 10 ? static_cast<unsigned>(std::stoi(std::string(v.substr(8, 2)))) : 1;
    // Days from civil (H. Hinnant's algorithm, public domain description).
    const int yy = y - (m <= 2 ? 1 : 0);
    const long era = (yy >= 0 ? yy : yy - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(yy - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
  };
  if (!IsCalendarValue(a) || !IsCalendarValue(b)) return 0;
  return days(b) - days(a);
}

DocumentFacts FactsOf(const Document& d) {
  DocumentFacts out;
  out.id = d.id;
  out.outlet = d.outlet;
  out.published = d.published;
  out.content_date = StalePeriod(d);
  if (out.content_date.empty()) out.content_date = CalendarPrefix(d.published);

  for (const Quantity& q : d.quantities) {
    if (q.span.end > d.text.size() || !std::isfinite(q.value)) continue;
    Fact f;
    f.kind = Fact::Kind::kQuantity;
    f.value = q.value;
    f.high = q.high;
    f.unit = q.unit;
    f.modifier = q.modifier;
    f.counts = q.counts;
    f.base = q.value;
    if (q.kind == "money") {
      f.dimension = "money";
    } else if (q.kind == "percent") {
      f.dimension = "percent";
    } else if (q.kind == "count") {
      f.dimension = "count:" + (q.counts.empty() ? std::string() : NounClass(q.counts));
    } else {
      const auto [dimension, factor] = MeasureDimension(q.unit);
      f.dimension = dimension;
      f.base = q.value * factor;
    }
    f.span = q.span;
    f.text = std::string(q.span.Of(d.text));
    f.sentence = SentenceAround(d.text, d.sentences, q.span.start);
    f.context = ContextOf(d, f.sentence, q.span, 0);
    f.time = TimeOf(d, f.sentence, q.span, out.content_date);
    // A figure no date is near speaks of the document's own time (its year).
    if (f.time.empty()) f.time = out.content_date.substr(0, 4);
    f.entities = EntitiesIn(d, f.sentence);
    out.facts.push_back(std::move(f));
  }
  for (const Timex& t : d.timexes) {
    if ((t.type != "DATE" && t.type != "TIME") || t.span.end > d.text.size()) continue;
    const std::string date = CalendarPrefix(t.value);
    if (date.empty()) continue;
    Fact f;
    f.kind = Fact::Kind::kDate;
    f.dimension = "date";
    f.date = date;
    f.span = t.span;
    f.text = std::string(t.span.Of(d.text));
    f.sentence = SentenceAround(d.text, d.sentences, t.span.start);
    f.context = ContextOf(d, f.sentence, t.span, 8);
    f.entities = EntitiesIn(d, f.sentence);
    out.facts.push_back(std::move(f));
  }
  std::sort(out.facts.begin(), out.facts.end(),
            [](const Fact& a, const Fact& b) { return a.span.start < b.span.start; });

  const int content_year = YearOf(out.content_date);
  for (const Quote& q : d.quotes) {
    if (q.span.end > d.text.size() || q.span.empty()) continue;
    auto [speaker, name] = SpeakerOf(d, q);
    if (speaker.empty()) continue;
    QuoteSummary s;
    s.speaker = speaker;
    s.speaker_name = name;
    s.span = q.span;
    s.text = std::string(q.span.Of(d.text));
    s.kind = q.kind;
    s.words = NormalisedWords(d.text, q.span);
    if (s.words.empty()) continue;
    const auto index = static_cast<std::uint32_t>(out.quotes.size());
    for (const Span& part : StatementSpans(d.text, q)) {
      Statement st;
      st.speaker = speaker;
      st.speaker_name = name;
      st.quote = index;
      st.span = part;
      st.text = std::string(part.Of(d.text));
      st.words = NormalisedWords(d.text, part);
      std::map<std::string, std::string> keys;  // key -> shown
      // The speaker's own name inside the statement is not its topic.
      std::vector<Span> speaker_spans;
      for (const Mention& m : d.mentions) {
        if (EntityKey(m) == speaker || (!m.chain.empty() && m.chain == q.speaker.chain))
          speaker_spans.push_back(m.span);
      }
      for (const ClaimWord& cw : ClaimWords(d.text, part)) {
        const std::string& w = cw.word;
        if (IsStopWord(w) || w.size() < 3 || std::isdigit(static_cast<unsigned char>(w[0])))
          continue;
        const bool of_speaker =
            std::any_of(speaker_spans.begin(), speaker_spans.end(),
                        [&](Span s) { return cw.span.start >= s.start && cw.span.end <= s.end; });
        if (!of_speaker) keys.emplace(Stem(w), w);
      }
      for (const Timex& t : d.timexes) {
        if (t.span.start < part.start || t.span.end > part.end) continue;
        const int year = YearOf(CalendarPrefix(t.value));
        if (year > 0 && year != content_year)
          keys.emplace("Y" + std::to_string(year), std::to_string(year));
        // "within two years": a deadline counted from the document's date.
        if (t.type == "DURATION" && content_year > 0 && t.value.size() > 2 && t.value[0] == 'P' &&
            t.value.back() == 'Y' && AllDigits(t.value.substr(1, t.value.size() - 2))) {
          const auto before = ClaimWords(d.text, Span{part.start, t.span.start});
          if (!before.empty() && (before.back().word == "within" || before.back().word == "in"))
            keys.emplace("Y" + std::to_string(content_year + std::stoi(t.value.substr(1))),
                         std::string(t.span.Of(d.text)));
        }
      }
      for (const Mention& m : d.mentions) {
        const std::string key = EntityKey(m);
        if (!key.empty() && key != speaker && m.span.start >= part.start && m.span.end <= part.end)
          keys.emplace("E:" + key, std::string(m.span.Of(d.text)));
      }
      for (auto& [key, shown] : keys) {
        st.keys.push_back(key);
        st.shown.push_back(shown);
      }
      if (!st.words.empty()) out.statements.push_back(std::move(st));
    }
    out.quotes.push_back(std::move(s));
  }
  return out;
}

}  // namespace crosscheck::corpus
