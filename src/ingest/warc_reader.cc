// WARC reading, record by record, over a window of the decompressed stream.
//
// The reader keeps a buffer (`Window`) of the stream from the current record
// on. A record is: a "WARC/1.x" line, header lines up to an empty line, a
// block of exactly Content-Length bytes, then CRLF CRLF. The block is checked
// by looking at what follows it: only line ends and then either the end of the
// stream or the next "WARC/1." line. Any mismatch means the Content-Length
// cannot be trusted; the record becomes an error and the reader searches for
// the next line starting "WARC/1." from the start of the bad record's block
// (not from where the bad length pointed), so a record that claimed too much
// does not swallow its successors.
//
// With per-record gzip (.warc.gz), a damaged member surfaces as a failure of
// the source in the middle of a record; GzipMemberSource::Recover() then jumps
// to the next gzip member and the same "WARC/1." search continues there.
#include "ingest/warc_reader.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

#include "common/hash.h"
#include "ingest/cleaner_lines.h"
#include "ingest/warc_http.h"

namespace crosscheck {
namespace {

constexpr std::string_view kMagic = "WARC/1.";
constexpr std::size_t kMaxHeaderBytes = 64 << 10;
constexpr std::size_t kChunkBytes = 256 << 10;

// A sliding window over the stream: buf_[pos_..] is unread, base_ is the
// stream offset of buf_[0].
class Window {
 public:
  Window(ByteSource& source, GzipMemberSource* members) : source_(source), members_(members) {}

  // Makes at least `n` unread bytes available if the stream has them; returns
  // how many are available (fewer at the end or after a failure).
  std::size_t Want(std::size_t n) {
    while (buf_.size() - pos_ < n && failure_.ok() && !ended_) {
      if (pos_ > 0 && pos_ >= buf_.size() / 2) {
        buf_.erase(0, pos_);
        base_ += pos_;
        pos_ = 0;
      }
      const std::size_t old = buf_.size();
      const std::size_t want = std::max(kChunkBytes, n - (old - pos_));
      buf_.resize(old + want);
      Result<std::size_t> got = source_.Read(buf_.data() + old, want);
      buf_.resize(old + (got.ok() ? *got : 0));
      if (!got.ok()) {
        failure_ = got.status();
      } else if (*got == 0) {
        ended_ = true;
      }
    }
    return buf_.size() - pos_;
  }
  std::string_view Unread() const { return std::string_view(buf_).substr(pos_); }
  void Consume(std::size_t n) { pos_ += std::min(n, buf_.size() - pos_); }
  std::uint64_t Offset() const { return base_ + pos_; }
  bool failed() const { return !failure_.ok(); }
  const Status& failure() const { return failure_; }
  bool at_end() const { return ended_ && pos_ == buf_.size(); }

  // After a failure: recovers the gzip member stream if possible, dropping
  // the unread bytes of the damaged member. False when the stream cannot go on.
  bool Recover() {
    if (failure_.ok()) return true;
    if (members_ == nullptr || failure_.code() != StatusCode::kCorrupt) return false;
    if (!members_->Recover().ok()) return false;
    failure_ = Status::Ok();
    // What is buffered came from the damaged member: the next member starts
    // a fresh record, so it must be seen at a line start.
    base_ += buf_.size();
    buf_.clear();
    pos_ = 0;
    return true;
  }

 private:
  ByteSource& source_;
  GzipMemberSource* members_;
  std::string buf_;
  std::size_t pos_ = 0;
  std::uint64_t base_ = 0;
  bool ended_ = false;
  Status failure_;
};

struct WarcHeader {
  std::string type;  // lower case
  std::string target_uri, date, content_type;
  std::string content_length;  // as written
};

class Reader {
 public:
  Reader(ByteSource& source, GzipMemberSource* members, const std::string& name,
         const IngestOptions& options, const RecordSink& sink, ReadStats* stats)
      : window_(source, members), name_(name), options_(options), sink_(sink), stats_(stats) {}

  void Run();

 private:
  Location At(std::int64_t record, std::uint64_t offset) const {
    return {.input = name_, .record = record, .offset = static_cast<std::int64_t>(offset)};
  }
  // Sends an error; false when the sink asks to stop.
  bool Error(Status status) {
    errors_ = true;
    if (!sink_(std::move(status))) stopped_ = true;
    return !stopped_;
  }
  void PassOver(const std::string& reason) {
    if (stats_ == nullptr) return;
    ++stats_->passed_over;
    ++stats_->passed_over_by_reason[reason];
  }
  // Skips line ends and white space between records. False at the end.
  bool SkipBlank();
  // Moves to the next line starting "WARC/1." at or after the current
  // position. False when the stream ends (or cannot go on) first.
  bool Resync();
  // Reports a failure of the stream met inside record `record`, then recovers.
  bool StreamFailed(std::int64_t record, std::uint64_t record_offset);
  Result<WarcHeader> ReadHeader(std::int64_t record, std::uint64_t offset, std::size_t* length);
  void Emit(const WarcHeader& header, std::string_view block, std::int64_t record,
            std::uint64_t offset);

  Window window_;
  const std::string& name_;
  const IngestOptions& options_;
  const RecordSink& sink_;
  ReadStats* stats_;
  bool stopped_ = false;
  bool errors_ = false;  // an error was reported
};

bool Reader::SkipBlank() {
  for (;;) {
    if (window_.Want(1) == 0) return false;
    std::string_view rest = window_.Unread();
    std::size_t n = 0;
    while (n < rest.size() && std::isspace(static_cast<unsigned char>(rest[n]))) ++n;
    if (n < rest.size()) {
      window_.Consume(n);
      return true;
    }
    window_.Consume(n);
  }
}

bool Reader::Resync() {
  for (;;) {
    window_.Want(kMagic.size() + 1);
    std::string_view rest = window_.Unread();
    if (rest.substr(0, kMagic.size()) == kMagic) return true;
    std::size_t at = rest.find(std::string("\n") + std::string(kMagic));
    if (at != std::string_view::npos) {
      window_.Consume(at + 1);
      return true;
    }
    // Keep a tail that could start the marker.
    window_.Consume(rest.size() > kMagic.size() ? rest.size() - kMagic.size() : 0);
    if (window_.failed()) {
      // Damage met while skipping the bytes of a record already reported as
      // bad is part of that damage: not reported twice.
      if (!window_.Recover()) return false;
      continue;
    }
    if (window_.at_end() || window_.Want(kMagic.size() + 1) <= kMagic.size()) {
      if (window_.failed()) continue;
      return false;
    }
  }
}

bool Reader::StreamFailed(std::int64_t record, std::uint64_t record_offset) {
  Status failure = window_.failure();
  Status located(failure.code(),
                 failure.message() + " (inside WARC record " + std::to_string(record) +
                     " at offset " + std::to_string(record_offset) + ")",
                 At(record, static_cast<std::uint64_t>(failure.where().offset)));
  if (!Error(std::move(located))) return false;
  return window_.Recover();
}

Result<WarcHeader> Reader::ReadHeader(std::int64_t record, std::uint64_t offset,
                                      std::size_t* length) {
  std::size_t end = std::string_view::npos, sep = 0;
  for (std::size_t want = 4096;; want *= 2) {
    std::size_t have = window_.Want(std::min(want, kMaxHeaderBytes + 4));
    std::string_view rest = window_.Unread().substr(0, have);
    std::size_t crlf = rest.find("\r\n\r\n"), lf = rest.find("\n\n");
    if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf < lf)) {
      end = crlf;
      sep = 4;
    } else if (lf != std::string_view::npos) {
      end = lf;
      sep = 2;
    }
    if (end != std::string_view::npos) break;
    if (have >= kMaxHeaderBytes) {
      return Status::TooLarge(
          "WARC header block longer than " + std::to_string(kMaxHeaderBytes) + " bytes",
          At(record, offset));
    }
    if (have < want) {  // the stream ended or failed inside the header
      if (window_.failed()) return window_.failure();
      return Status::Corrupt("WARC header cut short by the end of the input", At(record, offset));
    }
  }
  WarcHeader header;
  std::string_view text = window_.Unread().substr(0, end);
  std::size_t at = text.find('\n');
  text = at == std::string_view::npos ? std::string_view() : text.substr(at + 1);
  while (!text.empty()) {
    std::size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string field = AsciiLower(TrimHeaderValue(line.substr(0, colon)));
    std::string value(TrimHeaderValue(line.substr(colon + 1)));
    if (field == "warc-type") header.type = AsciiLower(value);
    if (field == "warc-target-uri") header.target_uri = value;
    if (field == "warc-date") header.date = value;
    if (field == "content-type") header.content_type = value;
    if (field == "content-length") header.content_length = value;
  }
  if (header.target_uri.size() >= 2 && header.target_uri.front() == '<' &&
      header.target_uri.back() == '>') {
    header.target_uri = header.target_uri.substr(1, header.target_uri.size() - 2);
  }
  *length = end + sep;
  return header;
}

void Reader::Emit(const WarcHeader& header, std::string_view block, std::int64_t record,
                  std::uint64_t offset) {
  RawRecord out;
  out.path = name_;
  out.record = record;
  out.offset = offset;
  out.format = "warc";
  out.media_type = "text/html";
  out.input_hash = Hash64(block);
  out.url = header.target_uri;
  out.fetched = header.date;
  if (header.type == "resource") {
    ContentType type = ParseContentType(header.content_type);
    if (!IsHtmlMediaType(type.media_type)) return PassOver("non-HTML resource");
    out.charset_hint = type.charset;
    out.body = std::string(block);
  } else {
    if (block.substr(0, 5) != "HTTP/") {
      // DNS, FTP or other non-HTTP responses.
      return PassOver("non-HTTP response");
    }
    Result<HttpResponse> http = ParseHttpResponse(block, options_.max_record_bytes);
    if (!http.ok()) {
      Status s = http.status();
      const std::int64_t inside = s.where().offset < 0 ? 0 : s.where().offset;
      Error(Status(s.code(), s.message(), At(record, offset + static_cast<std::uint64_t>(inside))));
      return;
    }
    if (http->status < 200 || http->status > 299) {
      return PassOver("HTTP status " + std::to_string(http->status / 100) + "xx");
    }
    if (!IsHtmlMediaType(http->content_type.media_type)) {
      return PassOver(http->content_type.media_type.empty()
                          ? "response without Content-Type"
                          : "non-HTML response (" + http->content_type.media_type + ")");
    }
    out.charset_hint = http->content_type.charset;
    out.body = std::move(http->body);
  }
  if (std::all_of(out.body.begin(), out.body.end(),
                  [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; })) {
    return PassOver("empty HTML payload");
  }
  if (!sink_(std::move(out))) stopped_ = true;
}

void Reader::Run() {
  std::int64_t record = 0;
  bool any = false;
  while (!stopped_) {
    if (!SkipBlank()) {
      if (window_.failed()) {
        // Damage before a record header could be read: it hid a record.
        ++record;
        if (!StreamFailed(record, window_.Offset())) break;
        if (!Resync()) break;
        continue;
      }
      break;
    }
    const std::uint64_t offset = window_.Offset();
    window_.Want(kMagic.size());
    if (window_.Unread().substr(0, kMagic.size()) != kMagic) {
      if (!Error(Status::Corrupt("expected a WARC record header (\"WARC/1.0\" or \"WARC/1.1\")",
                                 At(-1, offset)))) {
        break;
      }
      window_.Consume(1);
      if (!Resync()) break;
      continue;
    }
    any = true;
    ++record;
    std::size_t header_length = 0;
    Result<WarcHeader> header = ReadHeader(record, offset, &header_length);
    if (!header.ok()) {
      if (window_.failed()) {
        if (!StreamFailed(record, offset)) break;
      } else if (!Error(header.status())) {
        break;
      }
      window_.Consume(kMagic.size());
      if (!Resync()) break;
      continue;
    }
    window_.Consume(header_length);
    const std::uint64_t block_offset = window_.Offset();
    // Content-Length: digits only.
    const std::string& written = header->content_length;
    if (written.empty() || written.size() > 18 ||
        !std::all_of(written.begin(), written.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      if (!Error(Status::Corrupt(written.empty() ? "WARC record without Content-Length"
                                                 : "bad Content-Length \"" + written + "\"",
                                 At(record, offset)))) {
        break;
      }
      if (!Resync()) break;
      continue;
    }
    const std::uint64_t length = std::stoull(written);
    const bool wanted = header->type == "response" || header->type == "resource";
    // Blocks within the limit are buffered (so a bad length can be resynced
    // from the block start); larger ones are skipped in chunks.
    const bool buffered = length <= options_.max_record_bytes;
    if (!buffered) {
      // Not buffered: skip the block in chunks.
      std::uint64_t left = length;
      while (left > 0) {
        std::size_t have =
            window_.Want(static_cast<std::size_t>(std::min<std::uint64_t>(left, kChunkBytes)));
        if (have == 0) break;
        std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(left, have));
        window_.Consume(take);
        left -= take;
      }
      if (left > 0) {
        if (window_.failed()) {
          if (!StreamFailed(record, offset)) break;
        } else if (!Error(Status::Corrupt("record cut short: Content-Length " + written +
                                              " but the input ends " + std::to_string(left) +
                                              " bytes early",
                                          At(record, offset)))) {
          break;
        }
        if (!Resync()) break;
        continue;
      }
    } else {
      std::size_t have = window_.Want(static_cast<std::size_t>(length));
      if (have < length) {
        if (window_.failed()) {
          if (!StreamFailed(record, offset)) break;
        } else if (!Error(Status::Corrupt("bad Content-Length " + written + ": the input ends " +
                                              std::to_string(length - have) +
                                              " bytes before the record block does",
                                          At(record, offset)))) {
          break;
        }
        if (!Resync()) break;
        continue;
      }
    }
    // What follows the block must be line ends, then the end or the next record.
    std::size_t checked =
        window_.Want(static_cast<std::size_t>((buffered ? length : 0) + 64 + kMagic.size()));
    std::string_view after = window_.Unread().substr(
        std::min<std::size_t>(checked, buffered ? static_cast<std::size_t>(length) : 0));
    std::size_t gap = 0;
    while (gap < after.size() && std::isspace(static_cast<unsigned char>(after[gap]))) ++gap;
    after.remove_prefix(gap);
    // The proper trailer, or only line ends and then the next record. A short
    // tail that begins the marker (or nothing) is judged by the next
    // round: the end of the input, or a failure that belongs to the next record.
    const std::string_view trailer = window_.Unread().substr(
        std::min<std::size_t>(checked, buffered ? static_cast<std::size_t>(length) : 0), 4);
    const bool aligned = trailer == "\r\n\r\n" || trailer.substr(0, 2) == "\n\n" ||
                         (after.size() < kMagic.size() ? kMagic.substr(0, after.size()) == after
                                                       : after.substr(0, kMagic.size()) == kMagic);
    if (!aligned) {
      if (!Error(
              Status::Corrupt("bad Content-Length " + written +
                                  ": the record block is not followed by the next record (offset " +
                                  std::to_string(block_offset + length) + ")",
                              At(record, offset)))) {
        break;
      }
      if (!Resync()) break;
      continue;
    }
    if (!wanted) {
      PassOver("WARC " + (header->type.empty() ? std::string("untyped") : header->type) +
               " record");
      if (buffered) window_.Consume(static_cast<std::size_t>(length));
    } else if (!buffered) {
      if (!Error(Status::TooLarge("record of " + written + " bytes exceeds the " +
                                      std::to_string(options_.max_record_bytes) +
                                      "-byte record limit (skipped)",
                                  At(record, offset)))) {
        break;
      }
    } else {
      Emit(*header, window_.Unread().substr(0, static_cast<std::size_t>(length)), record, offset);
      window_.Consume(static_cast<std::size_t>(length));
    }
  }
  if (!any && !stopped_ && !errors_) {
    sink_(Status::InvalidArgument("empty input (no WARC records)", At(-1, 0)));
  }
}

}  // namespace

void ReadWarc(ByteSource& source, GzipMemberSource* members, const std::string& name,
              const IngestOptions& options, const RecordSink& sink, ReadStats* stats) {
  Reader reader(source, members, name, options, sink, stats);
  reader.Run();
}

}  // namespace crosscheck
