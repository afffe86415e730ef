// The compact per-document summary the corpus stage works on (DESIGN.md §1:
// "cross-document work consumes compact per-document summaries, so the
// corpus stage never needs all texts in memory").
//
//   DocSummary s = Summarize(document, options);   // then drop the document
//
// A summary keeps: id, outlet, title, the publication day, the day the text
// is about (the stale_content flag's date when the text dates itself earlier
// than its stamp, else the publication day), a hash of the normalised body
// (exact copies), a MinHash signature of its word shingles (near copies,
// dup_minhash.h), the hashed word counts of title and body (TF-IDF for
// stories, stopwords dropped) and each chain's mention count (entity terms,
// once the EntityResolver has numbered entities). No text is kept: about
// 2-4 KB per article.
//
// Words: the text is split at every byte that is not a letter, digit or
// UTF-8 continuation/lead byte; ASCII and Latin-1 capitals are lower-cased;
// apostrophes end a word ("minister's" -> "minister", "s"). The normalised
// body is those words joined by one space, so quote styles, white space,
// punctuation and case never make two copies differ.
//
// Options (SummaryOptions):
//   field            default  meaning
//   shingle_words    5        words per shingle for MinHash
//   minhash_size     128      values in the signature (dup_minhash.h)
//   min_word_bytes   2        shorter words are left out of the term counts
//
// Thread safety: pure functions. Failure: none (an empty text gives an empty
// signature and no terms; such a document is never a duplicate).
#ifndef CROSSCHECK_CORPUS_CORPUS_SUMMARY_H_
#define CROSSCHECK_CORPUS_CORPUS_SUMMARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "crosscheck/document.h"

namespace crosscheck::corpus {

struct SummaryOptions {
  int shingle_words = 5;
  int minhash_size = 128;
  int min_word_bytes = 2;
};

// A hashed term and how often it occurs; lists are sorted by term.
struct TermCount {
  std::uint32_t term = 0;
  std::uint32_t count = 0;
};

inline constexpr std::int32_t kNoDay = INT32_MIN;
inline constexpr std::int64_t kNoMinute = INT64_MIN;

struct DocSummary {
  std::string id;
  std::string outlet;
  std::string title;
  std::string published;            // as stored ("YYYY-MM-DD..."), may be empty
  std::int32_t day = kNoDay;        // publication day (days since 1970-01-01), kNoDay if none
  std::int32_t about_day = kNoDay;  // the day the text is about (stale_content), else `day`
  // Minutes since 1970 of the publication time for "who published first":
  // day * 1440 + HH * 60 + MM, or the day's last minute when no time is given
  // (a stamp with a time beats a bare date on the same day); kNoMinute if undated.
  std::int64_t minute = kNoMinute;
  std::uint64_t exact_hash = 0;  // Hash64 of the normalised body; 0 for an empty body
  std::uint32_t words = 0;       // words in the body
  std::uint32_t shingles = 0;    // distinct shingles the signature was built from
  std::vector<std::uint32_t> minhash;
  std::vector<TermCount> title_terms, body_terms;
  // (in-document chain id, mentions in the chain): mapped to entity ids
  // after EntityResolver::Finish.
  std::vector<std::pair<std::string, std::uint32_t>> chains;
  std::uint32_t order = 0;  // position in arrival order (set by the runner)
};

// The words of `text`, normalised (see above), as views into `storage`, which
// receives the lower-cased copy of the text.
std::vector<std::string_view> NormalisedWords(std::string_view text, std::string& storage);

// The term id of a normalised word (32 bits of Hash64).
std::uint32_t TermId(std::string_view word);
// Whether a normalised word is a function word left out of the term counts.
bool IsStopword(std::string_view word);

// Days since 1970-01-01 of a "YYYY-MM-DD..." string; kNoDay when it does not
// start with a valid date (or the year is before 1900 or after 2100).
std::int32_t DayNumber(std::string_view date);

DocSummary Summarize(const Document& document, const SummaryOptions& options = {});

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_CORPUS_SUMMARY_H_
