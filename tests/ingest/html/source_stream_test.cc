// SourceStream and StreamWriter: the character data of a page in document
// order, located text nodes, and the map from written text to the source.
#include "ingest/html/source_stream.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck {
namespace {

TEST(SourceStreamTest, KeepsCharacterDataOnly) {
  struct Case {
    const char* source;
    const char* stream;
  };
  const Case cases[] = {
      {"<p>a <b>b</b> c</p>", "a b c"},
      {"<!-- x <p>y</p> -->z", "z"},
      {"<script>if (a<b) { s = '</p>'; }</script>t", "t"},
      {"<STYLE>p{}</STYLE>u", "u"},
      {"<a title=\"x > y\" href='q'>v</a>", "v"},
      {"1 < 2 &amp; 3", "1 < 2 & 3"},
      {"&eacute;&#233;&#xE9;&#233", "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"},
      {"&nosuch; &amp", "&nosuch; &amp"},
      {"<!DOCTYPE html><?xml x?>w", "w"},
  };
  for (const Case& c : cases) {
    SourceStream s(c.source);
    EXPECT_EQ(s.text(), c.stream) << c.source;
    EXPECT_EQ(s.to_source().output_size(), s.text().size());
    EXPECT_EQ(s.to_source().input_size(), std::string(c.source).size());
  }
}

TEST(SourceStreamTest, LocatesNodesInOrderAndMapsToTheSource) {
  const std::string source = "<p>alpha</p><nav>beta</nav><p>caf&eacute; beta</p>";
  SourceStream s(source);
  const SourceStream::Match a = s.Locate("alpha");
  const SourceStream::Match b = s.Locate("caf\xC3\xA9 beta");  // skips the nav's "beta"
  ASSERT_NE(a.pos, SourceStream::kNotFound);
  ASSERT_NE(b.pos, SourceStream::kNotFound);
  EXPECT_EQ(b.length, std::string("caf\xC3\xA9 beta").size());
  StreamWriter w;
  w.Append("alpha", a);
  w.Separate("\n\n");
  w.Append("caf\xC3\xA9 beta", b);
  EXPECT_EQ(w.text(), "alpha\n\ncaf\xC3\xA9 beta");
  const OffsetMap map = std::move(w).Finish(s.text().size()).Then(s.to_source());
  const auto in = [&](std::uint32_t start, std::uint32_t end) {
    const Span sp = map.ToInput(Span{start, end});
    return source.substr(sp.start, sp.end - sp.start);
  };
  EXPECT_EQ(in(0, 5), "alpha");
  EXPECT_EQ(in(7, 12), "caf&eacute;");  // the reference maps as a unit
  EXPECT_EQ(in(13, 17), "beta");
}

TEST(SourceStreamTest, WhiteSpaceCollapsesAndUnlocatedTextIsInserted) {
  SourceStream s("<p>one \n\t two</p>");
  StreamWriter w;
  w.Append("  one \n\t two  ", s.Locate("  one \n\t two  "));
  w.Append("three", s.Locate("three"));  // not in the source
  EXPECT_EQ(w.text(), "one two three");  // the first piece ended in white space
  const OffsetMap map = std::move(w).Finish(s.text().size());
  EXPECT_EQ(map.output_size(), 13u);
  EXPECT_EQ(map.ToInput(Span{8, 13}).size(), 0u);  // inserted text maps to no bytes
}

}  // namespace
}  // namespace crosscheck
