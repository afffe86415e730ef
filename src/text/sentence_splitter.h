// SentenceSplitter: sentence boundaries inside one paragraph of UTF-8 text.
//
//   auto splitter = SentenceSplitter::Create("en");
//   std::vector<Span> sentences;
//   Status st = (*splitter)->Split(text, paragraph_span, sentences);
//
// ICU's sentence BreakIterator (rules of UAX #29 plus the locale's
// abbreviation suppressions, "en@ss=standard") runs straight over the UTF-8
// bytes through a UText, then news-specific repairs are applied; see the essay
// atop sentence_splitter.cc. Spans are absolute byte offsets into `text`, lie
// inside the range given, never hold leading or trailing white space, and
// never overlap; white space between sentences belongs to none.
//
// Options: `locale` (default "en") picks ICU's rules and suppression list; the
// repairs use English word lists whatever the locale.
// Failure: Create fails (kInternal) when ICU cannot build the iterator; Split
// fails (kInternal) on an ICU error and (kTooLarge) on a range of 2 GiB or more.
// Thread safety: not thread-safe (the iterator keeps state); one per thread.
#ifndef CROSSCHECK_TEXT_SENTENCE_SPLITTER_H_
#define CROSSCHECK_TEXT_SENTENCE_SPLITTER_H_

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/span.h"
#include "crosscheck/status.h"

namespace crosscheck::text {

class SentenceSplitter {
 public:
  static Result<std::unique_ptr<SentenceSplitter>> Create(const std::string& locale = "en");
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Appends the sentences of text[range.start, range.end) to `sentences`.
  // `range` is normally one paragraph: no sentence crosses its ends.
  Status Split(std::string_view text, Span range, std::vector<Span>& sentences);

 private:
  explicit SentenceSplitter(std::unique_ptr<icu::BreakIterator> iterator);
  // Emits [start, end) of `text` (trimmed), split further after an ellipsis
  // that is followed by a new sentence; `base` is added to every offset.
  void Emit(std::string_view text, std::size_t start, std::size_t end, std::uint32_t base,
            std::vector<Span>& sentences) const;

  std::unique_ptr<icu::BreakIterator> iterator_;
  UText utext_ = UTEXT_INITIALIZER;
  std::vector<std::int32_t> boundaries_;  // scratch, reused between calls
};

// Whether an ICU sentence boundary at `boundary` should be dropped, joining the
// text before and after it (the repairs of the essay in sentence_splitter.cc).
// `start` is where the sentence before the boundary begins. Exposed for tests.
bool ShouldJoin(std::string_view text, std::size_t start, std::size_t boundary);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_SENTENCE_SPLITTER_H_
