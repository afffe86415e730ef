// Tense of the nearest verb group: news puts a time after its verb ("fell 50
// cents on Friday"), so the verb just before the expression wins when close;
// otherwise the nearest verb either side. The group is walked back over
// auxiliaries, "to", "not" and "be"; modals and "plans/due/expected to" mark
// the future, a past tag or "has/had" + participle the past.
#include "resolve/timex_tense.h"

#include <string_view>

#include "crosscheck/text.h"

namespace crosscheck::resolve {

Tense TenseAround(const Document& document, std::uint32_t first, std::uint32_t last) {
  static const std::uint8_t kVbd = XposId("VBD"), kVbn = XposId("VBN"), kVbz = XposId("VBZ"),
                            kVbp = XposId("VBP"), kVb = XposId("VB"), kMd = XposId("MD"),
                            kVbg = XposId("VBG"), kRb = XposId("RB");
  if (first >= document.tokens.size()) return Tense::kNone;
  // The sentence holding `first`.
  std::uint32_t begin = 0, end = static_cast<std::uint32_t>(document.tokens.size());
  for (const Sentence& s : document.sentences) {
    if (first >= s.first_token && first < s.first_token + s.token_count) {
      begin = s.first_token;
      end = s.first_token + s.token_count;
      break;
    }
  }
  auto word = [&](std::uint32_t i) { return document.tokens[i].span.Of(document.text); };
  auto is_verb = [&](std::uint32_t i) {
    const std::uint8_t x = document.tokens[i].xpos;
    return x == kVbd || x == kVbn || x == kVbz || x == kVbp || x == kVb || x == kMd || x == kVbg;
  };
  auto reporting = [&](std::uint32_t i) {
    const std::string_view w = word(i);
    return w == "said" || w == "says" || w == "told" || w == "added" || w == "say";
  };
  // The verb before the expression when it is close (news puts the time after
  // its verb: "fell 50 cents on Friday"), else the nearest one.
  std::int64_t best = -1;
  for (std::uint32_t d = 1; d <= 5 && best < 0; ++d) {
    if (first >= begin + d && is_verb(first - d)) best = first - d;
  }
  for (std::uint32_t d = 1; d < 40 && best < 0; ++d) {
    if (first >= begin + d && is_verb(first - d)) {
      best = first - d;
    } else if (last + d < end && is_verb(last + d) && !reporting(last + d)) {
      // A reporting verb after the expression ("..., Castro said") frames a
      // quotation; its tense is not the quoted event's.
      best = last + d;
    }
  }
  if (best < 0) return Tense::kNone;
  // Walk to the start of the verb group and read its auxiliaries.
  std::uint32_t head = static_cast<std::uint32_t>(best);
  std::uint32_t start = head;
  while (start > begin && start + 4 > head &&
         (is_verb(start - 1) || word(start - 1) == "to" || word(start - 1) == "not" ||
          word(start - 1) == "n't" || word(start - 1) == "be" ||
          // an adverb inside the group: "would still be held", "has also agreed"
          (document.tokens[start - 1].xpos == kRb && start - 1 > begin && is_verb(start - 2)))) {
    --start;
  }
  bool past = false;
  for (std::uint32_t i = start; i <= head; ++i) {
    const std::string_view w = word(i);
    const std::uint8_t x = document.tokens[i].xpos;
    if (x == kMd) {
      if (w == "will" || w == "'ll" || w == "shall" || w == "would" || w == "Will" || w == "wo") {
        return Tense::kFuture;
      }
      if (w == "could" || w == "might" || w == "should") return Tense::kNone;
    }
    if (w == "to" && i < head && i > begin) {  // "plans to meet", "is due to"
      const std::string_view before = word(i - 1);
      if (before == "due" || before == "plans" || before == "plan" || before == "planned" ||
          before == "planning" || before == "expected" || before == "scheduled" ||
          before == "set" || before == "intends" || before == "aims" || before == "going" ||
          before == "hopes" || before == "expects" || before == "wants" || before == "is" ||
          before == "are") {
        return Tense::kFuture;
      }
    }
    // An infinitive that heads the group ("agreed to acquire ... in January",
    // "to pay down the loan by February"): an aim, still ahead.
    if (w == "to" && i + 1 == head && document.tokens[head].xpos == kVb) return Tense::kIntended;
    if (w == "going" && i + 1 <= head && word(i + 1) == "to") return Tense::kFuture;
    if (x == kVbd) past = true;
    if (x == kVbn && i == start) past = true;
    if ((w == "has" || w == "have" || w == "had") && i < head) past = true;
  }
  // "has scheduled a news conference Thursday": the day of what is planned.
  const std::string_view head_word = word(head);
  if (head_word == "scheduled" || head_word == "slated" || head_word == "planned") {
    return Tense::kFuture;
  }
  if (past) return Tense::kPast;
  const std::uint8_t x = document.tokens[head].xpos;
  // A present passive ("the case is heard in May"): present, not past.
  if (x == kVbn && start < head) {
    for (std::uint32_t i = start; i < head; ++i) {
      const std::string_view w = word(i);
      if (w == "is" || w == "are" || w == "am" || w == "'s" || w == "'re") return Tense::kPresent;
    }
  }
  if (x == kVbd || x == kVbn) return Tense::kPast;
  if (x == kVbz || x == kVbp || x == kVbg) return Tense::kPresent;
  return Tense::kNone;
}

}  // namespace crosscheck::resolve
