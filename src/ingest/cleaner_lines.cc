#include "ingest/cleaner_lines.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "common/hash.h"

namespace crosscheck {

namespace {

// Generic web-page furniture words. Not any site's phrases: the labels of
// buttons, boxes and links found on news pages everywhere. One signal among
// several; never enough on its own to drop a sentence.
constexpr std::string_view kUiWords[] = {
    // sorted
    "accessibility", "ad",        "ads",       "advertise",    "advertisement", "advertising",
    "breaking",      "caption",   "click",     "comment",      "comments",      "conditions",
    "contact",       "continue",  "cookie",    "cookies",      "copy",          "email",
    "facebook",      "follow",    "gallery",   "gift",         "home",          "image",
    "imprint",       "link",      "links",     "listen",       "live",          "log",
    "login",         "menu",      "min",       "more",         "newsletter",    "newsletters",
    "next",          "photo",     "photos",    "previous",     "print",         "privacy",
    "read",          "related",   "save",      "search",       "share",         "sign",
    "skip",          "sponsored", "subscribe", "subscription", "tags",          "terms",
    "topics",        "trending",  "tweet",     "watch",        "whatsapp",      "x",
};

bool IsSeparatorToken(std::string_view t) {
  static constexpr std::array<std::string_view, 9> kSeps = {"|", "·", "•", "›", "»",
                                                            ">", "→", "/", "‹"};
  return std::find(kSeps.begin(), kSeps.end(), t) != kSeps.end();
}

bool IsClosingChar(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0xBB ||
         c == 0x203A || c == '*';
}

bool IsQuoteChar(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 ||
         c == 0xAB || c == 0xBB || c == 0x201E;
}

// The last code point of s and its start.
char32_t LastCodePoint(std::string_view s, std::size_t* start) {
  std::size_t i = s.size();
  while (i > 0) {
    --i;
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) break;
  }
  *start = i;
  std::size_t j = i;
  return NextCodePoint(s, &j);
}

bool LooksLikeUrl(std::string_view token) {
  if (token.find("://") != std::string_view::npos) return true;
  if (token.starts_with("www.")) return true;
  const std::size_t at = token.find('@');
  if (at != std::string_view::npos && at > 0 && token.find('.', at) != std::string_view::npos) {
    return true;
  }
  // host.tld/path
  const std::size_t slash = token.find('/');
  const std::size_t dot = token.find('.');
  return dot != std::string_view::npos && slash != std::string_view::npos && dot < slash &&
         dot > 0 && slash > dot + 1;
}

void ComputeFeatures(std::string_view s, Line* line) {
  line->blank = s.empty();
  if (line->blank) {
    line->cls = LineClass::kBlank;
    return;
  }
  line->cls = LineClass::kBody;
  // Code points and case-folded key.
  std::string folded(s);  // ASCII letters lower-cased in place below
  std::size_t i = 0;
  bool first_letter_seen = false;
  while (i < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z') folded[i] = static_cast<char>(b | 0x20);
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ++line->letters;
      if (!first_letter_seen && ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) {
        first_letter_seen = true;
        line->starts_lower = b >= 'a';
      }
      ++i;
      ++line->chars;
      continue;
    }
    const char32_t c = NextCodePoint(s, &i);
    ++line->chars;
    if (u_isalpha(static_cast<UChar32>(c))) ++line->letters;
    if (!first_letter_seen && u_isalpha(static_cast<UChar32>(c))) {
      first_letter_seen = true;
      line->starts_lower = u_islower(static_cast<UChar32>(c));
    }
    if (c == 0xA9) line->copyright = true;
  }
  line->key = Hash64(folded);
  const auto has = [&folded](std::string_view needle) {
    return folded.find(needle) != std::string::npos;
  };
  if (has("copyright") || has("all rights reserved") || has("(c) 20") || has("(c) 19")) {
    line->copyright = true;
  }

  // Tokens.
  const std::vector<std::string_view> tokens = SplitWords(s);
  std::size_t token_index = 0;
  bool second_word_label = false;  // "See more:" (resolved once the end is known)
  const bool short_line = tokens.size() <= 16;
  for (std::string_view t : tokens) {
    if (IsSeparatorToken(t)) {
      ++line->separators;
      ++token_index;
      continue;
    }
    if (LooksLikeUrl(t)) line->has_url = true;
    std::string_view w = StripPunct(t);
    // StripPunct leaves a token that starts with a word character, or nothing.
    const unsigned char w0 = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
    const bool has_alnum =
        !w.empty() && (w0 >= 0x80 || (w0 >= '0' && w0 <= '9') ||
                       ((w0 | 0x20) >= 'a' && (w0 | 0x20) <= 'z') || w.size() > 1);
    if (!has_alnum) {
      ++token_index;
      continue;
    }
    ++line->words;
    if (token_index == 0 && w.front() >= '0' && w.front() <= '9') line->starts_number = true;
    std::size_t k = 0;
    const char32_t c0 = NextCodePoint(w, &k);
    if (u_isupper(static_cast<UChar32>(c0)) || u_istitle(static_cast<UChar32>(c0))) {
      ++line->capitalised;
    } else if (u_islower(static_cast<UChar32>(c0))) {
      ++line->lower;
    }
    // UI words matter in short lines and in a line's first words only.
    const bool ui_word = (short_line || token_index < 3) && IsUiWord(w);
    if (ui_word) {
      if (line->words == 1) line->ui_first = true;
      ++line->ui_words;
    }
    // A label is a UI word first, then a colon in the first tokens: "Tags:",
    // "Read more:", "PHOTOS: ..."; or a second word that is one and takes the
    // colon before a headline (no sentence): "See more: <headline>"; or UI
    // words only before a comma: "Image caption, ...". An adverbial opener is
    // no label: "At home, ...", "More importantly, ...", "What's next: <sentence>".
    if (token_index < 3 && !line->ui_label) {
      if ((t.ends_with(":") && line->ui_first) ||
          (t.ends_with(",") && line->ui_first && line->words >= 2 &&
           line->ui_words == line->words)) {
        line->ui_label = true;
      } else if (t.ends_with(":") && ui_word && line->words == 2) {
        line->ui_label = second_word_label = true;
      }
    }
    // A clock time "10:45" (time stamps: "Updated at 10:45 a.m.").
    if (!line->has_clock && w0 >= '0' && w0 <= '9') {
      const std::size_t colon = w.find(':');
      line->has_clock = colon != std::string_view::npos && colon + 1 < w.size() &&
                        w[colon + 1] >= '0' && w[colon + 1] <= '9';
    }
    ++token_index;
  }

  // Start and end shapes.
  std::size_t k = 0;
  const char32_t first = NextCodePoint(s, &k);
  line->quote_open = IsQuoteChar(first);
  line->attribution = first == 0x2014 || first == 0x2015;
  if (!tokens.empty()) {
    const std::string_view t0 = tokens[0];
    if (t0 == "•" || t0 == "-" || t0 == "–" || t0 == "*" || t0 == "▪" || t0 == "◦") {
      line->bullet = true;
    } else if (t0.size() >= 2 && t0.size() <= 3 && (t0.back() == '.' || t0.back() == ')') &&
               std::all_of(t0.begin(), t0.end() - 1, [](char c) { return c >= '0' && c <= '9'; }) &&
               tokens.size() > 1) {
      line->bullet = true;
    }
  }
  std::string_view rest = s;
  while (!rest.empty()) {
    std::size_t start;
    const char32_t c = LastCodePoint(rest, &start);
    if (IsClosingChar(c)) {
      if (IsQuoteChar(c)) line->quote_close = true;
      rest = rest.substr(0, start);
      continue;
    }
    line->ends_sentence = c == '.' || c == '!' || c == '?' || c == 0x2026;
    break;
  }
  if (second_word_label && line->ends_sentence) line->ui_label = false;
  // Photo credits: "(Photo: ...)", "(Image by ...)", "Photograph: ...", "Credit: ...",
  // or a closing parenthesis naming "Photographer/Agency". A marker counts
  // where credits stand: in the first three tokens or before the last few
  // words of the line; mid-sentence it is prose ("that credit: ...", "the
  // photo: ...", "(pictured above)").
  if (folded.find('(') != std::string::npos || folded.find(':') != std::string::npos) {
    const auto spaces = [&folded](std::size_t from, std::size_t to) {
      return std::count(folded.begin() + static_cast<std::ptrdiff_t>(from),
                        folded.begin() + static_cast<std::ptrdiff_t>(to), ' ');
    };
    for (std::string_view marker :
         {"(photo", "(image", "(picture", "(credit", "photograph:", "photo:", "credit:", "(foto"}) {
      for (std::size_t at = folded.find(marker); at != std::string::npos && !line->photo_credit;
           at = folded.find(marker, at + 1)) {
        line->photo_credit = spaces(0, at) <= 2 || spaces(at, folded.size()) <= 8;
      }
      if (line->photo_credit) break;
    }
  }
  if (!line->photo_credit && s.back() == ')') {
    const std::size_t open = s.rfind('(');
    if (open != std::string_view::npos) {
      const std::string_view group = s.substr(open, s.size() - open);
      const std::size_t slash = group.find('/');
      if (slash != std::string_view::npos && slash + 1 < group.size() && group[slash - 1] != ' ' &&
          group[slash + 1] >= 'A' && group[slash + 1] <= 'Z' && SplitWords(group).size() <= 8 &&
          group.find("://") == std::string_view::npos) {
        line->photo_credit = true;
      }
    }
  }
}

}  // namespace

bool LooksLikeFurniture(const Line& l) {
  if (l.blank) return false;
  if (l.copyright || l.photo_credit) return true;
  // A label opening a paragraph-length sentence ("Read: <headline> <prose>")
  // does not make the prose furniture.
  if (l.ui_label && (l.words < 25 || !l.ends_sentence)) return true;
  if (l.letters == 0) return true;
  // Separators make menus and breadcrumbs; a long sentence with a few inline
  // "|" (link text pasted into a paragraph) is still a sentence.
  if (l.separators >= 2 && (l.words <= 25 || !l.ends_sentence)) return true;
  if (l.separators >= 1 && l.words <= 12 && !l.ends_sentence) return true;
  if (l.wide_gaps >= 1 && l.words <= 12 && !l.ends_sentence) return true;
  if (l.has_url && l.words <= 20) return true;
  if (l.ui_words >= 1 && l.words <= 4 && !l.ends_sentence &&
      (l.ui_first || l.ui_words * 2 >= l.words)) {
    return true;
  }
  if (l.ui_words * 2 >= l.words && l.words <= 8) return true;
  // A button or teaser: UI word first and another one, no sentence ("Sign up
  // for daily newsletters", "Advertisement Continue reading the main story").
  if (l.ui_first && l.ui_words >= 2 && l.words <= 8 && !l.ends_sentence) return true;
  if (l.starts_number && l.words <= 3 && !l.ends_sentence) return true;
  return false;
}

bool IsMetadata(LineClass c) {
  return c == LineClass::kTitle || c == LineClass::kByline || c == LineClass::kDate ||
         c == LineClass::kOutlet;
}

char32_t NextCodePoint(std::string_view s, std::size_t* i) {
  const unsigned char c = static_cast<unsigned char>(s[*i]);
  if (c < 0x80) {
    ++*i;
    return c;
  }
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (*i + static_cast<std::size_t>(len) > s.size()) len = 1;
  char32_t cp = len == 4 ? (c & 0x07u) : len == 3 ? (c & 0x0Fu) : len == 2 ? (c & 0x1Fu) : c;
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3Fu);
  *i += static_cast<std::size_t>(len);
  return cp;
}

std::vector<std::string_view> SplitWords(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

std::string_view StripPunct(std::string_view w) {
  // Fast path: an ASCII word with an alphanumeric first and last byte.
  if (!w.empty()) {
    const auto alnum = [](char c) {
      return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    };
    if (alnum(w.front()) && alnum(w.back())) return w;
  }
  const auto is_word_char = [](char32_t c) {
    return u_isalnum(static_cast<UChar32>(c)) || c == '@' || c == '#' || c == '$' || c == 0x20AC ||
           c == 0xA3 || c == '%';
  };
  std::size_t lo = 0;
  while (lo < w.size()) {
    std::size_t k = lo;
    if (is_word_char(NextCodePoint(w, &k))) break;
    lo = k;
  }
  std::size_t hi = w.size();
  while (hi > lo) {
    std::size_t start;
    const char32_t c = LastCodePoint(w.substr(0, hi), &start);
    if (is_word_char(c)) break;
    hi = start;
  }
  return w.substr(lo, hi - lo);
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  }
  return out;
}

bool IsUiWord(std::string_view word) {
  word = StripPunct(word);
  if (word.empty() || word.size() > 13) return false;
  char buf[16];
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (static_cast<unsigned char>(c) >= 0x80) return false;  // the vocabulary is ASCII
    buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
  }
  return std::binary_search(std::begin(kUiWords), std::end(kUiWords),
                            std::string_view(buf, word.size()));
}

std::vector<Line> BuildLines(std::string_view text, const std::vector<std::uint16_t>& wide_gaps) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    Line line;
    line.start = static_cast<std::uint32_t>(start);
    line.end = static_cast<std::uint32_t>(end);
    if (lines.size() < wide_gaps.size()) line.wide_gaps = wide_gaps[lines.size()];
    ComputeFeatures(text.substr(start, end - start), &line);
    lines.push_back(line);
    if (end == text.size()) break;
    start = end + 1;
  }
  if (!lines.empty() && lines.back().blank && lines.size() == 1) lines.clear();
  return lines;
}

}  // namespace crosscheck
