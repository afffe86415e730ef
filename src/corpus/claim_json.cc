#include "corpus/claim_json.h"

namespace crosscheck::corpus {
namespace {

using nlohmann::json;

json SpanJson(const Span& s) { return json::array({s.start, s.end}); }
json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

}  // namespace

json ClaimToJson(const Claim& claim) {
  json reports = json::array();
  for (const ClaimReport& r : claim.reports) {
    json j;
    j["document"] = r.document;
    j["outlet"] = OrNull(r.outlet);
    j["span"] = SpanJson(r.span);
    if (r.numeric) {
      j["value"] = r.value;
      j["unit"] = OrNull(r.unit);
      j["modifier"] = OrNull(r.modifier);
      j["high"] = r.high > r.value ? json(r.high) : json(nullptr);
    } else if (!r.date.empty()) {
      j["value"] = r.date;
    } else {
      j["value"] = r.text;
    }
    j["text"] = r.text;
    j["sentence"] = SpanJson(r.sentence);
    reports.push_back(std::move(j));
  }
  return {{"type", "claim"},
          {"id", claim.id},
          {"kind", claim.kind},
          {"about", claim.about},
          {"verdict", claim.verdict},
          {"units", claim.units},
          {"speaker", OrNull(claim.speaker)},
          {"speaker_name", OrNull(claim.speaker_name)},
          {"reports", std::move(reports)}};
}

json QuoteGroupToJson(const QuoteGroup& group) {
  json reports = json::array();
  for (const QuoteReport& r : group.reports) {
    reports.push_back({{"document", r.document},
                       {"outlet", OrNull(r.outlet)},
                       {"span", SpanJson(r.span)},
                       {"text", r.text},
                       {"kind", r.kind}});
  }
  return {{"type", "quote_group"},    {"id", group.id},
          {"speaker", group.speaker}, {"speaker_name", OrNull(group.speaker_name)},
          {"match", group.match},     {"reports", std::move(reports)}};
}

json TimelineToJson(const Timeline& timeline) {
  json events = json::array();
  for (const TimelineEvent& e : timeline.events) {
    json reports = json::array();
    for (const TimelineReport& r : e.reports) {
      reports.push_back({{"document", r.document},
                         {"outlet", OrNull(r.outlet)},
                         {"span", SpanJson(r.span)},
                         {"sentence", SpanJson(r.sentence)},
                         {"text", r.text}});
    }
    events.push_back({{"date", e.date},
                      {"about", e.about},
                      {"entities", e.entities},
                      {"reports", std::move(reports)}});
  }
  return {{"type", "timeline"},
          {"scope", timeline.scope},
          {"subject", timeline.subject},
          {"name", OrNull(timeline.name)},
          {"events", std::move(events)}};
}

}  // namespace crosscheck::corpus
