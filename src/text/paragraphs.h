// Paragraphs: maximal runs of non-blank lines.
//
// The cleaner separates paragraphs with "\n\n"; a paragraph may still hold
// single line breaks (hard-wrapped plain text). A line is blank when it holds
// only white space. A paragraph's span runs from the first non-white-space
// byte of its first line to the last non-white-space byte of its last line.
// Pure function: thread-safe, no failure.
#ifndef CROSSCHECK_TEXT_PARAGRAPHS_H_
#define CROSSCHECK_TEXT_PARAGRAPHS_H_

#include <string_view>
#include <vector>

#include "crosscheck/document.h"

namespace crosscheck::text {

// Replaces `paragraphs` with the paragraphs of `text`, in order.
void FindParagraphs(std::string_view text, std::vector<Paragraph>& paragraphs);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_PARAGRAPHS_H_
