// Tag tables of the syntax layer: the closed sets of UPOS, XPOS (Penn
// Treebank as used by UD English EWT and GUM) and dependency relations (UD
// universal relations plus the English subtypes), and the packing of UD
// morphological features into one 64-bit word.
//
// Ids are small and stable within a build: 0 is always "none" ("_"). The
// tables are compiled in (not read from a model), so a Token's ids mean the
// same in every stage and thread. Models store tag names and map them to these
// ids when loaded, so a table change does not silently shift a model.
//
// Features: each UD feature of English (Abbr, Case, Definite, Degree, ExtPos,
// Foreign, Gender, Mood, NumForm, NumType, Number, Person, Polarity, Poss,
// PronType, Reflex, Style, Tense, Typo, VerbForm, Voice) has a bit field; a
// value id of 0 means the feature is absent. FormatFeats writes the canonical
// CoNLL-U form (features sorted by name, "_" when none); ParseFeats reads it,
// ignoring features and values it does not know.
//
// Thread safety: everything here is immutable; all functions are thread-safe.
#ifndef CROSSCHECK_TEXT_SYNTAX_TAGS_H_
#define CROSSCHECK_TEXT_SYNTAX_TAGS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace crosscheck::text {

inline constexpr int kUposCount = 18;    // with "_" at 0
inline constexpr int kXposCount = 50;    // with "_" at 0
inline constexpr int kDeprelCount = 64;  // upper bound on ids (the table may be shorter)

std::string_view UposNameOf(std::uint8_t id);
std::string_view XposNameOf(std::uint8_t id);
std::string_view DeprelNameOf(std::uint8_t id);
int DeprelTableSize();
// The id of a name, or 0 when the table does not hold it.
std::uint8_t UposIdOf(std::string_view name);
std::uint8_t XposIdOf(std::string_view name);
std::uint8_t DeprelIdOf(std::string_view name);
// The universal part of a relation id ("nsubj" for "nsubj:pass") as an id.
std::uint8_t UniversalDeprel(std::uint8_t id);

enum class Feat : std::uint8_t {
  kAbbr,
  kCase,
  kDefinite,
  kDegree,
  kExtPos,
  kForeign,
  kGender,
  kMood,
  kNumForm,
  kNumType,
  kNumber,
  kPerson,
  kPolarity,
  kPoss,
  kPronType,
  kReflex,
  kStyle,
  kTense,
  kTypo,
  kVerbForm,
  kVoice,
  kCount
};

std::uint64_t ParseFeatsString(std::string_view feats);
std::string FormatFeatsString(std::uint64_t feats);
// The value of one feature ("Past"), or "" when absent.
std::string_view FeatValueOf(std::uint64_t feats, Feat feat);
std::string_view FeatValueOf(std::uint64_t feats, std::string_view feature);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_SYNTAX_TAGS_H_
