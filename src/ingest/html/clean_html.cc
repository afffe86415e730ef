#include "ingest/html/clean_html.h"

#include <string>
#include <utility>
#include <vector>

#include "ingest/html/html_blocks.h"
#include "ingest/html/html_extract.h"
#include "ingest/html/html_page.h"
#include "ingest/html/page_meta.h"
#include "ingest/html/source_stream.h"
#include "ingest/paragraph_spans.h"

namespace crosscheck {

namespace {

// Text of the first <title> under <head> (white space as in the page).
std::string PageTitle(const xmlNode* root) {
  if (root == nullptr) return {};
  for (const xmlNode* head = root->children; head != nullptr; head = head->next) {
    if (TagName(head) != "head") continue;
    for (const xmlNode* t = head->children; t != nullptr; t = t->next) {
      if (TagName(t) != "title") continue;
      std::string text;
      for (const xmlNode* c = t->children; c != nullptr; c = c->next) {
        if (c->content != nullptr) text += reinterpret_cast<const char*>(c->content);
      }
      return text;
    }
  }
  return {};
}

}  // namespace

RawRecord HtmlPageRecord(std::string path, std::string body) {
  RawRecord r;
  r.path = std::move(path);
  r.format = "html";
  r.media_type = "text/html";
  r.body = std::move(body);
  return r;
}

Result<Document> CleanHtml(const RawRecord& record, const IngestOptions& options,
                           DuplicateFinder& duplicates, Document doc) {
  const Location where{record.path, record.record, -1};
  if (record.body.size() > options.max_record_bytes) {
    return Status::TooLarge("HTML page of " + std::to_string(record.body.size()) +
                                " bytes is over the limit of " +
                                std::to_string(options.max_record_bytes),
                            where);
  }
  Result<HtmlPage> page = HtmlPage::Parse(record.body, record.charset_hint, record.url);
  if (!page.ok()) return page.status().WithLocation(where);
  doc.charset = page->charset();
  if (!page->charset_mismatch().empty()) {
    doc.flags.push_back({"charset_mismatch", page->charset_mismatch(), {}});
  }

  // Metadata: the container's fields win, the page fills the rest
  // (ingest/html/page_meta.h). The <title> text also tells the extractor
  // which heading repeats the title.
  ApplyPageMetadata(ReadPageMetadata(page->doc(), PageContextFor(record)), record, &doc);
  const std::string title = PageTitle(page->root());
  if (doc.title.empty()) doc.title = CollapseSpaces(title);

  const BlockTree tree = BuildBlocks(page->top());
  MainTextOptions extract_options;
  extract_options.drop_title = true;
  const Extraction extraction = ExtractMainText(tree, title, extract_options);
  if (!extraction.no_article.empty()) {
    doc.flags.push_back({"no_article", extraction.no_article, {}});
    for (const HtmlBlock& b : tree.blocks) {
      ++doc.removed.boilerplate_lines;
      doc.removed.boilerplate_chars += b.chars + (b.words > 0 ? b.words - 1 : 0);
    }
    OffsetMap::Builder nothing;
    nothing.Skip(record.body.size());
    doc.to_input = std::move(nothing).Build();
    return doc;
  }

  // Repeated paragraphs.
  std::vector<char> keep(tree.blocks.size(), 0), extracted(tree.blocks.size(), 0);
  for (std::uint32_t i : extraction.kept) extracted[i] = 1;
  if (options.remove_duplicates) duplicates.Clear();
  for (std::uint32_t i : extraction.kept) {
    const HtmlBlock& b = tree.blocks[i];
    if (options.remove_duplicates && duplicates.Add(BlockText(tree, b))) {
      ++doc.removed.duplicate_paragraphs;
      doc.removed.duplicate_chars += b.chars + (b.words > 0 ? b.words - 1 : 0);
      continue;
    }
    keep[i] = 1;
  }
  for (std::size_t i = 0; i < tree.blocks.size(); ++i) {
    if (extracted[i]) continue;
    ++doc.removed.boilerplate_lines;
    doc.removed.boilerplate_chars +=
        tree.blocks[i].chars + (tree.blocks[i].words > 0 ? tree.blocks[i].words - 1 : 0);
  }

  // Text and offset map: every piece is located in document order (so the
  // aligner's cursor passes dropped text too), kept ones are written.
  SourceStream stream(page->source());
  StreamWriter writer;
  for (std::size_t i = 0; i < tree.blocks.size(); ++i) {
    const HtmlBlock& b = tree.blocks[i];
    if (keep[i]) writer.Separate("\n\n");
    for (std::uint32_t p = b.first_piece; p < b.end_piece; ++p) {
      const HtmlPiece& piece = tree.pieces[p];
      if (piece.line_break) {
        if (keep[i]) writer.Separate("\n");
        continue;
      }
      const SourceStream::Match m = stream.Locate(piece.text);
      if (keep[i]) writer.Append(piece.text, m);
    }
  }
  doc.text = writer.text();
  doc.to_input = std::move(writer)
                     .Finish(stream.text().size())
                     .Then(stream.to_source())
                     .Then(page->source_to_bytes());

  doc.paragraphs = ParagraphSpans(doc.text);
  return doc;
}

}  // namespace crosscheck
