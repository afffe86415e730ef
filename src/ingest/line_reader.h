// LineReader: splits a ByteSource into lines, streaming, with bounded memory.
//
// A line ends at "\n"; a "\r" before it is dropped too. The last line may lack
// its "\n". Lines are numbered from 1 and carry the byte offset of their first
// byte in the stream. Line text is a view into the reader's buffer, valid until
// the next call to Next().
//
// A line longer than `max_line_bytes` is not buffered: the reader skips to the
// next "\n", counting, and returns the line with `too_long` set, an empty
// `text` and its full `length`, so the caller can report it and go on.
//
// Memory: one buffer that grows to at most max_line_bytes + one chunk.
// Failure: if the source fails, Next() returns its Status with `record` set to
// the number of the line being read; the partial line is dropped and the
// reader must not be used again.
// Thread safety: one thread at a time.
#ifndef CROSSCHECK_INGEST_LINE_READER_H_
#define CROSSCHECK_INGEST_LINE_READER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "crosscheck/status.h"
#include "ingest/byte_source.h"

namespace crosscheck {

struct Line {
  std::string_view text;     // without its line end; empty when too_long
  std::int64_t number = 0;   // 1-based
  std::uint64_t offset = 0;  // stream offset of the first byte
  std::uint64_t length = 0;  // bytes without the line end (also when too_long)
  bool too_long = false;
};

class LineReader {
 public:
  LineReader(ByteSource& source, std::size_t max_line_bytes, std::size_t chunk_bytes = 256 << 10);

  // Sets *line to the next line and returns true; returns false at the end.
  Result<bool> Next(Line* line);

 private:
  Status Fill();  // reads one chunk after end_, growing or compacting the buffer
  Result<bool> SkipLongLine(Line* line);

  ByteSource& source_;
  std::size_t max_line_bytes_;
  std::size_t chunk_bytes_;
  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_ = 0;
  std::size_t begin_ = 0;    // start of the current line in buffer_
  std::size_t scanned_ = 0;  // bytes from begin_ known to hold no '\n'
  std::size_t end_ = 0;      // end of valid data in buffer_
  std::uint64_t base_ = 0;   // stream offset of buffer_[0]
  std::int64_t number_ = 0;  // number of the last line returned
  bool ended_ = false;       // the source reported its end
};

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_LINE_READER_H_
