#include "ingest/metadata_lines.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>

namespace crosscheck {

namespace {
std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '.')) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

// Splits at ',', ';', " and ", " & ".
std::vector<std::string> SplitNames(std::string_view s) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    std::size_t skip = 0;
    if (i == s.size()) {
      skip = 1;
    } else if (s[i] == ',' || s[i] == ';') {
      skip = 1;
    } else if (s.substr(i).starts_with(" and ")) {
      skip = 5;
    } else if (s.substr(i).starts_with(" & ")) {
      skip = 3;
    }
    if (skip == 0) continue;
    const std::string part = Trim(s.substr(start, i - start));
    if (!part.empty()) parts.push_back(part);
    start = i + skip;
    i = start - 1;
  }
  return parts;
}

bool StartsWithCaseless(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && AsciiLower(s.substr(0, prefix.size())) == prefix;
}

// Authors from "By A, B and C[, job title]" (the text after "By ").
std::vector<std::string> NamesUntilNonName(std::string_view s) {
  std::vector<std::string> authors;
  for (const std::string& part : SplitNames(s)) {
    if (!IsPersonName(part)) break;
    authors.push_back(part);
  }
  return authors;
}

// Generic words of organisation names: a name holding one is not a person's.
bool IsOrganisationWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "agency",   "association", "bureau",  "channel", "chronicle",  "club",    "college",
      "company",  "corporation", "council", "daily",   "desk",       "gazette", "group",
      "herald",   "institute",   "journal", "media",   "ministry",   "network", "news",
      "newsroom", "post",        "press",   "radio",   "review",     "service", "staff",
      "team",     "times",       "tribune", "tv",      "university", "wire"};
  const std::string lower = AsciiLower(w);
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

bool IsNameParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"al",  "bin", "da",  "de",  "del", "der",
                                                    "di",  "du",  "el",  "la",  "le",  "van",
                                                    "von", "y",   "ter", "ten", "dos", "das"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

// The words a masthead line names: the part before a dash, bar or colon.
std::vector<std::string> NameWords(std::string_view s) {
  std::vector<std::string> out;
  for (std::string_view w : SplitWords(s)) {
    if (w == "—" || w == "–" || w == "-" || w == "|" || w == "·" || w == "•") break;
    const bool stop = w.back() == ':' || w.back() == ',' || w.back() == '.';
    std::string_view core = StripPunct(w);
    if (!core.empty()) out.emplace_back(core);
    if (stop) break;
  }
  return out;
}

}  // namespace

bool IsPersonName(std::string_view name) {
  const std::vector<std::string_view> words = SplitWords(name);
  if (words.size() < 2 || words.size() > 5) return false;
  int capitalised = 0;
  for (std::string_view w : words) {
    if (IsNameParticle(w)) continue;
    if (MonthNumber(w) > 0 || IsWeekday(w) || IsUiWord(w) || IsOrganisationWord(w)) return false;
    std::size_t i = 0;
    const char32_t first = NextCodePoint(w, &i);
    if (!u_isupper(static_cast<UChar32>(first))) return false;
    bool lower = false;
    int upper_run = 0;
    while (i < w.size()) {
      const char32_t c = NextCodePoint(w, &i);
      if (u_isdigit(static_cast<UChar32>(c))) return false;
      if (u_islower(static_cast<UChar32>(c))) lower = true;
      if (u_isupper(static_cast<UChar32>(c))) ++upper_run;
      if (!u_isalpha(static_cast<UChar32>(c)) && c != '-' && c != '\'' && c != 0x2019 && c != '.') {
        return false;
      }
    }
    const bool initial = w.size() == 2 && w[1] == '.';
    if (!lower && !initial) return false;  // "VNB", "NEWS"
    if (upper_run > 2) return false;
    ++capitalised;
  }
  return capitalised >= 2;
}

std::vector<std::string> ParseByline(std::string_view line, bool allow_bare) {
  std::string_view s = line;
  if (s.size() > 200) return {};
  // "(Reporting by X; editing by Y)"
  if (s.starts_with("(") && s.ends_with(")")) s = s.substr(1, s.size() - 2);
  if (StartsWithCaseless(s, "by ")) return NamesUntilNonName(s.substr(3));
  static constexpr std::string_view kCredits[] = {
      "reporting by ", "reported by ", "writing by ", "written by ",  "additional reporting by ",
      "compiled by ",  "editing by ",  "edited by ",  "graphics by ", "photos by "};
  if (s.find(" by ") != std::string_view::npos || StartsWithCaseless(s, "reporting by")) {
    std::vector<std::string> authors;
    bool all_credits = true;
    std::size_t start = 0;
    while (start <= s.size()) {
      std::size_t end = s.find(';', start);
      if (end == std::string_view::npos) end = s.size();
      std::string_view clause = s.substr(start, end - start);
      while (clause.starts_with(" ")) clause.remove_prefix(1);
      bool matched = false;
      for (std::string_view c : kCredits) {
        if (!StartsWithCaseless(clause, c)) continue;
        matched = true;
        if (c.find("report") != std::string_view::npos ||
            c.find("writ") != std::string_view::npos) {
          for (std::string& name : NamesUntilNonName(clause.substr(c.size()))) {
            authors.push_back(std::move(name));
          }
        }
        break;
      }
      if (!matched) all_credits = false;
      if (end == s.size()) break;
      start = end + 1;
    }
    if (all_credits && !authors.empty()) return authors;
    return {};
  }
  if (!allow_bare) return {};
  if (SplitWords(s).size() > 10) return {};
  const std::size_t comma = s.find(',');
  const std::string first = Trim(s.substr(0, comma));
  if (!IsPersonName(first)) return {};
  if (comma != std::string_view::npos) {
    // "Name, Job title[, place]": the rest holds no sentence.
    const std::string_view rest = s.substr(comma + 1);
    if (rest.find('.') != std::string_view::npos || SplitWords(rest).size() > 6) return {};
  }
  return {first};
}

std::string FooterName(std::string_view line) {
  std::string_view s = line;
  std::size_t pos = s.find("©");
  std::size_t skip = 2;
  if (pos == std::string_view::npos) {
    pos = AsciiLower(s).find("copyright");
    skip = 9;
  }
  std::vector<std::string> words;
  if (pos != std::string_view::npos) {
    // "Name © 2026": the name before the mark.
    for (std::string& w : NameWords(s.substr(0, pos))) {
      if (AsciiLower(w) != "copyright") words.push_back(std::move(w));
    }
    // "© 2026 Name Ltd." / "Copyright © 2026 Name.": the name after it.
    std::string_view after = s.substr(pos + skip);
    std::string particles;
    for (std::string_view w : SplitWords(words.empty() ? after : std::string_view())) {
      if (w == "©") continue;
      std::string_view core = StripPunct(w);
      if (core.empty()) {
        if (words.empty()) continue;
        break;
      }
      if (std::all_of(core.begin(), core.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (words.empty()) continue;  // the year before the name
        break;
      }
      std::size_t i = 0;
      const char32_t c0 = NextCodePoint(core, &i);
      if (!u_isupper(static_cast<UChar32>(c0)) && !u_isdigit(static_cast<UChar32>(c0))) {
        // A short particle inside a name ("Echoes du Val") waits for a capitalised word.
        if (words.empty() || core.size() > 3 || w.back() == '.') break;
        particles += std::string(core) + " ";
        continue;
      }
      if (!particles.empty()) {
        words.back() += " " + particles.substr(0, particles.size() - 1);
        particles.clear();
      }
      const std::string lower = AsciiLower(core);
      if (lower == "ltd" || lower == "limited" || lower == "inc" || lower == "llc" ||
          lower == "plc" || lower == "gmbh" || lower == "all") {
        break;
      }
      words.emplace_back(core);
      if (w.back() == '.' || w.back() == ',') break;
    }
  } else {
    // "More from Name" / "Read more from Name".
    const std::string lower = AsciiLower(s);
    const std::size_t from = lower.find("more from ");
    if (from == std::string::npos) return "";
    words = NameWords(s.substr(from + 10));
  }
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

MetadataFields ReadMetadataLines(std::string_view text, std::vector<Line>& lines, int first_prose,
                                 int last_prose) {
  MetadataFields f;
  const int n = static_cast<int>(lines.size());
  // The top zone ends at the first long prose line: a short sentence-like line
  // ("Who pays for the barrier?") may still be a headline above the byline.
  int top_end = first_prose < 0 ? n : first_prose;
  for (int i = top_end; i < n; ++i) {
    if (lines[i].prose && (lines[i].words >= 15 || !lines[i].ends_sentence)) {
      top_end = i;
      break;
    }
  }
  const auto str = [&](int i) {
    return text.substr(lines[i].start, lines[i].end - lines[i].start);
  };
  const auto furniture = [&](const Line& l) { return LooksLikeFurniture(l) || l.bullet; };

  // Date and explicit byline lines of the top zone.
  std::string published, updated_value;
  int first_meta = -1;
  for (int i = 0; i < top_end; ++i) {
    Line& l = lines[i];
    if (l.blank || l.words > 16) continue;
    std::string iso;
    bool updated = false;
    if (ParseDateLine(str(i), &iso, &updated)) {
      l.cls = LineClass::kDate;
      if (updated) {
        if (updated_value.empty()) updated_value = iso;
      } else if (published.empty()) {
        published = iso;
      }
      if (first_meta < 0) first_meta = i;
      continue;
    }
    if (l.photo_credit || l.copyright) continue;
    std::vector<std::string> authors = ParseByline(str(i), /*allow_bare=*/false);
    if (authors.empty() && first_meta >= 0 && i <= first_meta + 2) {
      authors = ParseByline(str(i), /*allow_bare=*/true);
    }
    if (!authors.empty()) {
      l.cls = LineClass::kByline;
      if (f.authors.empty()) f.authors = std::move(authors);
      if (first_meta < 0) first_meta = i;
    }
  }
  f.published = !published.empty() ? published : updated_value;

  // Masthead: a short line above the title whose name a footer line repeats.
  std::vector<std::string> footer;
  for (int i = n - 1; i >= 0 && footer.empty(); --i) {
    if (lines[i].blank || !(lines[i].copyright || i > last_prose)) continue;
    const std::string name = FooterName(str(i));
    if (!name.empty()) {
      for (std::string_view w : SplitWords(name)) footer.emplace_back(w);
    }
  }
  const int masthead_end = first_meta >= 0 ? first_meta : top_end;
  for (int i = 0; i < masthead_end && !footer.empty(); ++i) {
    Line& l = lines[i];
    if (l.blank || l.cls != LineClass::kBody || l.words > 10) continue;
    const std::vector<std::string> words = NameWords(str(i));
    if (words.empty() || words.size() > 4) continue;
    std::size_t common = 0;
    while (common < words.size() && common < footer.size() &&
           AsciiLower(words[common]) == AsciiLower(footer[common])) {
      ++common;
    }
    if (common == 0) continue;
    l.cls = LineClass::kOutlet;
    for (std::size_t k = 0; k < common; ++k) {
      if (!f.outlet.empty()) f.outlet += ' ';
      f.outlet += footer[k];
    }
    break;
  }

  // Title: the top of the run of plain lines just above the first date/byline line.
  int title = -1;
  if (first_meta >= 0) {
    int i = first_meta - 1;
    std::vector<int> run;
    while (i >= 0 && !lines[i].blank && !furniture(lines[i]) && lines[i].cls == LineClass::kBody) {
      run.push_back(i);
      --i;
    }
    if (run.empty()) {  // nearest substantial plain line above
      for (i = first_meta - 1; i >= 0; --i) {
        if (!lines[i].blank && !furniture(lines[i]) && lines[i].cls == LineClass::kBody &&
            lines[i].words >= 3) {
          run.push_back(i);
          break;
        }
      }
    }
    if (!run.empty()) {
      title = run.back();
      for (int j : run) {
        if (j == title) continue;
        if (lines[j].key == lines[title].key) {
          lines[j].cls = LineClass::kBoilerplate;
        } else if (f.authors.empty() && lines[j].words <= 5 &&
                   !ParseByline(str(j), /*allow_bare=*/true).empty()) {
          f.authors = ParseByline(str(j), /*allow_bare=*/true);
          lines[j].cls = LineClass::kByline;
        }
      }
    }
    // A bare name right below the title or date block.
    if (f.authors.empty()) {
      for (int j = first_meta + 1; j < top_end && j <= first_meta + 2; ++j) {
        if (lines[j].blank || lines[j].cls != LineClass::kBody) continue;
        std::vector<std::string> authors = ParseByline(str(j), /*allow_bare=*/true);
        if (!authors.empty()) {
          f.authors = std::move(authors);
          lines[j].cls = LineClass::kByline;
        }
        break;
      }
    }
  } else {
    for (int i = 0; i < top_end; ++i) {
      const Line& l = lines[i];
      if (l.blank || furniture(l) || l.cls != LineClass::kBody) continue;
      if (l.words >= 3 && l.words <= 20 && !(l.ends_sentence && str(i).back() == '.')) title = i;
      break;
    }
  }
  if (title >= 0) {
    lines[title].cls = LineClass::kTitle;
    f.title = std::string(str(title));
    f.title_line = title;
    for (int j = title + 1; j < top_end; ++j) {  // repeats of the title
      if (lines[j].key == lines[title].key) lines[j].cls = LineClass::kBoilerplate;
    }
  }

  // Where the body starts: the first prose line below the metadata lines.
  int last_top_meta = -1;
  for (int i = 0; i < top_end; ++i) {
    if (IsMetadata(lines[i].cls)) last_top_meta = i;
  }
  f.body_start = first_prose;
  if (first_prose >= 0 && first_prose <= last_top_meta) {
    f.body_start = -1;
    for (int i = last_top_meta + 1; i < n; ++i) {
      if (lines[i].prose && lines[i].cls == LineClass::kBody) {
        f.body_start = i;
        break;
      }
    }
  }

  // Agency credit lines after the body.
  for (int i = std::max(last_prose + 1, 0); i < n && last_prose >= 0; ++i) {
    if (lines[i].blank || lines[i].words > 30) continue;
    std::string_view s = str(i);
    if (!(s.starts_with("(") || StartsWithCaseless(s, "reporting") ||
          StartsWithCaseless(s, "by "))) {
      continue;
    }
    std::vector<std::string> authors = ParseByline(s, /*allow_bare=*/false);
    if (authors.empty()) continue;
    lines[i].cls = LineClass::kByline;
    if (f.authors.empty()) f.authors = std::move(authors);
  }

  return f;
}

}  // namespace crosscheck
