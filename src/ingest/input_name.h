// Which reader a file name calls for: the one place that maps file names to
// input formats (used by ExpandInputs to pick article files out of folders and
// by ReadInput to choose a reader).
//
//   name ends with (case-insensitive)      format   gzip   article
//   .txt .text                             kText    no     yes
//   .txt.gz .text.gz                       kText    yes    yes
//   .jsonl .ndjson                         kJsonl   no     yes
//   .jsonl.gz .ndjson.gz                   kJsonl   yes    yes
//   .html .htm / .html.gz .htm.gz          kHtml    -      yes
//   .warc / .warc.gz                       kWarc    -      yes
//   any other .gz                          kText    yes    no
//   anything else                          kText    no     no
//
// `article` says whether a folder walk picks the file up; a file named
// explicitly is read whatever its name (as plain text unless the table says
// otherwise). Pure functions, thread-safe.
#ifndef CROSSCHECK_INGEST_INPUT_NAME_H_
#define CROSSCHECK_INGEST_INPUT_NAME_H_

#include <string_view>

namespace crosscheck {

enum class InputFormat {
  kText,   // one article per file
  kJsonl,  // one article per line
  kHtml,   // a web page: one record, media type text/html
  kWarc,   // a web archive (WARC 1.0/1.1): one record per HTML response/resource
};

struct InputName {
  InputFormat format = InputFormat::kText;
  bool gzip = false;     // the bytes are gzip-compressed
  bool article = false;  // a folder walk takes it as an article input
};

// Classifies by the final component of `path` (folders in it are ignored).
InputName ClassifyInputName(std::string_view path);

// "text", "JSON Lines", "HTML", "WARC".
std::string_view InputFormatName(InputFormat format);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_INPUT_NAME_H_
