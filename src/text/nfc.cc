#include "text/nfc.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <cstdint>
#include <limits>
#include <string>
#include <utility>

namespace crosscheck::text {

Result<NfcResult> NormalizeNfc(std::string_view text) {
  if (text.size() >= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())) {
    return Status::TooLarge("text of " + std::to_string(text.size()) +
                            " bytes is too large to normalise");
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU NFC instance: ") + u_errorName(status));
  }
  const icu::StringPiece piece(text.data(), static_cast<std::int32_t>(text.size()));
  NfcResult result;
  // Pure ASCII is always NFC; test it first, it is cheaper than the quick check.
  bool ascii = true;
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii || nfc->isNormalizedUTF8(piece, status)) {
    if (U_FAILURE(status)) {
      return Status::Internal(std::string("ICU NFC quick check: ") + u_errorName(status));
    }
    result.map = OffsetMap::Identity(text.size());
    return result;
  }
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU NFC quick check: ") + u_errorName(status));
  }

  result.text.reserve(text.size());
  icu::StringByteSink<std::string> sink(&result.text);
  icu::Edits edits;
  nfc->normalizeUTF8(0, piece, sink, &edits, status);
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU NFC normalisation: ") + u_errorName(status));
  }
  OffsetMap::Builder builder;
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    if (it.hasChange()) {
      builder.Replace(static_cast<std::uint64_t>(it.oldLength()),
                      static_cast<std::uint64_t>(it.newLength()));
    } else {
      builder.Copy(static_cast<std::uint64_t>(it.oldLength()));
    }
  }
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU NFC edits: ") + u_errorName(status));
  }
  result.map = std::move(builder).Build();
  if (result.map.output_size() != result.text.size() || result.map.input_size() != text.size()) {
    return Status::Internal("ICU NFC edits do not cover the text");
  }
  result.changed = result.text != text;
  if (!result.changed) {  // the quick check said "maybe" and nothing changed
    result.text.clear();
    result.map = OffsetMap::Identity(text.size());
  }
  return result;
}

}  // namespace crosscheck::text
