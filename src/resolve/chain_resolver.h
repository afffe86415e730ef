// In-article chains: which mentions of one document name the same person,
// organisation, place or group (Document::chains, Mention::chain), with the
// pronouns and definite descriptions that refer to a person added as
// mentions of that person's chain.
//
//   ResolveChains(document);   // after the mentions stage (extract/ner_stage.h)
//
// Rules (chain_resolver.cc explains them):
//   names        same words (case, a leading "the" and a trailing 's aside)
//   people       titles dropped ("President Okafor", "Ms. Lindqvist", "Mr
//                Wennerholm" -> "Okafor", ...); a surname alone joins the most
//                recent person with that surname; a first + last name joins a
//                person with the same surname and the same or no first name
//   misspelling  a surname (or full name) one edit away from a person's
//                (6+ letters), when exactly one person is that close and any
//                first names agree ("Wennerhalm" / "Wennerholm")
//   initialisms  "Civic Union (CU)": an all-capital word whose letters are the
//                initials of an organisation's capitalised words, or that
//                stands in brackets right after its name
//   renames      "the Civic Union, since renamed the Civic Alliance", "(now
//                called ...)": the new name joins the old name's chain
//   pronouns     he/him/his/himself, she/her/hers/herself: the compatible
//                person named in full or with a title somewhere (gender from titles Mr/Ms...,
//                gendered role words and pronouns already linked) in the nearest of the current and
//                three previous sentences, the first such person there (a
//                subject, more often than not); they/them/their: the most
//                recent organisation or group within two sentences
//   descriptions "the minister", "the opposition leader": the most recent
//                person whose role word ("minister", "leader", ...) the text
//                gave: as a title ("Minister Montañez"), just before the name
//                ("Its leader, Mathis Örnberg") or in an apposition after it
// Each chain's best name is its fullest name mention (most words after titles
// are dropped; ties go to the spelling used most, then the first).
//
// Output: Document::chains (ids "c1", "c2", ... in order of first mention;
// every name mention is in exactly one chain, singletons included);
// pronoun and description mentions are appended to Document::mentions only
// when they resolve; Document::mentions is then sorted by start (longer
// first) and Chain::mentions index into it, in text order.
// Thread safety: a pure function of the document. Failure: none (a document
// without mentions gets no chains).
#ifndef CROSSCHECK_RESOLVE_CHAIN_RESOLVER_H_
#define CROSSCHECK_RESOLVE_CHAIN_RESOLVER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/extract.h"

namespace crosscheck::resolve {

void ResolveChains(Document& document);

// The "chains" stage: ResolveChains as a DocumentStage.
std::unique_ptr<DocumentStage> MakeChainStage();

// The words of a name as written, without a leading "the", a trailing 's
// and, for a person (`person`), the titles that open it or end a prefix
// ("Halvenport Mayor Tobias Wennerholm" -> "Tobias", "Wennerholm"). Words
// are split at spaces. The same rule the resolver applies to tokens.
std::vector<std::string> NameWords(std::string_view name, bool person);
// `s` with A-Z lower-cased (other bytes as they are).
std::string AsciiLower(std::string_view s);
// True for an initialism: 2-6 capital letters, dots allowed ("GEL", "U.N.").
bool IsInitialism(std::string_view word);
// True for a title word ("mr", "minister", ...; lower case, no final dot).
bool IsTitleWord(std::string_view lower);

// Edit distance (insertions, deletions, substitutions of bytes), stopping
// early once it exceeds `limit` (returns limit + 1 then).
int EditDistance(std::string_view a, std::string_view b, int limit);

}  // namespace crosscheck::resolve

#endif  // CROSSCHECK_RESOLVE_CHAIN_RESOLVER_H_
