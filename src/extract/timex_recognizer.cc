// Temporal-expression recognition: one pass over the tokens, trying at each
// token a fixed list of patterns and keeping the longest match (the list, in
// MatchCore, runs from the most specific — "Tuesday, Oct. 23, 2022" — to the
// most general — a bare year). Words are classified with the tables of
// timex_lexicon.h and numbers read with quantity_numbers.h.
//
// The recogniser writes only what the words say. "on Tuesday" becomes
// "XXXX-WXX-2", "last year" "REF-1Y", "the next day" "ANCHOR+1D": the
// normaliser (src/resolve/timex_normalizer.cc) knows the publication date, the
// verb's tense and the dates mentioned before, and turns these into calendar
// values. Keeping the two apart keeps every rule here testable without dates.
//
// Ambiguous words need context: a month name must be capitalised and "May" also
// needs a day, a year or a preposition next to it; "fall" is a season only after
// "this/last/next/the/in/early/late" or before a year; a four-digit number is a
// year only when it is not a count ("2016 elections" after "the" is a year,
// "1500 troops" is not) and no currency or unit is attached.
#include "extract/timex_recognizer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "extract/quantity_numbers.h"
#include "extract/timex_lexicon.h"
#include "extract/timex_matcher.h"

namespace crosscheck::extract {
namespace timex_internal {

std::string Pad(int value, int width) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
  return buffer;
}

std::string FormatCount(double value) {
  if (value == std::floor(value)) return std::to_string(static_cast<long long>(value));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

// "P3Y", "PT45M", "PXM". ISO 8601 durations have no quarter: "three quarters"
// is "P9M" (a SET keeps TIMEX3's "P1Q": "every quarter"). A fraction goes to the next smaller unit
// when it comes out whole there: "2 1/2 years" is "P2Y6M", "5 1/2 hours" "PT5H30M".
std::string DurationValue(const std::string& count, const TimeUnit& unit, bool set) {
  if (unit.letter == "WE") return "P" + count + "WE";
  if (unit.letter == "CE") return "P" + count + "CE";
  if (unit.letter == "Q" && !set) {
    if (count == "X") return "PXM";
    const double quarters = std::atof(count.c_str());
    return quarters > 0 ? "P" + FormatCount(quarters * 3) + "M" : "PXM";
  }
  const std::string prefix = unit.clock ? "PT" : "P";
  if (count.find('.') != std::string::npos) {
    struct Smaller {
      std::string_view letter, smaller;
      bool clock;
      double factor;
    };
    static constexpr Smaller kSmaller[] = {{"Y", "M", false, 12}, {"W", "D", false, 7},
                                           {"D", "H", false, 24}, {"H", "M", true, 60},
                                           {"M", "S", true, 60},  {"DE", "Y", false, 10}};
    const double value = std::atof(count.c_str());
    const double whole = std::floor(value);
    for (const Smaller& s : kSmaller) {
      if (s.letter != unit.letter || s.clock != unit.clock) continue;
      const double part = (value - whole) * s.factor;
      if (part != std::floor(part) || part <= 0) break;
      const std::string smaller = FormatCount(part) + std::string(s.smaller);
      if (whole == 0) {
        return (unit.clock || s.letter == "D" ? "PT" : "P") + smaller;
      }
      if (s.letter == "D") return "P" + FormatCount(whole) + "DT" + smaller;
      return prefix + FormatCount(whole) + std::string(unit.letter) + smaller;
    }
  }
  return prefix + count + std::string(unit.letter);
}

std::string Relative(std::string_view base, int offset, std::string_view unit) {
  std::string out(base);
  out += offset < 0 ? "-" : "+";
  out += std::to_string(offset < 0 ? -offset : offset);
  out += unit;
  return out;
}

std::vector<Timex> Matcher::Run() {
  std::vector<Timex> out;
  for (std::size_t i = 0; i < words_.size();) {
    Hit hit;
    if (Match(i, hit)) {
      const Span span{words_.token(hit.first).span.start, words_.token(hit.last).span.end};
      out.push_back(Timex{span, std::move(hit.type), std::move(hit.value)});
      i = hit.last + 1;
    } else {
      ++i;
    }
  }
  return out;
}

// A four-digit year 1000..2099 at token i, or 0.
int Matcher::YearAt(std::size_t i) const {
  if (i >= words_.size() || words_.token(i).kind != TokenKind::kNumber) return 0;
  const std::string_view w = W(i);
  if (w.size() != 4) return 0;
  double value = 0;
  if (!ParseNumeral(w, value) || value < 1000 || value > 2099) return 0;
  return static_cast<int>(value);
}

// A year read out at token i ("nineteen ninety-six"), or 0; `last` is its
// last token.
int Matcher::SpokenYearAt(std::size_t i, std::size_t& last) const {
  const std::string_view w = W(i);
  if (w != "nineteen" && w != "eighteen") return 0;
  NumberMatch rest;
  if (!ReadNumber(words_, i + 1, false, rest) || !rest.from_words || rest.value < 10 ||
      rest.value > 99 || rest.value != std::floor(rest.value) || !Same(i, rest.last)) {
    return 0;
  }
  last = rest.last;
  return (w == "nineteen" ? 1900 : 1800) + static_cast<int>(rest.value);
}

// A day of the month at token i ("23", "23rd"), or 0.
int Matcher::DayAt(std::size_t i) const {
  if (i >= words_.size()) return 0;
  const std::string_view w = W(i);
  double value = 0;
  if (words_.token(i).kind == TokenKind::kNumber && w.size() <= 2 && ParseNumeral(w, value) &&
      value >= 1 && value <= 31) {
    return static_cast<int>(value);
  }
  const int ordinal = OrdinalValue(w);
  if (ordinal >= 1 && ordinal <= 31 && w.size() <= 4 && w[0] >= '0' && w[0] <= '9') return ordinal;
  return 0;
}

// A month name at token i (capitalised; "May"/"March" need support).
int Matcher::MonthAt(std::size_t i) const {
  if (i >= words_.size() || !words_.Capitalised(i)) return 0;
  const int month = MonthNumber(W(i));
  if (month == 0) return 0;
  const std::string_view w = W(i);
  if (w == "may" || w == "march" || w == "mar" || w == "jan" || w == "dec" || w == "sun") {
    const std::string_view prev = i > 0 ? W(i - 1) : std::string_view();
    const bool supported = DayAt(i + 1) > 0 || YearAt(i + 1) > 0 || (DayAt(i - 1) > 0 && i > 0) ||
                           prev == "in" || prev == "since" || prev == "until" || prev == "early" ||
                           prev == "late" || prev == "mid" || prev == "last" || prev == "next" ||
                           prev == "this" || prev == "of" || prev == "-" || prev == "by" ||
                           prev == "through" || prev == "from" || prev == "before" ||
                           prev == "after" || prev == "during";
    if (!supported) return 0;
  }
  return month;
}

// Whether a count (as CountAt reads it) starts at token i.
bool Matcher::CountFollows(std::size_t i) const {
  std::string count;
  std::size_t last = i;
  return i < words_.size() && CountAt(i, count, last);
}

// A count before a unit: number, "a"/"an" (1), or a vague word (X).
bool Matcher::CountAt(std::size_t i, std::string& count, std::size_t& last) const {
  const std::string_view w = W(i);
  if (w == "a" || w == "an" || w == "one") {
    if (W(i + 1) == "few" || W(i + 1) == "couple") {
      last = W(i + 2) == "of" ? i + 2 : i + 1;
      count = W(i + 1) == "couple" ? "2" : "X";  // "a couple of years": P2Y
      return true;
    }
    count = "1";
    last = i;
    return true;
  }
  if (w == "several" || w == "few" || w == "many" || w == "some" || w == "couple") {
    count = w == "couple" ? "2" : "X";
    last = W(i + 1) == "of" ? i + 1 : i;
    return true;
  }
  NumberMatch number;
  // At most 10,000 units: larger counts are not calendar spans, and the
  // normaliser's arithmetic stays inside the civil calendar.
  if (!ReadNumber(words_, i, false, number) || number.value <= 0 || number.value > 10000) {
    return false;
  }
  if (number.numeral_only && W(i).find(',') != std::string_view::npos) return false;
  count = FormatCount(number.value);
  last = number.last;
  return true;
}

bool Matcher::Match(std::size_t i, Hit& hit) {
  // Modifiers that extend a date span: "early", "late", "mid-", "earlier",
  // "later", "the end of", "the beginning of", "the middle of".
  std::size_t core = i;
  const std::string_view w = W(i);
  if (w == "early" || w == "late" || w == "earlier" || w == "later") {
    core = i + 1;
  } else if (w == "mid") {
    core = W(i + 1) == "-" ? i + 2 : i + 1;
  } else if (w == "the" &&
             (W(i + 1) == "end" || W(i + 1) == "beginning" || W(i + 1) == "middle" ||
              W(i + 1) == "start") &&
             W(i + 2) == "of") {
    core = i + 3;
  }
  if (core != i && Same(i, core) && MatchCore(core, hit) && hit.type == "DATE") {
    hit.first = i;
    return true;
  }
  return MatchCore(i, hit);
}

bool Matcher::MatchCore(std::size_t i, Hit& hit) {
  const std::string_view w = W(i);
  if (w.empty()) return false;
  return MatchSet(i, hit) || MatchWeekday(i, hit) || MatchMonth(i, hit) || MatchDayMonth(i, hit) ||
         MatchNumericDate(i, hit) || MatchClock(i, hit) || MatchQuarter(i, hit) ||
         MatchSeason(i, hit) || MatchDeictic(i, hit) || MatchShifted(i, hit) ||
         MatchAnchored(i, hit) || MatchUnits(i, hit) || MatchYear(i, hit);
}

}  // namespace timex_internal

namespace {

using timex_internal::Matcher;

class TimexStage : public DocumentStage {
 public:
  std::string_view name() const override { return "timexes"; }
  Status Apply(Document& document, TextAnalyzer&) override {
    document.timexes = RecognizeTimexes(document);
    return Status::Ok();
  }
};

}  // namespace

std::vector<Timex> RecognizeTimexes(const Document& document) { return Matcher(document).Run(); }

std::unique_ptr<DocumentStage> MakeTimexStage() { return std::make_unique<TimexStage>(); }

}  // namespace crosscheck::extract
