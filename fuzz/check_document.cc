#include "check_document.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "crosscheck/extract.h"
#include "crosscheck/text.h"

namespace crosscheck::fuzz {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Spans in order, inside the text, on character boundaries.
template <typename T>
void CheckSpans(const std::vector<T>& items, std::string_view text, const char* kind) {
  std::uint64_t last_end = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Span& s = items[i].span;
    const std::string where = std::string(kind) + " " + std::to_string(i);
    if (s.start > s.end || s.end > text.size()) Fail(where + " outside the text");
    if (s.start < last_end) Fail(where + " overlaps the one before");
    if (!OnBoundary(text, s.start) || !OnBoundary(text, s.end))
      Fail(where + " cuts a UTF-8 character");
    last_end = s.end;
  }
}

// Spans inside the text, on character boundaries, not reversed (they may
// nest or overlap: a partial quote inside a direct one).
void CheckSpan(const Span& s, std::string_view text, const std::string& where) {
  if (s.start > s.end || s.end > text.size()) Fail(where + " outside the text");
  if (!OnBoundary(text, s.start) || !OnBoundary(text, s.end)) {
    Fail(where + " cuts a UTF-8 character");
  }
}

template <typename T>
void CheckEachSpan(const std::vector<T>& items, std::string_view text, const char* kind) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    CheckSpan(items[i].span, text, std::string(kind) + " " + std::to_string(i));
  }
}

// What the extract and resolve stages add.
void CheckStageOutput(const Document& d) {
  CheckEachSpan(d.mentions, d.text, "mention");
  CheckEachSpan(d.timexes, d.text, "timex");
  CheckEachSpan(d.quantities, d.text, "quantity");
  CheckEachSpan(d.credits, d.text, "credit");
  CheckEachSpan(d.quotes, d.text, "quote");
  for (std::size_t i = 0; i < d.quotes.size(); ++i) {
    const Quote& q = d.quotes[i];
    const std::string where = "quote " + std::to_string(i);
    if (q.has_cue) CheckSpan(q.cue, d.text, where + " cue");
    if (q.has_speaker && q.speaker.has_span) CheckSpan(q.speaker.span, d.text, where + " speaker");
    if (!(q.confidence >= 0.0 && q.confidence <= 1.0)) Fail(where + " confidence outside [0, 1]");
  }
  for (std::size_t i = 0; i < d.chains.size(); ++i) {
    for (std::uint32_t m : d.chains[i].mentions) {
      if (m >= d.mentions.size())
        Fail("chain " + std::to_string(i) + " names a mention past the end");
    }
  }
  for (std::size_t i = 0; i < d.quantities.size(); ++i) {
    if (!std::isfinite(d.quantities[i].value)) {
      Fail("quantity " + std::to_string(i) + " has a value that is not finite");
    }
  }
}

}  // namespace

void Fail(const std::string& what) {
  std::fprintf(stderr, "invariant broken: %s\n", what.c_str());
  __builtin_trap();
}

bool OnBoundary(std::string_view text, std::uint64_t offset) {
  return offset >= text.size() || !IsContinuation(static_cast<unsigned char>(text[offset]));
}

bool IsValidUtf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    for (std::size_t k = 1; k <= n; ++k) {
      if (i + k >= bytes.size()) return false;
      const unsigned char d = static_cast<unsigned char>(bytes[i + k]);
      if (!IsContinuation(d)) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += n + 1;
  }
  return true;
}

void CheckDocument(const Document& d, std::size_t input_size) {
  if (!IsValidUtf8(d.text)) Fail("text is not valid UTF-8");
  CheckSpans(d.paragraphs, d.text, "paragraph");
  CheckSpans(d.sentences, d.text, "sentence");
  CheckSpans(d.tokens, d.text, "token");
  for (std::size_t i = 0; i < d.sentences.size(); ++i) {
    const Sentence& s = d.sentences[i];
    if (std::uint64_t{s.first_token} + s.token_count > d.tokens.size())
      Fail("sentence " + std::to_string(i) + " names tokens past the end");
  }
  if (d.to_input.output_size() != d.text.size()) Fail("to_input does not cover the text");
  if (d.to_input.input_size() > input_size) Fail("to_input maps past the input");
  std::uint64_t last = 0;
  for (std::uint64_t at = 0; at <= d.text.size(); at += 1 + d.text.size() / 64) {
    const std::uint64_t in = d.to_input.ToInput(at);
    if (in < last || in > input_size) Fail("to_input is not monotone at " + std::to_string(at));
    last = in;
  }
  CheckStageOutput(d);
}

DocumentChecker::DocumentChecker(const ExtractOptions& stages) {
  Result<std::unique_ptr<TextAnalyzer>> text = TextAnalyzer::Create();
  if (!text.ok()) Fail("text analyzer: " + text.status().ToString());
  text_ = std::move(*text);
  Result<DocumentStages> made = MakeDocumentStages(stages);
  if (!made.ok()) Fail("document stages: " + made.status().ToString());
  stages_ = std::move(*made);
}

DocumentChecker::~DocumentChecker() = default;

void DocumentChecker::Check(const RawRecord& record, std::string_view published) {
  Result<Document> doc = cleaner_.Clean(record);
  if (!doc.ok()) return;
  if (!published.empty()) doc->published = std::string(published);
  CheckDocument(*doc, record.body.size());
  if (!text_->Analyze(*doc).ok()) return;
  CheckDocument(*doc, record.body.size());
  for (const std::unique_ptr<DocumentStage>& stage : stages_) {
    if (!stage->Apply(*doc, *text_).ok()) return;
    CheckDocument(*doc, record.body.size());
  }
}

void CleanAnalyzeAndCheck(const RawRecord& record) { StageChecker(ExtractOptions{}).Check(record); }

void WarmUp() { StageChecker(ExtractOptions{}); }

DocumentChecker& StageChecker(const ExtractOptions& stages) {
  static DocumentChecker* checker = new DocumentChecker(stages);
  return *checker;
}

}  // namespace crosscheck::fuzz
