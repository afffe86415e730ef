#include "text/syntax_tags.h"

#include <array>
#include <vector>

#include "crosscheck/text.h"

namespace crosscheck::text {
namespace {

constexpr std::array<std::string_view, kUposCount> kUpos = {
    "_",   "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN",
    "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

constexpr std::array<std::string_view, kXposCount> kXpos = {
    "_",    "$",   "''",  ",",    "-LRB-", "-RRB-", ".",   ":",   "ADD", "AFX", "CC",  "CD", "DT",
    "EX",   "FW",  "GW",  "HYPH", "IN",    "JJ",    "JJR", "JJS", "LS",  "MD",  "NFP", "NN", "NNP",
    "NNPS", "NNS", "PDT", "POS",  "PRP",   "PRP$",  "RB",  "RBR", "RBS", "RP",  "SYM", "TO", "UH",
    "VB",   "VBD", "VBG", "VBN",  "VBP",   "VBZ",   "WDT", "WP",  "WP$", "WRB", "``"};

constexpr std::string_view kDeprel[] = {"_",
                                        "acl",
                                        "acl:relcl",
                                        "advcl",
                                        "advcl:relcl",
                                        "advmod",
                                        "amod",
                                        "appos",
                                        "aux",
                                        "aux:pass",
                                        "case",
                                        "cc",
                                        "cc:preconj",
                                        "ccomp",
                                        "clf",
                                        "compound",
                                        "compound:prt",
                                        "conj",
                                        "cop",
                                        "csubj",
                                        "csubj:outer",
                                        "csubj:pass",
                                        "dep",
                                        "det",
                                        "det:predet",
                                        "discourse",
                                        "dislocated",
                                        "expl",
                                        "fixed",
                                        "flat",
                                        "goeswith",
                                        "iobj",
                                        "list",
                                        "mark",
                                        "nmod",
                                        "nmod:desc",
                                        "nmod:poss",
                                        "nmod:unmarked",
                                        "nsubj",
                                        "nsubj:outer",
                                        "nsubj:pass",
                                        "nummod",
                                        "obj",
                                        "obl",
                                        "obl:agent",
                                        "obl:unmarked",
                                        "orphan",
                                        "parataxis",
                                        "punct",
                                        "reparandum",
                                        "root",
                                        "vocative",
                                        "xcomp",
                                        "det:poss",
                                        "obl:npmod",
                                        "obl:tmod",
                                        "nmod:npmod",
                                        "nmod:tmod",
                                        "flat:foreign",
                                        "advmod:emph",
                                        "compound:redup",
                                        "cop:locat",
                                        "nsubj:xsubj"};
constexpr int kDeprelTable = sizeof(kDeprel) / sizeof(kDeprel[0]);
static_assert(kDeprelTable <= kDeprelCount);

struct FeatDef {
  std::string_view name;
  std::array<std::string_view, 11> values;  // [0] unused ("absent")
  int bits;
};

// Sorted by name: FormatFeats writes in this order. Values are 1-based.
constexpr FeatDef kFeats[] = {
    {"Abbr", {"", "Yes"}, 1},
    {"Case", {"", "Acc", "Gen", "Nom"}, 2},
    {"Definite", {"", "Def", "Ind"}, 2},
    {"Degree", {"", "Cmp", "Pos", "Sup"}, 2},
    {"ExtPos", {"", "ADP", "ADV", "CCONJ", "PRON", "PROPN", "SCONJ", "ADJ"}, 3},
    {"Foreign", {"", "Yes"}, 1},
    {"Gender", {"", "Fem", "Fem,Masc", "Masc", "Neut"}, 3},
    {"Mood", {"", "Imp", "Ind", "Sub"}, 2},
    {"NumForm", {"", "Combi", "Digit", "Roman", "Word"}, 3},
    {"NumType", {"", "Card", "Frac", "Mult", "Ord"}, 3},
    {"Number", {"", "Plur", "Ptan", "Sing"}, 2},
    {"Person", {"", "1", "2", "3"}, 2},
    {"Polarity", {"", "Neg", "Pos"}, 2},
    {"Poss", {"", "Yes"}, 1},
    {"PronType", {"", "Art", "Dem", "Emp", "Ind", "Int", "Neg", "Prs", "Rcp", "Rel", "Tot"}, 4},
    {"Reflex", {"", "Yes"}, 1},
    {"Style", {"", "Arch", "Coll", "Expr", "Slng", "Vrnc"}, 3},
    {"Tense", {"", "Past", "Pres", "Fut"}, 2},
    {"Typo", {"", "Yes"}, 1},
    {"VerbForm", {"", "Fin", "Ger", "Inf", "Part"}, 3},
    {"Voice", {"", "Pass"}, 1},
};
static_assert(sizeof(kFeats) / sizeof(kFeats[0]) == static_cast<int>(Feat::kCount));

constexpr std::array<int, static_cast<int>(Feat::kCount)> Shifts() {
  std::array<int, static_cast<int>(Feat::kCount)> shifts{};
  int at = 0;
  for (int i = 0; i < static_cast<int>(Feat::kCount); ++i) {
    shifts[i] = at;
    at += kFeats[i].bits;
  }
  return shifts;
}
constexpr auto kShift = Shifts();
static_assert(kShift.back() + kFeats[static_cast<int>(Feat::kCount) - 1].bits <= 64);

template <typename Table>
std::uint8_t Find(const Table& table, int size, std::string_view name) {
  for (int i = 1; i < size; ++i) {
    if (table[i] == name) return static_cast<std::uint8_t>(i);
  }
  return 0;
}

}  // namespace

std::string_view UposNameOf(std::uint8_t id) { return id < kUposCount ? kUpos[id] : "_"; }
std::string_view XposNameOf(std::uint8_t id) { return id < kXposCount ? kXpos[id] : "_"; }
std::string_view DeprelNameOf(std::uint8_t id) { return id < kDeprelTable ? kDeprel[id] : "_"; }
int DeprelTableSize() { return kDeprelTable; }
std::uint8_t UposIdOf(std::string_view name) { return Find(kUpos, kUposCount, name); }
std::uint8_t XposIdOf(std::string_view name) { return Find(kXpos, kXposCount, name); }
std::uint8_t DeprelIdOf(std::string_view name) { return Find(kDeprel, kDeprelTable, name); }

std::uint8_t UniversalDeprel(std::uint8_t id) {
  const std::string_view name = DeprelNameOf(id);
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? id : DeprelIdOf(name.substr(0, colon));
}

std::uint64_t ParseFeatsString(std::string_view feats) {
  std::uint64_t packed = 0;
  while (!feats.empty() && feats != "_") {
    const std::size_t bar = feats.find('|');
    const std::string_view item = feats.substr(0, bar);
    feats = bar == std::string_view::npos ? std::string_view() : feats.substr(bar + 1);
    const std::size_t eq = item.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view name = item.substr(0, eq), value = item.substr(eq + 1);
    for (int f = 0; f < static_cast<int>(Feat::kCount); ++f) {
      if (kFeats[f].name != name) continue;
      for (std::size_t v = 1; v < kFeats[f].values.size(); ++v) {
        if (!kFeats[f].values[v].empty() && kFeats[f].values[v] == value) {
          packed |= static_cast<std::uint64_t>(v) << kShift[f];
        }
      }
    }
  }
  return packed;
}

std::string_view FeatValueOf(std::uint64_t feats, Feat feat) {
  const int f = static_cast<int>(feat);
  const std::uint64_t v = (feats >> kShift[f]) & ((1u << kFeats[f].bits) - 1);
  return v < kFeats[f].values.size() ? kFeats[f].values[v] : std::string_view();
}

std::string_view FeatValueOf(std::uint64_t feats, std::string_view feature) {
  for (int f = 0; f < static_cast<int>(Feat::kCount); ++f) {
    if (kFeats[f].name == feature) return FeatValueOf(feats, static_cast<Feat>(f));
  }
  return {};
}

std::string FormatFeatsString(std::uint64_t feats) {
  std::string out;
  for (int f = 0; f < static_cast<int>(Feat::kCount); ++f) {
    const std::string_view value = FeatValueOf(feats, static_cast<Feat>(f));
    if (value.empty()) continue;
    if (!out.empty()) out += '|';
    out.append(kFeats[f].name).append("=").append(value);
  }
  return out.empty() ? "_" : out;
}

}  // namespace crosscheck::text

namespace crosscheck {

std::string_view UposName(std::uint8_t upos) { return text::UposNameOf(upos); }
std::string_view XposName(std::uint8_t xpos) { return text::XposNameOf(xpos); }
std::string_view DeprelName(std::uint8_t deprel) { return text::DeprelNameOf(deprel); }
std::uint8_t UposId(std::string_view name) { return text::UposIdOf(name); }
std::uint8_t XposId(std::string_view name) { return text::XposIdOf(name); }
std::uint8_t DeprelId(std::string_view name) { return text::DeprelIdOf(name); }
std::string FormatFeats(std::uint64_t feats) { return text::FormatFeatsString(feats); }
std::string_view FeatValue(std::uint64_t feats, std::string_view feature) {
  return text::FeatValueOf(feats, feature);
}

}  // namespace crosscheck
