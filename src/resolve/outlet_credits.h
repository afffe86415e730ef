// Outlet names in an article's own words: the phrases that credit another
// outlet, and the lines by which an article names its own.
//
//   how           shape (cue words are matched in the case shown)
//   dateline      a paragraph among the first three opening "CITY[, date] (Name) -"
//                 (dash, en dash or em dash after the parenthesis)
//   according_to  "according to [the] Name"
//   told          "told [the] Name", "speaking to [the] Name", "interview with [the] Name"
//   reporting_by  "[With] [additional] reporting by A, B and C"
//   reported      "reported by [the] Name", "Name [first] reported"
//   source_line   a line opening "Source:", "Sources:" or "Credit:" naming A, B / C
//   copyright     "© [year] Name" / "Copyright [©] [year] Name"
//
// A Name is the longest run of up to six words after the cue, each capitalised
// (or a joining word: of, and, &, for, de, the), that the registry knows
// (OutletRegistry::ByName). Only datelines, "reporting by", "Source:" and
// copyright lines yield names the registry does not know (then `outlet` is
// null and `name` is the words as written): those shapes name an outlet by
// themselves, while "according to Smith" names a person.
//
// Thread safety: pure functions. Cost: one pass over the text per cue word.
#ifndef CROSSCHECK_RESOLVE_OUTLET_CREDITS_H_
#define CROSSCHECK_RESOLVE_OUTLET_CREDITS_H_

#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"
#include "resolve/outlet_registry.h"

namespace crosscheck::resolve {

struct OutletCue {
  Span span;                       // the name in the text
  std::string name;                // as written
  const Outlet* outlet = nullptr;  // the registry's record; null when unregistered
  std::string how;                 // see the table above
};

// Every cue in `text`, in text order. `paragraphs` bound the dateline search
// (the first three); empty means the text's first three non-empty lines.
std::vector<OutletCue> FindOutletCues(std::string_view text,
                                      const std::vector<Paragraph>& paragraphs,
                                      const OutletRegistry& registry);

}  // namespace crosscheck::resolve

#endif  // CROSSCHECK_RESOLVE_OUTLET_CREDITS_H_
