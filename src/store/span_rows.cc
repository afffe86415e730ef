#include "store/span_rows.h"

#include <charconv>
#include <nlohmann/json.hpp>

namespace crosscheck::store {
namespace {

using nlohmann::json;

constexpr const char kParagraph[] = "paragraph";
constexpr const char kSentence[] = "sentence";
constexpr const char kMention[] = "mention";
constexpr const char kQuote[] = "quote";
constexpr const char kTimex[] = "timex";
constexpr const char kQuantity[] = "quantity";
constexpr const char kFlag[] = "flag";

void PutIfNotEmpty(json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

json SpanJson(Span s) { return json::array({s.start, s.end}); }

std::string Dump(const json& j) {
  return j.dump(-1, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
}

std::string StringAt(const json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() ? std::string() : it->get<std::string>();
}

Span SpanFrom(const json& j) {
  if (!j.is_array() || j.size() != 2) throw json::other_error::create(501, "span is not [s,e]", &j);
  return Span{j[0].get<std::uint32_t>(), j[1].get<std::uint32_t>()};
}

Status DecodeJsonRow(std::string_view kind, Span span, std::string_view data, Document* d) {
  const json j = json::parse(data);
  if (!j.is_object()) return Status::Corrupt("span data is not a JSON object");
  if (kind == kMention) {
    d->mentions.push_back({span, StringAt(j, "type"), StringAt(j, "chain"), StringAt(j, "entity")});
  } else if (kind == kQuote) {
    Quote q;
    q.span = span;
    q.kind = StringAt(j, "kind");
    if (auto it = j.find("speaker"); it != j.end()) {
      q.has_speaker = true;
      if (auto s = it->find("span"); s != it->end()) {
        q.speaker.has_span = true;
        q.speaker.span = SpanFrom(*s);
      }
      q.speaker.chain = StringAt(*it, "chain");
      q.speaker.entity = StringAt(*it, "entity");
      q.speaker.name = StringAt(*it, "name");
    }
    if (auto it = j.find("cue"); it != j.end()) {
      q.has_cue = true;
      q.cue = SpanFrom(*it);
    }
    if (auto it = j.find("via"); it != j.end()) q.via = it->get<std::vector<std::string>>();
    q.confidence = j.value("confidence", 0.0);
    d->quotes.push_back(std::move(q));
  } else if (kind == kTimex) {
    d->timexes.push_back({span, StringAt(j, "type"), StringAt(j, "value")});
  } else if (kind == kQuantity) {
    d->quantities.push_back({span, StringAt(j, "kind"), j.value("value", 0.0), StringAt(j, "unit"),
                             StringAt(j, "counts"), StringAt(j, "modifier"),
                             j.value("high", 0.0)});
  } else if (kind == kFlag) {
    Flag f{StringAt(j, "kind"), StringAt(j, "detail"), {}};
    if (auto it = j.find("documents"); it != j.end())
      f.documents = it->get<std::vector<std::string>>();
    d->flags.push_back(std::move(f));
  }
  return Status::Ok();
}

}  // namespace

void EncodeSpanRows(const Document& d, std::vector<SpanRow>* rows) {
  std::size_t n = 0;
  const auto next = [&](const char* kind, Span span) -> SpanRow& {
    if (n == rows->size()) rows->emplace_back();
    SpanRow& row = (*rows)[n++];
    row.kind = kind;
    row.span = span;
    row.has_data = false;
    row.data.clear();
    return row;
  };
  const auto set_json = [](SpanRow& row, const json& j) {
    row.has_data = true;
    row.data = Dump(j);
  };
  for (const Paragraph& p : d.paragraphs) next(kParagraph, p.span);
  for (const Sentence& s : d.sentences) {
    SpanRow& row = next(kSentence, s.span);
    row.has_data = true;
    row.data += std::to_string(s.first_token);
    row.data += ',';
    row.data += std::to_string(s.token_count);
  }
  for (const Mention& m : d.mentions) {
    json j = json::object();
    PutIfNotEmpty(j, "type", m.type);
    PutIfNotEmpty(j, "chain", m.chain);
    PutIfNotEmpty(j, "entity", m.entity);
    set_json(next(kMention, m.span), j);
  }
  for (const Quote& q : d.quotes) {
    json j = json::object();
    PutIfNotEmpty(j, "kind", q.kind);
    if (q.has_speaker) {
      json s = json::object();
      if (q.speaker.has_span) s["span"] = SpanJson(q.speaker.span);
      PutIfNotEmpty(s, "chain", q.speaker.chain);
      PutIfNotEmpty(s, "entity", q.speaker.entity);
      PutIfNotEmpty(s, "name", q.speaker.name);
      j["speaker"] = std::move(s);
    }
    if (q.has_cue) j["cue"] = SpanJson(q.cue);
    if (!q.via.empty()) j["via"] = q.via;
    j["confidence"] = q.confidence;
    set_json(next(kQuote, q.span), j);
  }
  for (const Timex& t : d.timexes) {
    json j = json::object();
    PutIfNotEmpty(j, "type", t.type);
    PutIfNotEmpty(j, "value", t.value);
    set_json(next(kTimex, t.span), j);
  }
  for (const Quantity& q : d.quantities) {
    json j = json::object();
    PutIfNotEmpty(j, "kind", q.kind);
    j["value"] = q.value;
    PutIfNotEmpty(j, "unit", q.unit);
    PutIfNotEmpty(j, "counts", q.counts);
    PutIfNotEmpty(j, "modifier", q.modifier);
    if (q.high != 0.0) j["high"] = q.high;
    set_json(next(kQuantity, q.span), j);
  }
  for (const Flag& f : d.flags) {
    json j = json::object();
    PutIfNotEmpty(j, "kind", f.kind);
    PutIfNotEmpty(j, "detail", f.detail);
    if (!f.documents.empty()) j["documents"] = f.documents;
    set_json(next(kFlag, Span{}), j);
  }
  rows->resize(n);
}

Status DecodeSpanRow(std::string_view kind, Span span, std::optional<std::string_view> data,
                     Document* d) {
  if (kind == kParagraph) {
    d->paragraphs.push_back({span});
    return Status::Ok();
  }
  if (kind == kSentence) {
    Sentence s{span, 0, 0};
    const std::string_view v = data.value_or("");
    const std::size_t comma = v.find(',');
    const char* end = v.data() + v.size();
    if (comma == std::string_view::npos ||
        std::from_chars(v.data(), v.data() + comma, s.first_token).ptr != v.data() + comma ||
        std::from_chars(v.data() + comma + 1, end, s.token_count).ptr != end) {
      return Status::Corrupt("sentence data is not \"first_token,token_count\": \"" +
                             std::string(v.substr(0, 40)) + "\"");
    }
    d->sentences.push_back(s);
    return Status::Ok();
  }
  if (kind != kMention && kind != kQuote && kind != kTimex && kind != kQuantity && kind != kFlag) {
    return Status::Ok();  // a kind from a newer writer
  }
  if (!data.has_value()) return Status::Corrupt(std::string(kind) + " row without data");
  try {
    return DecodeJsonRow(kind, span, *data, d);
  } catch (const json::exception& e) {
    return Status::Corrupt(std::string(kind) + " data: " + e.what());
  }
}

}  // namespace crosscheck::store
