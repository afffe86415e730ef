// crosscheck._native: the Python boundary (pybind11). The package
// crosscheck/__init__.py re-exports it; crosscheck/dask.py drives the
// underscore functions from Dask tasks.
//
// Values cross as export JSON: each document or record is written with the
// same ToJsonLine(DocumentToJson(...)) `crosscheck doc` prints, then
// json.loads'ed into Python objects. This keeps the dict equal to the CLI's
// output by construction (field order, nulls, numbers, invalid UTF-8 replaced)
// for the cost of one dump and one parse, small beside the analysis.
//
// The C++ work runs with the GIL released (threads calling analyze_document
// run in parallel); Python objects are made only with the GIL held.
// Exceptions: AnalysisError (a ValueError) when an input yields an error
// record, its message naming the input; StoreError (an OSError) when a
// database cannot be opened or read. Only this file throws.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <mutex>
#include <optional>
#include <stdexcept>

#include "crosscheck/ingest.h"
#include "crosscheck/store.h"
#include "python/analyzer_pool.h"
#include "python/import_json.h"
#include "python/partition_run.h"
#include "report/export_json.h"

namespace py = pybind11;

namespace crosscheck::python {
namespace {

struct AnalysisFailed : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct StoreFailed : std::runtime_error {
  using std::runtime_error::runtime_error;
};

py::object Loads(const std::string& line) {
  return py::module_::import("json").attr("loads")(py::bytes(line));
}

py::list LoadsAll(const std::vector<std::string>& lines) {
  py::object loads = py::module_::import("json").attr("loads");
  py::list out;
  for (const std::string& line : lines) out.append(loads(py::bytes(line)));
  return out;
}

void Check(const Status& st) {
  if (!st.ok()) throw StoreFailed(st.ToString());
}

py::object AnalyzeDocument(std::string text, std::optional<std::string> url,
                           std::optional<std::string> outlet, std::optional<std::string> published,
                           std::optional<std::string> title, std::optional<std::string> origin,
                           bool html, bool tokens) {
  RawRecord record = TextRecord(origin.value_or("<string>"), std::move(text), html);
  record.url = url.value_or("");
  record.outlet = outlet.value_or("");
  record.published = published.value_or("");
  record.title = title.value_or("");
  std::string line, error;
  {
    py::gil_scoped_release release;
    Outcome outcome = AnalyzerPool::Shared().Analyze(record);
    if (const auto* doc = std::get_if<Document>(&outcome)) {
      ExportOptions options;
      options.include_tokens = tokens;
      line = ToJsonLine(DocumentToJson(*doc, options));
    } else {
      error = std::get<ErrorRecord>(outcome).message;
    }
  }
  if (!error.empty()) throw AnalysisFailed(error);
  return Loads(line);
}

// A read-only view of a store. One connection, guarded by a mutex, so a Reader
// may be shared by threads; SQL runs with the GIL released.
class Reader {
 public:
  explicit Reader(const std::string& path) : path_(path) {
    Result<std::unique_ptr<Store>> store = Status::Internal("not opened");
    {
      py::gil_scoped_release release;
      store = Store::Open(path, {.read_only = true, .create = false});
    }
    if (!store.ok()) throw StoreFailed(store.status().ToString());
    store_ = std::move(*store);
  }

  py::list Documents(bool text) {
    ExportOptions options;
    options.include_text = text;
    return LoadsAll(Lines([&](Store& s, std::vector<std::string>& lines) {
      return s.ForEachDocument([&](const Document& d) {
        lines.push_back(ToJsonLine(DocumentToJson(d, options)));
        return true;
      });
    }));
  }

  py::list Errors() {
    return LoadsAll(Lines([&](Store& s, std::vector<std::string>& lines) {
      return s.ForEachError([&](const ErrorRecord& e) {
        lines.push_back(ToJsonLine(ErrorToJson(e)));
        return true;
      });
    }));
  }

  // The hits as `crosscheck search --json` prints them.
  py::list Search(const std::string& query, int limit) {
    return LoadsAll(Lines([&](Store& s, std::vector<std::string>& lines) {
      Result<std::vector<SearchHit>> hits = s.Search(query, limit);
      if (!hits.ok()) return hits.status();
      for (const SearchHit& h : *hits) {
        nlohmann::json j = {{"type", "hit"},        {"document", h.document_id},
                            {"origin", h.origin},   {"title", h.title},
                            {"outlet", h.outlet},   {"published", h.published},
                            {"snippet", h.snippet}, {"rank", h.rank}};
        lines.push_back(ToJsonLine(j));
      }
      return Status::Ok();
    }));
  }

  py::object GetDocument(const std::string& id) {
    std::vector<std::string> lines = Lines([&](Store& s, std::vector<std::string>& out) {
      Result<std::optional<Document>> found = s.GetDocument(id);
      if (!found.ok()) return found.status();
      if (found->has_value()) out.push_back(ToJsonLine(DocumentToJson(**found)));
      return Status::Ok();
    });
    if (lines.empty()) return py::none();
    return Loads(lines[0]);
  }

  void Close() {
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(mutex_);
    store_.reset();
  }

  const std::string& path() const { return path_; }

 private:
  // Runs `read(store, lines)` with the GIL released and the store locked;
  // throws StoreFailed (with the GIL held again) when it fails.
  template <typename F>
  std::vector<std::string> Lines(F&& read) {
    std::vector<std::string> lines;
    Status st;
    {
      py::gil_scoped_release release;
      std::lock_guard<std::mutex> lock(mutex_);
      st = store_ ? read(*store_, lines) : Status::InvalidArgument("the reader is closed", {path_});
    }
    if (!st.ok()) throw StoreFailed(st.ToString());
    return lines;
  }

  std::string path_;
  std::mutex mutex_;
  std::unique_ptr<Store> store_;
};

py::dict AnalyzeFiles(const std::vector<std::string>& files, const std::string& output, int jobs) {
  PartitionCounts counts;
  Status st;
  {
    py::gil_scoped_release release;
    st = AnalyzeFilesToJsonLines(files, output, jobs, &counts);
  }
  if (!st.ok()) throw StoreFailed(st.ToString());
  py::dict d;
  d["output"] = output;
  d["documents"] = counts.documents;
  d["errors"] = counts.errors;
  d["passed_over"] = counts.passed_over;
  return d;
}

py::dict ImportFiles(const std::string& db, const std::vector<std::string>& files) {
  ImportCounts counts;
  Status st;
  {
    py::gil_scoped_release release;
    Result<std::unique_ptr<Store>> store = Store::Open(db);
    st = store.status();
    for (std::size_t i = 0; st.ok() && i < files.size(); ++i)
      st = ImportJsonLines(**store, files[i], &counts);
  }
  if (!st.ok()) throw StoreFailed(st.ToString());
  py::dict d;
  d["documents"] = counts.documents;
  d["errors"] = counts.errors;
  d["unchanged"] = counts.unchanged;
  d["skipped"] = counts.skipped;
  return d;
}

// (files, error lines) for command-line style inputs, as `crosscheck analyze` expands them.
py::tuple ExpandFiles(const std::vector<std::string>& inputs) {
  InputPlan plan;
  {
    py::gil_scoped_release release;
    plan = ExpandInputs(inputs);
  }
  std::vector<std::string> errors;
  for (const ErrorRecord& e : plan.errors) errors.push_back(ToJsonLine(ErrorToJson(e)));
  return py::make_tuple(plan.files, errors);
}

}  // namespace
}  // namespace crosscheck::python

PYBIND11_MODULE(_native, m) {
  using namespace crosscheck::python;
  m.doc() = "crosscheck's C++ engine (see the crosscheck package)";
  py::register_exception<AnalysisFailed>(m, "AnalysisError", PyExc_ValueError);
  py::register_exception<StoreFailed>(m, "StoreError", PyExc_OSError);
  m.def("analyze_document", &AnalyzeDocument, py::arg("text"), py::kw_only(),
        py::arg("url") = py::none(), py::arg("outlet") = py::none(),
        py::arg("published") = py::none(), py::arg("title") = py::none(),
        py::arg("origin") = py::none(), py::arg("html") = false, py::arg("tokens") = false,
        "Analyse one article; returns the export-contract dict `crosscheck doc` prints.");
  py::class_<Reader>(m, "Reader", "A read-only view of a crosscheck database")
      .def(py::init<const std::string&>(), py::arg("db"))
      .def("documents", &Reader::Documents, py::arg("text") = true)
      .def("document", &Reader::GetDocument, py::arg("id"))
      .def("errors", &Reader::Errors)
      .def("search", &Reader::Search, py::arg("query"), py::arg("limit") = 20)
      .def("close", &Reader::Close)
      .def_property_readonly("path", &Reader::path)
      .def(
          "__enter__", [](Reader& r) -> Reader& { return r; }, py::return_value_policy::reference)
      .def("__exit__", [](Reader& r, py::args) { r.Close(); });
  m.def("import_jsonl", &ImportFiles, py::arg("db"), py::arg("files"),
        "Store the document and error lines of JSON Lines files in a database.");
  m.def("_analyze_files", &AnalyzeFiles, py::arg("files"), py::arg("output"), py::arg("jobs") = 1);
  m.def("_expand_inputs", &ExpandFiles, py::arg("inputs"));
}
