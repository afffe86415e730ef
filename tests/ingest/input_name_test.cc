#include "ingest/input_name.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(InputNameTest, ClassifiesByExtension) {
  const struct {
    const char* description;
    const char* path;
    InputFormat format;
    bool gzip;
    bool article;
  } cases[] = {
      {"plain text", "corpus/a.txt", InputFormat::kText, false, true},
      {".text spelling", "a.text", InputFormat::kText, false, true},
      {"upper-case extension", "NOTES.TXT", InputFormat::kText, false, true},
      {"compressed text", "a.txt.gz", InputFormat::kText, true, true},
      {"JSON Lines", "feed.jsonl", InputFormat::kJsonl, false, true},
      {"NDJSON spelling", "feed.ndjson", InputFormat::kJsonl, false, true},
      {"compressed JSON Lines", "feed.jsonl.gz", InputFormat::kJsonl, true, true},
      {"compressed NDJSON, mixed case", "feed.NDJSON.GZ", InputFormat::kJsonl, true, true},
      {"HTML", "page.html", InputFormat::kHtml, false, true},
      {"HTM", "page.htm", InputFormat::kHtml, false, true},
      {"compressed HTML", "page.html.gz", InputFormat::kHtml, true, true},
      {"compressed WARC", "crawl.warc.gz", InputFormat::kWarc, true, true},
      {"plain WARC", "crawl.WARC", InputFormat::kWarc, false, true},
      {"annotation JSON is not an article", "annotations.json", InputFormat::kText, false, false},
      {"markdown is not an article", "README.md", InputFormat::kText, false, false},
      {"image is not an article", "photo.jpg", InputFormat::kText, false, false},
      {"other .gz: text if named, not an article", "dump.tar.gz", InputFormat::kText, true, false},
      {"no extension", "LICENSE", InputFormat::kText, false, false},
      {"extension alone is not a name", ".txt", InputFormat::kText, false, false},
      {"folder with a dot does not count", "v1.txt/notes", InputFormat::kText, false, false},
      {"txt inside the name only", "a.txt.bak", InputFormat::kText, false, false},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.description);
    InputName got = ClassifyInputName(c.path);
    EXPECT_EQ(got.format, c.format);
    EXPECT_EQ(got.gzip, c.gzip);
    EXPECT_EQ(got.article, c.article);
  }
}

}  // namespace
}  // namespace crosscheck
