#include "ingest/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include <memory>
#include <string>
#include <vector>

#include "common/utf8.h"

namespace crosscheck {

namespace {

constexpr std::size_t kSniffBytes = 4096;

Location At(std::size_t offset) { return Location{"", -1, static_cast<std::int64_t>(offset)}; }

// Length of the valid UTF-8 sequence starting at bytes[i], or 0 if invalid.
std::size_t Utf8SequenceLength(std::string_view bytes, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const unsigned char c = b(i);
  const std::size_t left = bytes.size() - i;
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  const auto cont = [&](std::size_t k) { return (b(k) & 0xC0) == 0x80; };
  if (c < 0xE0) return left >= 2 && cont(i + 1) ? 2 : 0;
  if (c < 0xF0) {
    if (left < 3 || !cont(i + 1) || !cont(i + 2)) return 0;
    if (c == 0xE0 && b(i + 1) < 0xA0) return 0;   // overlong
    if (c == 0xED && b(i + 1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c < 0xF5) {
    if (left < 4 || !cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if (c == 0xF0 && b(i + 1) < 0x90) return 0;   // overlong
    if (c == 0xF4 && b(i + 1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

struct Bom {
  std::string_view bytes;
  const char* converter;  // ICU converter name; nullptr for UTF-8
  const char* name;
};

// Longest marks first: the UTF-32LE BOM starts with the UTF-16LE one.
constexpr Bom kBoms[] = {
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE", "UTF-32LE"},
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE", "UTF-32BE"},
    {std::string_view("\xEF\xBB\xBF", 3), nullptr, "UTF-8"},
    {std::string_view("\xFF\xFE", 2), "UTF-16LE", "UTF-16LE"},
    {std::string_view("\xFE\xFF", 2), "UTF-16BE", "UTF-16BE"},
};

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Converts `bytes` (starting at input offset `base`, after any BOM) from
// `converter` to UTF-8, appending the map for those bytes to `builder`.
Status Convert(std::string_view bytes, std::size_t base, const char* converter, std::string* out,
               OffsetMap::Builder* builder) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(converter, &err));
  if (U_FAILURE(err)) {
    return Status::Internal(std::string("cannot open ICU converter ") + converter + ": " +
                            u_errorName(err));
  }
  // Every input byte yields at most two UTF-16 units (one code point).
  std::vector<UChar> units(bytes.size() * 2 + 2);
  std::vector<int32_t> offsets(units.size());
  UChar* target = units.data();
  const char* source = bytes.data();
  int32_t* offset_ptr = offsets.data();
  ucnv_toUnicode(cnv.get(), &target, units.data() + units.size(), &source,
                 bytes.data() + bytes.size(), offset_ptr, /*flush=*/true, &err);
  if (U_FAILURE(err)) {
    return Status::Internal(
        std::string("ICU conversion from ") + converter + " failed: " + u_errorName(err), At(base));
  }
  const std::size_t n = static_cast<std::size_t>(target - units.data());
  out->reserve(out->size() + n + n / 2);
  std::size_t i = 0;
  while (i < n) {
    const std::size_t start = i;
    UChar32 c = units[i++];
    if (U16_IS_LEAD(c) && i < n && U16_IS_TRAIL(units[i])) c = U16_GET_SUPPLEMENTARY(c, units[i++]);
    std::int64_t src = offsets[start];
    // The source length of this code point: up to the next unit with a later source offset.
    std::size_t j = i;
    while (j < n && offsets[j] <= src) ++j;
    const std::int64_t src_end = j < n ? offsets[j] : static_cast<std::int64_t>(bytes.size());
    const std::size_t before = out->size();
    AppendUtf8(static_cast<char32_t>(c), *out);
    const std::size_t out_len = out->size() - before;
    if (src < 0) {  // no source (should not happen for these converters): an insertion
      builder->Insert(out_len);
      continue;
    }
    const std::uint64_t in_lo = base + static_cast<std::uint64_t>(src);
    if (in_lo > builder->in_pos()) builder->Skip(in_lo - builder->in_pos());
    if (in_lo < builder->in_pos()) {  // a second code point from the same bytes
      builder->Insert(out_len);
      continue;
    }
    const std::uint64_t in_len = static_cast<std::uint64_t>(src_end - src);
    if (in_len == out_len && bytes.compare(static_cast<std::size_t>(src), in_len,
                                           std::string_view(*out).substr(before)) == 0) {
      builder->Copy(out_len);
    } else {
      builder->Replace(in_len, out_len);
    }
  }
  return Status::Ok();
}

}  // namespace

Status CheckBinary(std::string_view bytes) {
  const std::size_t n = std::min(bytes.size(), kSniffBytes);
  std::size_t nuls = 0, controls = 0;
  std::size_t first_nul = std::string_view::npos, first_control = std::string_view::npos;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x20) continue;
    if (c == 0) {
      if (nuls++ == 0) first_nul = i;
    } else if (c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
      if (controls++ == 0) first_control = i;
    }
  }
  if (nuls > 0) {
    return Status::Unsupported(
        "binary content (" + std::to_string(nuls) + " NUL bytes in the first 4 KiB)",
        At(first_nul));
  }
  if (controls > 0 && controls * 10 > n) {
    return Status::Unsupported(
        "binary content (" + std::to_string(controls) + " control characters in the first 4 KiB)",
        At(first_control));
  }
  return Status::Ok();
}

std::size_t FindInvalidUtf8(std::string_view bytes, std::size_t* multibyte) {
  std::size_t count = 0;
  std::size_t i = 0;
  const std::size_t n = bytes.size();
  while (i < n) {
    // Fast path over ASCII, eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t word;
      __builtin_memcpy(&word, bytes.data() + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t len = Utf8SequenceLength(bytes, i);
    if (len == 0) {
      if (multibyte != nullptr) *multibyte = count;
      return i;
    }
    ++count;
    i += len;
  }
  if (multibyte != nullptr) *multibyte = count;
  return std::string_view::npos;
}

Result<DecodedText> DecodeToUtf8(std::string_view bytes) {
  DecodedText out;
  for (const Bom& bom : kBoms) {
    if (bytes.substr(0, bom.bytes.size()) != bom.bytes) continue;
    out.charset = bom.name;
    std::string_view rest = bytes.substr(bom.bytes.size());
    OffsetMap::Builder builder;
    builder.Skip(bom.bytes.size());
    if (bom.converter == nullptr) {
      const std::size_t bad = FindInvalidUtf8(rest);
      if (bad != std::string_view::npos) {
        return Status::Corrupt("invalid UTF-8 at byte " + std::to_string(bad + bom.bytes.size()),
                               At(bad + bom.bytes.size()));
      }
      out.utf8.assign(rest);
      builder.Copy(rest.size());
    } else {
      CROSSCHECK_RETURN_IF_ERROR(
          Convert(rest, bom.bytes.size(), bom.converter, &out.utf8, &builder));
    }
    if (builder.in_pos() < bytes.size()) builder.Skip(bytes.size() - builder.in_pos());
    out.to_bytes = std::move(builder).Build();
    return out;
  }

  CROSSCHECK_RETURN_IF_ERROR(CheckBinary(bytes));

  std::size_t multibyte = 0;
  const std::size_t bad = FindInvalidUtf8(bytes, &multibyte);
  if (bad == std::string_view::npos) {
    out.charset = "UTF-8";
    out.utf8.assign(bytes);
    out.to_bytes = OffsetMap::Identity(bytes.size());
    return out;
  }
  // Valid multi-byte sequences anywhere beside an invalid one: broken UTF-8.
  for (std::size_t i = bad + 1; multibyte == 0 && i < bytes.size();) {
    const std::size_t len = Utf8SequenceLength(bytes, i);
    if (len >= 2) ++multibyte;
    i += len == 0 ? 1 : len;
  }
  if (multibyte > 0) {
    return Status::Corrupt("invalid UTF-8 at byte " + std::to_string(bad), At(bad));
  }

  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&err));
  if (U_FAILURE(err)) return Status::Internal("cannot open the ICU charset detector");
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &err);
  if (U_FAILURE(err) || match == nullptr) {
    return Status::Unsupported("cannot detect the character set", At(bad));
  }
  const char* name = ucsdet_getName(match, &err);
  const int32_t confidence = ucsdet_getConfidence(match, &err);
  if (U_FAILURE(err) || name == nullptr || confidence < 10 ||
      std::string_view(name).starts_with("UTF-")) {
    return Status::Unsupported("cannot detect the character set", At(bad));
  }
  out.charset = name;
  // ISO-8859-1 text is decoded as windows-1252, its superset in practice
  // (the C1 range 0x80-0x9F holds curly quotes and dashes there).
  const char* converter = out.charset == "ISO-8859-1" ? "windows-1252" : name;
  OffsetMap::Builder builder;
  CROSSCHECK_RETURN_IF_ERROR(Convert(bytes, 0, converter, &out.utf8, &builder));
  if (builder.in_pos() < bytes.size()) builder.Skip(bytes.size() - builder.in_pos());
  out.to_bytes = std::move(builder).Build();
  return out;
}

Result<DecodedText> DecodeAs(std::string_view bytes, const char* converter) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> probe(ucnv_open(converter, &err));
  if (U_FAILURE(err)) {
    return Status::Unsupported(std::string("unknown character set ") + converter, At(0));
  }
  DecodedText out;
  out.charset = converter;
  OffsetMap::Builder builder;
  std::size_t skip = 0;
  if (std::string_view(converter) == "UTF-8" && bytes.starts_with("\xEF\xBB\xBF")) skip = 3;
  builder.Skip(skip);
  CROSSCHECK_RETURN_IF_ERROR(Convert(bytes.substr(skip), skip, converter, &out.utf8, &builder));
  if (builder.in_pos() < bytes.size()) builder.Skip(bytes.size() - builder.in_pos());
  out.to_bytes = std::move(builder).Build();
  return out;
}

}  // namespace crosscheck
