// Ingest: from paths on disk to cleaned Documents.
//
// Three steps, each usable on its own:
//
//   ExpandInputs   command-line arguments (files, folders, globs, "-") -> file list
//   ReadInput      one file -> RawRecords (a whole .txt or .html file, each
//                  line of a JSON Lines file, each HTML page of a WARC file),
//                  streamed, with .gz decompressed
//   Cleaner        RawRecord -> Document: charset decoding to UTF-8, line-end and
//                  white-space normalisation, boilerplate and duplicated-paragraph
//                  removal, run-together sentence repair, title/byline/date lines
//                  read into fields. Document::to_input maps the cleaned text back
//                  to the record's body bytes.
//
// Failure: nothing here aborts a run. Every problem with an input is reported
// as a failed Result (to the sink, or from Clean) whose Status names the file,
// the record and the byte offset; the caller turns it into an ErrorRecord and
// goes on with the next input.
//
// Options (IngestOptions):
//   field               default   meaning
//   max_record_bytes    16 MiB    a record (file or line) larger than this is an error
//   max_line_bytes      1 MiB     a line of text longer than this is an error (a file
//                                 with no line breaks is not an article)
//   remove_boilerplate  true      drop site-furniture lines
//   remove_duplicates   true      drop paragraphs repeating earlier ones
//   near_duplicate      0.85      word-shingle overlap at which a paragraph counts
//                                 as a near-exact repeat
//   split_run_together  true      insert a space in "election.The"
//   read_metadata_lines true      take title/byline/date/masthead lines of plain
//                                 text into fields (only those the container did
//                                 not supply)
//
// Thread safety: ExpandInputs and ReadInput are reentrant. A Cleaner is not
// thread-safe: make one per thread (construction is cheap).
#ifndef CROSSCHECK_INGEST_H_
#define CROSSCHECK_INGEST_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/status.h"

namespace crosscheck {

struct IngestOptions {
  std::uint64_t max_record_bytes = 16u << 20;
  std::uint64_t max_line_bytes = 1u << 20;
  bool remove_boilerplate = true;
  bool remove_duplicates = true;
  double near_duplicate = 0.85;
  bool split_run_together = true;
  bool read_metadata_lines = true;
};

// The files named by command-line arguments, in a stable order (arguments in
// order; a folder's files sorted by path, recursively; a glob's matches sorted).
// "-" stands for standard input. A file named explicitly is taken whatever its
// name; in folders only names that look like article inputs are taken (.txt
// .text .jsonl .ndjson .html .htm .warc, each also .gz), other files are
// listed in `skipped`,
// and hidden names (leading '.') are passed over. A missing argument holding
// * ? [ is expanded with glob(3). Arguments or folder entries that name nothing
// readable as a file (missing path, dangling symlink, FIFO, socket, device, a
// glob matching nothing, a folder that cannot be listed) become errors; nothing
// is opened, so a FIFO cannot block.
struct InputPlan {
  std::vector<std::string> files;
  std::vector<ErrorRecord> errors;   // origin = the path, message = Status::ToString()
  std::vector<std::string> skipped;  // files in folders that are not article inputs
};
InputPlan ExpandInputs(const std::vector<std::string>& arguments);

// Receives each record or error of an input in order. Return false to stop.
using RecordSink = std::function<bool(Result<RawRecord> record)>;

// Records a reader passed over on purpose because they are not articles
// (neither a record nor an error reaches the sink for them): WARC warcinfo,
// request, metadata and revisit records, non-HTML responses, HTTP errors and
// redirects. Keyed by a short reason ("WARC request record", "HTTP status
// 4xx", "non-HTML response (image/png)"). Accumulates over calls.
struct ReadStats {
  std::uint64_t passed_over = 0;
  std::map<std::string, std::uint64_t> passed_over_by_reason;
};

// Reads `path` ("-": standard input), streaming its records to `sink`.
// Format by name (src/ingest/input_name.h):
//   *.jsonl, *.ndjson      JSON Lines, one record per non-blank line (fields:
//                          src/ingest/jsonl_record.h)
//   *.html, *.htm          one record, format "html", media_type "text/html"
//                          (no line limit: minified pages are one line)
//   *.warc                 WARC 1.0/1.1: a record per HTML response or resource,
//                          numbered path#N by WARC record (src/ingest/warc_reader.h)
//   anything else          one plain-text article
// each also gzip-compressed (.gz; a .warc.gz member by member). Standard
// input is sniffed: gzip magic -> decompressed, then past a BOM and white
// space '{' means JSON Lines, "WARC/1." WARC, "<!doctype html" / "<html" HTML.
// Errors go to the sink as failed Results whose Location names the path, the
// record (JSONL line, WARC record) and the byte offset (in the decompressed
// stream):
//   kNotFound / kIoError  missing or unreadable file, a folder, a read error
//   kUnsupported          FIFO/socket/device; an HTTP Content-Encoding in a
//                         WARC record other than gzip/deflate
//   kInvalidArgument      empty or white-space-only input; a JSON line that is
//                         not an object or has no article text; a WARC file
//                         with no record
//   kCorrupt              truncated or damaged gzip (records before the damage
//                         are delivered first; in a .warc.gz reading goes on
//                         at the next member); a line that is not JSON; a WARC
//                         record with a bad header or Content-Length (reading
//                         goes on at the next "WARC/1." line)
//   kTooLarge             a text or HTML file over max_record_bytes, a text
//                         line over max_line_bytes, a JSON line or WARC record
//                         over max_record_bytes
// A broken line or record does not stop the rest of the file. Memory stays
// bounded by the limits whatever the input size. `stats` (may be null)
// receives the records passed over.
void ReadInput(const std::string& path, const IngestOptions& options, const RecordSink& sink,
               ReadStats* stats = nullptr);

// Turns raw records into cleaned Documents. Fills id, origin, input_hash,
// format, charset, text, to_input, removed, paragraphs, and the metadata
// fields (container metadata first, then what the text's own lines say).
// Fails for binary content, invalid UTF-8 that is not a legacy charset,
// undetectable charsets, and records with no text left.
class Cleaner {
 public:
  explicit Cleaner(IngestOptions options = {});
  ~Cleaner();
  Cleaner(const Cleaner&) = delete;
  Cleaner& operator=(const Cleaner&) = delete;

  Result<Document> Clean(const RawRecord& record);

 private:
  struct Impl;
  IngestOptions options_;
  std::unique_ptr<Impl> impl_;
};

// The stable document id for an origin and input hash (16 hex digits).
std::string DocumentId(const std::string& origin, std::uint64_t input_hash);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_H_
