// Turns a user's search text into an FTS5 MATCH expression that can hold no
// FTS5 syntax.
//
// The text is cut into terms: a "double-quoted phrase" is one term (an
// unbalanced quote runs to the end of the text), anything else splits at
// white space. Each term is written as an FTS5 string, "…" with embedded
// quotes doubled, and the terms are joined with spaces (implicit AND). So
// `NEAR(a b)`, `a OR`, `title:x`, `*`, `^` are searched as words: operators
// and column filters only exist outside strings, and there is no outside.
// Terms made of punctuation only tokenise to nothing and FTS5 ignores them.
// A NUL byte counts as white space (FTS5 would stop reading there).
//
// Repeated terms (ignoring ASCII case) are written once, and only the first
// kMaxSearchTerms distinct terms are kept: FTS5's snippet() costs grow with
// the number of phrases, and a longer query is not a person's question.
//
// Returns "" when the text holds no term (only white space / empty quotes).
// Thread-safe (pure function).
#ifndef CROSSCHECK_STORE_FTS_QUERY_H_
#define CROSSCHECK_STORE_FTS_QUERY_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::store {

inline constexpr std::size_t kMaxSearchTerms = 64;

// The terms of `text`, unquoted (for tests and display).
std::vector<std::string> SplitSearchTerms(std::string_view text);

// The FTS5 MATCH expression for `text`, or "" if there is no term.
std::string ToFtsQuery(std::string_view text);

}  // namespace crosscheck::store

#endif  // CROSSCHECK_STORE_FTS_QUERY_H_
