#include "resolve/stale_content.h"

#include <string>
#include <string_view>
#include <vector>

#include "extract/timex_lexicon.h"
#include "resolve/timex_normalizer.h"

namespace crosscheck::resolve {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// A year written in digits inside the span ("2022", "October 18, 2022").
bool HasExplicitYear(std::string_view text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    const bool digits = text[i] >= '0' && text[i] <= '9' && text[i + 1] >= '0' &&
                        text[i + 1] <= '9' && text[i + 2] >= '0' && text[i + 2] <= '9' &&
                        text[i + 3] >= '0' && text[i + 3] <= '9';
    const bool bounded = (i == 0 || text[i - 1] < '0' || text[i - 1] > '9') &&
                         (i + 4 == text.size() || text[i + 4] < '0' || text[i + 4] > '9');
    if (digits && bounded && (text[i] == '1' || text[i] == '2')) return true;
  }
  return false;
}

std::string Quote(const Document& document, const Span& span) {
  return "[" + std::to_string(span.start) + "," + std::to_string(span.end) + ") '" +
         std::string(span.Of(document.text)) + "'";
}

struct Located {
  const Timex* timex;
  std::uint32_t first_token;
  std::uint32_t last_token;
  std::uint32_t sentence;
};

class StaleStage : public DocumentStage {
 public:
  explicit StaleStage(int threshold_days) : threshold_days_(threshold_days) {}
  std::string_view name() const override { return "stale-content"; }
  Status Apply(Document& document, TextAnalyzer&) override {
    if (std::optional<Flag> flag = CheckStaleContent(document, threshold_days_)) {
      document.flags.push_back(std::move(*flag));
    }
    return Status::Ok();
  }

 private:
  int threshold_days_;
};

}  // namespace

std::optional<Flag> CheckStaleContent(const Document& document, int threshold_days) {
  const std::optional<CalendarValue> ref = ParseCalendarValue(document.published);
  if (!ref || ref->day == 0 || ref->year < 1900 || ref->year > 2100) return std::nullopt;
  // Place each timex on its tokens and sentence.
  std::vector<Located> located;
  std::size_t token = 0;
  std::uint32_t sentence = 0;
  for (const Timex& timex : document.timexes) {
    while (token < document.tokens.size() && document.tokens[token].span.end <= timex.span.start) {
      ++token;
    }
    if (token >= document.tokens.size()) break;
    std::size_t last = token;
    while (last + 1 < document.tokens.size() &&
           document.tokens[last + 1].span.start < timex.span.end) {
      ++last;
    }
    while (sentence + 1 < document.sentences.size() &&
           document.sentences[sentence + 1].first_token <= token) {
      ++sentence;
    }
    located.push_back(
        {&timex, static_cast<std::uint32_t>(token), static_cast<std::uint32_t>(last), sentence});
  }
  // Rule 1: "this year" in apposition with an explicit year: "this year's budget –
  // the 2022 budget", "this year (2022)", "this year, 2022,". A year merely in the
  // same sentence is a comparison ("up from 2019 to this year"), not evidence.
  int now_year = 0;
  std::vector<Span> evidence;
  for (std::size_t k = 0; k < located.size(); ++k) {
    const Located& here = located[k];
    if (Lower(here.timex->span.Of(document.text)) != "this year" || k + 1 >= located.size()) {
      continue;
    }
    const Located& next = located[k + 1];
    if (next.sentence != here.sentence || !HasExplicitYear(next.timex->span.Of(document.text))) {
      continue;
    }
    // Between them: "'s", at most two other words, then one of – — - , ( and
    // an optional "the".
    bool apposition = false;
    int words = 0;
    for (std::uint32_t t = here.last_token + 1; t < next.first_token; ++t) {
      const std::string w = Lower(document.tokens[t].span.Of(document.text));
      if (w == "–" || w == "—" || w == "-" || w == "," || w == "(") {
        apposition = true;
      } else if (w == "the" && apposition) {
        continue;
      } else if (!apposition && (w == "'s" || w == "’s" || ++words <= 2)) {
        continue;
      } else {
        apposition = false;
        break;
      }
    }
    const std::optional<CalendarValue> value = ParseCalendarValue(next.timex->value);
    if (!apposition || !value || value->year == ref->year) continue;
    if (value->year > now_year) {
      now_year = value->year;
      evidence = {here.timex->span, next.timex->span};
    }
  }
  if (now_year == 0) return std::nullopt;
  // Rule 2: the current month ("the rest of October", "this October").
  int now_month = 0;
  for (const Located& here : located) {
    const std::string text = Lower(here.timex->span.Of(document.text));
    int month = 0;
    if (text.rfind("this ", 0) == 0) month = extract::MonthNumber(text.substr(5));
    if (month == 0 && here.first_token >= 2) {
      const std::string before =
          Lower(document.tokens[here.first_token - 2].span.Of(document.text)) + " " +
          Lower(document.tokens[here.first_token - 1].span.Of(document.text));
      if (before == "rest of") month = extract::MonthNumber(text);
    }
    if (month > 0) {
      now_month = month;
      evidence.push_back(here.timex->span);
      break;
    }
  }
  // Rule 3: content date = end of the pinned month (or year).
  const CalendarValue content{now_year, now_month, 0};
  const CalendarValue content_end = now_month == 0 || now_month == 12
                                        ? CalendarValue{now_year + 1, 1, 1}
                                        : CalendarValue{now_year, now_month + 1, 1};
  // Rule 4: explicit later dates outside future contexts cancel the flag.
  for (const Located& here : located) {
    if (here.timex->type != "DATE" && here.timex->type != "TIME") continue;
    if (!HasExplicitYear(here.timex->span.Of(document.text))) continue;
    const std::optional<CalendarValue> value = ParseCalendarValue(here.timex->value);
    if (!value || DaysBetween(content_end, *value) < 0) continue;
    if (TenseAround(document, here.first_token, here.last_token) == Tense::kFuture) continue;
    return std::nullopt;
  }
  // Rule 5.
  const long gap = DaysBetween(content_end, *ref);
  if (gap <= threshold_days) return std::nullopt;
  Flag flag;
  flag.kind = "stale_content";
  flag.detail =
      "the text dates itself to " + std::to_string(content.year) +
      (content.month > 0
           ? "-" + std::string(content.month < 10 ? "0" : "") + std::to_string(content.month)
           : std::string()) +
      "; published " + document.published.substr(0, 10) + ", " + std::to_string(gap) +
      " days after that period ended (threshold " + std::to_string(threshold_days) + "). Evidence:";
  for (const Span& span : evidence) flag.detail += " " + Quote(document, span);
  return flag;
}

std::unique_ptr<DocumentStage> MakeStaleContentStage(int threshold_days) {
  return std::make_unique<StaleStage>(threshold_days);
}

}  // namespace crosscheck::resolve
