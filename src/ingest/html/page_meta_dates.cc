// Published-date choice: every source votes, the best-supported day wins.
//
// Pages state their date in many places and the places disagree. A CMS
// writes datePublished in JSON-LD and article:published_time in meta tags
// (often the same field twice, sometimes in UTC so the day shifts); the page
// shows a date under its headline (what a reader and an annotator see,
// sometimes a later revision); the URL path holds the day the article was
// filed; date-line elements, <time> elements, "Published: ..." labels and
// app state in inline scripts say more. Taking the first source in a fixed
// order trusts whichever is first even when all the others agree on another
// day. Here each source gives at most one candidate (its first valid date)
// and votes for that day with a weight (kWeights: about its precision alone,
// measured on the tuning half of the dev sets); the day with the most weight
// wins and keeps the most precise value given for it (the first source in
// kSources order). Sources:
//   url       a full date in the URL path                      -> "url"
//   jsonld    JSON-LD datePublished                            -> "jsonld"
//   meta      publication meta tags (page_meta_dates kPublishedKeys) -> "meta"
//   itemprop  itemprop=datePublished / <time pubdate>          -> "meta"
//   header    first date up to 1.5 KB below the headline (else 300 B above) -> "text"
//   time      first <time datetime> not marked as an update     -> "meta"
//   lines     date-line / byline elements, <time> texts         -> "text"
//   label     first date after "Published", "Veröffentlicht", "Publié" ... -> "text"
//   script    "...publish...": "<date>" in inline script state  -> "meta"
//   text      first date anywhere in the page text              -> "text"
// Every candidate goes through date_parse.h validation first (no impossible
// dates, none after the fetch or today, none before 1990), so a bogus
// "0001-01-01" or a future date never votes. The modified date is never a
// candidate for the published one, and a day that only text sources (a
// visible "Updated ..." date) support loses to any day that a publication
// source names when it is the modified day; the date under the headline
// counts as a publication source unless a revision label ("Updated",
// "Aktualisiert", "Stand:") precedes it.
#include "ingest/html/page_meta_dates.h"

#include <algorithm>

namespace crosscheck {
namespace {

// Meta keys (lower case) that name the publication date, most specific first.
constexpr std::string_view kPublishedKeys[] = {"article:published_time",
                                               "og:published_time",
                                               "og:article:published_time",
                                               "article:published",
                                               "article.published",
                                               "published_time",
                                               "published-date",
                                               "publish-date",
                                               "publish_date",
                                               "publishdate",
                                               "publication_date",
                                               "publication-date",
                                               "pubdate",
                                               "datepublished",
                                               "dc.date.issued",
                                               "dcterms.issued",
                                               "dc.date.published",
                                               "dcterms.date",
                                               "dc.date",
                                               "dc.date.created",
                                               "dcterms.created",
                                               "date",
                                               "sailthru.date",
                                               "parsely-pub-date",
                                               "citation_publication_date",
                                               "citation_date",
                                               "citation_online_date",
                                               "article_date_original",
                                               "original-publish-date",
                                               "datecreated",
                                               "date_published",
                                               "release_date",
                                               "prism.publicationdate",
                                               "rnews:datepublished",
                                               "og:pubdate",
                                               "cxenseparse:recs:publishtime",
                                               "bt:pubdate",
                                               "article.created",
                                               "live_date",
                                               "displaydate",
                                               "created",
                                               "article:post_date",
                                               "date.available",
                                               "content_date",
                                               "creation_date"};

constexpr std::string_view kModifiedKeys[] = {
    "article:modified_time", "og:updated_time", "og:modified_time",
    "article:modified",      "datemodified",    "dc.date.modified",
    "dcterms.modified",      "last-modified",   "lastmod",
    "modified_time",         "article.updated", "updated_time",
    "date.updated",          "modified"};

std::optional<DateValue> Parse(std::string_view value, const DateOptions& dates) {
  if (value.empty()) return std::nullopt;
  return ParseDate(value, dates);
}

}  // namespace

namespace {

// True when the text just before `at` (on the same line, within 40 bytes)
// holds one of `labels` (lower case).
bool LabelBefore(std::string_view text, std::size_t at,
                 std::initializer_list<std::string_view> labels) {
  const std::size_t from = at > 40 ? at - 40 : 0;
  std::string before(text.substr(from, at - from));
  for (char& c : before) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  // Same line, or the line before when the date starts its line (a label in
  // its own element: "Erschienen am:" then "13.10.2021").
  std::size_t nl = before.rfind('\n');
  if (nl != std::string::npos && before.find_first_not_of(" \t\r", nl + 1) != std::string::npos) {
    before.erase(0, nl + 1);
  } else if (nl != std::string::npos) {
    before.erase(nl);
    std::size_t prev = before.rfind('\n');
    if (prev != std::string::npos) before.erase(0, prev + 1);
  }
  for (std::string_view label : labels) {
    if (before.find(label) != std::string::npos) return true;
  }
  return false;
}

// The first date in `text` after a publication label ("Published", "Posted",
// "Veröffentlicht", "Publié", "Publicado", "Pubblicato", "Gepubliceerd", ...).
std::optional<DateValue> LabelledDate(std::string_view text, const DateOptions& dates) {
  for (const FoundDate& found : FindDates(text, dates, 64)) {
    if (LabelBefore(text, found.start,
                    {"publish", "posted", "veröffentlicht", "erschienen", "publié", "publie le",
                     "publicado", "publicada", "pubblicato", "gepubliceerd", "publicat",
                     "date:", "datum:", "fecha:", "data:", "released"})) {
      return found.value;
    }
  }
  return std::nullopt;
}

// True when the 40 bytes before `at` (across a line break: a label often
// sits in its own element, "Updated:" then the date) name a revision:
// "Updated", "Aktualisiert", "Mis à jour", "Stand:" ...
bool UpdateLabelBefore(std::string_view text, std::size_t at) {
  const std::size_t from = at > 40 ? at - 40 : 0;
  std::string before(text.substr(from, at - from));
  for (char& c : before) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (std::string_view label :
       {"updat", "aktualisiert", "modif", "revis", "mis à jour", "actualizado", "aggiornato",
        "bijgewerkt", "last edited", "geändert", "stand:"}) {
    if (before.find(label) != std::string::npos) return true;
  }
  return false;
}

// True when the date at `at` ends a range ("5. bis 11. Februar", "3 to 9
// May", "12.–14.03.2024"): an event's dates, not the page's.
bool EndOfRange(std::string_view text, std::size_t at) {
  const std::size_t from = at > 12 ? at - 12 : 0;
  std::string before(text.substr(from, at - from));
  for (char& c : before) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  while (!before.empty() && before.back() == ' ') before.pop_back();
  for (std::string_view word : {" bis", " to", " until", " au", " al", "\xE2\x80\x93", "-"}) {
    if (before.size() >= word.size() &&
        before.compare(before.size() - word.size(), word.size(), word) == 0) {
      // The word must follow a number ("5. bis", "3 to", "12.–"), not a
      // name ("Jo Brand - 3 May 2024").
      std::size_t end = before.size() - word.size();
      while (end > 0 && before[end - 1] == ' ') --end;
      return end > 0 &&
             ((before[end - 1] >= '0' && before[end - 1] <= '9') || before[end - 1] == '.');
    }
  }
  return false;
}

// The date shown with the headline: the first date (a <time>, a date-line
// element, or a date in the text) from just above the <h1> to some way below
// it that is not marked as an update (<time> elements); a date in the text
// is taken with `update_label` set when a revision label precedes it.
struct HeaderFinding {
  std::optional<DateValue> value;
  bool update_label = false;
};

HeaderFinding HeaderDate(const PageFacts& facts, const DateOptions& dates) {
  HeaderFinding best;
  if (facts.h1_offset == std::string::npos) return best;
  // The first date in [from, to): a <time> or a date in the text, whichever
  // comes first.
  auto first_in = [&](std::size_t from, std::size_t to) {
    HeaderFinding found_here;
    std::size_t best_at = std::string::npos;
    for (const TimeElement& t : facts.times) {
      if (t.offset < from || t.offset >= to || t.offset >= best_at || t.modified) continue;
      std::optional<DateValue> v = Parse(t.datetime, dates);
      if (!v) v = Parse(t.text, dates);
      if (v) {
        found_here.value = v;
        best_at = t.offset;
      }
    }
    if (from < facts.text.size()) {
      const std::string_view window = std::string_view(facts.text).substr(from, to - from);
      for (const FoundDate& found : FindDates(window, dates, 8)) {
        if (from + found.start >= best_at) break;
        if (EndOfRange(window, found.start)) continue;
        found_here.value = found.value;
        found_here.update_label = UpdateLabelBefore(window, found.start);
        break;
      }
    }
    return found_here;
  };
  // Below the headline first (a date line under it); above it (a kicker with
  // the date) only when nothing below has one: the 300 bytes above often end
  // the previous teaser.
  best = first_in(facts.h1_offset, facts.h1_offset + 1500);
  if (!best.value)
    best = first_in(facts.h1_offset > 300 ? facts.h1_offset - 300 : 0, facts.h1_offset);
  return best;
}

}  // namespace

DateChoice ChoosePublished(const PageFacts& facts, const JsonLdFacts& jsonld,
                           const PageContext& context, const DateOptions& dates) {
  struct Source {
    const char* name;
    const char* from;
    std::optional<DateValue> (*find)(const PageFacts&, const JsonLdFacts&, const PageContext&,
                                     const DateOptions&);
  };
  static const Source kSources[] = {
      {"url", "url",
       [](const PageFacts&, const JsonLdFacts&, const PageContext& c, const DateOptions& d) {
         return c.options.read_url_dates ? DateFromUrl(c.url, d) : std::nullopt;
       }},
      {"jsonld", "jsonld",
       [](const PageFacts&, const JsonLdFacts& j, const PageContext&, const DateOptions& d) {
         return Parse(j.date_published, d);
       }},
      {"meta", "meta",
       [](const PageFacts& f, const JsonLdFacts&, const PageContext&,
          const DateOptions& d) -> std::optional<DateValue> {
         for (std::string_view key : kPublishedKeys) {
           for (const MetaTag& meta : f.metas) {
             if (meta.key != key) continue;
             if (std::optional<DateValue> v = Parse(meta.content, d)) return v;
           }
         }
         return std::nullopt;
       }},
      {"itemprop", "meta",
       [](const PageFacts& f, const JsonLdFacts&, const PageContext&,
          const DateOptions& d) -> std::optional<DateValue> {
         for (const ItemProp& prop : f.itemprops) {
           if (prop.prop != "datepublished" && prop.prop != "datecreated") continue;
           if (std::optional<DateValue> v = Parse(prop.value, d)) return v;
         }
         for (const TimeElement& t : f.times) {
           if (!t.pubdate || t.modified) continue;
           if (std::optional<DateValue> v = Parse(t.datetime, d)) return v;
         }
         return std::nullopt;
       }},
      {"header", "text",
       [](const PageFacts& f, const JsonLdFacts&, const PageContext& c, const DateOptions& d) {
         return c.options.read_text_dates ? HeaderDate(f, d).value : std::nullopt;
       }},
      {"time", "meta",
       [](const PageFacts& f, const JsonLdFacts&, const PageContext&,
          const DateOptions& d) -> std::optional<DateValue> {
         for (const TimeElement& t : f.times) {
           if (t.modified) continue;
           if (std::optional<DateValue> v = Parse(t.datetime, d)) return v;
         }
         return std::nullopt;
       }},
      {"lines", "text",
       [](const PageFacts& f, const JsonLdFacts&, const PageContext& c,
          const DateOptions& d) -> std::optional<DateValue> {
         if (!c.options.read_text_dates) return std::nullopt;
         for (const DateLine& line : f.date_lines) {
           if (std::optional<DateValue> v = Parse(line.text, d)) return v;
         }
         for (const TimeElement& t : f.times) {
           if (t.modified) continue;
           if (std::optional<DateValue> v = Parse(t.text, d)) return v;
         }
         return std::nullopt;
       }},
      {"label", "text",
       [](const PageFacts& f, const JsonLdFacts&, const PageContext& c,
          const DateOptions& d) -> std::optional<DateValue> {
         if (!c.options.read_text_dates) return std::nullopt;
         return LabelledDate(f.text, d);
       }},
      {"script", "meta",
       [](const PageFacts& f, const JsonLdFacts&, const PageContext&,
          const DateOptions& d) -> std::optional<DateValue> {
         for (const std::string& value : f.script_dates) {
           // Only a value that starts with the date (ISO), not a date in prose.
           std::optional<DateValue> v = Parse(value.substr(0, 10), d);
           if (v) return Parse(value, d);
         }
         return std::nullopt;
       }},
      {"text", "text",
       [](const PageFacts& f, const JsonLdFacts&, const PageContext& c,
          const DateOptions& d) -> std::optional<DateValue> {
         if (!c.options.read_text_dates) return std::nullopt;
         std::vector<FoundDate> found = FindDates(f.text, d, 1);
         if (found.empty()) return std::nullopt;
         return found[0].value;
       }},
  };
  // Each source votes for a day with its weight; the day with the most
  // weight wins, and the value is taken from its first source in the order
  // above (the one that keeps the most precision).
  // Weights, in kSources order: roughly the log-odds of each source being
  // right alone, measured on the even-numbered pages of htmldate-default and
  // WCXB (eval/page_meta_score.py), rounded. A date in the URL outweighs any
  // two others; meta tags and JSON-LD often repeat one CMS field, so
  // together they count about as much as the date shown under the headline
  // plus a date line.
  static constexpr double kWeights[] = {6.0, 1.15, 3.0, 2.3, 1.8, 0.45, 0.95, 1.5, 1.0, 0.2};
  static_assert(std::size(kWeights) == std::size(kSources));
  struct Vote {
    long day;
    double weight;
    std::string value;
    const char* from;
    bool named_publication;  // a source that names publication voted for it
  };
  std::vector<Vote> votes;
  for (std::size_t i = 0; i < std::size(kSources); ++i) {
    std::optional<DateValue> v = kSources[i].find(facts, jsonld, context, dates);
    if (!v) continue;
    const long day = v->DayNumber();
    auto same =
        std::find_if(votes.begin(), votes.end(), [&](const Vote& x) { return x.day == day; });
    const std::string_view name = kSources[i].name;
    // A lone date by the headline with no revision label is what the page
    // presents as its date: it names the publication like a label does.
    const bool names_publication = i <= 3 || name == "label" || name == "script" ||
                                   (name == "header" && !HeaderDate(facts, dates).update_label);
    if (same != votes.end()) {
      same->weight += kWeights[i];
      same->named_publication = same->named_publication || names_publication;
    } else {
      votes.push_back(Vote{day, kWeights[i], v->ToString(), kSources[i].from, names_publication});
    }
  }
  // When the page names a publication day and a different modification
  // day, text sources (a visible "Updated ..." date) alone cannot make the
  // modification day win; an unlabelled date by the headline can (many
  // CMSs copy the shown date into dateModified).
  long modified_day = -1;
  if (std::optional<DateValue> m = ParseDate(ChooseModified(facts, jsonld, dates), dates)) {
    const long day = m->DayNumber();
    for (const Vote& v : votes) {
      if (v.named_publication && v.day != day) modified_day = day;
    }
  }
  DateChoice choice;
  const Vote* best = nullptr;
  for (const Vote& v : votes) {
    if (v.day == modified_day && !v.named_publication) continue;
    if (best == nullptr || v.weight > best->weight + 1e-9) best = &v;
  }
  if (best != nullptr) {
    choice.value = best->value;
    choice.from = best->from;
  }
  return choice;
}

std::string ChooseModified(const PageFacts& facts, const JsonLdFacts& jsonld,
                           const DateOptions& dates) {
  if (std::optional<DateValue> v = Parse(jsonld.date_modified, dates)) return v->ToString();
  for (std::string_view key : kModifiedKeys) {
    for (const MetaTag& meta : facts.metas) {
      if (meta.key == key) {
        if (std::optional<DateValue> v = Parse(meta.content, dates)) return v->ToString();
      }
    }
  }
  for (const ItemProp& prop : facts.itemprops) {
    if (prop.prop == "datemodified") {
      if (std::optional<DateValue> v = Parse(prop.value, dates)) return v->ToString();
    }
  }
  for (const TimeElement& t : facts.times) {
    if (t.modified) {
      if (std::optional<DateValue> v = Parse(t.datetime.empty() ? t.text : t.datetime, dates)) {
        return v->ToString();
      }
    }
  }
  return "";
}

}  // namespace crosscheck
