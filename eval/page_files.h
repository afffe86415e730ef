// Page files for the HTML scorers and benchmark: reads a page file whole,
// gunzipping *.gz, into memory, and wraps it as the RawRecord an HTML reader
// would produce (format "html", media type "text/html"). Tools only: errors
// are returned as Status, nothing here is used by the library.
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

inline RawRecord PageRecord(const std::string& path, std::string bytes) {
  RawRecord r;
  r.path = path;
  r.format = "html";
  r.media_type = "text/html";
  r.body = std::move(bytes);
  return r;
}

}  // namespace crosscheck

#endif  // CROSSCHECK_EVAL_PAGE_FILES_H_
