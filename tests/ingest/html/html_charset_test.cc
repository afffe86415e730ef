// DecodeHtml: which charset wins (BOM, valid UTF-8, header hint, <meta>,
// detection), the mismatch reasons, and the map back to the bytes.
#include "ingest/html/html_charset.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck {
namespace {

struct CharsetCase {
  const char* name;
  std::string bytes;
  const char* hint;
  const char* charset;   // expected decoder
  const char* source;    // expected source of the decision
  bool mismatch;         // a label contradicted the bytes
  const char* contains;  // UTF-8 text the result holds
};

const std::string kLatin1Meta =
    "<meta charset=\"iso-8859-1\"><p>Gr\xFC\xDF"
    "e aus K\xF6ln</p>";
const std::string kUtf8MetaLatin1 =
    "<meta charset=\"iso-8859-1\"><p>Gr\xC3\xBC\xC3\x9F"
    "e aus K\xC3\xB6ln</p>";

TEST(HtmlCharsetTest, Table) {
  const CharsetCase cases[] = {
      {"plain ASCII", "<p>hello</p>", "", "UTF-8", "utf8", false, "hello"},
      {"ASCII with a legacy label is not a mismatch", "<meta charset=windows-1252><p>hi</p>", "",
       "UTF-8", "utf8", false, "hi"},
      {"UTF-8 BOM", "\xEF\xBB\xBF<p>caf\xC3\xA9</p>", "", "UTF-8", "bom", false, "caf\xC3\xA9"},
      {"legacy bytes, label in meta", kLatin1Meta, "", "windows-1252", "meta", false,
       "Gr\xC3\xBC\xC3\x9F"
       "e aus K\xC3\xB6ln"},
      {"header hint beats meta", kLatin1Meta, "ISO-8859-15", "iso-8859-15", "header", false,
       "K\xC3\xB6ln"},
      {"UTF-8 bytes under a latin-1 label: bytes win", kUtf8MetaLatin1, "", "UTF-8", "utf8", true,
       "K\xC3\xB6ln"},
      {"UTF-8 label on latin-1 bytes: detected",
       "<meta charset=utf-8><p>Gr\xFC\xDF"
       "e aus "
       "K\xF6ln und M\xFCnchen, sch\xF6ne Gr\xFC\xDF"
       "e.</p>",
       "", "ISO-8859-1", "detected", true, "M\xC3\xBCnchen"},
      {"mostly UTF-8 with one broken byte",
       "<p>K\xC3\xB6ln K\xC3\xB6ln K\xC3\xB6ln K\xC3\xB6ln "
       "\xFF end</p>",
       "", "UTF-8", "detected", true, "\xEF\xBF\xBD end"},
      {"unknown label is ignored", "<meta charset=x-no-such><p>hi</p>", "", "UTF-8", "utf8", false,
       "hi"},
  };
  for (const CharsetCase& c : cases) {
    SCOPED_TRACE(c.name);
    Result<HtmlDecoded> d = DecodeHtml(c.bytes, c.hint);
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    EXPECT_EQ(d->text.charset, c.charset);
    EXPECT_EQ(d->source, c.source);
    EXPECT_EQ(!d->mismatch.empty(), c.mismatch) << d->mismatch;
    EXPECT_NE(d->text.utf8.find(c.contains), std::string::npos) << d->text.utf8;
    EXPECT_EQ(d->text.to_bytes.output_size(), d->text.utf8.size());
    EXPECT_EQ(d->text.to_bytes.input_size(), c.bytes.size());
  }
}

TEST(HtmlCharsetTest, SniffsMetaForms) {
  EXPECT_EQ(SniffMetaCharset("<META CHARSET='Shift_JIS'>"), "Shift_JIS");
  EXPECT_EQ(SniffMetaCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                             "charset=windows-1251\">"),
            "windows-1251");
  EXPECT_EQ(SniffMetaCharset("<meta name=description content=x><p>charset=koi8-r</p>"), "");
  EXPECT_EQ(SniffMetaCharset(std::string(5000, ' ') + "<meta charset=utf-8>"), "");
}

TEST(HtmlCharsetTest, BinaryIsUnsupported) {
  Result<HtmlDecoded> d = DecodeHtml(std::string("<p>\0\0\0\0x</p>", 12), "");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kUnsupported);
}

}  // namespace
}  // namespace crosscheck
