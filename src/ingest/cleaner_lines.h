// The line model the cleaner's metadata and boilerplate steps share.
//
// After white-space normalisation an article is a list of lines (no leading
// or trailing spaces, at most one empty line in a row). Each line gets cheap
// shape features computed once, by hand-written scanning (no regexes): word
// counts, sentence-final punctuation, separators, URLs, generic web-UI words,
// copyright and photo-credit shapes. The steps then assign each line a class.
//
// Thread safety: pure functions over values.
#ifndef CROSSCHECK_INGEST_CLEANER_LINES_H_
#define CROSSCHECK_INGEST_CLEANER_LINES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

enum class LineClass : std::uint8_t {
  kBlank,
  kBody,
  kBoilerplate,
  kCaption,  // removed and counted as boilerplate
  kTitle,    // metadata: moved into fields
  kByline,
  kDate,
  kOutlet,
  kDuplicate,  // removed by the duplicate step
};

bool IsMetadata(LineClass c);

struct Line {
  std::uint32_t start = 0;  // byte range in the normalised text, without '\n'
  std::uint32_t end = 0;
  std::uint32_t chars = 0;        // code points
  std::uint32_t letters = 0;      // alphabetic code points
  std::uint16_t words = 0;        // tokens holding a letter or digit
  std::uint16_t capitalised = 0;  // words starting with an upper-case letter
  std::uint16_t lower = 0;        // words starting with a lower-case letter
  std::uint16_t ui_words = 0;     // generic web-UI words (share, subscribe, ...)
  bool ui_first = false;          // the first word is one of them ("Skip to ...")
  std::uint16_t separators = 0;   // stand-alone |, ·, •, ›, », >, → tokens
  std::uint16_t wide_gaps = 0;    // wide white-space runs in the input line
  bool blank = true;
  bool ends_sentence = false;  // . ! ? … (before closing quotes/brackets)
  bool has_url = false;        // http(s)://, www., e-mail address or domain/path
  bool copyright = false;      // ©, (c) 20xx, "copyright", "all rights reserved"
  bool photo_credit = false;   // "(Photo: ...)", "(Image by ...)", "Photograph: ..."
  bool bullet = false;         // starts with •, -, –, *, ▪ or "1." / "1)"
  bool ui_label = false;       // "Read more:", "See more:", "Image caption," (see .cc)
  bool quote_open = false;     // starts with a quotation mark
  bool quote_close = false;    // ends with a quotation mark (after punctuation)
  bool attribution = false;    // starts with an em dash or horizontal bar: "— Name"
  bool starts_lower = false;   // first letter is lower case
  bool starts_number = false;  // first word is a number ("42 comments")
  bool has_clock = false;      // a word like "10:45" (a time of day)
  std::uint64_t key = 0;       // hash of the case-folded line (repetition)
  // Set by the boilerplate step's structure pass (MarkStructure).
  bool in_list = false;     // part of a run of >= 3 short headline-like lines
  bool pull_quote = false;  // a set-apart quote, its "— Name" line and title line
  bool prose = false;       // a body sentence line (see boilerplate.h)
  LineClass cls = LineClass::kBlank;
};

// Splits `text` at '\n' and computes the features. `wide_gaps` is
// NormalisedText::wide_gaps (per line; missing entries count as 0).
std::vector<Line> BuildLines(std::string_view text, const std::vector<std::uint16_t>& wide_gaps);

// True when `word` (any case, punctuation around it ignored) is generic web
// furniture vocabulary: share, comment, subscribe, newsletter, advertisement,
// related, tags, menu, sign, cookies, privacy, terms, read, more, listen, ...
bool IsUiWord(std::string_view word);

// Per-line furniture shape: separators in a short line or a line that is no
// sentence, wide column gaps, URLs, copyright or photo-credit shapes, a UI
// label ("Tags:", "More: <headline>"; not when it opens a sentence of >= 25
// words), a short line dominated by UI words ("Share", "Skip to main
// content", "Sign up for newsletters", "42 comments"), no letters ("1 / 6").
// UI words never make a sentence furniture on their own: "At home, ...",
// "More importantly, ..." are body.
bool LooksLikeFurniture(const Line& line);

// ASCII lower-casing; other bytes unchanged.
std::string AsciiLower(std::string_view s);

// Decodes the code point at s[*i] (valid UTF-8) and advances *i.
char32_t NextCodePoint(std::string_view s, std::size_t* i);

// Splits a line into its space-separated tokens.
std::vector<std::string_view> SplitWords(std::string_view line);

// Strips leading and trailing punctuation/quotes from a token.
std::string_view StripPunct(std::string_view word);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_CLEANER_LINES_H_
