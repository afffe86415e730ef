#include "ingest/charset.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck {
namespace {

struct DecodeCase {
  const char* description;
  std::string bytes;
  std::string charset;  // expected; empty when an error is expected
  std::string utf8;     // expected text
  StatusCode code = StatusCode::kOk;
};

TEST(CharsetTest, DecodeTable) {
  const std::vector<DecodeCase> cases = {
      {"plain ASCII is UTF-8", "Tide tables", "UTF-8", "Tide tables"},
      {"valid UTF-8 kept",
       "Caf\xC3\xA9 \xE2\x82\xAC"
       "5",
       "UTF-8",
       "Caf\xC3\xA9 \xE2\x82\xAC"
       "5"},
      {"UTF-8 BOM dropped", "\xEF\xBB\xBFHi", "UTF-8", "Hi"},
      {"UTF-16LE BOM", std::string("\xFF\xFEH\0i\0\xE9\0", 8), "UTF-16LE", "Hi\xC3\xA9"},
      {"UTF-16BE BOM", std::string("\xFE\xFF\0H\0i", 6), "UTF-16BE", "Hi"},
      {"UTF-32LE BOM", std::string("\xFF\xFE\0\0H\0\0\0", 8), "UTF-32LE", "H"},
      {"UTF-32BE BOM", std::string("\0\0\xFE\xFF\0\0\0H", 8), "UTF-32BE", "H"},
      {"NUL bytes without a BOM: binary", std::string("ab\0cd", 5), "", "",
       StatusCode::kUnsupported},
      {"valid and invalid UTF-8: corrupt", "\xC3\xA9t\xE9", "", "", StatusCode::kCorrupt},
  };
  for (const DecodeCase& c : cases) {
    SCOPED_TRACE(c.description);
    Result<DecodedText> d = DecodeToUtf8(c.bytes);
    if (c.code != StatusCode::kOk) {
      ASSERT_FALSE(d.ok());
      EXPECT_EQ(d.status().code(), c.code);
      continue;
    }
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    EXPECT_EQ(d->charset, c.charset);
    EXPECT_EQ(d->utf8, c.utf8);
    EXPECT_EQ(d->to_bytes.output_size(), d->utf8.size());
    EXPECT_EQ(d->to_bytes.input_size(), c.bytes.size());
  }
}

TEST(CharsetTest, LegacyCharsetIsDetectedAndMapped) {
  // A windows-1252 paragraph: curly quotes (0x93/0x94) and accented letters.
  std::string latin;
  for (int i = 0; i < 6; ++i) {
    latin +=
        "The caf\xE9 owner said the \x93new terrace\x94 would open in the spring, "
        "and the na\xEFve plan was approved. ";
  }
  Result<DecodedText> d = DecodeToUtf8(latin);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->charset, "windows-1252");
  const std::size_t e = d->utf8.find("\xC3\xA9");  // é
  ASSERT_NE(e, std::string::npos);
  EXPECT_EQ(d->to_bytes.ToInput(e), latin.find('\xE9'));
  EXPECT_EQ(d->to_bytes.ToInputEnd(e + 2), latin.find('\xE9') + 1);
  const std::size_t q = d->utf8.find("\xE2\x80\x9C");  // “
  ASSERT_NE(q, std::string::npos);
  EXPECT_EQ(d->to_bytes.ToInput(q), latin.find('\x93'));
  // ASCII maps one to one.
  EXPECT_EQ(d->to_bytes.ToInput(4), 4u);
}

TEST(CharsetTest, Utf16MapPointsAtTheUnits) {
  std::string bytes("\xFF\xFE", 2);
  for (char c : std::string("ab")) bytes += std::string{c, '\0'};
  Result<DecodedText> d = DecodeToUtf8(bytes);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->to_bytes.ToInput(0), 2u);
  EXPECT_EQ(d->to_bytes.ToInput(1), 4u);
  EXPECT_EQ(d->to_bytes.ToInputEnd(2), 6u);
}

TEST(CharsetTest, BinaryCheckCountsNulsAndControls) {
  Status s =
      CheckBinary(std::string("\x7F"
                              "ELF\0\0\0",
                              7));
  EXPECT_EQ(s.code(), StatusCode::kUnsupported);
  EXPECT_EQ(s.message(), "binary content (3 NUL bytes in the first 4 KiB)");
  EXPECT_EQ(s.where().offset, 4);
  EXPECT_TRUE(CheckBinary("tabs\tand\r\nform\ffeeds").ok());
}

TEST(CharsetTest, FindInvalidUtf8RejectsOverlongsAndSurrogates) {
  EXPECT_EQ(FindInvalidUtf8("ok \xC0\xAF"), 3u);      // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("ok \xED\xA0\x80"), 3u);  // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF0\x9F\x98\x80 fine"), std::string::npos);
  std::size_t multibyte = 0;
  EXPECT_EQ(FindInvalidUtf8("\xC3\xA9\xE2\x82\xAC", &multibyte), std::string::npos);
  EXPECT_EQ(multibyte, 2u);
}

}  // namespace
}  // namespace crosscheck
