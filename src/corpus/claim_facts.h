// The compact per-document summary that quote groups, claims and timelines
// are built from (DESIGN.md §1: the corpus stage consumes summaries, never
// whole texts). FactsOf reads one analysed Document (mentions with entity ids
// when EntityResolver::FillMentions ran, quotes with speakers, timexes with
// values, quantities) and keeps, for each figure, date and quotation, its
// span, its words as written and a bag of stemmed context words: a few
// hundred bytes per fact.
//
//   DocumentFacts f = FactsOf(document);     // per document, any thread
//   ... AlignClaims / GroupQuotes / BuildTimelines over a story's summaries
//
// What is kept:
//   facts       every quantity (money, percent, count, measure) and every
//               DATE/TIME timex whose value starts with a year ("2026",
//               "2026-03", "2026-03-10T02:40" -> "2026-03-10"); each with its
//               sentence, the stems of the content words of that sentence and
//               the entities it names, weighted by closeness (1 / (1 + d/3) for
//               a word d words away, halved for each clause mark , ; : ( ) or
//               dash in between; the closest occurrence counts; the 16
//               heaviest kept; dates look 8
//               words either side only), and, for a quantity, the date of the
//               nearest temporal expression of its clause (else the year of
//               content_date: a figure stated without a date is current)
//   quotes      every quotation whose speaker has an entity id, a chain or a
//               proper name (speaker key: the entity id, else "chain:<id>" until
//               ResolveEntities, else "name:" + the name), with its
//               normalised words (case, punctuation and quotation marks
//               dropped)
//   statements  each quotation cut into statements (its sentences; an indirect
//               quotation also at "and said", "and that", ", but"), each with
//               topic keys: content-word stems, "Y<year>" for every year a
//               timex inside names ("within two years" counts from the
//               document's date), and "E:<entity>" for every entity named inside
//   content_date  the period the document speaks of: its publication day, or,
//               for a document flagged stale_content, the period the flag names
//               ("the text dates itself to 2022-10")
//
// Thread safety: pure function. Failure: none; a document without sentences
// falls back to punctuation for sentence bounds, one without quotes or
// quantities gives empty lists.
#ifndef CROSSCHECK_CORPUS_CLAIM_FACTS_H_
#define CROSSCHECK_CORPUS_CLAIM_FACTS_H_

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "crosscheck/document.h"

namespace crosscheck::corpus {

// A content word near a fact: its stem, closeness weight and a surface form.
struct ContextWord {
  std::string stem;
  float weight = 0.0f;
  std::string word;
};

struct Fact {
  enum class Kind { kQuantity, kDate };
  Kind kind = Kind::kQuantity;
  // What can be compared with what: "money", "percent", "count:<noun class>"
  // ("count:" when nothing is counted), "length", "speed", "mass", "area",
  // "volume", "temperature", "measure:<unit>", or "date".
  std::string dimension;
  double value = 0.0;
  double high = 0.0;
  double base = 0.0;  // value in the dimension's base unit (metres, kg, ...): for
                      // the closeness test only, never shown
  std::string unit, modifier, counts;
  std::string date;  // kDate: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  std::string time;  // kQuantity: the date its clause ties it to ("€265 million in
                     // 2022" -> "2022"; "now" -> content_date), else the year of
                     // content_date; "" when that is unknown too
  Span span, sentence;
  std::string text;
  std::vector<ContextWord> context;   // sorted by stem, one per stem; entities as "E:<id>"
  std::vector<std::string> entities;  // sorted, unique
};

struct QuoteSummary {
  std::string speaker;  // entity id, or "name:<name>"
  std::string speaker_name;
  Span span;
  std::string text;
  std::string kind;
  std::vector<std::string> words;  // normalised words in order
};

struct Statement {
  std::string speaker;
  std::string speaker_name;
  std::uint32_t quote = 0;  // index into DocumentFacts::quotes
  Span span;
  std::string text;
  std::vector<std::string> words;  // normalised words in order
  std::vector<std::string> keys;   // topic keys, sorted, unique
  std::vector<std::string> shown;  // for each key, a word as written ("2028" for "Y2028")
};

struct DocumentFacts {
  std::string id;
  std::string outlet;
  std::string published;     // as the document has it
  std::string content_date;  // "YYYY-MM-DD", "YYYY-MM", "YYYY" or ""
  std::vector<Fact> facts;
  std::vector<QuoteSummary> quotes;
  std::vector<Statement> statements;
};

DocumentFacts FactsOf(const Document& document);

// Entities the document's mentions did not carry yet: FactsOf writes
// "chain:<id>" for a mention or speaker with a chain but no entity id (the
// corpus runner summarises documents before it resolves entities). This
// rewrites those keys with `entity_of(chain)`; a chain without an entity is
// dropped from contexts and topic keys, and a speaker without one takes its
// name ("name:<words>", two words or more) or a key of its own document.
void ResolveEntities(DocumentFacts& facts,
                     const std::function<std::string(const std::string& chain)>& entity_of);

// "name:<lower-cased words>" for a name of two words or more, else "".
std::string NameSpeakerKey(std::string_view name);

// Calendar helpers shared by the aligner and the timelines. A value is
// "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else is not a calendar value.
bool IsCalendarValue(std::string_view value);
// The calendar prefix of a TIMEX3 value ("2026-03-10T02:40" -> "2026-03-10",
// "2026-03" -> "2026-03"; weeks, seasons, "PRESENT_REF" -> "").
std::string CalendarPrefix(std::string_view value);
// True when one period contains the other ("2026" ~ "2026-03-10").
bool CalendarCompatible(std::string_view a, std::string_view b);
// Days from the first day of a to the first day of b (b - a).
long CalendarDaysBetween(std::string_view a, std::string_view b);

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_CLAIM_FACTS_H_
