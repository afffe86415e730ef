#include "report/export_json.h"

#include <cmath>

#include "common/hash.h"
#include "crosscheck/text.h"

namespace crosscheck {
namespace {

using nlohmann::json;

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json SpanJson(const Span& s) { return json::array({s.start, s.end}); }

const char* TokenKindName(TokenKind k) {
  switch (k) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kSymbol:
      return "symbol";
    case TokenKind::kOther:
      return "other";
  }
  return "other";
}

// The bytes a span covers, clamped to the text so a bad span never throws.
std::string SpanText(const std::string& text, const Span& s) {
  if (s.start >= text.size() || s.end <= s.start) return "";
  return text.substr(s.start, std::min<std::size_t>(s.end, text.size()) - s.start);
}

}  // namespace

json DocumentToJson(const Document& d, const ExportOptions& options) {
  json j;
  j["type"] = "document";
  j["id"] = d.id;
  j["origin"] = d.origin;
  j["url"] = OrNull(d.url);
  j["canonical_url"] = OrNull(d.canonical_url);
  j["outlet"] = OrNull(d.outlet);
  j["outlet_from"] = d.outlet_from.empty() ? "none" : d.outlet_from;
  j["title"] = OrNull(d.title);
  j["authors"] = d.authors;
  j["published"] = OrNull(d.published);
  j["published_from"] = d.published_from.empty() ? "none" : d.published_from;
  j["modified"] = OrNull(d.modified);
  j["fetched"] = OrNull(d.fetched);
  j["language"] = d.language;
  j["format"] = d.format;
  j["charset"] = d.charset;
  j["input_hash"] = HexDigits(d.input_hash);
  if (options.include_text) j["text"] = d.text;
  j["removed"] = {
      {"boilerplate_chars", d.removed.boilerplate_chars},
      {"boilerplate_lines", d.removed.boilerplate_lines},
      {"duplicate_paragraphs", d.removed.duplicate_paragraphs},
      {"duplicate_chars", d.removed.duplicate_chars},
      {"metadata_lines", d.removed.metadata_lines},
      {"split_sentences", d.removed.split_sentences},
  };
  json paragraphs = json::array();
  for (const Paragraph& p : d.paragraphs) paragraphs.push_back(SpanJson(p.span));
  j["paragraphs"] = std::move(paragraphs);
  json sentences = json::array();
  for (const Sentence& s : d.sentences) sentences.push_back(SpanJson(s.span));
  j["sentences"] = std::move(sentences);
  if (options.include_tokens) {
    json tokens = json::array();
    for (const Token& t : d.tokens) {
      // [start, end, kind, upos, xpos, feats, head, deprel]; tags are "_" when
      // untagged, head and deprel null unless the sentence was parsed.
      json row = json::array({t.span.start, t.span.end, TokenKindName(t.kind), UposName(t.upos),
                              XposName(t.xpos), FormatFeats(t.feats)});
      if (t.deprel != 0) {
        row.push_back(t.head);
        row.push_back(DeprelName(t.deprel));
      } else {
        row.push_back(nullptr);
        row.push_back(nullptr);
      }
      tokens.push_back(std::move(row));
    }
    j["tokens"] = std::move(tokens);
  }
  if (options.include_offset_map) {
    json segs = json::array();
    for (const auto& s : d.to_input.segments())
      segs.push_back(json::array({s.out_start, s.in_start, s.out_len, s.in_len}));
    j["to_input"] = std::move(segs);
  }

  json mentions = json::array();
  for (const Mention& m : d.mentions) {
    json mj = {{"span", SpanJson(m.span)}, {"text", SpanText(d.text, m.span)}, {"type", m.type}};
    mj["chain"] = OrNull(m.chain);
    mj["entity"] = OrNull(m.entity);
    mentions.push_back(std::move(mj));
  }
  j["mentions"] = std::move(mentions);

  json quotes = json::array();
  for (const Quote& q : d.quotes) {
    json qj = {{"span", SpanJson(q.span)}, {"text", SpanText(d.text, q.span)}, {"kind", q.kind}};
    if (q.has_speaker) {
      json sj;
      sj["span"] = q.speaker.has_span ? SpanJson(q.speaker.span) : json(nullptr);
      sj["text"] = q.speaker.has_span ? json(SpanText(d.text, q.speaker.span)) : json(nullptr);
      sj["chain"] = OrNull(q.speaker.chain);
      sj["entity"] = OrNull(q.speaker.entity);
      sj["name"] = OrNull(q.speaker.name);
      qj["speaker"] = std::move(sj);
    } else {
      qj["speaker"] = nullptr;
    }
    qj["cue"] = q.has_cue ? json{{"span", SpanJson(q.cue)}, {"text", SpanText(d.text, q.cue)}}
                          : json(nullptr);
    qj["via"] = q.via;
    qj["confidence"] = q.confidence;
    quotes.push_back(std::move(qj));
  }
  j["quotes"] = std::move(quotes);

  json timexes = json::array();
  for (const Timex& t : d.timexes)
    timexes.push_back({{"span", SpanJson(t.span)},
                       {"text", SpanText(d.text, t.span)},
                       {"type", t.type},
                       {"value", t.value}});
  j["timexes"] = std::move(timexes);

  json quantities = json::array();
  for (const Quantity& q : d.quantities)
    quantities.push_back({{"span", SpanJson(q.span)},
                          {"text", SpanText(d.text, q.span)},
                          {"kind", q.kind},
                          {"value", q.value},
                          {"unit", OrNull(q.unit)},
                          {"counts", OrNull(q.counts)},
                          {"modifier", OrNull(q.modifier)},
                          {"high", q.high != 0.0 ? json(q.high) : json(nullptr)}});
  j["quantities"] = std::move(quantities);

  json flags = json::array();
  for (const Flag& f : d.flags)
    flags.push_back({{"kind", f.kind}, {"detail", f.detail}, {"documents", f.documents}});
  j["flags"] = std::move(flags);
  json credits = json::array();  // other outlets the article credits (src/resolve/outlet_stage.h)
  for (const Credit& c : d.credits) {
    credits.push_back({{"span", SpanJson(c.span)},
                       {"text", SpanText(d.text, c.span)},
                       {"outlet", c.outlet},
                       {"how", c.how}});
  }
  j["credits"] = std::move(credits);
  return j;
}

json EntityToJson(const Entity& e) {
  json j;
  j["type"] = "entity";
  j["id"] = e.id;
  j["name"] = e.name;
  j["kind"] = e.kind;
  j["aliases"] = e.aliases;
  j["documents"] = e.documents;
  return j;
}

json StoryToJson(const Story& s) {
  json j = {{"type", "story"}, {"id", s.id}, {"level", s.level}};
  if (!s.topic.empty()) j["topic"] = s.topic;
  j.update({{"title", s.title},
            {"documents", s.documents},
            {"first", OrNull(s.first)},
            {"last", OrNull(s.last)}});
  return j;
}

json DuplicateToJson(const Duplicate& d) {
  return {{"type", "duplicate"},
          {"kind", d.kind},
          {"documents", d.documents},
          {"similarity", std::round(d.similarity * 1000.0) / 1000.0}};
}

json ErrorToJson(const ErrorRecord& e) {
  json j = {{"type", "error"}, {"origin", e.origin}, {"message", e.message}};
  if (e.input_hash != 0) j["input_hash"] = HexDigits(e.input_hash);
  return j;
}

std::string ToJsonLine(const json& value) {
  return value.dump(-1, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
}

}  // namespace crosscheck
