// The verbs that read a database: export, search, report.
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/outlet_options.h"
#include "corpus/claim_json.h"
#include "corpus/entity_resolver.h"
#include "crosscheck/store.h"
#include "report/corpus_load.h"
#include "report/export_json.h"
#include "report/story_render.h"
#include "report/story_view.h"
#include "report/summary.h"

namespace crosscheck::cli {
namespace {

Result<std::unique_ptr<Store>> OpenForReading(const std::string& db) {
  return Store::Open(db, {.read_only = true, .create = false});
}

int Fail(const char* verb, const Status& st) {
  std::cerr << "crosscheck " << verb << ": " << st.ToString() << "\n";
  return kExitFatal;
}

// ---- export -------------------------------------------------------------------

struct ExportArgs {
  std::string db = "crosscheck.db";
  std::string format = "jsonl";
  std::string output = "-";
  bool no_text = false;
  OutletArgs outlets;
};

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

int RunExport(const ExportArgs& args) {
  Result<std::unique_ptr<Store>> store = OpenForReading(args.db);
  if (!store.ok()) return Fail("export", store.status());
  std::ofstream file;
  if (args.output != "-") {
    file.open(args.output, std::ios::binary | std::ios::trunc);
    if (!file) return Fail("export", Status::IoError("cannot write " + args.output));
  }
  std::ostream& out = args.output == "-" ? std::cout : file;
  ExportOptions options;
  options.include_text = !args.no_text;
  Result<std::shared_ptr<const resolve::OutletRegistry>> registry = LoadRegistry(args.outlets);
  if (!registry.ok()) return Fail("export", registry.status());
  const auto keep = [&](const Document& d) {
    return resolve::MatchesOutletFilter(**registry, d.outlet, args.outlets.filter);
  };
  Status st;
  if (args.format == "csv") {
    out << "id,origin,url,outlet,title,authors,published,published_from,language,characters,"
           "sentences,boilerplate_chars,duplicate_paragraphs\n";
    st = (*store)->ForEachDocument([&](const Document& d) {
      if (!keep(d)) return true;
      std::string authors;
      for (const std::string& a : d.authors) authors += (authors.empty() ? "" : "; ") + a;
      out << d.id << ',' << CsvField(d.origin) << ',' << CsvField(d.url) << ','
          << CsvField(d.outlet) << ',' << CsvField(d.title) << ',' << CsvField(authors) << ','
          << d.published << ',' << d.published_from << ',' << d.language << ',' << d.text.size()
          << ',' << d.sentences.size() << ',' << d.removed.boilerplate_chars << ','
          << d.removed.duplicate_paragraphs << "\n";
      return static_cast<bool>(out);
    });
  } else {
    // The corpus stage (src/report/corpus_load.h, the one copy every reader
    // shares): a first pass keeps a compact summary per document, Finish
    // finds entities, copies, stories and claims, the second pass writes the
    // documents with entity ids and duplicate flags, then the corpus lines.
    Result<std::unique_ptr<LoadedCorpus>> loaded = LoadCorpus(**store);
    if (!loaded.ok()) return Fail("export", loaded.status());
    const corpus::CorpusResult& found = (*loaded)->result();
    st = (*loaded)->ForEachAnnotated(**store, [&](const Document& d) {
      if (!keep(d)) return true;
      out << ToJsonLine(DocumentToJson(d, options)) << "\n";
      return static_cast<bool>(out);
    });
    for (const Entity& e : found.entities) {
      if (!st.ok() || !out) break;
      out << ToJsonLine(EntityToJson(e)) << "\n";
    }
    for (const Story& s : found.stories) {
      if (!st.ok() || !out) break;
      out << ToJsonLine(StoryToJson(s)) << "\n";
    }
    for (const Duplicate& d : found.duplicates) {
      if (!st.ok() || !out) break;
      out << ToJsonLine(DuplicateToJson(d)) << "\n";
    }
    // Claims (figures, dates, positions), quote groups, timelines (claim_json.h).
    for (const corpus::Claim& c : found.claims) {
      if (!st.ok() || !out) break;
      out << ToJsonLine(corpus::ClaimToJson(c)) << "\n";
    }
    for (const corpus::QuoteGroup& g : found.quote_groups) {
      if (!st.ok() || !out) break;
      out << ToJsonLine(corpus::QuoteGroupToJson(g)) << "\n";
    }
    for (const corpus::Timeline& t : found.timelines) {
      if (!st.ok() || !out) break;
      out << ToJsonLine(corpus::TimelineToJson(t)) << "\n";
    }
    if (st.ok())
      st = (*store)->ForEachError([&](const ErrorRecord& e) {
        out << ToJsonLine(ErrorToJson(e)) << "\n";
        return static_cast<bool>(out);
      });
  }
  out.flush();
  if (!st.ok()) return Fail("export", st);
  if (!out) return Fail("export", Status::IoError("write failed: " + args.output));
  return kExitOk;
}

// ---- search -------------------------------------------------------------------

struct SearchArgs {
  std::vector<std::string> words;
  std::string db = "crosscheck.db";
  int limit = 20;
  bool json = false;
  OutletArgs outlets;
};

int RunSearch(const SearchArgs& args) {
  Result<std::unique_ptr<Store>> store = OpenForReading(args.db);
  if (!store.ok()) return Fail("search", store.status());
  std::string query;
  for (const std::string& w : args.words) query += (query.empty() ? "" : " ") + w;
  Result<std::shared_ptr<const resolve::OutletRegistry>> registry = LoadRegistry(args.outlets);
  if (!registry.ok()) return Fail("search", registry.status());
  // With an outlet filter, rank every match and keep the first `limit` that pass.
  const bool filtered = !args.outlets.filter.empty();
  Result<std::vector<SearchHit>> hits = (*store)->Search(query, filtered ? 0 : args.limit);
  if (!hits.ok()) return Fail("search", hits.status());
  if (filtered) {
    std::erase_if(*hits, [&](const SearchHit& h) {
      return !resolve::MatchesOutletFilter(**registry, h.outlet, args.outlets.filter);
    });
    if (hits->size() > static_cast<std::size_t>(args.limit)) hits->resize(args.limit);
  }
  for (const SearchHit& h : *hits) {
    if (args.json) {
      nlohmann::json j = {{"type", "hit"},        {"document", h.document_id},
                          {"origin", h.origin},   {"title", h.title},
                          {"outlet", h.outlet},   {"published", h.published},
                          {"snippet", h.snippet}, {"rank", h.rank}};
      std::cout << ToJsonLine(j) << "\n";
    } else {
      std::cout << (h.title.empty() ? "(untitled)" : h.title) << "\n  "
                << (h.outlet.empty() ? "(unknown outlet)" : h.outlet)
                << (h.published.empty() ? "" : ", " + h.published) << "  [" << h.document_id << "] "
                << h.origin << "\n  " << h.snippet << "\n\n";
    }
  }
  if (!args.json) std::cerr << hits->size() << (hits->size() == 1 ? " match\n" : " matches\n");
  return kExitOk;
}

// ---- report -------------------------------------------------------------------

struct ReportArgs {
  std::string db = "crosscheck.db";
  std::string format = "text";
  std::string story;     // --story ID
  bool stories = false;  // --stories
  std::string output = "-";
  OutletArgs outlets;
};

// --story / --stories: the story views (src/report/story_render.h).
int RunStoryReport(const ReportArgs& args, Store& store, std::ostream& out) {
  Result<std::unique_ptr<LoadedCorpus>> loaded = LoadCorpus(store);
  if (!loaded.ok()) return Fail("report", loaded.status());
  std::vector<StoryView> views = BuildStoryViews((*loaded)->result(), (*loaded)->documents());
  if (!args.story.empty()) {
    std::erase_if(views, [&](const StoryView& v) { return v.story.id != args.story; });
    if (views.empty())
      return Fail("report", Status::NotFound("no event story " + args.story +
                                             " (crosscheck report --stories lists them)"));
  }
  WriteStories(views, *ParseStoryFormat(args.format), out);
  return kExitOk;
}

int RunReport(const ReportArgs& args) {
  Result<std::unique_ptr<Store>> store = OpenForReading(args.db);
  if (!store.ok()) return Fail("report", store.status());
  std::ofstream file;
  if (args.output != "-") {
    file.open(args.output, std::ios::binary | std::ios::trunc);
    if (!file) return Fail("report", Status::IoError("cannot write " + args.output));
  }
  std::ostream& out = args.output == "-" ? std::cout : file;
  int code = kExitOk;
  if (args.stories || !args.story.empty()) {
    code = RunStoryReport(args, **store, out);
  } else {
    if (args.format == "markdown" || args.format == "html")
      return Fail("report", Status::InvalidArgument("--format " + args.format +
                                                    " needs --story ID or --stories"));
    Status st = WriteSummary(
        **store, args.format == "json" ? ReportFormat::kJson : ReportFormat::kText, out);
    if (!st.ok()) return Fail("report", st);
    // Documents and quotes by outlet country, kind and funding (issue 8).
    Result<std::shared_ptr<const resolve::OutletRegistry>> registry = LoadRegistry(args.outlets);
    if (!registry.ok()) return Fail("report", registry.status());
    Result<StoreStats> stats = (*store)->Stats();
    if (!stats.ok()) return Fail("report", stats.status());
    WriteOutletBreakdown(*stats, **registry, args.format == "json", out);
  }
  out.flush();
  if (code == kExitOk && !out)
    return Fail("report", Status::IoError("write failed: " + args.output));
  return code;
}

}  // namespace

void RegisterExport(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Write everything in the database as JSON Lines (the export contract) or CSV.");
  cmd->add_option("--db", args->db, "SQLite database to read")->capture_default_str();
  cmd->add_option("--format", args->format, "jsonl or csv")
      ->capture_default_str()
      ->check(CLI::IsMember({"jsonl", "csv"}));
  cmd->add_option("-o,--output", args->output, "Output file (- for stdout)")->capture_default_str();
  cmd->add_flag("--no-text", args->no_text, "Leave the article text out of document lines");
  AddOutletOptions(cmd, &args->outlets, /*filters=*/true);
  cmd->footer(
      "Examples:\n"
      "  crosscheck export -o corpus.jsonl\n"
      "  crosscheck export --format csv -o documents.csv\n"
      "JSON Lines: one {\"type\":\"document\"} line per article, then one {\"type\":\"error\"} "
      "line per\n"
      "failed input. Field names are a contract (see README).");
  cmd->callback([args, exit_code] { *exit_code = RunExport(*args); });
}

void RegisterSearch(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* cmd =
      app.add_subcommand("search", "Full-text search over article titles and text (SQLite FTS5).");
  cmd->add_option("query", args->words,
                  "Words; \"quoted phrases\" match exactly; all words must match")
      ->required()
      ->expected(1, -1);
  cmd->add_option("--db", args->db, "SQLite database to read")->capture_default_str();
  cmd->add_option("-n,--limit", args->limit, "Most hits to show")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  cmd->add_flag("--json", args->json, "One JSON object per hit");
  AddOutletOptions(cmd, &args->outlets, /*filters=*/true);
  cmd->footer(
      "Examples:\n"
      "  crosscheck search barrier funding\n"
      "  crosscheck search '\"temporary flood wall\"' --limit 5\n"
      "Matching ignores case and accents; search syntax (OR, NEAR, *) is treated as plain words.");
  cmd->callback([args, exit_code] { *exit_code = RunSearch(*args); });
}

void RegisterReport(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "report",
      "Summarise the database (documents per outlet, languages, dates, cleaning, failures),\n"
      "or report stories: outlets side by side, claims, quotations, flags, timeline.");
  cmd->add_option("--db", args->db, "SQLite database to read")->capture_default_str();
  cmd->add_option("--format", args->format,
                  "text or json; with --story/--stories also markdown or html")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json", "markdown", "html"}));
  cmd->add_option("--story", args->story,
                  "One story: outlets side by side, claims, quotations, flags, timeline");
  cmd->add_flag("--stories", args->stories, "Every event story, in that layout");
  cmd->add_option("-o,--output", args->output, "Output file (- for stdout)")->capture_default_str();
  cmd->footer(
      "Examples:\n"
      "  crosscheck report\n"
      "  crosscheck report --stories --format markdown\n"
      "  crosscheck report --story s1 --format html -o s1.html   # one self-contained file");
  AddOutletOptions(cmd, &args->outlets, /*filters=*/false);
  cmd->callback([args, exit_code] { *exit_code = RunReport(*args); });
}

}  // namespace crosscheck::cli
