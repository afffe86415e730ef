// ReadInput: one input (a file or standard input) -> RawRecords.
//
// Format comes from the file name (ingest/input_name.h); standard input is
// sniffed (gzip magic, then '{' for JSON Lines, "WARC/1." for WARC,
// "<!doctype html" / "<html" for HTML). A .warc.gz is inflated member by
// member (GzipMemberSource) so that a damaged member costs only its record. Every reader streams: a
// text file is read in chunks into the record's body and given up as soon as it passes
// max_record_bytes or one of its lines passes max_line_bytes (the rest of that line is only
// counted, not kept, to report its length); a JSON Lines file goes through LineReader, which hands
// out views into one buffer and skips over-long lines without keeping them. Memory is therefore
// bounded by the limits, not by the input.
//
// Speed: for a large .gz (and gzip on standard input) inflation runs on a
// helper thread (ReadAheadSource) while this thread splits and parses lines;
// JSON parsing (nlohmann) is then the bound, about 100-200 MB/s per core.
#include "ingest/read_input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <vector>

#include "common/hash.h"
#include "ingest/gzip_member_source.h"
#include "ingest/gzip_source.h"
#include "ingest/input_name.h"
#include "ingest/jsonl_record.h"
#include "ingest/line_reader.h"
#include "ingest/read_ahead_source.h"
#include "ingest/warc_reader.h"

namespace crosscheck {
namespace {

constexpr std::size_t kChunkBytes = 256 << 10;
// Compressed inputs at least this large are inflated on a helper thread.
constexpr std::uint64_t kReadAheadBytes = 1 << 20;

// Calls read(source) with the gzip-decompressed bytes of `raw`, inflated a
// few chunks ahead on a helper thread when `read_ahead`.
template <typename Read>
void Decompressed(ByteSource& raw, bool read_ahead, Read read) {
  GzipSource inflated(raw, kChunkBytes);
  if (read_ahead) {
    ReadAheadSource ahead(inflated);
    read(static_cast<ByteSource&>(ahead));
  } else {
    read(static_cast<ByteSource&>(inflated));
  }
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Index of the first byte that is neither white space nor part of a leading
// UTF-8 byte-order mark; text.size() if there is none.
std::size_t FirstContentByte(std::string_view text) {
  std::size_t i = 0;
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  while (i < text.size() && IsSpace(text[i])) ++i;
  return i;
}

Location At(const std::string& name, std::int64_t record = -1, std::int64_t offset = -1) {
  return {.input = name, .record = record, .offset = offset};
}

std::string Bytes(std::uint64_t n) { return std::to_string(n) + " bytes"; }

// Reports a text line that started at `line_start` and has `seen` bytes so far;
// counts on through `source` (without keeping anything) to the line's end or
// until the whole input would pass max_record_bytes.
Status LongLine(ByteSource& source, const IngestOptions& options, const std::string& name,
                std::uint64_t line_start, std::uint64_t seen) {
  std::vector<char> scratch(kChunkBytes);
  bool complete = false;
  while (line_start + seen <= options.max_record_bytes) {
    Result<std::size_t> n = source.Read(scratch.data(), scratch.size());
    if (!n.ok() || *n == 0) {
      complete = n.ok();
      break;
    }
    auto end = std::find_if(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(*n),
                            [](char c) { return c == '\n' || c == '\r'; });
    seen += static_cast<std::uint64_t>(end - scratch.begin());
    if (end != scratch.begin() + static_cast<std::ptrdiff_t>(*n)) {
      complete = true;
      break;
    }
  }
  return Status::TooLarge(std::string("line of ") + (complete ? "" : "more than ") + Bytes(seen) +
                              " at offset " + std::to_string(line_start) + " exceeds the " +
                              std::to_string(options.max_line_bytes) +
                              "-byte line limit (a file with no line breaks is not an article)",
                          At(name, -1, static_cast<std::int64_t>(line_start)));
}

}  // namespace

namespace {

// One whole-file record: plain text (lines limited to max_line_bytes) or an
// HTML page (no line limit: minified pages are one line).
void ReadWhole(ByteSource& source, const std::string& name, const IngestOptions& options,
               const RecordSink& sink, std::uint64_t size_hint, bool html) {
  const std::uint64_t limit = options.max_record_bytes;
  std::string body;
  body.reserve(static_cast<std::size_t>(std::min(size_hint, limit) + 1));
  std::uint64_t line_start = 0;
  for (;;) {
    const std::size_t old = body.size();
    if (old > limit) {
      sink(Status::TooLarge("input of more than " + Bytes(limit) + " exceeds the " +
                                std::to_string(limit) + "-byte record limit",
                            At(name, -1, static_cast<std::int64_t>(limit))));
      return;
    }
    // Never hold more than limit + 1 bytes.
    const std::size_t want =
        static_cast<std::size_t>(std::min<std::uint64_t>(kChunkBytes, limit + 1 - old));
    body.resize(old + want);
    Result<std::size_t> n = source.Read(body.data() + old, want);
    if (!n.ok()) {
      sink(n.status().WithLocation(At(name, -1, static_cast<std::int64_t>(old))));
      return;
    }
    body.resize(old + *n);
    if (*n == 0) break;
    for (std::size_t i = old; i < body.size(); ++i) {
      if (body[i] == '\n' || body[i] == '\r') line_start = i + 1;
    }
    if (!html && body.size() - line_start > options.max_line_bytes) {
      sink(LongLine(source, options, name, line_start, body.size() - line_start));
      return;
    }
  }
  if (FirstContentByte(body) == body.size()) {
    sink(Status::InvalidArgument(
        body.empty() ? "empty input (0 bytes)" : "empty input (only white space)", At(name)));
    return;
  }
  RawRecord record;
  record.path = name;
  record.record = -1;
  record.offset = 0;
  record.format = html ? "html" : "text";
  if (html) record.media_type = "text/html";
  record.input_hash = Hash64(body);
  record.body = std::move(body);
  sink(std::move(record));
}

// True when `text` (after a BOM and white space) opens an HTML document.
bool LooksLikeHtml(std::string_view text) {
  text.remove_prefix(FirstContentByte(text));
  auto starts = [&](std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      char c = text[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != prefix[i]) return false;
    }
    return true;
  };
  return starts("<!doctype html") || starts("<html") ||
         (starts("<?xml") && text.substr(0, 512).find("<html") != std::string_view::npos);
}

}  // namespace

void ReadText(ByteSource& source, const std::string& name, const IngestOptions& options,
              const RecordSink& sink, std::uint64_t size_hint) {
  ReadWhole(source, name, options, sink, size_hint, /*html=*/false);
}

void ReadHtml(ByteSource& source, const std::string& name, const IngestOptions& options,
              const RecordSink& sink, std::uint64_t size_hint) {
  ReadWhole(source, name, options, sink, size_hint, /*html=*/true);
}

void ReadJsonl(ByteSource& source, const std::string& name, const IngestOptions& options,
               const RecordSink& sink) {
  LineReader reader(source, static_cast<std::size_t>(options.max_record_bytes), kChunkBytes);
  bool any = false;
  Line line;
  for (;;) {
    Result<bool> more = reader.Next(&line);
    if (!more.ok()) {
      sink(more.status().WithLocation(At(name)));
      return;
    }
    if (!*more) break;
    if (line.too_long) {
      any = true;
      Status too_large = Status::TooLarge(
          "record of " + Bytes(line.length) + " exceeds the " +
              std::to_string(options.max_record_bytes) + "-byte record limit (skipped)",
          At(name, line.number, static_cast<std::int64_t>(line.offset)));
      if (!sink(std::move(too_large))) return;
      continue;
    }
    if (FirstContentByte(line.text) == line.text.size()) continue;  // blank line
    any = true;
    if (!sink(ParseJsonlRecord(name, line))) return;
  }
  if (!any) sink(Status::InvalidArgument("empty input (no JSON Lines records)", At(name)));
}

void ReadStream(ByteSource& source, const std::string& name, const IngestOptions& options,
                const RecordSink& sink, ReadStats* stats) {
  // Reads from `from` into `head` until `enough(head)` or the end of input.
  auto fill = [&](ByteSource& from, std::string& head, auto enough) -> bool {
    std::vector<char> chunk(64 << 10);
    while (!enough(head)) {
      Result<std::size_t> n = from.Read(chunk.data(), chunk.size());
      if (!n.ok()) {
        sink(n.status().WithLocation(At(name, -1, static_cast<std::int64_t>(head.size()))));
        return false;
      }
      if (*n == 0) break;
      head.append(chunk.data(), *n);
    }
    return true;
  };
  auto read_decoded = [&](ByteSource& decoded) {
    std::string head;
    const std::uint64_t cap = options.max_record_bytes;
    if (!fill(decoded, head, [&](const std::string& h) {
          return h.size() > cap || (h.size() >= 3 && FirstContentByte(h) < h.size());
        })) {
      return;
    }
    // Enough to see "<!doctype html" or "WARC/1." past a BOM and some space.
    if (!fill(decoded, head, [&](const std::string& h) {
          return h.size() > cap || h.size() >= FirstContentByte(h) + 16;
        })) {
      return;
    }
    std::size_t first = FirstContentByte(head);
    std::string_view content = std::string_view(head).substr(first);
    bool jsonl = !content.empty() && content[0] == '{';
    bool warc = content.substr(0, 7) == "WARC/1.";
    bool html = LooksLikeHtml(head);
    PrefixSource rest(std::move(head), decoded);
    if (jsonl) {
      ReadJsonl(rest, name, options, sink);
    } else if (warc) {
      ReadWarc(rest, nullptr, name, options, sink, stats);
    } else if (html) {
      ReadHtml(rest, name, options, sink);
    } else {
      ReadText(rest, name, options, sink);
    }
  };

  std::string magic;
  if (!fill(source, magic, [](const std::string& h) { return h.size() >= 2; })) return;
  bool gzip = magic.size() >= 2 && magic[0] == '\x1f' && magic[1] == '\x8b';
  PrefixSource raw(std::move(magic), source);
  if (gzip) {
    Decompressed(raw, /*read_ahead=*/true, read_decoded);
  } else {
    read_decoded(raw);
  }
}

void ReadInput(const std::string& path, const IngestOptions& options, const RecordSink& sink,
               ReadStats* stats) {
  if (path == "-") {
    FdSource in(STDIN_FILENO, /*owned=*/false);
    ReadStream(in, path, options, sink, stats);
    return;
  }
  const InputName kind = ClassifyInputName(path);
  // O_NONBLOCK: if the path was swapped for a FIFO since it was listed, open
  // must not wait for a writer; fstat below then refuses it.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) {
    int error = errno;
    if (error == ENOENT) {
      sink(Status::NotFound("no such file or directory", At(path)));
    } else {
      sink(Status::IoError(ErrnoMessage(error), At(path)));
    }
    return;
  }
  FdSource file(fd, /*owned=*/true);
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    sink(Status::IoError(ErrnoMessage(errno), At(path)));
    return;
  }
  if (S_ISDIR(info.st_mode)) {
    sink(Status::IoError(ErrnoMessage(EISDIR), At(path)));
    return;
  }
  if (!S_ISREG(info.st_mode)) {
    sink(Status::Unsupported("not a regular file (FIFO, socket or device); not read", At(path)));
    return;
  }
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  if (kind.format == InputFormat::kWarc) {
    if (kind.gzip) {
      // Member by member, so a damaged member costs only its own record.
      GzipMemberSource members(file, options.max_record_bytes, kChunkBytes);
      ReadWarc(members, &members, path, options, sink, stats);
    } else {
      ReadWarc(file, nullptr, path, options, sink, stats);
    }
    return;
  }
  const bool html = kind.format == InputFormat::kHtml;
  if (kind.gzip) {
    const bool jsonl = kind.format == InputFormat::kJsonl;
    Decompressed(file, static_cast<std::uint64_t>(info.st_size) >= kReadAheadBytes,
                 [&](ByteSource& decompressed) {
                   if (jsonl) {
                     ReadJsonl(decompressed, path, options, sink);
                   } else if (html) {
                     ReadHtml(decompressed, path, options, sink);
                   } else {
                     ReadText(decompressed, path, options, sink);
                   }
                 });
    return;
  }
  if (kind.format == InputFormat::kJsonl) {
    ReadJsonl(file, path, options, sink);
    return;
  }
  const auto size = static_cast<std::uint64_t>(info.st_size);
  if (size > options.max_record_bytes) {
    // Known from the size alone: not a byte is read.
    sink(Status::TooLarge("input of " + Bytes(size) + " exceeds the " +
                              std::to_string(options.max_record_bytes) + "-byte record limit",
                          At(path, -1, static_cast<std::int64_t>(options.max_record_bytes))));
    return;
  }
  if (html) {
    ReadHtml(file, path, options, sink, size);
  } else {
    ReadText(file, path, options, sink, size);
  }
}

}  // namespace crosscheck
