// The reporting-verb lexicon. Lemmas are listed by strength; forms are made by
// English regular inflection (with e-drop, y -> ie, and the doubling of a
// final consonant for the few lemmas marked with '+'), then the irregular
// table overrides.
#include "extract/quote_cues.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace crosscheck {
namespace {

// '+' after a lemma: double the final consonant before -ed/-ing (admit -> admitted).
constexpr const char* kSpeechLemmas[] = {
    "say",      "tell",      "add",         "stress",    "note",        "insist",    "warn",
    "argue",    "claim",     "explain",     "write",     "ask",         "reply",     "declare",
    "announce", "state",     "acknowledge", "admit+",    "suggest",     "tweet",     "describe",
    "recall",   "conclude",  "concede",     "confirm",   "deny",        "emphasize", "emphasise",
    "promise",  "pledge",    "vow",         "assert",    "contend",     "maintain",  "observe",
    "testify",  "shout",     "respond",     "counter",   "complain",    "boast",     "joke",
    "urge",     "disclose",  "reveal",      "allege",    "charge",      "remark",    "mention",
    "comment",  "quip+",     "recount",     "repeat",    "reiterate",   "lament",    "caution",
    "speak",    "continue",  "post",        "predict",   "proclaim",    "scream",    "yell",
    "whisper",  "answer",    "inform",      "agree",     "acknowledge", "announce",  "brag",
    "add",      "assure",    "blast",       "criticize", "criticise",   "declare",   "demand",
    "exclaim",  "interject", "muse",        "mutter",    "object",      "plead",     "point",
    "protest",  "question",  "remind",      "retort",    "sigh",        "snap+",     "write",
    "insist",   "announce",  "recommend",   "concur+",   "elaborate",   "clarify",
};
constexpr const char* kClausalLemmas[] = {
    "believe",    "think",       "find",     "show",    "report",      "feel",      "know",
    "learn",      "hear",        "fear",     "hope",    "expect",      "estimate",  "indicate",
    "forecast",   "speculate",   "worry",    "predict", "imply",       "contend",   "guess",
    "suspect",    "doubt",       "reckon",   "assume",  "figure",      "recognize", "recognise",
    "understand", "realize",     "realise",  "signal",  "suggest",     "project",   "calculate",
    "conclude",   "determine",   "discover", "insist",  "acknowledge", "believe",   "notice",
    "point",      "demonstrate", "confirm",  "hint",    "prove",       "reveal",
};

constexpr const char* kStanceLemmas[] = {
    "call",      "criticize", "criticise", "support", "want",     "praise",    "defend",
    "endorse",   "back",      "accuse",    "attack",  "mock",     "dismiss",   "cite",
    "propose",   "thank",     "blame",     "condemn", "welcome",  "reject",    "oppose",
    "slam",      "applaud",   "refuse",    "prefer",  "discuss",  "highlight", "decry",
    "denounce",  "question",  "challenge", "favor",   "favour",   "lambast",   "hail",
    "celebrate", "tout",      "champion",  "dispute", "describe", "label",     "brand",
    "rule",      "vow",       "plan",      "pledge",  "promise",  "threaten",  "seek",
};

const std::unordered_map<std::string, std::string>& Irregular() {
  // form -> lemma
  static const auto* table = new std::unordered_map<std::string, std::string>{
      {"said", "say"},      {"says", "say"},      {"told", "tell"},    {"wrote", "write"},
      {"written", "write"}, {"thought", "think"}, {"found", "find"},   {"shown", "show"},
      {"knew", "know"},     {"known", "know"},    {"heard", "hear"},   {"felt", "feel"},
      {"spoke", "speak"},   {"spoken", "speak"},  {"learnt", "learn"}, {"understood", "understand"},
      {"proven", "prove"},
  };
  return *table;
}

void AddForms(std::string lemma, CueStrength strength,
              std::unordered_map<std::string, CueStrength>& forms) {
  bool double_final = false;
  if (!lemma.empty() && lemma.back() == '+') {
    double_final = true;
    lemma.pop_back();
  }
  auto put = [&](const std::string& form) {
    auto [it, inserted] = forms.emplace(form, strength);
    if (!inserted && strength == CueStrength::kSpeech) it->second = strength;
  };
  put(lemma);
  const char last = lemma.back();
  const bool ends_e = last == 'e';
  const bool consonant_y = last == 'y' && lemma.size() > 1 &&
                           std::string("aeiou").find(lemma[lemma.size() - 2]) == std::string::npos;
  const std::string stem_ed = consonant_y ? lemma.substr(0, lemma.size() - 1) + "i" : lemma;
  // third person
  if (last == 's' || last == 'x' || last == 'z' || lemma.ends_with("sh") || lemma.ends_with("ch")) {
    put(lemma + "es");
  } else if (consonant_y) {
    put(stem_ed + "es");
  } else {
    put(lemma + "s");
  }
  // past
  if (double_final) {
    put(lemma + lemma.back() + "ed");
    put(lemma + lemma.back() + "ing");
  } else {
    put(ends_e ? lemma + "d" : stem_ed + "ed");
    put(ends_e && lemma != "see" ? lemma.substr(0, lemma.size() - 1) + "ing" : lemma + "ing");
  }
}

const std::unordered_map<std::string, CueStrength>& Lexicon() {
  static const auto* forms = [] {
    auto* f = new std::unordered_map<std::string, CueStrength>;
    for (const char* lemma : kStanceLemmas) AddForms(lemma, CueStrength::kStance, *f);
    for (const char* lemma : kClausalLemmas) AddForms(lemma, CueStrength::kClausal, *f);
    for (const char* lemma : kSpeechLemmas) AddForms(lemma, CueStrength::kSpeech, *f);
    for (const auto& [form, lemma] : Irregular()) {
      auto it = f->find(lemma);
      if (it != f->end()) (*f)[form] = it->second;
    }
    f->erase("point");  // the bare noun-like form; "pointed" and "points" stay
    return f;
  }();
  return *forms;
}

}  // namespace

CueStrength ReportingVerbStrength(std::string_view lower_form) {
  const auto& lexicon = Lexicon();
  auto it = lexicon.find(std::string(lower_form));
  return it == lexicon.end() ? CueStrength::kNone : it->second;
}

bool IsOutletNoun(std::string_view lower_form) {
  static const auto* nouns = new std::unordered_set<std::string_view>{
      "agency", "broadcaster", "newspaper",  "paper",   "radio",     "television", "tv",
      "outlet", "magazine",    "network",    "channel", "website",   "wire",       "station",
      "daily",  "tabloid",     "broadsheet", "podcast", "programme", "program",    "newsletter",
  };
  return nouns->contains(lower_form);
}

}  // namespace crosscheck
