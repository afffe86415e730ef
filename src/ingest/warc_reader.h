// ReadWarc: a WARC 1.0 / 1.1 stream -> one RawRecord per HTML page in it.
//
// What becomes a record:
//   WARC-Type response  whose block is an HTTP response (parsed by
//                       ingest/warc_http.h) with status 2xx and an HTML
//                       Content-Type (text/html, application/xhtml+xml)
//   WARC-Type resource  whose WARC Content-Type is HTML (the block is the page)
// Everything else is passed over and counted in ReadStats::passed_over by
// reason: warcinfo, request, metadata, revisit, conversion and continuation
// records, responses that are not HTML (images, DNS, robots.txt), HTTP errors
// and redirects, empty payloads.
//
// Each record of the file is numbered from 1 in file order, passed over or
// not, so an origin "crawl.warc.gz#17" names the 17th WARC record. A RawRecord
// gets: format "warc", media_type "text/html", offset = decompressed stream
// offset of its "WARC/1." line, input_hash = XXH3 of the record block, url =
// WARC-Target-URI (angle brackets removed), fetched = WARC-Date, charset_hint =
// the HTTP Content-Type charset, body = the HTTP payload, de-chunked and
// decompressed.
//
// Bad input gives an error record (Location: file, record number, offset of
// the record) and the reader resynchronises on the next line starting
// "WARC/1." so the rest of the file is still read:
//   kCorrupt      a header that is not WARC, a missing or non-numeric
//                 Content-Length, a Content-Length that runs past the end or
//                 does not end where the next record begins, a damaged gzip
//                 member (with `members`: Recover() skips to the next member),
//                 a broken HTTP message in an HTML response
//   kTooLarge     an HTML record over max_record_bytes (skipped without
//                 buffering it), a header block over 64 KiB
//   kUnsupported  an HTTP Content-Encoding other than gzip/deflate/identity
//   kInvalidArgument  a stream with no WARC record at all
//
// Memory: at most one record block (max_record_bytes) plus its header and
// decoded payload; never the whole file. Streaming: records reach the sink as
// they are read. Thread safety: reentrant.
#ifndef CROSSCHECK_INGEST_WARC_READER_H_
#define CROSSCHECK_INGEST_WARC_READER_H_

#include <string>

#include "crosscheck/ingest.h"
#include "ingest/byte_source.h"
#include "ingest/gzip_member_source.h"

namespace crosscheck {

// Reads the decompressed WARC stream `source`. `members`, when the stream
// comes from a GzipMemberSource, lets the reader recover from damaged gzip
// members (it is the same object as `source`, or the one under it). `stats`
// may be null.
void ReadWarc(ByteSource& source, GzipMemberSource* members, const std::string& name,
              const IngestOptions& options, const RecordSink& sink, ReadStats* stats);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_WARC_READER_H_
