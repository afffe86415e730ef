#include "extract/quantity_numbers.h"

#include <array>
#include <cctype>
#include <utility>

namespace crosscheck::extract {
namespace {

struct WordValue {
  std::string_view word;
  double value;
};

constexpr std::array<WordValue, 31> kNumberWords = {{
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},    {"hundred", 100}, {"thousand", 1000},
    {"dozen", 12},
}};

constexpr std::array<WordValue, 22> kOrdinalWords = {{
    {"first", 1},        {"second", 2},      {"third", 3},       {"fourth", 4},
    {"fifth", 5},        {"sixth", 6},       {"seventh", 7},     {"eighth", 8},
    {"ninth", 9},        {"tenth", 10},      {"eleventh", 11},   {"twelfth", 12},
    {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15},  {"sixteenth", 16},
    {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
    {"thirtieth", 30},   {"last", 0},
}};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

TokenWords::TokenWords(const Document& document) : document_(document) {
  lower_.reserve(document.tokens.size());
  for (const Token& token : document.tokens) {
    std::string word(token.span.Of(document.text));
    for (char& c : word) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    lower_.push_back(std::move(word));
  }
  sentence_of_.assign(document.tokens.size(), 0);
  for (std::uint32_t s = 0; s < document.sentences.size(); ++s) {
    const Sentence& sentence = document.sentences[s];
    for (std::uint32_t t = 0; t < sentence.token_count; ++t) {
      const std::uint32_t index = sentence.first_token + t;
      if (index < sentence_of_.size()) sentence_of_[index] = s;
    }
  }
}

std::string_view TokenWords::Raw(std::size_t index) const {
  return index < document_.tokens.size() ? document_.tokens[index].span.Of(document_.text)
                                         : std::string_view();
}

bool TokenWords::Adjacent(std::size_t left) const {
  return left + 1 < document_.tokens.size() &&
         document_.tokens[left].span.end == document_.tokens[left + 1].span.start;
}

bool TokenWords::Capitalised(std::size_t index) const {
  const std::string_view raw = Raw(index);
  return !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
}

bool ParseNumeral(std::string_view text, double& value) {
  if (text.empty() || !IsDigit(text[0])) return false;
  double whole = 0;
  std::size_t i = 0;
  std::size_t group = 0;  // digits since the last comma
  bool had_comma = false;
  for (; i < text.size() && (IsDigit(text[i]) || text[i] == ','); ++i) {
    if (text[i] == ',') {
      if ((had_comma && group != 3) || group == 0 || group > 3) return false;
      had_comma = true;
      group = 0;
      continue;
    }
    whole = whole * 10 + (text[i] - '0');
    ++group;
  }
  if (had_comma && group != 3) return false;
  double fraction = 0;
  if (i < text.size()) {
    if (text[i] != '.' || i + 1 >= text.size()) return false;
    double scale = 0.1;
    for (++i; i < text.size(); ++i) {
      if (!IsDigit(text[i])) return false;
      fraction += (text[i] - '0') * scale;
      scale /= 10;
    }
  }
  value = whole + fraction;
  return true;
}

double NumberWordValue(std::string_view lower) {
  for (const WordValue& entry : kNumberWords) {
    if (entry.word == lower) return entry.value;
  }
  return -1;
}

double ScaleWordValue(std::string_view lower) {
  // An abbreviation at the end of a sentence keeps the period on its token ("$8m.").
  if (lower.size() >= 2 && lower.size() <= 4 && lower.back() == '.') lower.remove_suffix(1);
  if (lower == "thousand" || lower == "k") return 1e3;
  if (lower == "million" || lower == "millions" || lower == "mn" || lower == "mln" ||
      lower == "m") {
    return 1e6;
  }
  if (lower == "billion" || lower == "billions" || lower == "bn" || lower == "b") return 1e9;
  if (lower == "trillion" || lower == "tn" || lower == "trn") return 1e12;
  return 0;
}

int OrdinalValue(std::string_view lower) {
  for (const WordValue& entry : kOrdinalWords) {
    if (entry.word == lower) return static_cast<int>(entry.value);
  }
  if (lower.size() >= 3 && IsDigit(lower[0])) {
    const std::string_view suffix = lower.substr(lower.size() - 2);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
      int value = 0;
      for (std::size_t i = 0; i + 2 < lower.size(); ++i) {
        if (!IsDigit(lower[i])) return 0;
        value = value * 10 + (lower[i] - '0');
      }
      return value;
    }
  }
  return 0;
}

namespace {

// Number words from `index`: "twenty - five", "one hundred twenty", "two thousand".
bool ReadNumberWords(const TokenWords& words, std::size_t index, NumberMatch& out) {
  double first = NumberWordValue(words[index]);
  if (first < 0 || first == 12 || first >= 100)
    return false;  // "dozen"/"hundred" alone: see caller
  double total = 0;
  double current = first;
  std::size_t last = index;
  std::size_t i = index + 1;
  while (i < words.size()) {
    std::size_t next = i;
    if (words[i] == "-" && i + 1 < words.size()) next = i + 1;  // twenty - five
    const double value = NumberWordValue(words[next]);
    if (value < 0 || value == 12 || current > 1e12 || total > 1e12) break;  // no runaway words
    if (value == 100) {
      current = (current == 0 ? 1 : current) * 100;
    } else if (value == 1000) {
      total += (current == 0 ? 1 : current) * 1000;
      current = 0;
    } else if (value < 10 && static_cast<long>(current) % 10 == 0 && current >= 20 &&
               static_cast<long>(current) % 100 != 0) {
      current += value;  // twenty-five
    } else if (value < 100 && static_cast<long>(current) % 100 == 0 && current >= 100) {
      current += value;  // one hundred twenty
    } else {
      break;
    }
    last = next;
    i = next + 1;
    if (i < words.size() && words[i] == "and" && NumberWordValue(words[i + 1]) > 0 &&
        NumberWordValue(words[i + 1]) < 100 && current >= 100) {
      i = i + 1;  // "one hundred and twenty"
    }
  }
  out.first = static_cast<std::uint32_t>(index);
  out.last = static_cast<std::uint32_t>(last);
  out.value = total + current;
  out.from_words = true;
  return true;
}

}  // namespace

bool ReadNumber(const TokenWords& words, std::size_t index, bool with_scale, NumberMatch& out) {
  if (index >= words.size()) return false;
  NumberMatch match;
  const std::string_view word = words[index];
  double value = 0;
  if (words.token(index).kind == TokenKind::kNumber && ParseNumeral(word, value)) {
    match.first = match.last = static_cast<std::uint32_t>(index);
    match.value = value;
    match.numeral_only = true;
    // "13 1/2"
    if (index + 3 < words.size() && words[index + 2] == "/" && words[index + 1] == "1" &&
        (words[index + 3] == "2" || words[index + 3] == "4") && words.Adjacent(index + 1) &&
        words.Adjacent(index + 2)) {
      match.value += 1.0 / (words[index + 3] == "2" ? 2 : 4);
      match.last = static_cast<std::uint32_t>(index + 3);
      match.numeral_only = false;
    }
  } else if (word == "half" || word == "a" || word == "an") {
    // "a dozen", "a hundred", "half a dozen", "half-dozen"
    std::size_t i = index + 1;
    double factor = 1;
    if (word == "half") {
      factor = 0.5;
      if (words[i] == "-" || words[i] == "a") ++i;
    }
    const double unit = NumberWordValue(words[i]);
    if (unit != 12 && unit != 100 && unit != 1000) return false;
    match.first = static_cast<std::uint32_t>(index);
    match.last = static_cast<std::uint32_t>(i);
    match.value = factor * unit;
    match.from_words = true;
  } else if (word == "dozen" || word == "hundred" || word == "dozens" || word == "hundreds") {
    return false;  // vague plurals and bare scale words are not numbers
  } else if (!ReadNumberWords(words, index, match)) {
    return false;
  }
  if (with_scale && match.last + 1 < words.size()) {
    const std::size_t next = match.last + 1;
    const double scale = ScaleWordValue(words[next]);
    const bool abbreviation = words[next].size() <= 4 && words[next] != "k";
    if (scale > 0 && (!abbreviation || words.Adjacent(match.last) || words[next] == "bn" ||
                      words[next] == "mn" || words[next] == "mln")) {
      const bool metre_like = words[next] == "m" || words[next] == "m.";
      if (!(metre_like && !words.Adjacent(match.last))) {
        match.value *= scale;
        match.last = static_cast<std::uint32_t>(next);
        match.has_scale = true;
        match.numeral_only = false;
      }
    }
  }
  out = match;
  return true;
}

}  // namespace crosscheck::extract
