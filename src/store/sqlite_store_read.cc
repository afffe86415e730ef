// The read side of SqliteStore: documents, errors, search and statistics.
#include <nlohmann/json.hpp>

#include "store/fts_query.h"
#include "store/offset_map_codec.h"
#include "store/sqlite_store.h"

namespace crosscheck::store {
namespace {

using nlohmann::json;

std::string Str(std::string_view v) { return std::string(v); }

// Parses the authors, removed and meta JSON columns.
Status ParseJsonColumns(std::string_view authors, std::string_view removed, std::string_view meta,
                        Document* d) {
  try {
    const json m = json::parse(meta.empty() ? std::string_view("{}") : meta);
    d->canonical_url = m.value("canonical_url", std::string());
    d->modified = m.value("modified", std::string());
    d->fetched = m.value("fetched", std::string());
    d->outlet_from = m.value("outlet_from", std::string("none"));
    d->credits.clear();
    if (const auto c = m.find("credits"); c != m.end() && c->is_array()) {
      for (const json& row : *c) {
        d->credits.push_back({{row.at(0).get<std::uint32_t>(), row.at(1).get<std::uint32_t>()},
                              row.at(2).get<std::string>(),
                              row.at(3).get<std::string>()});
      }
    }
    const json a = json::parse(authors);
    d->authors = a.get<std::vector<std::string>>();
    const json r = json::parse(removed);
    d->removed.boilerplate_chars = r.value("boilerplate_chars", std::uint64_t{0});
    d->removed.boilerplate_lines = r.value("boilerplate_lines", std::uint32_t{0});
    d->removed.duplicate_paragraphs = r.value("duplicate_paragraphs", std::uint32_t{0});
    d->removed.duplicate_chars = r.value("duplicate_chars", std::uint64_t{0});
    d->removed.metadata_lines = r.value("metadata_lines", std::uint32_t{0});
    d->removed.split_sentences = r.value("split_sentences", std::uint32_t{0});
  } catch (const json::exception& e) {
    return Status::Corrupt(std::string("authors/removed/meta column: ") + e.what());
  }
  return Status::Ok();
}

}  // namespace

Status SqliteStore::ReadDocument(Statement& row, Document* d) {
  *d = Document();
  const std::int64_t rowid = row.Int(0);
  d->id = Str(row.Text(1));
  d->origin = Str(row.Text(2));
  d->input_hash = row.Uint(3);
  d->format = Str(row.Text(4));
  d->url = Str(row.Text(5));
  d->outlet = Str(row.Text(6));
  d->title = Str(row.Text(7));
  d->published = Str(row.Text(9));
  d->published_from = Str(row.Text(10));
  d->language = Str(row.Text(11));
  d->charset = Str(row.Text(12));
  d->text = Str(row.Text(13));
  const Location where{.input = path_ + ": document " + d->id};
  Status st = ParseJsonColumns(row.Text(8), row.Text(14), row.Text(16), d);
  if (!st.ok()) return st.WithLocation(where);
  Result<OffsetMap> map = DecodeOffsetMap(row.Blob(15));
  if (!map.ok()) return map.status().WithLocation(where);
  d->to_input = std::move(*map);

  Statement& spans = spans_of_document_;
  spans.Reset();
  spans.BindInt(1, rowid);
  while (spans.Step("read spans")) {
    const Span span{static_cast<std::uint32_t>(spans.Int(1)),
                    static_cast<std::uint32_t>(spans.Int(2))};
    std::optional<std::string_view> data;
    if (!spans.IsNull(3)) data = spans.Text(3);
    st = DecodeSpanRow(spans.Text(0), span, data, d);
    if (!st.ok()) break;
  }
  if (st.ok()) st = spans.status();
  spans.Reset();
  return st.WithLocation(where);
}

Result<std::optional<Document>> SqliteStore::GetDocument(std::string_view id) {
  Statement& q = document_by_id_;
  q.Reset();
  q.BindText(1, id);
  std::optional<Document> out;
  Status st;
  if (q.Step("read document")) {
    out.emplace();
    st = ReadDocument(q, &*out);
  }
  if (st.ok()) st = q.status();
  q.Reset();
  if (!st.ok()) return st;
  return out;
}

Status SqliteStore::ForEachDocument(const std::function<bool(const Document&)>& callback) {
  // A statement of its own, so the callback may call GetDocument() meanwhile.
  Result<Statement> q =
      Prepare(std::string("SELECT ") + kDocumentColumns + " FROM documents ORDER BY rowid");
  if (!q.ok()) return q.status();
  Document d;
  while (q->Step("read documents")) {
    CROSSCHECK_RETURN_IF_ERROR(ReadDocument(*q, &d));
    if (!callback(d)) return Status::Ok();
  }
  return q->status();
}

Status SqliteStore::ForEachError(const std::function<bool(const ErrorRecord&)>& callback) {
  Result<Statement> q = Prepare("SELECT origin, input_hash, message FROM errors ORDER BY id");
  if (!q.ok()) return q.status();
  while (q->Step("read errors")) {
    const ErrorRecord e{Str(q->Text(0)), q->Uint(1), Str(q->Text(2))};
    if (!callback(e)) return Status::Ok();
  }
  return q->status();
}

Result<std::vector<SearchHit>> SqliteStore::Search(std::string_view query, int limit) {
  const std::string match = ToFtsQuery(query);
  if (match.empty()) {
    return Status::InvalidArgument("search: the query has no words", {.input = path_});
  }
  // Title hits weigh twice as much as body hits. snippet() picks the column
  // with the best match and marks each hit [like this].
  Result<Statement> q = Prepare(
      "SELECT d.id, d.origin, d.title, d.outlet, d.published, "
      "       snippet(docs_fts, -1, '[', ']', '…', 16), bm25(docs_fts, 2.0, 1.0) AS score "
      "FROM docs_fts JOIN documents AS d ON d.rowid = docs_fts.rowid "
      "WHERE docs_fts MATCH ?1 ORDER BY score LIMIT ?2");
  if (!q.ok()) return q.status();
  q->BindText(1, match).BindInt(2, limit > 0 ? limit : -1);
  std::vector<SearchHit> hits;
  while (q->Step("search")) {
    hits.push_back({Str(q->Text(0)), Str(q->Text(1)), Str(q->Text(2)), Str(q->Text(3)),
                    Str(q->Text(4)), Str(q->Text(5)), q->Double(6)});
  }
  if (!q->status().ok()) return q->status();
  return hits;
}

Result<StoreStats> SqliteStore::Stats() {
  StoreStats s;
  const auto scalar = [&](const char* sql, std::int64_t* out) -> Status {
    Result<Statement> q = Prepare(sql);
    if (!q.ok()) return q.status();
    if (q->Step("stats")) *out = q->Int(0);
    return q->status();
  };
  CROSSCHECK_RETURN_IF_ERROR(scalar("SELECT count(*) FROM documents", &s.documents));
  CROSSCHECK_RETURN_IF_ERROR(scalar("SELECT count(*) FROM errors", &s.errors));
  CROSSCHECK_RETURN_IF_ERROR(scalar("SELECT count(*) FROM inputs", &s.inputs));
  CROSSCHECK_RETURN_IF_ERROR(
      scalar("SELECT count(*) FROM spans WHERE kind = 'sentence'", &s.sentences));

  {
    Result<Statement> q = Prepare(
        "SELECT total(json_extract(removed, '$.boilerplate_chars')), "
        "       total(json_extract(removed, '$.boilerplate_lines')), "
        "       total(json_extract(removed, '$.duplicate_paragraphs')) FROM documents");
    if (!q.ok()) return q.status();
    if (q->Step("stats: removed")) {
      s.boilerplate_chars = static_cast<std::uint64_t>(q->Double(0));
      s.boilerplate_lines = static_cast<std::uint64_t>(q->Double(1));
      s.duplicate_paragraphs = static_cast<std::uint64_t>(q->Double(2));
    }
    if (!q->status().ok()) return q->status();
  }

  const auto counts = [&](const char* column,
                          std::vector<std::pair<std::string, std::int64_t>>* out) -> Status {
    Result<Statement> q = Prepare(std::string("SELECT ") + column +
                                  ", count(*) AS n FROM documents GROUP BY 1 ORDER BY n DESC, 1");
    if (!q.ok()) return q.status();
    while (q->Step("stats: counts")) out->emplace_back(Str(q->Text(0)), q->Int(1));
    return q->status();
  };
  CROSSCHECK_RETURN_IF_ERROR(counts("outlet", &s.outlets));
  CROSSCHECK_RETURN_IF_ERROR(counts("language", &s.languages));
  {  // quotes per outlet (outlet attributes in `report`, src/resolve/outlet_attributes.h)
    Result<Statement> q = Prepare(
        "SELECT d.outlet, count(*) AS n FROM spans s JOIN documents d ON d.rowid = s.document_rowid "
        "WHERE s.kind = 'quote' GROUP BY 1 ORDER BY n DESC, 1");
    if (!q.ok()) return q.status();
    while (q->Step("stats: quotes by outlet")) s.quotes_by_outlet.emplace_back(Str(q->Text(0)), q->Int(1));
    if (!q->status().ok()) return q->status();
  }

  {
    Result<Statement> q = Prepare(
        "SELECT min(published), max(published) FROM documents "
        "WHERE published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]*'");
    if (!q.ok()) return q.status();
    if (q->Step("stats: published")) {
      s.first_published = Str(q->Text(0));
      s.last_published = Str(q->Text(1));
    }
    if (!q->status().ok()) return q->status();
  }
  return s;
}

}  // namespace crosscheck::store
