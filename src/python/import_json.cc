#include "python/import_json.h"

#include <charconv>
#include <fstream>

namespace crosscheck {
namespace {

using nlohmann::json;

// Shape errors inside one object; caught once in DocumentFromJson/ErrorFromJson.
struct ShapeError {
  std::string message;
};

const json& Field(const json& j, const char* name) {
  auto it = j.find(name);
  if (it == j.end()) throw ShapeError{std::string("no \"") + name + "\" field"};
  return *it;
}

// A string field; null or absent -> `absent`.
std::string Text(const json& j, const char* name, const char* absent = "") {
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) return absent;
  if (!it->is_string()) throw ShapeError{std::string("\"") + name + "\" is not a string"};
  return it->get<std::string>();
}

std::string RequiredText(const json& j, const char* name) {
  const json& v = Field(j, name);
  if (!v.is_string()) throw ShapeError{std::string("\"") + name + "\" is not a string"};
  return v.get<std::string>();
}

template <typename T>
T Number(const json& j, const char* name, T absent = 0) {
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) return absent;
  if (!it->is_number()) throw ShapeError{std::string("\"") + name + "\" is not a number"};
  return it->get<T>();
}

std::vector<std::string> Strings(const json& j, const char* name) {
  std::vector<std::string> out;
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) return out;
  if (!it->is_array()) throw ShapeError{std::string("\"") + name + "\" is not an array"};
  for (const json& s : *it) {
    if (!s.is_string()) throw ShapeError{std::string("\"") + name + "\" holds a non-string"};
    out.push_back(s.get<std::string>());
  }
  return out;
}

const json& Array(const json& j, const char* name) {
  static const json kEmpty = json::array();
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) return kEmpty;
  if (!it->is_array()) throw ShapeError{std::string("\"") + name + "\" is not an array"};
  return *it;
}

Span SpanOf(const json& v) {
  if (!v.is_array() || v.size() < 2 || !v[0].is_number_unsigned() || !v[1].is_number_unsigned())
    throw ShapeError{"a span is not [start, end]"};
  return Span{v[0].get<std::uint32_t>(), v[1].get<std::uint32_t>()};
}

Span SpanField(const json& j) { return SpanOf(Field(j, "span")); }

std::uint64_t HexValue(const std::string& hex) {
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), value, 16);
  if (ec != std::errc() || end != hex.data() + hex.size() || hex.empty())
    throw ShapeError{"input_hash is not hex digits: \"" + hex + "\""};
  return value;
}

// The segments as written, one for one (see the header on the copy flag).
OffsetMap OffsetMapOf(const json& segments) {
  if (!segments.is_array()) throw ShapeError{"\"to_input\" is not an array"};
  OffsetMap::Builder b;
  bool last_copy = false;
  for (const json& s : segments) {
    if (!s.is_array() || s.size() != 4) throw ShapeError{"a to_input segment is not 4 numbers"};
    const auto out_start = s[0].get<std::uint64_t>(), in_start = s[1].get<std::uint64_t>();
    const auto out_len = s[2].get<std::uint64_t>(), in_len = s[3].get<std::uint64_t>();
    if (out_start != b.out_pos() || in_start != b.in_pos())
      throw ShapeError{"to_input segments are not contiguous"};
    last_copy = out_len == in_len && out_len > 0 && !last_copy;
    if (last_copy) {
      b.Copy(out_len);
    } else {
      b.Replace(in_len, out_len);
    }
  }
  return std::move(b).Build();
}

// first_token/token_count of each sentence from the token spans (in order).
void CountTokens(const json& tokens, std::vector<Sentence>& sentences) {
  std::vector<std::uint32_t> starts;
  starts.reserve(tokens.size());
  for (const json& t : tokens) {
    if (!t.is_array() || t.empty() || !t[0].is_number_unsigned())
      throw ShapeError{"a token is not [start, end, ...]"};
    starts.push_back(t[0].get<std::uint32_t>());
  }
  std::size_t i = 0;
  for (Sentence& s : sentences) {
    while (i < starts.size() && starts[i] < s.span.start) ++i;
    s.first_token = static_cast<std::uint32_t>(i);
    while (i < starts.size() && starts[i] < s.span.end) ++i;
    s.token_count = static_cast<std::uint32_t>(i - s.first_token);
  }
}

Quote QuoteOf(const json& q) {
  Quote out;
  out.span = SpanField(q);
  out.kind = Text(q, "kind");
  if (auto it = q.find("speaker"); it != q.end() && !it->is_null()) {
    out.has_speaker = true;
    if (auto span = it->find("span"); span != it->end() && !span->is_null()) {
      out.speaker.has_span = true;
      out.speaker.span = SpanOf(*span);
    }
    out.speaker.chain = Text(*it, "chain");
    out.speaker.entity = Text(*it, "entity");
    out.speaker.name = Text(*it, "name");
  }
  if (auto it = q.find("cue"); it != q.end() && !it->is_null()) {
    out.has_cue = true;
    out.cue = SpanField(*it);
  }
  out.via = Strings(q, "via");
  out.confidence = Number<double>(q, "confidence");
  return out;
}

void ReadSpans(const json& j, Document& d) {
  for (const json& p : Array(j, "paragraphs")) d.paragraphs.push_back({SpanOf(p)});
  for (const json& s : Array(j, "sentences")) d.sentences.push_back({.span = SpanOf(s)});
  if (auto it = j.find("tokens"); it != j.end() && it->is_array()) CountTokens(*it, d.sentences);
  for (const json& m : Array(j, "mentions"))
    d.mentions.push_back({SpanField(m), Text(m, "type"), Text(m, "chain"), Text(m, "entity")});
  for (const json& q : Array(j, "quotes")) d.quotes.push_back(QuoteOf(q));
  for (const json& t : Array(j, "timexes"))
    d.timexes.push_back({SpanField(t), Text(t, "type"), Text(t, "value")});
  for (const json& q : Array(j, "quantities")) {
    d.quantities.push_back({SpanField(q), Text(q, "kind"), Number<double>(q, "value"),
                            Text(q, "unit"), Text(q, "counts"), Text(q, "modifier"),
                            Number<double>(q, "high")});
  }
  for (const json& f : Array(j, "flags"))
    d.flags.push_back({Text(f, "kind"), Text(f, "detail"), Strings(f, "documents")});
  for (const json& c : Array(j, "credits"))
    d.credits.push_back({SpanField(c), Text(c, "outlet"), Text(c, "how")});
}

Document DocumentOf(const json& j) {
  Document d;
  d.id = RequiredText(j, "id");
  d.origin = RequiredText(j, "origin");
  d.input_hash = HexValue(RequiredText(j, "input_hash"));
  d.format = Text(j, "format");
  d.url = Text(j, "url");
  d.canonical_url = Text(j, "canonical_url");
  d.outlet = Text(j, "outlet");
  d.outlet_from = Text(j, "outlet_from", "none");
  d.title = Text(j, "title");
  d.authors = Strings(j, "authors");
  d.published = Text(j, "published");
  d.published_from = Text(j, "published_from", "none");
  d.modified = Text(j, "modified");
  d.fetched = Text(j, "fetched");
  d.language = Text(j, "language", "und");
  d.charset = Text(j, "charset");
  d.text = RequiredText(j, "text");
  d.to_input = OffsetMapOf(Field(j, "to_input"));
  if (auto it = j.find("removed"); it != j.end() && it->is_object()) {
    d.removed.boilerplate_chars = Number<std::uint64_t>(*it, "boilerplate_chars");
    d.removed.boilerplate_lines = Number<std::uint32_t>(*it, "boilerplate_lines");
    d.removed.duplicate_paragraphs = Number<std::uint32_t>(*it, "duplicate_paragraphs");
    d.removed.duplicate_chars = Number<std::uint64_t>(*it, "duplicate_chars");
    d.removed.metadata_lines = Number<std::uint32_t>(*it, "metadata_lines");
    d.removed.split_sentences = Number<std::uint32_t>(*it, "split_sentences");
  }
  ReadSpans(j, d);
  return d;
}

// A number or other JSON type that does not fit throws json::exception.
template <typename T, typename F>
Result<T> Guarded(const json& j, const char* what, F&& read) {
  if (!j.is_object()) return Status::Corrupt(std::string(what) + " line is not a JSON object");
  try {
    return read(j);
  } catch (const ShapeError& e) {
    return Status::Corrupt(std::string(what) + " line: " + e.message);
  } catch (const json::exception& e) {
    return Status::Corrupt(std::string(what) + " line: " + e.what());
  }
}

}  // namespace

Result<Document> DocumentFromJson(const json& j) {
  return Guarded<Document>(j, "document", DocumentOf);
}

Result<ErrorRecord> ErrorFromJson(const json& j) {
  return Guarded<ErrorRecord>(j, "error", [](const json& e) {
    ErrorRecord out;
    out.origin = RequiredText(e, "origin");
    out.message = RequiredText(e, "message");
    const std::string hash = Text(e, "input_hash");
    out.input_hash = hash.empty() ? 0 : HexValue(hash);
    return out;
  });
}

Result<ImportedLine> ParseExportLine(std::string_view line) {
  json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::Corrupt("not a JSON line");
  if (!j.is_object()) return Status::Corrupt("not a JSON object");
  const std::string type = j.value("type", std::string());
  if (type == "document") {
    Result<Document> d = DocumentFromJson(j);
    if (!d.ok()) return d.status();
    return ImportedLine(std::move(*d));
  }
  if (type == "error") {
    Result<ErrorRecord> e = ErrorFromJson(j);
    if (!e.ok()) return e.status();
    return ImportedLine(std::move(*e));
  }
  return ImportedLine(std::monostate{});
}

Status ImportJsonLines(Store& store, const std::string& path, ImportCounts* counts) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path, {path});
  ImportCounts local;
  CROSSCHECK_RETURN_IF_ERROR(store.Begin());
  Status st;
  std::string line;
  std::int64_t number = 0;
  while (st.ok() && std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Result<ImportedLine> parsed = ParseExportLine(line);
    if (!parsed.ok()) {
      st = parsed.status().WithLocation({path, number, -1});
      break;
    }
    // Stores a record unless its input key is stored already (errors without
    // bytes have none).
    const auto store_once = [&](const std::string& origin, std::uint64_t hash, auto put,
                                std::uint64_t& stored) {
      Result<bool> known = hash != 0 ? store.HasInput(origin, hash) : Result<bool>(false);
      if (!known.ok()) return known.status();
      ++(*known ? local.unchanged : stored);
      return *known ? Status::Ok() : put();
    };
    if (auto* d = std::get_if<Document>(&*parsed)) {
      st = store_once(
          d->origin, d->input_hash, [&] { return store.PutDocument(*d); }, local.documents);
    } else if (auto* e = std::get_if<ErrorRecord>(&*parsed)) {
      st = store_once(
          e->origin, e->input_hash, [&] { return store.PutError(*e); }, local.errors);
    } else {
      ++local.skipped;
    }
  }
  if (st.ok() && in.bad()) st = Status::IoError("read failed", {path});
  if (!st.ok()) {
    (void)store.Rollback();
    return st;
  }
  CROSSCHECK_RETURN_IF_ERROR(store.Commit());
  if (counts != nullptr) {
    counts->documents += local.documents;
    counts->errors += local.errors;
    counts->unchanged += local.unchanged;
    counts->skipped += local.skipped;
  }
  return Status::Ok();
}

}  // namespace crosscheck
