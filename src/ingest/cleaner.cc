// Cleaner: RawRecord -> Document.
//
// The steps, each its own file and each producing an OffsetMap that is
// composed into Document::to_input:
//
//   charset.h        bytes -> UTF-8 (BOMs, binary check, broken UTF-8, legacy
//                    charsets via ICU's detector and converters)
//   whitespace.h     line ends, Unicode spaces, zero-width characters, trimming
//   cleaner_lines.h  the line model and per-line shape features
//   boilerplate.h    structure (lists, pull-quotes, prose lines, body zone)
//   metadata_lines.h title/byline/date/masthead lines -> fields
//   boilerplate.h    furniture lines marked by general signals
//   duplicate.h      repeated paragraphs dropped
//   (here)           kept lines assembled into paragraphs joined by "\n\n"
//   run_together.h   "end.Next" -> "end. Next"
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "crosscheck/ingest.h"
#include "ingest/boilerplate.h"
#include "ingest/charset.h"
#include "ingest/cleaner_lines.h"
#include "ingest/duplicate.h"
#include "ingest/html/clean_html.h"
#include "ingest/metadata_lines.h"
#include "ingest/paragraph_spans.h"
#include "ingest/run_together.h"
#include "ingest/whitespace.h"

namespace crosscheck {

struct Cleaner::Impl {
  DuplicateFinder duplicates;
};

namespace {

struct ParagraphSpan {
  int first_line = 0;
  int last_line = 0;  // inclusive
};

// A record whose every line looked like furniture but which holds long lines
// (a transcript pasted as one line, a story with no paragraph breaks) keeps
// those lines: a line of this many words is prose, and losing the whole
// article to the boilerplate rules is worse than keeping a little furniture.
constexpr int kProseFallbackWords = 25;

void KeepLongLinesIfNothingLeft(std::vector<Line>& lines) {
  for (const Line& l : lines)
    if (l.cls == LineClass::kBody) return;
  for (Line& l : lines)
    if (l.cls == LineClass::kBoilerplate && l.words >= kProseFallbackWords)
      l.cls = LineClass::kBody;
}

}  // namespace

Cleaner::Cleaner(IngestOptions options) : options_(options), impl_(std::make_unique<Impl>()) {
  impl_->duplicates = DuplicateFinder(options_.near_duplicate);
}

Cleaner::~Cleaner() = default;

Result<Document> Cleaner::Clean(const RawRecord& record) {
  const Location where{record.path, record.record, -1};
  Document doc;
  doc.origin = record.Origin();
  doc.input_hash = record.input_hash;
  doc.format = record.format;
  doc.id = DocumentId(doc.origin, record.input_hash);
  doc.url = record.url;
  doc.outlet = record.outlet;
  doc.title = record.title;
  doc.authors = record.authors;
  doc.published = record.published;
  if (!doc.published.empty()) doc.published_from = "container";

  if (record.body.size() > options_.max_record_bytes) {
    return Status::TooLarge("record of " + std::to_string(record.body.size()) +
                                " bytes is over the limit of " +
                                std::to_string(options_.max_record_bytes),
                            where);
  }
  // Web pages: parsing and main-text extraction (src/ingest/html/).
  if (record.media_type == "text/html") {
    return CleanHtml(record, options_, impl_->duplicates, std::move(doc));
  }

  // 1-2. Binary check and charset.
  Result<DecodedText> decoded = DecodeToUtf8(record.body);
  if (!decoded.ok()) return decoded.status().WithLocation(where);
  doc.charset = decoded->charset;

  // 3. Line ends and white space.
  NormalisedText norm = NormaliseWhitespace(decoded->utf8);
  const std::string& text = norm.text;
  std::vector<Line> lines = BuildLines(text, norm.wide_gaps);
  for (const Line& l : lines) {
    if (l.end - l.start > options_.max_line_bytes) {
      const std::uint64_t at = decoded->to_bytes.ToInput(norm.to_input.ToInput(l.start));
      return Status::TooLarge("a line longer than " + std::to_string(options_.max_line_bytes) +
                                  " bytes (not an article)",
                              {record.path, record.record, static_cast<std::int64_t>(at)});
    }
  }

  // 4-5. Structure, metadata lines, boilerplate.
  BodyZone zone = MarkStructure(lines);
  if (record.format == "text" && options_.read_metadata_lines) {
    MetadataFields meta = ReadMetadataLines(text, lines, zone.first_prose, zone.last_prose);
    if (doc.title.empty()) doc.title = std::move(meta.title);
    if (doc.outlet.empty()) doc.outlet = std::move(meta.outlet);
    if (doc.authors.empty()) doc.authors = std::move(meta.authors);
    if (doc.published.empty() && !meta.published.empty()) {
      doc.published = std::move(meta.published);
      doc.published_from = "text";
    }
    if (meta.body_start > zone.first_prose && meta.body_start <= zone.last_prose) {
      zone.first_prose = meta.body_start;
    }
    if (options_.remove_boilerplate) MarkBoilerplate(lines, zone, meta.title_line);
  } else if (options_.remove_boilerplate) {
    MarkBoilerplate(lines, zone, -1);
  }
  KeepLongLinesIfNothingLeft(lines);

  // Paragraphs of kept lines: a blank or removed line ends one; so does every
  // line break when the copy separates paragraphs by single line breaks
  // (except inside a pull-quote).
  std::vector<ParagraphSpan> paragraphs;
  const int n = static_cast<int>(lines.size());
  bool open = false;
  for (int i = 0; i < n; ++i) {
    Line& l = lines[i];
    if (l.cls != LineClass::kBody) {
      open = false;
      if (l.cls == LineClass::kBoilerplate || l.cls == LineClass::kCaption) {
        ++doc.removed.boilerplate_lines;
        doc.removed.boilerplate_chars += l.chars;
      } else if (IsMetadata(l.cls)) {
        ++doc.removed.metadata_lines;
      }
      continue;
    }
    const bool joins =
        open && !(zone.line_paragraphs && !(l.pull_quote && lines[i - 1].pull_quote));
    if (joins) {
      paragraphs.back().last_line = i;
    } else {
      paragraphs.push_back({i, i});
    }
    open = true;
  }

  // 6. Duplicated paragraphs.
  std::vector<ParagraphSpan> kept;
  kept.reserve(paragraphs.size());
  impl_->duplicates.Clear();
  for (const ParagraphSpan& p : paragraphs) {
    const std::uint32_t start = lines[p.first_line].start, end = lines[p.last_line].end;
    if (options_.remove_duplicates &&
        impl_->duplicates.Add(std::string_view(text).substr(start, end - start))) {
      ++doc.removed.duplicate_paragraphs;
      for (int i = p.first_line; i <= p.last_line; ++i) {
        lines[i].cls = LineClass::kDuplicate;
        doc.removed.duplicate_chars += lines[i].chars;
      }
      continue;
    }
    kept.push_back(p);
  }
  if (kept.empty()) {
    return Status::Unsupported("no article text left after cleaning (" +
                                   std::to_string(doc.removed.boilerplate_lines) +
                                   " lines were boilerplate)",
                               where);
  }

  // 8. Assemble: paragraphs joined by "\n\n", mapped to the normalised text.
  std::string assembled;
  assembled.reserve(text.size());
  OffsetMap::Builder b;
  for (std::size_t k = 0; k < kept.size(); ++k) {
    const std::uint32_t start = lines[kept[k].first_line].start;
    const std::uint32_t end = lines[kept[k].last_line].end;
    if (k == 0) {
      b.Skip(start);
    } else {
      const std::uint64_t gap = start - b.in_pos();
      if (std::string_view(text).substr(b.in_pos(), gap) == "\n\n") {
        b.Copy(2);
      } else {  // the separator stands for the line break after the previous paragraph
        b.Replace(1, 2);
        b.Skip(gap - 1);
      }
      assembled += "\n\n";
    }
    assembled.append(text, start, end - start);
    b.Copy(end - start);
  }
  if (b.in_pos() < text.size()) b.Skip(text.size() - b.in_pos());
  OffsetMap assembled_map = std::move(b).Build();

  // 7. Run-together sentences.
  OffsetMap to_normalised;
  if (options_.split_run_together) {
    SplitResult split = SplitRunTogether(assembled);
    doc.removed.split_sentences = split.splits;
    doc.text = std::move(split.text);
    to_normalised = split.to_input.Then(assembled_map);
  } else {
    doc.text = std::move(assembled);
    to_normalised = std::move(assembled_map);
  }
  doc.to_input = to_normalised.Then(norm.to_input).Then(decoded->to_bytes);

  doc.paragraphs = ParagraphSpans(doc.text);
  return doc;
}

}  // namespace crosscheck
