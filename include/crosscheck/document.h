// The plain types every stage shares (DESIGN.md §1). A stage reads what
// earlier stages filled in and adds its own fields; it never edits theirs.
//
// All spans are byte offsets into Document::text (UTF-8, NFC, "\n" line ends,
// paragraphs separated by one blank line). Document::to_input maps any such
// offset back to the bytes of the input record it came from.
//
// Ownership: a Document owns all its strings and vectors; it is a value that is
// moved between pipeline stages and threads, never shared while being written.
#ifndef CROSSCHECK_DOCUMENT_H_
#define CROSSCHECK_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "crosscheck/offset_map.h"
#include "crosscheck/span.h"

namespace crosscheck {

// The key an input is stored and reported under: "path", or "path#record"
// for a record inside a container (record >= 0).
inline std::string FormatOrigin(const std::string& path, std::int64_t record) {
  return record < 0 ? path : path + "#" + std::to_string(record);
}

// ---- ingest ------------------------------------------------------------------

// One input record as read from a file, before any cleaning: a whole .txt
// file, or one line of a JSON Lines file. Containers may supply metadata.
struct RawRecord {
  std::string path;              // the file it came from ("-" for stdin)
  std::int64_t record = -1;      // 1-based record number in a container, -1 for a whole file
  std::uint64_t offset = 0;      // byte offset of the record in the (decompressed) file
  std::string format;            // reader: "text" | "jsonl" | "html" | "warc"
  std::uint64_t input_hash = 0;  // XXH3-64 of the record's bytes as read (a whole JSONL line)
  // What the body holds: "text/plain" or "text/html" (a .html file, a WARC
  // response with an HTML payload, a JSON field holding markup). Empty means
  // "text/plain".
  std::string media_type;
  // Charset named by the container (an HTTP Content-Type header inside a WARC
  // record); empty when none. A hint: the bytes' own evidence (BOM) wins.
  std::string charset_hint;
  std::string body;  // the article body bytes, in whatever charset the input uses
  // Metadata the container gave (empty when absent).
  std::string url, outlet, title, published;
  std::vector<std::string> authors;
  std::string fetched;  // when the container captured it (WARC-Date), ISO 8601; empty if unknown

  // "path" or "path#record": the key an input is stored under.
  std::string Origin() const { return FormatOrigin(path, record); }
};

// What cleaning removed from an input (the `removed` object of the export).
struct Removed {
  std::uint64_t boilerplate_chars = 0;     // code points of removed lines, white space normalised
                                           // (runs count as one, no line breaks)
  std::uint32_t boilerplate_lines = 0;     // lines dropped as site furniture
  std::uint32_t duplicate_paragraphs = 0;  // paragraphs dropped as (near-)copies of earlier ones
  std::uint64_t duplicate_chars = 0;       // code points in those paragraphs
  std::uint32_t metadata_lines = 0;        // title/byline/date/masthead lines moved into fields
  std::uint32_t split_sentences = 0;       // "end.Next" joins that got a space inserted
};

// ---- text --------------------------------------------------------------------

enum class TokenKind : std::uint8_t {
  kWord,    // letters (may hold inner apostrophes, hyphens, periods: "O'Brien", "U.S.")
  kNumber,  // digits with inner separators: "3.5", "1,200", "2026"
  kPunct,   // punctuation, one mark or a run of the same mark ("...")
  kSymbol,  // currency and other symbols: "$", "€", "%"
  kOther,   // anything else that is not white space (emoji, ideographs without dictionary)
};

// A token is one Universal Dependencies word: contractions are split the UD
// way ("don't" -> "do" "n't", "Minister's" -> "Minister" "'s"), so a split
// token is two tokens with adjacent spans.
//
// Tags (filled by the text stage on every sentence) are small ids; their names
// and the feature fields are in crosscheck/text.h (UposName, XposName,
// DeprelName, FormatFeats, FeatValue). 0 means "none" (untagged, unparsed).
// The tree (head, deprel) is filled only for sentences parsed on demand
// (TextAnalyzer::Parse); Sentence::parsed says which.
struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  std::uint8_t upos = 0;    // universal part of speech (UposName)
  std::uint8_t xpos = 0;    // Penn Treebank tag (XposName)
  std::uint8_t deprel = 0;  // UD relation to the head, with subtype (DeprelName); 0 = unparsed
  std::int32_t head = -1;   // index into Document::tokens of the head; -1 for the root or unparsed
  std::uint64_t feats = 0;  // packed morphological features (FeatValue, FormatFeats)
};

struct Sentence {
  Span span;
  std::uint32_t first_token = 0;  // index into Document::tokens
  std::uint32_t token_count = 0;
  bool parsed = false;  // heads and deprels of its tokens are set
};

struct Paragraph {
  Span span;
};

// ---- extract / resolve (filled in by later stages) ----------------------------

struct Mention {
  Span span;
  std::string type;    // PERSON | ORG | PLACE | GROUP | EVENT | ...
  std::string chain;   // in-document chain id ("c3"), empty if none
  std::string entity;  // corpus entity id ("e12"), empty if none
};

// A chain: the mentions inside one article that name the same thing (filled by
// the resolve stage). Mention::chain holds its id.
struct Chain {
  std::string id;    // "c3", unique inside the document
  std::string type;  // PERSON | ORG | PLACE | GROUP | EVENT | OTHER
  std::string name;  // best name ("Daniela Ferrer"), the fullest proper-name mention
  std::vector<std::uint32_t> mentions;  // indexes into Document::mentions, in text order
};

struct Speaker {
  bool has_span = false;
  Span span;
  std::string chain, entity, name;
};

struct Quote {
  Span span;
  std::string kind;  // direct | partial | indirect | block
  bool has_speaker = false;
  Speaker speaker;
  bool has_cue = false;
  Span cue;
  std::vector<std::string> via;
  double confidence = 0.0;
};

struct Timex {
  Span span;
  std::string type;   // DATE | TIME | DURATION | SET
  std::string value;  // ISO 8601 / TIMEX3 value
};

struct Quantity {
  Span span;
  std::string kind;  // money | percent | count | measure
  double value = 0.0;
  std::string unit;
  std::string counts;
  std::string modifier;  // "more than" | "less than" | "about" | "at least" | "up to" | ... or ""
  double high = 0.0;     // high end of a range ("5-10%": value 5, high 10); 0 when not a range
};

struct Flag {
  std::string kind;    // stale_content | duplicate_of | near_duplicate_of | ...
  std::string detail;  // human-readable reason
  std::vector<std::string> documents;
};

// Another outlet an article credits (src/resolve/outlet_stage.h): a wire
// dateline "HALVENPORT (VPA) -", "according to Reuters", "told the BBC",
// "With reporting by ...", "Source: ...", a copyright line naming another outlet.
struct Credit {
  Span span;           // the outlet's name in the text
  std::string outlet;  // canonical registry name, or the name as written when unregistered
  std::string how;     // dateline | according_to | told | reporting_by | source_line |
                       // copyright | reported
};

// ---- corpus (filled across documents) ------------------------------------------

// One entity across articles (src/corpus/entity_resolver.h): the chains of
// many documents that name the same thing. Exported as {"type":"entity"}.
struct Entity {
  std::string id;                      // "e12"
  std::string name;                    // "Daniela Ferrer"
  std::string kind;                    // PERSON | ORG | PLACE | GROUP | EVENT | OTHER
  std::vector<std::string> aliases;    // other names it goes by ("Ferrer", "Daniella Ferrer")
  std::vector<std::string> documents;  // ids of the documents that name it
};

// One story (src/corpus/story_cluster.h): the articles about one event, found
// by online clustering in date order; event stories group into topic stories
// (two floods in one city are two events of one topic). Exported as
// {"type":"story"}.
struct Story {
  std::string id;                      // "s3" (event level) or "t2" (topic level)
  std::string level;                   // "event" | "topic"
  std::string topic;                   // the topic story holding an event story; "" for topics
  std::string title;                   // the title of its most central article
  std::vector<std::string> documents;  // ids, in date (then arrival) order
  std::string first, last;             // YYYY-MM-DD of its first and last dated article, or ""
};

// A copy (src/corpus/dup_detector.h): `documents` is [original, copy], the
// original published first. Exported as {"type":"duplicate"}.
struct Duplicate {
  std::string kind;  // exact | near
  std::vector<std::string> documents;
  double similarity = 0.0;  // estimated Jaccard of word shingles; 1 for exact
};

// ---- the document -------------------------------------------------------------

struct Document {
  std::string id;      // stable: 16 hex digits of a hash of origin and input bytes
  std::string origin;  // "path" or "path#record"
  std::uint64_t input_hash = 0;
  std::string format;  // reader that produced it: "text" | "jsonl" | "html" | "warc"

  std::string url;
  std::string canonical_url;  // <link rel=canonical> / og:url when the page names one
  std::string outlet;
  std::string title;
  std::vector<std::string> authors;
  std::string published;                // "YYYY-MM-DD[THH:MM...]" or empty
  std::string published_from = "none";  // meta | jsonld | url | text | container | none
  std::string modified;                 // last-modified date the page states, same form; or empty
  std::string fetched;                  // capture time from the container (WARC-Date), or empty
  std::string language = "und";         // ISO 639-1, "und" when unknown
  std::string charset;                  // charset the input was decoded from

  std::string text;    // the cleaned article
  OffsetMap to_input;  // text offsets -> bytes of the record's body as read
  Removed removed;

  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;

  std::vector<Mention> mentions;
  std::vector<Chain> chains;
  std::vector<Quote> quotes;
  std::vector<Timex> timexes;
  std::vector<Quantity> quantities;
  std::vector<Flag> flags;

  // Outlets (src/resolve/outlet_stage.h): how `outlet` was found and which other
  // outlets the article credits.
  std::string outlet_from = "none";  // url | meta | text | container | none
  std::vector<Credit> credits;
};

// An input that yielded no document, and why. Exported as {"type":"error"}.
struct ErrorRecord {
  std::string origin;            // "path" or "path#record"
  std::uint64_t input_hash = 0;  // 0 when no bytes could be read
  std::string message;           // Status::ToString() of the failure
};

}  // namespace crosscheck

#endif  // CROSSCHECK_DOCUMENT_H_
