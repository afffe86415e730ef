// Page files for the HTML scorers and benchmark: reads a page file whole,
// gunzipping *.gz, into memory (wrap it with HtmlPageRecord, clean_html.h).
// Tools only: errors are returned as Status.
#ifndef CROSSCHECK_EVAL_PAGE_FILES_H_
#define CROSSCHECK_EVAL_PAGE_FILES_H_

#include <fstream>
#include <string>

#include "crosscheck/document.h"
#include "crosscheck/status.h"
#include "ingest/byte_source.h"
#include "ingest/gzip_source.h"

namespace crosscheck {

inline Result<std::string> ReadPageFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  IstreamSource file(in);
  GzipSource gunzip(file);
  ByteSource& source = path.ends_with(".gz") ? static_cast<ByteSource&>(gunzip) : file;
  std::string bytes;
  char buffer[1 << 16];
  while (true) {
    Result<std::size_t> n = source.Read(buffer, sizeof buffer);
    if (!n.ok()) return n.status();
    if (*n == 0) break;
    bytes.append(buffer, *n);
  }
  return bytes;
}

}  // namespace crosscheck

#endif  // CROSSCHECK_EVAL_PAGE_FILES_H_
