// Sentence splitting for news text.
//
// ICU does the heavy lifting. Its sentence BreakIterator implements UAX #29:
// a break after ". ? !" (plus closing quotes and brackets, plus white space)
// unless the next letter is lower case, never inside "3.5" or "U.S", always
// after a line break. With "@ss=standard" a FilteredBreakIterator also drops
// breaks after a handful of English abbreviations ("Mr.", "Mrs.", "Prof.").
// We run it over the paragraph's UTF-8 bytes through a UText, so boundaries
// come back as byte offsets and no UTF-16 copy is made.
//
// News needs more than that, so every ICU boundary is reviewed (ShouldJoin)
// by looking at the last word before it and the first word after it:
//
//  * Line breaks inside a paragraph. ICU always breaks at "\n", but inside a
//    paragraph a line break is hard-wrapping unless the line ends a sentence,
//    so a break after a line that does not end in ". ? ! …" is joined.
//  * Lower case next. ICU keeps "etc. and" together but breaks after "?" and
//    "!" even then; news quotes do that all the time ("Why?" she asked), so
//    any terminal followed by a lower-case letter is joined.
//  * Titles. "Dr.", "Sen.", "Gov.", "St." ... precede a name; a period after
//    one never ends a sentence.
//  * Number abbreviations. "No. 10", "Vol. 3", "Jan. 5": joined when a digit
//    follows.
//  * Initials and dotted abbreviations ("J. R. Tolkien", "U.S. Senate"), and
//    suffixes such as "Inc." or "Jr.": the period may end the sentence or not.
//    We join when the next word is capitalised but is not a common sentence
//    opener ("The", "He", "But", "In", ...): "the U.S. Senate" stays whole,
//    "in the U.S. The talks" splits.
//
// ICU's rules already cover decimals ("3.5"), ellipses followed by lower case
// ("and then... it fell") and closing quotes after the period ("he said."
// Next" breaks after the quote). One split is added: after "…" (U+2026, not
// a sentence terminal for ICU) when a sentence opener follows.
//
// Finally each sentence is trimmed of white space at both ends. Because work
// is confined to one paragraph range, no sentence crosses a paragraph.
#include "text/sentence_splitter.h"

#include <unicode/locid.h>

#include <limits>
#include <utility>

#include "text/lexicon.h"
#include "text/utf8_scan.h"

namespace crosscheck::text {
namespace {

// The ASCII letters starting at `pos` (after opening quotes/brackets), e.g.
// the word to look up in the sentence-opener list.
std::string_view LeadingWord(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t i = pos;
  while (i < end && ((text[i] >= 'A' && text[i] <= 'Z') || (text[i] >= 'a' && text[i] <= 'z'))) ++i;
  return text.substr(pos, i - pos);
}

// Skips opening quotes and brackets from `pos`; returns the first other
// character's offset.
std::size_t SkipOpening(std::string_view text, std::size_t pos, std::size_t end) {
  while (pos < end) {
    std::size_t next;
    if (!IsOpening(CodePointAt(text, pos, &next))) break;
    pos = next;
  }
  return pos;
}

}  // namespace

bool ShouldJoin(std::string_view text, std::size_t start, std::size_t boundary) {
  const std::size_t left_end = TrimEnd(text, start, boundary);
  if (left_end == start) return true;  // nothing but white space before: no sentence
  if (boundary >= text.size()) return false;
  const bool line_break =
      text.substr(left_end, boundary - left_end).find('\n') != std::string_view::npos;

  // The last character before any closing quotes and brackets.
  std::size_t pos = left_end, before;
  std::int32_t last = CodePointBefore(text, pos, &before);
  while (IsClosing(last) && before > start) {
    pos = before;
    last = CodePointBefore(text, pos, &before);
  }
  if (!IsTerminal(last)) return line_break;  // a wrapped line; else trust ICU

  // The first character of the next sentence, after opening quotes.
  const std::size_t next_pos = SkipOpening(text, boundary, text.size());
  if (next_pos >= text.size()) return false;
  std::size_t after;
  const std::int32_t first = CodePointAt(text, next_pos, &after);
  if (IsLower(first)) return true;
  if (last != '.' || pos != left_end) return false;  // "?", "!", or a quote after the period

  // The word before the period, without opening quotes and brackets.
  const std::size_t period = before;
  std::size_t word_start = period;
  while (word_start > start) {
    std::size_t prev;
    if (IsWhiteSpace(CodePointBefore(text, word_start, &prev))) break;
    word_start = prev;
  }
  word_start = SkipOpening(text, word_start, period);
  const std::string_view word = text.substr(word_start, period - word_start);
  if (word.empty()) return false;
  if (IsTitleAbbreviation(word)) return true;
  if (IsDigit(first)) return IsNumberAbbreviation(word);
  if (!IsUpper(first)) return false;
  const bool ambiguous =
      IsDottedAbbreviation(word) || (IsKnownAbbreviation(word) && !IsNumberAbbreviation(word));
  return ambiguous && !IsSentenceStarter(LeadingWord(text, next_pos, text.size()));
}

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create(const std::string& locale) {
  std::string name = locale.empty() ? std::string("en") : locale;
  if (name.find('@') == std::string::npos) name += "@ss=standard";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale(name.c_str()), status));
  if (U_FAILURE(status) || it == nullptr) {
    return Status::Internal("ICU sentence break iterator for locale '" + name +
                            "': " + u_errorName(status));
  }
  return std::unique_ptr<SentenceSplitter>(new SentenceSplitter(std::move(it)));
}

SentenceSplitter::SentenceSplitter(std::unique_ptr<icu::BreakIterator> iterator)
    : iterator_(std::move(iterator)) {}

SentenceSplitter::~SentenceSplitter() { utext_close(&utext_); }

Status SentenceSplitter::Split(std::string_view text, Span range, std::vector<Span>& sentences) {
  if (range.empty()) return Status::Ok();
  if (range.size() >= static_cast<std::uint32_t>(std::numeric_limits<std::int32_t>::max())) {
    return Status::TooLarge("paragraph of " + std::to_string(range.size()) + " bytes");
  }
  UErrorCode status = U_ZERO_ERROR;
  utext_openUTF8(&utext_, text.data() + range.start, range.size(), &status);
  iterator_->setText(&utext_, status);
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU sentence iterator: ") + u_errorName(status),
                            Location{"", -1, static_cast<std::int64_t>(range.start)});
  }
  // Work on the paragraph alone so look-around never leaves it.
  const std::string_view para = text.substr(range.start, range.size());
  boundaries_.clear();
  for (std::int32_t b = iterator_->next(); b != icu::BreakIterator::DONE; b = iterator_->next()) {
    boundaries_.push_back(b);
  }
  std::size_t start = 0;
  for (std::int32_t b : boundaries_) {
    const auto boundary = static_cast<std::size_t>(b);
    if (boundary >= para.size()) break;
    if (ShouldJoin(para, start, boundary)) continue;
    Emit(para, start, boundary, range.start, sentences);
    start = boundary;
  }
  Emit(para, start, para.size(), range.start, sentences);
  return Status::Ok();
}

void SentenceSplitter::Emit(std::string_view text, std::size_t start, std::size_t end,
                            std::uint32_t base, std::vector<Span>& sentences) const {
  static constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
  start = TrimStart(text, start, end);
  end = TrimEnd(text, start, end);
  if (start >= end) return;
  std::size_t from = start;
  for (std::size_t e = text.find(kEllipsis, start); e != std::string_view::npos && e < end;
       e = text.find(kEllipsis, e + kEllipsis.size())) {
    const std::size_t after = e + kEllipsis.size();
    const std::size_t next = TrimStart(text, after, end);
    if (next == after || next >= end) continue;  // no space after, or the sentence ends
    const std::size_t word = SkipOpening(text, next, end);
    if (!IsSentenceStarter(LeadingWord(text, word, end))) continue;
    sentences.push_back(
        {base + static_cast<std::uint32_t>(from), base + static_cast<std::uint32_t>(after)});
    from = next;
  }
  sentences.push_back(
      {base + static_cast<std::uint32_t>(from), base + static_cast<std::uint32_t>(end)});
}

}  // namespace crosscheck::text
