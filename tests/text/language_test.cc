#include "text/language.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "crosscheck/text.h"

namespace crosscheck {
namespace {

struct LanguageCase {
  const char* description;
  std::string text;
  std::string language;
};

TEST(LanguageTest, Table) {
  const std::vector<LanguageCase> cases = {
      {"English news",
       "The harbour authority said on Tuesday that the new ferry terminal would open next "
       "spring, two years later than planned, after the council approved extra funding.",
       "en"},
      {"German news",
       "Die Hafenbehörde teilte am Dienstag mit, dass das neue Fährterminal im nächsten "
       "Frühjahr eröffnet werden soll, zwei Jahre später als geplant.",
       "de"},
      {"French news",
       "L'autorité portuaire a annoncé mardi que le nouveau terminal des ferries ouvrirait "
       "au printemps prochain, avec deux ans de retard sur le calendrier prévu.",
       "fr"},
      {"Spanish news",
       "La autoridad portuaria anunció el martes que la nueva terminal de transbordadores "
       "abrirá la próxima primavera, dos años más tarde de lo previsto.",
       "es"},
      {"Portuguese news",
       "A autoridade portuária anunciou na terça-feira que o novo terminal de balsas vai "
       "abrir na próxima primavera, dois anos depois do previsto pelo governo.",
       "pt"},
      {"digits only", "1 2 3", "und"},
      {"empty", "", "und"},
      {"too short to judge", "Hello", "und"},
  };
  for (const LanguageCase& c : cases) {
    SCOPED_TRACE(c.description);
    EXPECT_EQ(DetectLanguage(c.text), c.language);
  }
}

TEST(LanguageTest, IllFormedUtf8UsesTheValidPrefix) {
  const std::string text =
      "The harbour authority said on Tuesday that the new ferry terminal would open next "
      "spring, two years later than planned. \xff\xfe";
  EXPECT_EQ(DetectLanguage(text), "en");
}

TEST(LanguageTest, Cld2CodesBecomeIso6391) {
  EXPECT_EQ(text::ToIso6391("en"), "en");
  EXPECT_EQ(text::ToIso6391("iw"), "he");
  EXPECT_EQ(text::ToIso6391("zh-Hant"), "zh");
  EXPECT_EQ(text::ToIso6391("un"), "und");
  EXPECT_EQ(text::ToIso6391("haw"), "und");
}

}  // namespace
}  // namespace crosscheck
