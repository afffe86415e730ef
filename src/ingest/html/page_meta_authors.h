// Author names from what pages write in author slots: meta values, JSON-LD
// strings, byline text ("By Ana Ruiz and Bo Chen | 12 March 2024").
//
// NormalizeAuthors takes raw strings and returns names:
//   - a leading "By", "Written by", "Posted by", "Von", "Par", "Por", "Door",
//     "Di", "Autor:", "Author:" ... is dropped; the value is cut at a line
//     break, "|", "•", " - ", " – ", "(" or a date;
//   - the rest is split on "," ";" "&" and "and" / "und" / "et" / "y" / "e" /
//     "en" / "og";
//   - a piece is a name when it has 1-6 words, a capital letter, no digit,
//     no "@", no URL, is not a credential ("PhD", "MD", "RD", upper-case
//     letters only) and not a placeholder ("admin", "staff", "editor" ...);
//     names equal to `outlet` (an organisation) are dropped;
//   - duplicates (ignoring case and spacing) are removed, order kept.
// Pure functions, thread-safe.
#ifndef CROSSCHECK_INGEST_HTML_PAGE_META_AUTHORS_H_
#define CROSSCHECK_INGEST_HTML_PAGE_META_AUTHORS_H_

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// White space (including no-break spaces) collapsed to single spaces, ends
// trimmed. Shared by the metadata readers.
std::string CollapseWhiteSpace(std::string_view text);

std::vector<std::string> NormalizeAuthors(const std::vector<std::string>& raw,
                                          std::string_view outlet);

// "Ana Ruiz, Bo Chen and Cy Diaz" style splitting and cleaning of one value.
std::vector<std::string> NormalizeAuthor(std::string_view raw, std::string_view outlet);

// Authors named by a "By X" / "Von X" / "Par X" phrase inside a longer text
// (a byline line, a date line); empty when the text has no such phrase.
std::vector<std::string> AuthorsFromBylinePhrase(std::string_view text, std::string_view outlet);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_PAGE_META_AUTHORS_H_
