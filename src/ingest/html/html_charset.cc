#include "ingest/html/html_charset.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace crosscheck {

namespace {

constexpr std::size_t kMetaWindow = 4096;

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Position of `needle` (lower case) in `hay` ignoring ASCII case, from `from`.
std::size_t FindNoCase(std::string_view hay, std::string_view needle, std::size_t from) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && Lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// The value after "charset" (with optional spaces, '=' and quotes) in `tag`.
std::string CharsetValue(std::string_view tag) {
  std::size_t at = FindNoCase(tag, "charset", 0);
  while (at != std::string_view::npos) {
    std::size_t i = at + 7;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t')) ++i;
    if (i < tag.size() && tag[i] == '=') {
      ++i;
      while (i < tag.size() && (tag[i] == ' ' || tag[i] == '"' || tag[i] == '\'')) ++i;
      std::size_t end = i;
      while (end < tag.size() &&
             (std::isalnum(static_cast<unsigned char>(tag[end])) || tag[end] == '-' ||
              tag[end] == '_' || tag[end] == '.' || tag[end] == ':')) {
        ++end;
      }
      if (end > i) return std::string(tag.substr(i, end - i));
    }
    at = FindNoCase(tag, "charset", at + 7);
  }
  return {};
}

// ICU converter name for a label, or "" when the label is not usable.
// ISO-8859-1 / ASCII labels mean windows-1252 on the web.
std::string ConverterFor(std::string label) {
  std::transform(label.begin(), label.end(), label.begin(), Lower);
  if (label.empty()) return {};
  if (label == "utf8" || label == "utf-8" || label == "unicode-1-1-utf-8") return "UTF-8";
  if (label == "iso-8859-1" || label == "iso8859-1" || label == "latin1" || label == "latin-1" ||
      label == "us-ascii" || label == "ascii" || label == "iso_8859-1" || label == "l1" ||
      label == "cp1252" || label == "windows-1252" || label == "x-cp1252") {
    return "windows-1252";
  }
  if (label == "gb2312" || label == "gbk" || label == "x-gbk") return "GBK";
  // UTF-16 labels on bytes without a BOM are wrong in practice (the page was
  // saved as 8-bit): let the bytes decide.
  if (label.starts_with("utf-16") || label.starts_with("utf-32") || label == "unicode") return {};
  Result<DecodedText> probe = DecodeAs("", label.c_str());
  return probe.ok() ? label : std::string();
}

bool HasNonAscii(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

}  // namespace

std::string SniffMetaCharset(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, std::min(bytes.size(), kMetaWindow));
  std::size_t at = FindNoCase(head, "<meta", 0);
  while (at != std::string_view::npos) {
    const std::size_t end = head.find('>', at);
    const std::string_view tag =
        head.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    std::string value = CharsetValue(tag);
    if (!value.empty()) return value;
    if (end == std::string_view::npos) break;
    at = FindNoCase(head, "<meta", end);
  }
  return {};
}

Result<HtmlDecoded> DecodeHtml(std::string_view bytes, std::string_view charset_hint) {
  HtmlDecoded out;
  // 1-3: BOM, binary check, valid UTF-8 — the generic decoder's first steps.
  const bool bom = bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFF\xFE") ||
                   bytes.starts_with("\xFE\xFF") ||
                   bytes.starts_with(std::string_view("\x00\x00\xFE\xFF", 4));
  if (!bom) CROSSCHECK_RETURN_IF_ERROR(CheckBinary(bytes));
  std::size_t multibyte = 0;
  const std::size_t bad = bom ? 0 : FindInvalidUtf8(bytes, &multibyte);
  const std::string hint_conv = ConverterFor(std::string(charset_hint));
  const std::string meta_label = SniffMetaCharset(bytes);
  const std::string meta_conv = ConverterFor(meta_label);
  const std::string& declared = !hint_conv.empty() ? hint_conv : meta_conv;
  const char* declared_by = !hint_conv.empty() ? "header" : "meta";

  if (bom || bad == std::string_view::npos) {
    Result<DecodedText> d = DecodeToUtf8(bytes);
    if (!d.ok()) return d.status();
    out.text = std::move(*d);
    out.source = bom ? "bom" : "utf8";
    if (!declared.empty() && declared != "UTF-8" && (bom || HasNonAscii(bytes))) {
      out.mismatch =
          std::string("the ") + (hint_conv.empty() ? "<meta> tag" : "HTTP header") + " says " +
          (hint_conv.empty() ? meta_label : std::string(charset_hint)) + " but the bytes are " +
          (bom ? "marked " + out.text.charset + " by a BOM" : std::string("valid UTF-8")) +
          "; decoded as " + out.text.charset;
    }
    return out;
  }

  // Not valid UTF-8.
  if (!declared.empty() && declared != "UTF-8") {
    Result<DecodedText> d = DecodeAs(bytes, declared.c_str());
    if (!d.ok()) return d.status();
    out.text = std::move(*d);
    out.source = declared_by;
    return out;
  }
  // Mostly UTF-8 with a few broken sequences (a truncated or spliced page):
  // keep UTF-8 and replace the broken bytes.
  std::size_t broken = 0;
  for (std::size_t i = bad; i < bytes.size();) {
    std::size_t mb = 0;
    const std::size_t next = FindInvalidUtf8(bytes.substr(i), &mb);
    multibyte += mb;
    if (next == std::string_view::npos) break;
    ++broken;
    i += next + 1;
  }
  if (multibyte >= 4 * broken) {
    Result<DecodedText> d = DecodeAs(bytes, "UTF-8");
    if (!d.ok()) return d.status();
    out.text = std::move(*d);
    out.source = declared.empty() ? "detected" : declared_by;
    out.mismatch = std::to_string(broken) + " invalid UTF-8 byte(s) replaced by U+FFFD (first at " +
                   std::to_string(bad) + ")";
    return out;
  }
  // A legacy charset: ICU's detector (through the generic decoder).
  Result<DecodedText> d = DecodeToUtf8(bytes);
  if (!d.ok()) {
    // The detector could not decide: windows-1252 decodes any byte sequence.
    d = DecodeAs(bytes, "windows-1252");
    if (!d.ok()) return d.status();
  }
  out.text = std::move(*d);
  out.source = "detected";
  if (declared == "UTF-8") {
    out.mismatch = std::string("the ") + (hint_conv.empty() ? "<meta> tag" : "HTTP header") +
                   " says UTF-8 but the bytes are not (invalid at byte " + std::to_string(bad) +
                   "); decoded as " + out.text.charset;
  }
  return out;
}

}  // namespace crosscheck
