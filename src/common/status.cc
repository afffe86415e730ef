#include "crosscheck/status.h"

namespace crosscheck {

std::string_view StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      return "invalid argument";
    case StatusCode::kNotFound:
      return "not found";
    case StatusCode::kIoError:
      return "io error";
    case StatusCode::kCorrupt:
      return "corrupt";
    case StatusCode::kUnsupported:
      return "unsupported";
    case StatusCode::kTooLarge:
      return "too large";
    case StatusCode::kInternal:
      return "internal";
  }
  return "unknown";
}

Status::Status(StatusCode code, std::string message, Location where)
    : code_(code), message_(std::move(message)), where_(std::move(where)) {}

Status Status::InvalidArgument(std::string m, Location w) {
  return {StatusCode::kInvalidArgument, std::move(m), std::move(w)};
}
Status Status::NotFound(std::string m, Location w) {
  return {StatusCode::kNotFound, std::move(m), std::move(w)};
}
Status Status::IoError(std::string m, Location w) {
  return {StatusCode::kIoError, std::move(m), std::move(w)};
}
Status Status::Corrupt(std::string m, Location w) {
  return {StatusCode::kCorrupt, std::move(m), std::move(w)};
}
Status Status::Unsupported(std::string m, Location w) {
  return {StatusCode::kUnsupported, std::move(m), std::move(w)};
}
Status Status::TooLarge(std::string m, Location w) {
  return {StatusCode::kTooLarge, std::move(m), std::move(w)};
}
Status Status::Internal(std::string m, Location w) {
  return {StatusCode::kInternal, std::move(m), std::move(w)};
}

std::string Status::Origin() const {
  if (where_.input.empty()) return "";
  std::string out = where_.input;
  if (where_.record >= 0) out.append("#").append(std::to_string(where_.record));
  if (where_.offset >= 0) out.append(" @").append(std::to_string(where_.offset));
  return out;
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out = Origin();
  if (!out.empty()) out += ": ";
  out += StatusCodeName(code_);
  out += ": ";
  out += message_;
  return out;
}

Status Status::WithLocation(const Location& where) const {
  Status copy = *this;
  if (copy.where_.input.empty()) copy.where_.input = where.input;
  if (copy.where_.record < 0) copy.where_.record = where.record;
  if (copy.where_.offset < 0) copy.where_.offset = where.offset;
  return copy;
}

}  // namespace crosscheck
