#include "text/nfc.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <random>
#include <string>
#include <vector>

namespace crosscheck::text {
namespace {

struct NfcCase {
  const char* description;
  std::string input;
  std::string expected;  // equal to input: the fast path
  // (output span, input span it must map to)
  std::vector<std::pair<Span, Span>> spans;
};

TEST(NfcTest, Table) {
  const std::vector<NfcCase> cases = {
      {"ASCII is NFC", "Plain news text.", "Plain news text.", {{{6, 10}, {6, 10}}}},
      {"precomposed accents are NFC",
       "Zo\u00eb M\u00fcller",
       "Zo\u00eb M\u00fcller",
       {{{0, 4}, {0, 4}}}},
      {"e + combining acute -> \u00e9, mapped to both source characters",
       "e\u0301",
       "\u00e9",
       {{{0, 2}, {0, 3}}}},
      {"decomposed diaeresis inside a name",
       "Zoe\u0308 said",
       "Zo\u00eb said",
       {{{0, 2}, {0, 2}}, {{2, 4}, {2, 5}}, {{5, 9}, {6, 10}}}},
      {"two changes in one line",
       "cafe\u0301 and nai\u0308ve",
       "caf\u00e9 and na\u00efve",
       {{{0, 3}, {0, 3}}, {{3, 5}, {3, 6}}, {{6, 9}, {7, 10}}, {{12, 14}, {13, 16}}}},
      {"Hangul jamo compose to a syllable", "\u1100\u1161", "\uac00", {{{0, 3}, {0, 6}}}},
      {"singleton: Angstrom sign -> A with ring", "5 \u212b", "5 \u00c5", {{{2, 4}, {2, 5}}}},
      {"combining marks reordered", "a\u0302\u0323", "\u1ead", {{{0, 3}, {0, 5}}}},
  };
  for (const NfcCase& c : cases) {
    SCOPED_TRACE(c.description);
    Result<NfcResult> r = NormalizeNfc(c.input);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    const bool fast = c.input == c.expected;
    EXPECT_EQ(r->changed, !fast);
    if (fast) {
      EXPECT_TRUE(r->text.empty());  // no copy on the fast path
      EXPECT_TRUE(r->map.is_identity());
      EXPECT_EQ(r->map.output_size(), c.input.size());
    } else {
      EXPECT_EQ(r->text, c.expected);
      EXPECT_EQ(r->map.output_size(), c.expected.size());
      EXPECT_EQ(r->map.input_size(), c.input.size());
    }
    for (const auto& [out, in] : c.spans) EXPECT_EQ(r->map.ToInput(out), in);
  }
}

TEST(NfcTest, EmptyText) {
  Result<NfcResult> r = NormalizeNfc("");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->changed);
  EXPECT_EQ(r->map.output_size(), 0u);
}

TEST(NfcTest, IllFormedUtf8PassesThrough) {
  const std::string bad = "ok \xff e\u0301";
  Result<NfcResult> r = NormalizeNfc(bad);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(r->changed);
  EXPECT_EQ(r->text, "ok \xff \u00e9");
}

// The slow reference: ICU on UTF-16, chunk by chunk between normalisation
// boundaries (hasBoundaryBefore), each chunk normalised on its own.
std::string ReferenceNfc(const std::string& input) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::string out;
  std::size_t chunk = 0;
  auto flush = [&](std::size_t end) {
    if (end == chunk) return;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(input.substr(chunk, end - chunk));
    nfc->normalize(u, status).toUTF8String(out);
    chunk = end;
  };
  std::int32_t i = 0;
  const auto n = static_cast<std::int32_t>(input.size());
  while (i < n) {
    const std::int32_t at = i;
    UChar32 c;
    U8_NEXT(input.data(), i, n, c);
    if (at > 0 && nfc->hasBoundaryBefore(c)) flush(static_cast<std::size_t>(at));
  }
  flush(input.size());
  return out;
}

TEST(NfcTest, MatchesChunkedReferenceAndEverySegmentIsNfcOfItsSource) {
  const std::vector<std::string> alphabet = {"a",      "e",      "o",      " ",      ".",
                                             "\u00e9", "\u00f1", "\u0301", "\u0308", "\u0323",
                                             "\u0302", "\u1100", "\u1161", "\u11a8", "\u212b",
                                             "\u00c5", "A",      "\u0327", "c"};
  std::mt19937 rng(7);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  for (int round = 0; round < 500; ++round) {
    std::string input;
    const int len = std::uniform_int_distribution<int>(0, 14)(rng);
    for (int k = 0; k < len; ++k) {
      input += alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(rng)];
    }
    SCOPED_TRACE("input: " + input);
    Result<NfcResult> r = NormalizeNfc(input);
    ASSERT_TRUE(r.ok());
    const std::string& out = r->changed ? r->text : input;
    EXPECT_EQ(out, ReferenceNfc(input));
    ASSERT_EQ(r->map.output_size(), out.size());
    ASSERT_EQ(r->map.input_size(), input.size());
    for (const OffsetMap::Segment& s : r->map.segments()) {
      const std::string src = input.substr(s.in_start, s.in_len);
      const std::string dst = out.substr(s.out_start, s.out_len);
      if (s.copy) {
        EXPECT_EQ(src, dst);
      } else {
        std::string normalised;
        nfc->normalize(icu::UnicodeString::fromUTF8(src), status).toUTF8String(normalised);
        EXPECT_EQ(normalised, dst) << "segment at output " << s.out_start;
      }
    }
  }
}

}  // namespace
}  // namespace crosscheck::text
