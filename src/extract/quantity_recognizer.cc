// Quantity recognition: one pass over the tokens. At each token that can start
// a number (a numeral, a number word, a currency symbol, "a dozen") it reads
//
//   [currency symbol] NUMBER [scale] [ -|–|to NUMBER [scale] ] [unit | % | currency word | noun]
//
// and decides the kind from what surrounds the number: a currency symbol, code
// or word makes money; "%"/"percent" a percentage; a unit word a measure; a
// noun phrase after it a count, whose counted noun is the last noun of that
// phrase ("two suicide bombers" -> "bombers"). The tokens before the number give
// the modifier ("more than", "about"). Numbers that are parts of dates, clock
// times, identifiers or tallies are skipped before any of that (see
// SkipNumber): a year ("in 2016", "the 2016 elections"), a number glued to a
// word by a hyphen ("COVID-19"), "No. 7", "359-64" with no unit after it, a
// number before ":" ("02:40").
//
// "m" after a number is read as "million" when it touches the number and money
// is around it ("€15m", "4m pounds") and as metres otherwise ("3.4 m", "1m of
// rain"). "pounds" is sterling after a scale word ("4m pounds", "2 million
// pounds") or before "sterling", and weight otherwise.
#include "extract/quantity_recognizer.h"

#include <array>
#include <string>
#include <string_view>

#include "crosscheck/text.h"
#include "extract/quantity_numbers.h"

namespace crosscheck::extract {
namespace {

struct Pair {
  std::string_view word;
  std::string_view value;
};

constexpr std::array<Pair, 9> kSymbols = {{
    {"$", "USD"},
    {"€", "EUR"},
    {"£", "GBP"},
    {"¥", "JPY"},
    {"₹", "INR"},
    {"us$", "USD"},
    {"c$", "CAD"},
    {"a$", "AUD"},
    {"fr.", "CHF"},
}};

constexpr std::array<Pair, 9> kCodes = {{
    {"usd", "USD"},
    {"eur", "EUR"},
    {"gbp", "GBP"},
    {"jpy", "JPY"},
    {"chf", "CHF"},
    {"cad", "CAD"},
    {"aud", "AUD"},
    {"inr", "INR"},
    {"cny", "CNY"},
}};

constexpr std::array<Pair, 15> kCurrencyWords = {{
    {"kronor", "SEK"},
    {"krona", "SEK"},
    {"rubles", "RUB"},
    {"dollars", "USD"},
    {"dollar", "USD"},
    {"euros", "EUR"},
    {"euro", "EUR"},
    {"yen", "JPY"},
    {"yuan", "CNY"},
    {"renminbi", "CNY"},
    {"rupees", "INR"},
    {"francs", "CHF"},
    {"sterling", "GBP"},
    {"pounds", "GBP"},
    {"pound", "GBP"},
}};

constexpr std::array<Pair, 50> kUnits = {{
    {"mile", "mi"},        {"miles", "mi"},      {"mi", "mi"},           {"km", "km"},
    {"kms", "km"},         {"kilometre", "km"},  {"kilometres", "km"},   {"kilometer", "km"},
    {"kilometers", "km"},  {"m", "m"},           {"metre", "m"},         {"metres", "m"},
    {"meter", "m"},        {"meters", "m"},      {"cm", "cm"},           {"centimetres", "cm"},
    {"centimeters", "cm"}, {"mm", "mm"},         {"millimetres", "mm"},  {"millimeters", "mm"},
    {"ft", "ft"},          {"foot", "ft"},       {"feet", "ft"},         {"inch", "in"},
    {"inches", "in"},      {"kg", "kg"},         {"kilogram", "kg"},     {"kilograms", "kg"},
    {"kilos", "kg"},       {"lb", "lb"},         {"lbs", "lb"},          {"tonnes", "t"},
    {"tonne", "t"},        {"tons", "t"},        {"ton", "t"},           {"mph", "mph"},
    {"kph", "km/h"},       {"kmh", "km/h"},      {"gallons", "gal"},     {"gallon", "gal"},
    {"litres", "l"},       {"liters", "l"},      {"barrels", "barrels"}, {"barrel", "barrels"},
    {"degrees", "deg"},    {"degree", "deg"},    {"hectares", "ha"},     {"acres", "acres"},
    {"acre", "acres"},     {"points", "points"},
}};

// Nouns that make a number a timex or something else, not a count.
constexpr std::array<std::string_view, 40> kNotCounted = {{
    "second",  "seconds",   "minute",   "minutes",   "hour",  "hours",   "day",    "days",
    "week",    "weeks",     "month",    "months",    "year",  "years",   "decade", "decades",
    "century", "centuries", "weekend",  "weekends",  "night", "nights",  "a.m.",   "p.m.",
    "am",      "pm",        "percent",  "cent",      "pct",   "o'clock", "gmt",    "et",
    "est",     "utc",       "year-old", "years-old", "th",    "st",      "nd",     "rd",
}};

constexpr std::array<std::string_view, 12> kMonths = {{
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}};

template <std::size_t N>
std::string_view Lookup(const std::array<Pair, N>& table, std::string_view word) {
  for (const Pair& pair : table) {
    if (pair.word == word) return pair.value;
  }
  return {};
}

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& table, std::string_view word) {
  for (std::string_view entry : table) {
    if (entry == word) return true;
  }
  return false;
}

bool IsMonthWord(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return false;
  for (std::string_view month : kMonths) {
    if (month.substr(0, word.size()) == word) return true;
  }
  return word == "sept";
}

struct Tags {
  std::uint8_t noun = UposId("NOUN");
  std::uint8_t propn = UposId("PROPN");
  std::uint8_t adj = UposId("ADJ");
  std::uint8_t verb = UposId("VERB");
  std::uint8_t vbg = XposId("VBG");
  std::uint8_t vbn = XposId("VBN");
  std::uint8_t nns = XposId("NNS");
  std::uint8_t nnps = XposId("NNPS");
  std::uint8_t adv = UposId("ADV");
};

const Tags& TagIds() {
  static const Tags tags;
  return tags;
}

// Modifier words before the number at `first` (returns the modifier and moves
// nothing: modifiers are not in the span).
std::string ModifierBefore(const TokenWords& words, std::size_t first) {
  auto at = [&](std::size_t back) -> std::string_view {
    return first >= back ? words[first - back] : std::string_view();
  };
  const std::string_view one = at(1);
  const std::string_view two = at(2);
  if (one == "than") {
    if (two == "more" || two == "less" || two == "fewer") {
      return at(3) == "no" ? "no " + std::string(two) + " than" : std::string(two) + " than";
    }
  }
  if (one == "least" && two == "at") return "at least";
  if (one == "most" && two == "at") return "at most";
  if (one == "to" && two == "up") return "up to";
  if (one == "to" && two == "close") return "about";
  if ((one == "many" || one == "much") && two == "as") return "up to";
  if (one == "estimated" && (two == "an" || two == "the")) return "about";
  if (one == "over" || one == "above") return "more than";
  if (one == "under" || one == "below") return "less than";
  if (one == "nearly" || one == "almost") return "nearly";
  if (one == "about" || one == "around" || one == "roughly" || one == "approximately" ||
      one == "some" || one == "estimated" || one == "circa" || one == "approx.") {
    return "about";
  }
  return {};
}

class Recognizer {
 public:
  explicit Recognizer(const Document& document) : document_(document), words_(document) {}

  std::vector<Quantity> Run() {
    std::vector<Quantity> out;
    const std::size_t n = words_.size();
    for (std::size_t i = 0; i < n;) {
      Quantity quantity;
      std::size_t next = i + 1;
      if (ReadAt(i, quantity, next)) out.push_back(std::move(quantity));
      i = next;
    }
    return out;
  }

 private:
  // The currency named by the symbol token at `index` (with "US" glued before
  // "$"), "" when none.
  std::string_view SymbolAt(std::size_t index) const {
    if (index >= words_.size()) return {};
    return Lookup(kSymbols, words_[index]);
  }

  // True when the number at `index` is part of a date, time, identifier or
  // tally rather than an amount.
  bool SkipNumber(const NumberMatch& number, std::size_t index) const {
    const std::string_view prev = index > 0 ? words_[index - 1] : std::string_view();
    const std::string_view next = words_[number.last + 1];
    if (prev == "no." || prev == "#" || prev == "number" || prev == "nos.") return true;
    if (next == ":" || next == "/" || next == ".") {
      if (next != "." || words_.Adjacent(number.last)) return true;
    }
    if (prev == "-" && index >= 2 && words_.Adjacent(index - 1) && words_.Adjacent(index - 2) &&
        words_.token(index - 2).kind == TokenKind::kWord) {
      return true;  // COVID-19, MS-13
    }
    if (prev == ":" || prev == "/") return true;              // 20:1, 11/19
    if (IsMonthWord(prev) || IsMonthWord(next)) return true;  // June 27, 27 June
    if (number.numeral_only) {
      const std::string_view raw = words_[index];
      const bool year_like = raw.size() == 4 && number.value >= 1800 && number.value <= 2099;
      if (year_like) {
        const Token& after =
            words_.token(std::min<std::size_t>(number.last + 1, words_.size() - 1));
        const bool plural_noun_after = number.last + 1 < words_.size() &&
                                       after.upos == TagIds().noun && !next.empty() &&
                                       next.back() == 's';
        if (!plural_noun_after) return true;
        if (prev == "the" || prev == "in" || prev == "of" || prev == "since" || prev == "'s" ||
            prev == "by" || prev == "until" || prev == "from" || prev == "and" || prev == "to" ||
            prev == "-" || prev == "–" || prev == "fiscal" || prev == "mid") {
          return true;
        }
      }
    }
    return false;
  }

  // Last noun of the noun phrase starting at `index`; "" when none.
  bool CountedNoun(std::size_t index, std::string& counts, std::size_t& end) const {
    const Tags& tags = TagIds();
    std::size_t last_noun = SIZE_MAX;
    std::size_t i = index;
    int taken = 0;
    const bool hyphenated = words_[i] == "-" && words_.Adjacent(i - 1) && words_.Adjacent(i);
    if (hyphenated) ++i;  // 60-vote: the word after the hyphen is the counted noun
    while (i < words_.size() && taken < 6) {
      const std::string_view word = words_[i];
      const Token& token = words_.token(i);
      const bool nounish = token.upos == tags.noun || token.upos == tags.propn;
      if (nounish) {
        if (Contains(kNotCounted, word) || IsMonthWord(word)) break;
        last_noun = i;
        // A plural noun ends the phrase ("10 people Monday", "three categories
        // Democrats ..."), and so does the noun of "60-vote".
        if (token.xpos == tags.nns || token.xpos == tags.nnps || (hyphenated && i == index + 1)) {
          break;
        }
      } else if (last_noun == SIZE_MAX && token.upos == tags.adv && i + 1 < words_.size() &&
                 words_.token(i + 1).upos != tags.noun) {
        // "three superbly qualified nominees", "three most oft-mentioned policies"
      } else if (last_noun == SIZE_MAX && (word == "“" || word == "\"") && i + 2 < words_.size() &&
                 (words_[i + 2] == "”" || words_[i + 2] == "\"")) {
        const Token& quoted = words_.token(i + 1);
        if (quoted.upos != tags.noun && quoted.upos != tags.propn) {
          i += 2;  // a quoted modifier: eight Republican “yes” votes
          taken += 2;
        }
      } else if (token.upos == tags.adj || token.xpos == tags.vbg || token.xpos == tags.vbn ||
                 word == "more" || word == "other" || word == "additional" || word == "new" ||
                 word == "“" || word == "”" || word == "\"" || word == "‘" || word == "’") {
        if (last_noun != SIZE_MAX && token.xpos != tags.vbg && word != "“" && word != "\"") break;
      } else if (word == "-" && words_.Adjacent(i - 1) && words_.Adjacent(i)) {
        // hyphenated compound: keep going
      } else if (word == "," && last_noun == SIZE_MAX && i + 1 < words_.size() &&
                 words_.token(i + 1).upos == tags.adj) {
        // "two gnarly, contentious issues"
      } else if ((word == "and" || word == "or") && last_noun == SIZE_MAX) {
        // "30 religious, business and civic organizations"
      } else {
        break;
      }
      ++i;
      ++taken;
    }
    if (last_noun == SIZE_MAX) return false;
    // A hyphenated compound ending at the noun is counted whole ("cease-fires").
    std::size_t first = last_noun;
    while (first >= 2 && words_[first - 1] == "-" && words_.Adjacent(first - 2) &&
           words_.Adjacent(first - 1) && first - 2 >= index) {
      first -= 2;
    }
    const Span span{words_.token(first).span.start, words_.token(last_noun).span.end};
    counts = std::string(span.Of(document_.text));
    end = last_noun;
    return true;
  }

  bool ReadAt(std::size_t i, Quantity& quantity, std::size_t& next) {
    std::size_t start = i;
    std::string currency(SymbolAt(i));
    std::size_t number_at = i;
    if (!currency.empty()) {
      number_at = i + 1;
    } else if (words_[i] == "us" && words_[i + 1] == "$" && words_.Adjacent(i)) {
      currency = "USD";
      number_at = i + 2;
    }
    NumberMatch number;
    if (!ReadNumber(words_, number_at, true, number)) return false;
    next = number.last + 1;
    if (currency.empty() && SkipNumber(number, number_at)) return false;
    if (currency.empty() && number.from_words && number.value == 1) return false;
    // "$1.3-trillion"
    std::size_t after = number.last + 1;
    if (words_[after] == "-" && ScaleWordValue(words_[after + 1]) >= 1e6 &&
        words_.Adjacent(number.last) && words_.Adjacent(after)) {
      number.value *= ScaleWordValue(words_[after + 1]);
      number.has_scale = true;
      number.last = static_cast<std::uint32_t>(after + 1);
      after = number.last + 1;
    }
    double value = number.value;
    double high = 0;
    // Range: "5-10%", "between 5 and 10 percent", "$5m to $8m".
    {
      const std::string_view joiner = words_[after];
      const bool between = start > 0 && words_[start - 1] == "between";
      if (joiner == "-" || joiner == "–" || joiner == "to" || (joiner == "and" && between)) {
        std::size_t second_at = after + 1;
        if (!currency.empty() && SymbolAt(second_at) == currency) ++second_at;
        NumberMatch second;
        if (ReadNumber(words_, second_at, true, second) && second.value > 0) {
          const std::string_view unit_word = words_[second.last + 1];
          const bool unit_follows = unit_word == "%" || unit_word == "percent" ||
                                    !Lookup(kUnits, unit_word).empty() ||
                                    !Lookup(kCurrencyWords, unit_word).empty();
          if (!currency.empty() || unit_follows) {
            const double second_value = second.value;
            if (!number.has_scale && second.has_scale) {
              value = number.value * ReadScale(second);  // "5 to 8 million"
            }
            high = second_value;
            number.last = second.last;
            after = second.last + 1;
          }
        } else if (joiner == "-" && currency.empty() &&
                   words_.token(std::min(after + 1, words_.size() - 1)).kind ==
                       TokenKind::kNumber) {
          return false;  // a tally ("359-64") or a code
        }
      }
    }
    std::string unit;
    std::string kind;
    std::size_t end = number.last;
    const std::string_view follower = words_[after];
    const std::string_view follower2 = words_[after + 1];
    std::size_t unit_at = after;
    if (follower == "-" && words_.Adjacent(number.last) && words_.Adjacent(after)) {
      unit_at = after + 1;  // "23-foot"
    }
    const std::string_view unit_word = words_[unit_at];
    if (!currency.empty()) {
      kind = "money";
      unit = currency;
      if (!Lookup(kCodes, follower).empty() || follower == "dollars") end = after;
    } else if (follower == "%" || follower == "percent" || follower == "pct" ||
               (follower == "per" && follower2 == "cent")) {
      kind = "percent";
      unit = "%";
      end = follower == "per" ? after + 1 : after;
    } else if (follower == "percentage" && follower2 == "points") {
      kind = "measure";
      unit = "points";
      end = after + 1;
    } else if (!Lookup(kCodes, follower).empty()) {
      kind = "money";
      unit = std::string(Lookup(kCodes, follower));
      end = after;
    } else if (!Lookup(kCurrencyWords, follower).empty() &&
               !((follower == "pounds" || follower == "pound") && !number.has_scale &&
                 follower2 != "sterling")) {
      kind = "money";
      unit = std::string(Lookup(kCurrencyWords, follower));
      end = follower2 == "sterling" ? after + 1 : after;
    } else if (follower == "cents" || follower == "cent") {
      kind = "money";
      unit = "USD";
      value /= 100;
      high /= 100;
      end = after;
    } else if (!Lookup(kUnits, unit_word).empty() || unit_word == "pounds" ||
               unit_word == "pound") {
      kind = "measure";
      unit = unit_word == "pounds" || unit_word == "pound" ? "lb"
                                                           : std::string(Lookup(kUnits, unit_word));
      end = unit_at;
      if (unit == "km" && words_[unit_at + 1] == "/" && words_[unit_at + 2] == "h") {
        unit = "km/h";
        end = unit_at + 2;
      }
    } else if (number.has_scale && (words_[number.last] == "m" || words_[number.last] == "m.") &&
               words_.Adjacent(number.last - 1)) {
      // "1m of rain": metres, not million.
      kind = "measure";
      unit = "m";
      value /= 1e6;
    } else {
      std::string counts;
      std::size_t noun_end = 0;
      if (!CountedNoun(after, counts, noun_end)) {
        next = std::max(next, after);
        return false;
      }
      kind = "count";
      quantity.counts = std::move(counts);
      if (number.from_words && value < 2) return false;
    }
    quantity.kind = std::move(kind);
    quantity.unit = std::move(unit);
    quantity.value = value;
    quantity.high = high;
    quantity.modifier = ModifierBefore(words_, start);
    quantity.span = Span{words_.token(start).span.start, words_.token(end).span.end};
    next = std::max(next, end + 1);
    return true;
  }

  // The scale factor a NumberMatch applied (1 when none).
  double ReadScale(const NumberMatch& number) const {
    const double scale = ScaleWordValue(words_[number.last]);
    return number.has_scale && scale > 0 ? scale : 1;
  }

  const Document& document_;
  TokenWords words_;
};

class QuantityStage : public DocumentStage {
 public:
  std::string_view name() const override { return "quantities"; }
  Status Apply(Document& document, TextAnalyzer&) override {
    document.quantities = RecognizeQuantities(document);
    return Status::Ok();
  }
};

}  // namespace

std::vector<Quantity> RecognizeQuantities(const Document& document) {
  return Recognizer(document).Run();
}

std::unique_ptr<DocumentStage> MakeQuantityStage() { return std::make_unique<QuantityStage>(); }

}  // namespace crosscheck::extract
