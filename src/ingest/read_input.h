// Internal entry points of ReadInput (declared in crosscheck/ingest.h), split
// out so tests can feed streams without touching standard input.
//
// ReadStream sniffs its input the way ReadInput treats standard input:
//   - gzip magic (1f 8b) -> decompressed first;
//   - then, past a UTF-8 BOM and white space: '{' means JSON Lines, "WARC/1."
//     a WARC file (read without gzip-member recovery), "<!doctype html" or
//     "<html" (also after an "<?xml" declaration) one HTML page, anything
//     else one plain-text article.
// ReadText, ReadHtml and ReadJsonl read a stream whose format is already
// known; ReadHtml is ReadText without the line limit, giving format "html"
// and media_type "text/html".
// All report to `sink` exactly as ReadInput does, labelling records and errors
// with `name`. Thread safety: reentrant.
#ifndef CROSSCHECK_INGEST_READ_INPUT_H_
#define CROSSCHECK_INGEST_READ_INPUT_H_

#include <cstdint>
#include <string>

#include "crosscheck/ingest.h"
#include "ingest/byte_source.h"

namespace crosscheck {

void ReadStream(ByteSource& source, const std::string& name, const IngestOptions& options,
                const RecordSink& sink, ReadStats* stats = nullptr);

// `size_hint`: the expected size, to reserve memory (0 when unknown).
void ReadText(ByteSource& source, const std::string& name, const IngestOptions& options,
              const RecordSink& sink, std::uint64_t size_hint = 0);

void ReadHtml(ByteSource& source, const std::string& name, const IngestOptions& options,
              const RecordSink& sink, std::uint64_t size_hint = 0);

void ReadJsonl(ByteSource& source, const std::string& name, const IngestOptions& options,
               const RecordSink& sink);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_READ_INPUT_H_
