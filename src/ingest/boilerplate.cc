#include "ingest/boilerplate.h"

#include <unordered_map>

namespace crosscheck {

namespace {

bool HeadlineLike(const Line& l) {
  if (l.blank || l.attribution) return false;
  if (l.bullet) return !l.ends_sentence || l.words <= 12;
  return l.words <= 14 && !l.ends_sentence;
}

bool IsCaption(const Line& l) { return l.photo_credit; }

// A short line written as a sentence: sentence-final punctuation, at least
// two words, one of them lower case (a verb or other running word, unlike
// "ADVERTISEMENT." or "Photo Gallery."), and no furniture shape.
bool SentenceShaped(const Line& l) {
  return l.ends_sentence && l.words >= 2 && l.lower >= 1 && !l.in_list && !l.bullet &&
         !l.attribution && !LooksLikeFurniture(l);
}

// A sentence that may close the article after its last prose line: sentence
// shaped, no URL or e-mail address (contact lines), no calls to action
// ("Follow us on X.", "Like us on Facebook."): UI words, if any, are a small
// share and not the first word; and no short time stamp ("Updated at 10:45
// a.m.").
bool ClosingSentence(const Line& l) {
  return SentenceShaped(l) && !l.has_url && !l.copyright && !l.ui_first &&
         l.ui_words * 4 < l.words && !(l.has_clock && l.words <= 8);
}

// The nearest non-blank line from `i` in direction `step`, or -1.
int NextNonBlank(const std::vector<Line>& lines, int i, int step) {
  for (i += step; i >= 0 && i < static_cast<int>(lines.size()); i += step) {
    if (!lines[i].blank) return i;
  }
  return -1;
}

}  // namespace

BodyZone MarkStructure(std::vector<Line>& lines) {
  BodyZone zone;
  const int n = static_cast<int>(lines.size());
  // Lists: runs of >= 3 headline-like lines inside a block.
  for (int i = 0; i < n;) {
    if (!HeadlineLike(lines[i])) {
      ++i;
      continue;
    }
    int j = i;
    bool wrapped = false;
    while (j < n && HeadlineLike(lines[j])) {
      if (j + 1 < n && !lines[j + 1].blank && lines[j + 1].starts_lower) wrapped = true;
      ++j;
    }
    if (j - i >= 3 && !wrapped) {
      for (int k = i; k < j; ++k) lines[k].in_list = true;
    }
    i = j;
  }
  // Pull-quotes: "“...”" / "— Name" / optional title line.
  for (int i = 0; i + 1 < n; ++i) {
    const Line& q = lines[i];
    if (q.blank || !q.quote_open || !(q.quote_close || q.ends_sentence) || q.words > 60) continue;
    if (!lines[i + 1].attribution || lines[i + 1].words > 8) continue;
    lines[i].pull_quote = lines[i + 1].pull_quote = true;
    lines[i].in_list = lines[i + 1].in_list = false;
    if (i + 2 < n && !lines[i + 2].blank && lines[i + 2].words <= 8 &&
        !lines[i + 2].ends_sentence && !LooksLikeFurniture(lines[i + 2])) {
      lines[i + 2].pull_quote = true;
      lines[i + 2].in_list = false;
    }
  }
  // Prose lines and the body zone.
  bool tainted = false;  // the current block holds a list or copyright line
  int prose_count = 0, adjacent = 0;
  for (int i = 0; i < n; ++i) {
    Line& l = lines[i];
    if (l.blank) {
      tainted = false;
      continue;
    }
    l.prose = !LooksLikeFurniture(l) && !l.in_list &&
              ((l.ends_sentence && l.words >= 8) || l.words >= 25);
    if (l.prose) {
      ++prose_count;
      if (zone.first_prose < 0) zone.first_prose = i;
      if (!tainted) zone.last_prose = i;
      if (i > 0 && lines[i - 1].prose) ++adjacent;
    }
    if ((l.in_list || l.copyright) && zone.first_prose >= 0) tainted = true;
  }
  // Hard-wrapped prose: lines that continue in lower case belong to the body.
  const auto continues = [&](int above, int below) {
    return !lines[above].blank && !lines[below].blank && lines[below].starts_lower &&
           !LooksLikeFurniture(lines[above]) && !LooksLikeFurniture(lines[below]);
  };
  while (zone.first_prose > 0 && continues(zone.first_prose - 1, zone.first_prose)) {
    --zone.first_prose;
  }
  while (zone.last_prose >= 0 && zone.last_prose + 1 < n &&
         continues(zone.last_prose, zone.last_prose + 1)) {
    ++zone.last_prose;
  }
  zone.line_paragraphs = adjacent >= 2 && adjacent * 3 >= prose_count;
  return zone;
}

void MarkBoilerplate(std::vector<Line>& lines, const BodyZone& zone, int title_line) {
  const int n = static_cast<int>(lines.size());
  // How often each non-blank short line occurs (repeated captions, titles).
  std::unordered_map<std::uint64_t, int> seen;
  for (const Line& l : lines) {
    if (!l.blank && l.words < 8) ++seen[l.key];
  }
  const std::uint64_t title_key = title_line >= 0 ? lines[title_line].key : 0;
  const auto drop = [](Line& l) {
    l.cls = IsCaption(l) ? LineClass::kCaption : LineClass::kBoilerplate;
  };
  for (int i = 0; i < n; ++i) {
    Line& l = lines[i];
    if (l.cls != LineClass::kBody) continue;
    const bool furniture = LooksLikeFurniture(l);
    if (zone.first_prose < 0) {  // no prose: keep plain lines of some length
      if (furniture || l.in_list || l.words < 4) drop(l);
      continue;
    }
    if (i < zone.first_prose) {  // top zone
      if (title_line >= 0 && i < title_line) {
        drop(l);
      } else if (furniture || l.in_list || (title_line >= 0 && l.key == title_key)) {
        drop(l);
      } else if (l.words < 8) {
        // A short opening sentence set directly above the body stays ("The
        // Senate has caught the fever."); other short lines are furniture.
        const int below = NextNonBlank(lines, i, +1);
        if (below != zone.first_prose || !ClosingSentence(l)) drop(l);
      }
      continue;
    }
    if (i > zone.last_prose) {  // bottom zone
      // A closing sentence that follows the body directly stays ("Nobody was
      // hurt."); anything after the first dropped line is footer.
      const int above = NextNonBlank(lines, i, -1);
      if (above >= zone.first_prose && lines[above].cls == LineClass::kBody && ClosingSentence(l) &&
          (title_line < 0 || l.key != title_key)) {
        continue;
      }
      drop(l);
      continue;
    }
    if (l.prose || l.pull_quote) continue;
    if (furniture || l.in_list || l.words <= 1 || (title_line >= 0 && l.key == title_key)) {
      drop(l);
      continue;
    }
    // Short repeated lines are captions or gallery strips, unless the line is
    // a sentence set between body paragraphs ("Ms. Fenn agreed.").
    if (l.words < 8 && seen[l.key] > 1) {
      const int above = NextNonBlank(lines, i, -1), below = NextNonBlank(lines, i, +1);
      const bool between_body =
          above >= 0 && below >= 0 && lines[above].cls == LineClass::kBody &&
          (lines[below].prose || lines[below].pull_quote || SentenceShaped(lines[below]));
      if (!(between_body && SentenceShaped(l))) drop(l);
    }
  }
}

}  // namespace crosscheck
