// Boilerplate: which lines of a page are site furniture rather than article.
//
// Lines are judged by general signals, never by phrases of particular sites:
//
//   structure  (MarkStructure)
//     prose        a non-furniture line of >= 8 words ending a sentence, or of
//                  >= 25 words: the body runs from the first prose line to the
//                  last one not preceded in its block by a list or copyright
//                  line (a sentence glued under a link list is footer text)
//     lists        runs of >= 3 consecutive short headline-like lines (<= 14
//                  words, no final punctuation, or bulleted/numbered) — related
//                  links, "most read", topic lists — together with their heading;
//                  a run whose lines continue in lower case is wrapped prose
//     pull-quotes  a quote line set apart, then "— Name", then maybe a title
//                  line: kept
//   per line  (LooksLikeFurniture in cleaner_lines.h)
//     separators in short lines (menus "A | B | C", breadcrumbs "A › B"),
//     wide column gaps, URLs, copyright/©, photo credits "(Photo: ...)",
//     UI labels ("Tags:"), short lines dominated by generic UI words, no letters
//   position
//     top zone (before the body): above the title everything is furniture;
//     below it a long plain line (a standfirst) is kept, and so is a short
//     opening sentence directly above the body (same shape as a closing one)
//     bottom zone (after the body): furniture, except closing sentences that
//     follow the body directly ("Nobody was hurt."): sentence punctuation, a
//     lower-case word, no URL/©/credit/list shape, no call to action (UI word
//     first or dense); the first dropped line ends the article
//     inside the body: furniture-shaped lines, list runs, repeats of the title
//     or of another short line, and one-word lines ("Advertisement"-like
//     interstitials) go; other short lines (subheads) stay, and so does a
//     repeated short sentence set between body lines ("Ms. Fenn agreed.")
//
// Thread safety: pure functions.
#ifndef CROSSCHECK_INGEST_BOILERPLATE_H_
#define CROSSCHECK_INGEST_BOILERPLATE_H_

#include <string_view>
#include <vector>

#include "ingest/cleaner_lines.h"

namespace crosscheck {

struct BodyZone {
  int first_prose = -1;  // line indexes; -1 when there is no prose line
  int last_prose = -1;
  bool line_paragraphs = false;  // paragraphs are separated by single line breaks
};

// Sets Line::in_list, pull_quote and prose, and finds the body zone.
BodyZone MarkStructure(std::vector<Line>& lines);

// Marks furniture lines kBoilerplate (or kCaption) among lines still kBody.
// `title_line` is MetadataFields::title_line (-1 if none).
void MarkBoilerplate(std::vector<Line>& lines, const BodyZone& zone, int title_line);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_BOILERPLATE_H_
