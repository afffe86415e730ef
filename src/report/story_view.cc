#include "report/story_view.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "corpus/claim_json.h"
#include "report/export_json.h"

namespace crosscheck {
namespace {

using nlohmann::json;

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// Which event story each document is in.
std::unordered_map<std::string, std::size_t> StoryOfDocument(const std::vector<Story>& stories) {
  std::unordered_map<std::string, std::size_t> of;
  for (std::size_t i = 0; i < stories.size(); ++i) {
    if (stories[i].level != "event") continue;
    for (const std::string& d : stories[i].documents) of.emplace(d, i);
  }
  return of;
}

// The story index of the first report's document, or npos.
template <typename Reports>
std::size_t StoryOfReports(const Reports& reports,
                           const std::unordered_map<std::string, std::size_t>& of) {
  if (reports.empty()) return std::string::npos;
  auto it = of.find(reports.front().document);
  return it == of.end() ? std::string::npos : it->second;
}

}  // namespace

std::vector<StoryView> BuildStoryViews(const corpus::CorpusResult& result,
                                       const std::vector<DocumentCard>& documents) {
  std::unordered_map<std::string, const DocumentCard*> cards;
  for (const DocumentCard& c : documents) cards.emplace(c.id, &c);
  const auto story_of = StoryOfDocument(result.stories);

  std::vector<StoryView> views;
  std::unordered_map<std::size_t, std::size_t> view_of;  // story index -> views
  for (std::size_t i = 0; i < result.stories.size(); ++i) {
    const Story& s = result.stories[i];
    if (s.level != "event") continue;
    view_of.emplace(i, views.size());
    StoryView v;
    v.story = s;
    for (const std::string& id : s.documents) {
      StoryArticle a;
      a.document = id;
      if (auto it = cards.find(id); it != cards.end()) {
        const DocumentCard& c = *it->second;
        a.outlet = c.outlet, a.published = c.published, a.title = c.title, a.url = c.url;
        for (const Flag& f : c.flags) {
          a.flags.push_back(f.kind);
          v.flags.push_back({f.kind, id, c.outlet, f.detail, f.documents});
        }
      }
      if (std::find(v.outlets.begin(), v.outlets.end(), a.outlet) == v.outlets.end())
        v.outlets.push_back(a.outlet);
      v.articles.push_back(std::move(a));
    }
    views.push_back(std::move(v));
  }
  const auto view_for = [&](std::size_t story) -> StoryView* {
    auto it = view_of.find(story);
    return it == view_of.end() ? nullptr : &views[it->second];
  };
  for (const Duplicate& d : result.duplicates) {
    if (d.documents.size() != 2) continue;
    auto it = story_of.find(d.documents[1]);
    if (it == story_of.end()) continue;
    StoryView* v = view_for(it->second);
    if (v == nullptr) continue;
    const std::string kind = d.kind == "exact" ? "duplicate_of" : "near_duplicate_of";
    StoryFlag f{kind, d.documents[1], "", "", {d.documents[0]}};
    for (StoryArticle& a : v->articles) {
      if (a.document != f.document) continue;
      a.flags.push_back(kind);
      f.outlet = a.outlet;
    }
    const DocumentCard* original = nullptr;
    if (auto c = cards.find(d.documents[0]); c != cards.end()) original = c->second;
    char similarity[32];
    std::snprintf(similarity, sizeof similarity, "%.2f", d.similarity);
    f.detail = (d.kind == "exact" ? "exact copy of "
                                  : "near copy (similarity " + std::string(similarity) + ") of ") +
               (original && !original->outlet.empty() ? original->outlet + " " : "") +
               d.documents[0];
    v->flags.push_back(std::move(f));
  }
  for (const corpus::Claim& c : result.claims) {
    if (StoryView* v = view_for(StoryOfReports(c.reports, story_of))) {
      v->claims.push_back(c);
      v->differ += c.verdict == "differ";
      v->conflict += c.verdict == "conflict";
    }
  }
  for (const corpus::QuoteGroup& g : result.quote_groups)
    if (StoryView* v = view_for(StoryOfReports(g.reports, story_of))) v->quote_groups.push_back(g);
  for (const corpus::Timeline& t : result.timelines) {
    if (t.scope != "story") continue;
    for (StoryView& v : views)
      if (v.story.id == t.subject) v.timeline = t;
  }
  return views;
}

json StorySummaryToJson(const StoryView& v) {
  return {{"type", "story_summary"},
          {"id", v.story.id},
          {"title", OrNull(v.story.title)},
          {"first", OrNull(v.story.first)},
          {"last", OrNull(v.story.last)},
          {"topic", OrNull(v.story.topic)},
          {"outlet_names", v.outlets},
          {"counts",
           {{"documents", v.articles.size()},
            {"outlets", v.outlets.size()},
            {"claims", v.claims.size()},
            {"differ", v.differ},
            {"conflict", v.conflict},
            {"quote_groups", v.quote_groups.size()},
            {"flags", v.flags.size()}}}};
}

json StoryViewToJson(const StoryView& v) {
  json articles = json::array();
  for (const StoryArticle& a : v.articles)
    articles.push_back({{"document", a.document},
                        {"outlet", OrNull(a.outlet)},
                        {"published", OrNull(a.published)},
                        {"title", OrNull(a.title)},
                        {"url", OrNull(a.url)},
                        {"flags", a.flags}});
  json claims = json::array();
  for (const corpus::Claim& c : v.claims) claims.push_back(corpus::ClaimToJson(c));
  json quotes = json::array();
  for (const corpus::QuoteGroup& g : v.quote_groups) quotes.push_back(corpus::QuoteGroupToJson(g));
  json flags = json::array();
  for (const StoryFlag& f : v.flags)
    flags.push_back({{"kind", f.kind},
                     {"document", f.document},
                     {"outlet", OrNull(f.outlet)},
                     {"detail", OrNull(f.detail)},
                     {"documents", f.documents}});
  json j = StorySummaryToJson(v);
  j["type"] = "story_view";
  j["story"] = StoryToJson(v.story);
  j["outlets"] = std::move(articles);
  j["claims"] = std::move(claims);
  j["quote_groups"] = std::move(quotes);
  j["flags"] = std::move(flags);
  j["timeline"] = v.timeline ? corpus::TimelineToJson(*v.timeline) : json(nullptr);
  return j;
}

}  // namespace crosscheck
