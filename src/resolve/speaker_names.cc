#include "resolve/speaker_names.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "crosscheck/text.h"

namespace crosscheck {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsCapitalised(std::string_view s) {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC3;  // Latin-1 capitals and beyond start at 0xC3
}

bool IsNonPersonWord(std::string_view lower) {
  static const auto* words = new std::unordered_set<std::string_view>{
      "union",          "party",       "league",        "council",    "ministry",   "assembly",
      "barrier",        "hall",        "church",        "service",    "authority",  "agency",
      "contractors",    "street",      "lane",          "row",        "docks",      "university",
      "storm",          "press",       "news",          "post",       "city",       "department",
      "committee",      "house",       "senate",        "congress",   "court",      "office",
      "company",        "inc",         "corp",          "group",      "bank",       "school",
      "college",        "hospital",    "river",         "road",       "avenue",     "square",
      "park",           "bridge",      "county",        "state",      "states",     "republic",
      "kingdom",        "airport",     "station",       "times",      "journal",    "herald",
      "tribune",        "daily",       "sports",        "fire",       "rescue",     "water",
      "infrastructure", "national",    "international", "federal",    "democratic", "republican",
      "democrats",      "republicans", "campaign",      "foundation", "institute",  "center",
      "centre",         "association", "commission",    "board",      "police",     "army",
      "navy",           "white",       "american",      "america",    "estuary",    "progress",
      "marine",         "technical",   "day",           "monday",     "tuesday",    "wednesday",
      "thursday",       "friday",      "saturday",      "sunday",     "radio",      "tv",
      "television",     "agency",      "broadcaster",   "network",    "channel",    "magazine",
      "newspaper",      "wire",        "online",        "media",      "january",    "february",
      "march",          "april",       "may",           "june",       "july",       "august",
      "september",      "october",     "november",      "december",   "north",      "south",
      "east",           "west",
  };
  return words->contains(lower);
}

}  // namespace

bool IsTitleWord(std::string_view lower) {
  static const auto* words = new std::unordered_set<std::string_view>{
      "mr",        "ms",        "mrs",          "dr",          "mr.",       "ms.",
      "mrs.",      "dr.",       "minister",     "mayor",       "deputy",    "chief",
      "officer",   "president", "senator",      "sen.",        "rep.",      "gov.",
      "governor",  "secretary", "professor",    "prof.",       "judge",     "general",
      "gen.",      "leader",    "spokesperson", "spokeswoman", "spokesman", "councillor",
      "councilor", "chairman",  "chairwoman",   "chair",       "director",  "speaker",
      "candidate", "nominee",   "sir",          "lady",        "lord",      "king",
      "queen",     "prince",    "pope",         "rev.",        "father",    "commissioner",
      "inspector", "captain",   "sergeant",     "detective",   "coach",     "ceo",
  };
  return words->contains(lower);
}

PersonIndex FindPersonNames(const Document& d) {
  PersonIndex index;
  const std::uint8_t propn = UposId("PROPN"), nnp = XposId("NNP");
  std::unordered_map<std::string, std::uint32_t> by_key;
  for (const Sentence& s : d.sentences) {
    const std::uint32_t end = s.first_token + s.token_count;
    std::uint32_t k = s.first_token;
    while (k < end) {
      auto is_name_word = [&](std::uint32_t t) {
        const Token& tok = d.tokens[t];
        const std::string_view w = tok.span.Of(d.text);
        return tok.kind == TokenKind::kWord && (tok.upos == propn || tok.xpos == nnp) &&
               IsCapitalised(w) && !IsTitleWord(Lower(w));
      };
      if (!is_name_word(k)) {
        ++k;
        continue;
      }
      std::uint32_t e = k;
      while (e < end && is_name_word(e)) ++e;
      bool bad = false;
      for (std::uint32_t t = k; t < e; ++t) {
        if (IsNonPersonWord(Lower(d.tokens[t].span.Of(d.text)))) bad = true;
      }
      // Titles before the run.
      std::vector<std::string> roles;
      std::uint32_t b = k;
      while (b > s.first_token) {
        const std::string w = Lower(d.tokens[b - 1].span.Of(d.text));
        if (!IsTitleWord(w) && !(IsCapitalised(d.tokens[b - 1].span.Of(d.text)) &&
                                 b - 1 > s.first_token && roles.size() < 4 && !roles.empty())) {
          break;
        }
        roles.push_back(w);
        --b;
      }
      const bool titled = !roles.empty();
      if (!bad && (e - k >= 2 || titled) && e - k <= 4) {
        // An appositive: ", spokesperson for the union," / ", chief executive of".
        if (e + 1 < end && d.tokens[e].span.Of(d.text) == ",") {
          for (std::uint32_t t = e + 1; t < end && t < e + 6; ++t) {
            const std::string w = Lower(d.tokens[t].span.Of(d.text));
            if (w == "," || w == "." || w == "who" || w == "which") break;
            roles.push_back(w);
          }
        }
        const std::string key(d.tokens[e - 1].span.Of(d.text));
        auto [it, inserted] = by_key.emplace(key, static_cast<std::uint32_t>(index.best.size()));
        const Span name{d.tokens[k].span.start, d.tokens[e - 1].span.end};
        if (inserted) {
          index.best.emplace_back(name.Of(d.text));
          index.roles.emplace_back();
        } else if (name.size() > index.best[it->second].size()) {
          index.best[it->second] = std::string(name.Of(d.text));
        }
        auto& r = index.roles[it->second];
        r.insert(r.end(), roles.begin(), roles.end());
        index.names.push_back({name, it->second});
      }
      k = e;
    }
  }
  // Second pass: a lone last name of a person found above ("Quintel said").
  const std::size_t found = index.names.size();
  for (const Sentence& s : d.sentences) {
    const std::uint32_t end = s.first_token + s.token_count;
    for (std::uint32_t k = s.first_token; k < end; ++k) {
      const Token& tok = d.tokens[k];
      if (tok.kind != TokenKind::kWord || !IsCapitalised(tok.span.Of(d.text))) continue;
      auto it = by_key.find(std::string(tok.span.Of(d.text)));
      if (it == by_key.end()) continue;
      bool known = false;
      for (std::size_t n = 0; n < found && !known; ++n) {
        known =
            index.names[n].span.start <= tok.span.start && tok.span.end <= index.names[n].span.end;
      }
      if (!known) index.names.push_back({tok.span, it->second});
    }
  }
  std::sort(index.names.begin(), index.names.end(),
            [](const PersonName& a, const PersonName& b) { return a.span.start < b.span.start; });
  return index;
}

}  // namespace crosscheck
