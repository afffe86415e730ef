#include "ingest/html/page_meta_authors.h"

#include <algorithm>

#include "ingest/cleaner_lines.h"
#include "ingest/html/date_parse.h"

namespace crosscheck {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  auto junk = [](char c) {
    return IsSpace(c) || c == ',' || c == ';' || c == ':' || c == '-' || c == '|' || c == '.' ||
           c == '/' || c == '*';
  };
  while (!s.empty() && junk(s.front())) s.remove_prefix(1);
  while (!s.empty() && junk(s.back()) && s.back() != '.') s.remove_suffix(1);
  // A trailing '.' stays only after an initial ("Ana B.").
  while (s.size() >= 2 && s.back() == '.' && !(s[s.size() - 2] >= 'A' && s[s.size() - 2] <= 'Z'))
    s.remove_suffix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  // No-break spaces.
  while (s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
  while (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
  return s;
}

std::string Lower(std::string_view s) { return AsciiLower(s); }

constexpr std::string_view kPrefixes[] = {
    "written by:", "posted by:", "reported by:",  "words by:",    "story by:", "text by:",
    "written by ", "posted by ", "published by ", "reported by ", "words by ", "story by ",
    "text by ",    "by: ",       "by ",           "von ",         "par ",      "por ",
    "door ",       "di ",        "af ",           "autor: ",      "autor ",    "autorin: ",
    "author: ",    "authors: ",  "auteur : ",     "auteur: ",     "text: ",    "texto: ",
    "escrito por "};

constexpr std::string_view kPlaceholders[] = {
    "admin",     "administrator", "staff",     "editor",    "editors", "editorial", "team",
    "redaktion", "redacción",     "rédaction", "redazione", "guest",   "anonymous", "unknown",
    "author",    "webmaster",     "newsroom",  "desk",      "user",    "support",   "by"};

constexpr std::string_view kSeparators[] = {",",    ";",   " & ", " and ", " und ",
                                            " et ", " y ", " e ", " en ",  " og "};

bool IsCredential(std::string_view piece) {
  std::string l = Lower(piece);
  l.erase(std::remove(l.begin(), l.end(), '.'), l.end());
  static constexpr std::string_view kCredentials[] = {
      "phd", "md", "rd", "ms",  "mph", "mba",  "jr",  "sr",  "dr",  "rn",  "cpa", "esq", "ii",
      "iii", "ma", "ba", "bsc", "msc", "lcsw", "cfp", "cfa", "rdn", "ldn", "np",  "do"};
  for (std::string_view c : kCredentials) {
    if (l == c) return true;
  }
  if (l.rfind("e-ryt", 0) == 0) return true;
  // Upper-case letters only, short: "FAND", "CSCS".
  bool upper_only = piece.size() <= 6 && !piece.empty();
  for (char c : piece) {
    if (!(c >= 'A' && c <= 'Z') && c != '.' && c != '-') upper_only = false;
  }
  return upper_only;
}

bool LooksLikeName(std::string_view s, std::string_view outlet) {
  if (s.size() < 2 || s.size() > 60) return false;
  if (s.find('@') != std::string_view::npos || s.find("http") != std::string_view::npos ||
      s.find("www.") != std::string_view::npos || s.find('/') != std::string_view::npos) {
    return false;
  }
  bool capital = false;
  int words = 1;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') return false;
    if (c == ' ') ++words;
    if ((c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0xC3) capital = true;
    if (c == '|' || c == '{' || c == '}' || c == '<' || c == '>' || c == '=' || c == '#') {
      return false;
    }
  }
  if (!capital || words > 6) return false;
  const std::string l = Lower(s);
  for (std::string_view p : kPlaceholders) {
    if (l == p) return false;
  }
  if (!outlet.empty() && l == Lower(outlet)) return false;
  if (IsCredential(s)) return false;
  return true;
}

// Cuts `s` at the first separator that ends a byline.
std::string_view CutByline(std::string_view s) {
  std::size_t cut = s.size();
  const std::string lower = Lower(s);
  for (std::string_view stop :
       {"\n", "|", "\xE2\x80\xA2", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", "(", "\xC2\xB7",
        " on ", " am ", " le ", " el ", " il ", " updated", " published", " posted", " last "}) {
    std::size_t at = lower.find(stop);
    if (at != std::string::npos && at > 0) cut = std::min(cut, at);
  }
  std::vector<FoundDate> dates = FindDates(s.substr(0, cut), DateOptions{}, 1);
  if (!dates.empty() && dates[0].start > 0) cut = std::min(cut, dates[0].start);
  return s.substr(0, cut);
}

// "Brian Truitt USA TODAY" -> "Brian Truitt": trailing upper-case words (an
// outlet or desk name) after a capitalised name are dropped.
std::string_view DropTrailingCaps(std::string_view s) {
  for (;;) {
    std::size_t space = s.rfind(' ');
    if (space == std::string_view::npos) return s;
    std::string_view last = s.substr(space + 1);
    bool caps = last.size() >= 2;
    for (char c : last) {
      if (!(c >= 'A' && c <= 'Z')) caps = false;
    }
    // Keep the name itself: at least two words must remain.
    if (!caps || s.substr(0, space).find(' ') == std::string_view::npos) return s;
    s = Trim(s.substr(0, space));
  }
}

}  // namespace

std::string CollapseWhiteSpace(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool space = IsSpace(s[i]);
    if (s.compare(i, 2, "\xC2\xA0") == 0) {
      space = true;
      ++i;
    }
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(s[i]);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> NormalizeAuthor(std::string_view raw, std::string_view outlet) {
  std::string text = CollapseWhiteSpace(raw);
  // Entities left as text ("Webmaster&nbsp;"): dropped.
  for (std::size_t at; (at = text.find("&nbsp")) != std::string::npos;) {
    const std::size_t length = text.compare(at, 6, "&nbsp;") == 0 ? 6 : 5;
    text = text.substr(0, at) + ' ' + text.substr(at + length);
  }
  std::string_view s = Trim(text);
  for (bool again = true; again;) {
    again = false;
    const std::string lower = Lower(s.substr(0, 16));
    for (std::string_view prefix : kPrefixes) {
      if (lower.rfind(prefix, 0) == 0) {
        s = Trim(s.substr(prefix.size()));
        again = true;
        break;
      }
    }
  }
  s = CutByline(s);
  std::vector<std::string> out;
  std::size_t start = 0;
  const std::string lower = Lower(s);
  for (std::size_t i = 0; i <= s.size(); ++i) {
    std::size_t sep_len = 0;
    if (i == s.size()) {
      sep_len = 1;
    } else {
      for (std::string_view sep : kSeparators) {
        if (lower.compare(i, sep.size(), sep) == 0) {
          sep_len = sep.size();
          break;
        }
      }
    }
    if (sep_len == 0) continue;
    std::string_view piece = Trim(s.substr(start, i - start));
    piece = DropTrailingCaps(piece);
    if (LooksLikeName(piece, outlet)) out.emplace_back(piece);
    start = i + sep_len;
    i = start - 1;
  }
  return out;
}

std::vector<std::string> NormalizeAuthors(const std::vector<std::string>& raw,
                                          std::string_view outlet) {
  std::vector<std::string> out, keys;
  for (const std::string& value : raw) {
    for (std::string& name : NormalizeAuthor(value, outlet)) {
      std::string key = Lower(name);
      key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
      keys.push_back(key);
      out.push_back(std::move(name));
    }
  }
  return out;
}

std::vector<std::string> AuthorsFromBylinePhrase(std::string_view text, std::string_view outlet) {
  const std::string lower = Lower(text);
  for (std::string_view marker : {"by ", "von ", "par ", "por ", "door ", "di "}) {
    std::size_t at = 0;
    while ((at = lower.find(marker, at)) != std::string::npos) {
      // The marker must start the text or follow a space / punctuation.
      if (at == 0 || lower[at - 1] == ' ' || lower[at - 1] == '\n' || lower[at - 1] == '|') {
        std::string_view rest = text.substr(at + marker.size());
        // A name follows: a capital letter.
        std::size_t k = 0;
        while (k < rest.size() && rest[k] == ' ') ++k;
        if (k < rest.size() &&
            ((rest[k] >= 'A' && rest[k] <= 'Z') || static_cast<unsigned char>(rest[k]) >= 0xC3)) {
          std::vector<std::string> names = NormalizeAuthor(rest.substr(0, 160), outlet);
          if (!names.empty()) return names;
        }
      }
      at += marker.size();
    }
  }
  return {};
}

}  // namespace crosscheck
