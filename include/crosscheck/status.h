// Status and Result<T>: how every crosscheck function below the CLI reports failure.
//
// Errors are values. A function that can fail returns `Status` (nothing else to
// return) or `Result<T>` (a T, or the Status that explains why there is none).
// No library code throws or calls exit(); exceptions exist only at the CLI,
// HTTP and Python boundaries, which turn a bad Status into their own idiom.
//
// A Status names *where* it happened, because users feed crosscheck thousands
// of files and need to find the one that failed:
//
//   Status::Corrupt("truncated gzip stream", {.input = "a.jsonl.gz", .record = 812, .offset =
//   40960})
//     .ToString()  ==  "a.jsonl.gz#812 @40960: corrupt: truncated gzip stream"
//
// `record` is the 1-based record number inside a container (a line of a JSON
// Lines file, a WARC record); `offset` is a byte offset into the input as read
// (after decompression). Either is -1 when it does not apply.
//
// Thread safety: Status and Result are plain values; distinct objects may be
// used from distinct threads, one object is not synchronised.
#ifndef CROSSCHECK_STATUS_H_
#define CROSSCHECK_STATUS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace crosscheck {

enum class StatusCode : std::uint8_t {
  kOk = 0,
  kInvalidArgument,  // the caller asked for something malformed (a bad option, a bad query)
  kNotFound,         // a path, document or record that does not exist
  kIoError,          // the operating system refused (open, read, write)
  kCorrupt,          // input bytes that cannot be what they claim (truncated gzip, bad JSON)
  kUnsupported,      // well-formed input crosscheck cannot read (binary file, unknown charset)
  kTooLarge,         // input over a configured limit
  kInternal,         // a bug or a failing dependency (SQLite, ICU)
};

// Returns a stable lower-case name ("corrupt", "io error", ...).
std::string_view StatusCodeName(StatusCode code);

// Where a problem was found. Empty input / -1 fields are omitted from messages.
struct Location {
  std::string input;         // file path, "-" for stdin, or another origin label
  std::int64_t record = -1;  // 1-based record number inside the input, -1 if none
  std::int64_t offset = -1;  // byte offset inside the (decompressed) input, -1 if none
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message, Location where = {});

  static Status Ok() { return {}; }
  static Status InvalidArgument(std::string message, Location where = {});
  static Status NotFound(std::string message, Location where = {});
  static Status IoError(std::string message, Location where = {});
  static Status Corrupt(std::string message, Location where = {});
  static Status Unsupported(std::string message, Location where = {});
  static Status TooLarge(std::string message, Location where = {});
  static Status Internal(std::string message, Location where = {});

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const Location& where() const { return where_; }

  // "origin[#record][ @offset]: " prefix for messages; "" when no input is named.
  std::string Origin() const;
  // Full human-readable form: "<origin>: <code name>: <message>" or "OK".
  std::string ToString() const;

  // Returns a copy whose location fields that are unset here are taken from `where`.
  Status WithLocation(const Location& where) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  Location where_;
};

// A value or the Status explaining its absence. `status()` of a Result holding a
// value is OK. Accessing value() of a failed Result is a programming error
// (checked by assert in debug builds).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(data_); }
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(data_); }

  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace crosscheck

// Propagates a failed Status out of the calling function.
#define CROSSCHECK_RETURN_IF_ERROR(expr)      \
  do {                                        \
    ::crosscheck::Status cc_status_ = (expr); \
    if (!cc_status_.ok()) return cc_status_;  \
  } while (false)

#endif  // CROSSCHECK_STATUS_H_
