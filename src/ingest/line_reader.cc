#include "ingest/line_reader.h"

#include <algorithm>
#include <cstring>

namespace crosscheck {

LineReader::LineReader(ByteSource& source, std::size_t max_line_bytes, std::size_t chunk_bytes)
    : source_(source),
      max_line_bytes_(max_line_bytes),
      chunk_bytes_(std::max<std::size_t>(chunk_bytes, 16)),
      buffer_(new char[chunk_bytes_]),
      capacity_(chunk_bytes_) {}

Status LineReader::Fill() {
  if (capacity_ - end_ < chunk_bytes_ / 2) {
    std::size_t pending = end_ - begin_;
    if (begin_ > 0 && pending + chunk_bytes_ <= capacity_) {
      std::memmove(buffer_.get(), buffer_.get() + begin_, pending);
    } else {
      // The line in progress does not fit: grow (by doubling, bounded by the line limit).
      std::size_t grown = std::max(capacity_ * 2, pending + chunk_bytes_);
      grown = std::min(grown, std::max(capacity_, max_line_bytes_ + chunk_bytes_));
      std::unique_ptr<char[]> bigger(new char[grown]);
      std::memcpy(bigger.get(), buffer_.get() + begin_, pending);
      buffer_ = std::move(bigger);
      capacity_ = grown;
    }
    base_ += begin_;
    end_ = pending;
    begin_ = 0;
  }
  Result<std::size_t> n = source_.Read(buffer_.get() + end_, capacity_ - end_);
  if (!n.ok()) {
    return n.status().WithLocation(
        {.input = "", .record = number_ + 1, .offset = static_cast<std::int64_t>(base_ + end_)});
  }
  if (*n == 0) ended_ = true;
  end_ += *n;
  return Status::Ok();
}

Result<bool> LineReader::Next(Line* line) {
  for (;;) {
    const char* start = buffer_.get() + begin_;
    const char* from = start + scanned_;
    const void* newline = std::memchr(from, '\n', end_ - begin_ - scanned_);
    std::size_t length = 0;
    std::size_t consumed = 0;
    if (newline != nullptr) {
      length = static_cast<std::size_t>(static_cast<const char*>(newline) - start);
      consumed = length + 1;
    } else if (ended_) {
      if (begin_ == end_) return false;
      length = consumed = end_ - begin_;
    } else if (end_ - begin_ > max_line_bytes_ + 1) {  // +1: a "\r" may yet be dropped
      return SkipLongLine(line);
    } else {
      scanned_ = end_ - begin_;
      CROSSCHECK_RETURN_IF_ERROR(Fill());
      continue;
    }
    std::size_t text_length = length;
    if (newline != nullptr && text_length > 0 && start[text_length - 1] == '\r') --text_length;
    line->number = ++number_;
    line->offset = base_ + begin_;
    line->length = text_length;
    line->too_long = text_length > max_line_bytes_;
    line->text = line->too_long ? std::string_view() : std::string_view(start, text_length);
    begin_ += consumed;
    scanned_ = 0;
    return true;
  }
}

Result<bool> LineReader::SkipLongLine(Line* line) {
  std::uint64_t offset = base_ + begin_;
  std::uint64_t length = end_ - begin_;
  // Drop what is buffered and count on, chunk by chunk, until a newline.
  base_ += end_;
  begin_ = end_ = scanned_ = 0;
  for (;;) {
    Result<std::size_t> n = source_.Read(buffer_.get(), capacity_);
    if (!n.ok()) {
      return n.status().WithLocation(
          {.input = "", .record = number_ + 1, .offset = static_cast<std::int64_t>(base_)});
    }
    if (*n == 0) {
      ended_ = true;
      break;
    }
    const void* newline = std::memchr(buffer_.get(), '\n', *n);
    if (newline != nullptr) {
      std::size_t head =
          static_cast<std::size_t>(static_cast<const char*>(newline) - buffer_.get());
      length += head;
      if (head > 0 && buffer_[head - 1] == '\r') --length;
      begin_ = head + 1;
      end_ = *n;
      break;
    }
    length += *n;
    base_ += *n;
  }
  line->number = ++number_;
  line->offset = offset;
  line->length = length;
  line->too_long = true;
  line->text = std::string_view();
  return true;
}

}  // namespace crosscheck
