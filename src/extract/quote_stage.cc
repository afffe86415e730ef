// The quotation stage: pairs quotation marks, parses the sentences holding a
// reporting cue, reads cue frames off the trees and attaches each quotation to
// the frame that governs it.
//
// Attaching a quotation: the nearest frame after it in the sentence where it
// closes ("“…,” Wallin said") wins, else the nearest frame before it in the
// sentence where it opens ("Wallin said: “…”", "said the wall had “clearly”
// failed"). A clausal cue (believe, find) attaches a quotation only when its
// content holds it. A frame that attaches a direct quotation is spent; the
// others with content become indirect quotes (a partial quotation inside that
// content keeps the frame's cue too).
#include "extract/quote_stage.h"

#include <algorithm>
#include <cctype>

#include "extract/quote_frames.h"
#include "extract/quote_marks.h"

namespace crosscheck {
namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFFu;

template <typename T>
std::uint32_t IndexAt(const std::vector<T>& items, std::uint32_t pos) {
  auto it = std::upper_bound(items.begin(), items.end(), pos,
                             [](std::uint32_t p, const T& item) { return p < item.span.start; });
  if (it == items.begin()) return kNone;
  --it;
  return pos < it->span.end ? static_cast<std::uint32_t>(it - items.begin()) : kNone;
}

bool IsDashStart(std::string_view s) {
  return s.starts_with("\xE2\x80\x94") || s.starts_with("\xE2\x80\x93") || s.starts_with("-");
}

// The name on a "— Name" line: after the dash, up to a comma or the line end.
Span DashLineName(std::string_view text, Span para) {
  std::uint32_t a = para.start;
  std::string_view s = para.Of(text);
  const std::uint32_t dash = s.starts_with("-") ? 1 : 3;
  a += dash;
  while (a < para.end && (text[a] == ' ' || text[a] == '\t')) ++a;
  std::uint32_t b = a;
  while (b < para.end && text[b] != '\n' && text[b] != ',') ++b;
  while (b > a && (text[b - 1] == ' ' || text[b - 1] == '.')) --b;
  return {a, b};
}

bool OnlySpaceOrPunct(std::string_view s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) continue;  // dashes, marks
    if (std::isalnum(u)) return false;
  }
  return true;
}

// The cue, outlets and source span of `frame`, onto `quote`.
void TakeFrame(const CueFrame& frame, Quote& quote) {
  quote.has_cue = true;
  quote.cue = frame.cue;
  quote.via = frame.via;
  if (frame.has_source) {
    quote.has_speaker = true;
    quote.speaker.has_span = true;
    quote.speaker.span = frame.source;
  }
}

struct WordShape {
  int words = 0;
  bool title_case = false;  // every word capitalised but short function words
};

WordShape ShapeOf(std::string_view inner) {
  WordShape shape;
  bool all_capital = true;
  std::size_t i = 0;
  while (i < inner.size()) {
    while (i < inner.size() && inner[i] == ' ') ++i;
    std::size_t j = i;
    while (j < inner.size() && inner[j] != ' ') ++j;
    if (j > i) {
      std::string_view w = inner.substr(i, j - i);
      const auto c = static_cast<unsigned char>(w[0]);
      if (std::isalnum(c) || c >= 0x80) {
        ++shape.words;
        const bool function_word = w == "of" || w == "the" || w == "and" || w == "a" || w == "in" ||
                                   w == "on" || w == "for" || w == "to" || w == "with" || w == "at";
        if (!function_word && !(std::isupper(c) || std::isdigit(c) || c >= 0xC3)) {
          all_capital = false;
        }
      }
    }
    i = j;
  }
  const char last = inner.empty() ? ' ' : inner.back();
  shape.title_case = all_capital && shape.words >= 2 && shape.words <= 8 && last != '.' &&
                     last != '?' && last != '!';
  return shape;
}

// A frame whose content opens a quotation and stops inside it ('warned that
// the plan "does' of 'warned that the plan "does nothing for the wards"') was
// cut by a parse error, not by the writer: the content runs on to the
// quotation's closing mark when that mark is in the content's sentence.
// `quotations` are sorted by start (PairQuoteMarks).
void CloseCutQuotations(const Document& doc, std::span<const QuoteRegion> quotations,
                        std::vector<CueFrame>& frames) {
  for (CueFrame& f : frames) {
    if (!f.has_content || f.sentence >= doc.sentences.size()) continue;
    const Span sentence = doc.sentences[f.sentence].span;
    for (const QuoteRegion& r : quotations) {
      if (r.outer.start >= f.content.end) break;
      if (r.closed && r.outer.start >= f.content.start && r.outer.end > f.content.end &&
          r.outer.end <= sentence.end) {
        f.content.end = r.outer.end;
      }
    }
  }
}

class QuoteStage : public DocumentStage {
 public:
  explicit QuoteStage(QuoteStageOptions options) : options_(options) {}
  std::string_view name() const override { return "quotes"; }

  Status Apply(Document& doc, TextAnalyzer& text) override {
    std::vector<QuoteRegion> all = PairQuoteMarks(doc.text, doc.paragraphs);
    const bool any_double = std::any_of(all.begin(), all.end(), [](const QuoteRegion& r) {
      return r.level == QuoteLevel::kDouble;
    });
    std::vector<QuoteRegion> top;
    for (const QuoteRegion& r : all) {
      if (r.depth == 0 && (r.level == QuoteLevel::kDouble || !any_double)) top.push_back(r);
    }
    const QuoteModel* model = options_.model.get();
    if (model != nullptr) context_.Reset(doc, top);
    std::vector<std::uint32_t> cue_sentences =
        model != nullptr ? model->CueSentences(doc, context_) : CueSentences(doc, top);
    if (options_.parse && !cue_sentences.empty()) {
      CROSSCHECK_RETURN_IF_ERROR(text.Parse(doc, cue_sentences));
    }
    std::vector<CueFrame> frames = model != nullptr ? model->Frames(doc, context_, cue_sentences)
                                                    : FindCueFrames(doc, cue_sentences, top);
    for (CueFrame& f : FindColonFrames(doc, top)) frames.push_back(std::move(f));
    CloseCutQuotations(doc, top, frames);
    std::stable_sort(frames.begin(), frames.end(), [](const CueFrame& a, const CueFrame& b) {
      return a.cue.start < b.cue.start;
    });
    std::vector<bool> spent(frames.size(), false);
    std::vector<Quote> quotes;

    for (std::size_t i = 0; i < top.size(); ++i) {
      const QuoteRegion& r = top[i];
      const std::uint32_t s_open = IndexAt(doc.sentences, r.outer.start);
      const std::uint32_t s_close = IndexAt(doc.sentences, r.outer.end - 1);
      const std::uint32_t para = IndexAt(doc.paragraphs, r.outer.start);
      // Frame after the quotation in its closing sentence, else before it in its opening one.
      std::uint32_t after = kNone, before = kNone;
      for (std::uint32_t f = 0; f < frames.size(); ++f) {
        const CueFrame& fr = frames[f];
        const bool holds =
            fr.has_content && fr.content.start <= r.outer.start && r.outer.end <= fr.content.end;
        if (fr.strength != CueStrength::kSpeech && !holds) continue;
        if (fr.sentence == s_close && fr.cue.start >= r.outer.end && after == kNone) after = f;
        if (fr.sentence == s_open && fr.cue.end <= r.outer.start) before = f;
      }
      // "Ms Lind said:" closing the sentence (or paragraph) before the quotation.
      if (after == kNone && before == kNone && s_open != kNone && s_open > 0) {
        const Sentence& prev = doc.sentences[s_open - 1];
        std::string_view prev_text = prev.span.Of(doc.text);
        while (!prev_text.empty() && (prev_text.back() == ' ' || prev_text.back() == '\n')) {
          prev_text.remove_suffix(1);
        }
        if (prev_text.ends_with(":")) {
          for (std::uint32_t f = 0; f < frames.size(); ++f) {
            if (frames[f].sentence == s_open - 1 && frames[f].strength == CueStrength::kSpeech) {
              before = f;
            }
          }
        }
      }
      std::uint32_t frame = after != kNone ? after : before;

      Quote q;
      q.span = r.outer;
      // Kind.
      const bool para_only = para != kNone && r.outer.start == doc.paragraphs[para].span.start &&
                             OnlySpaceOrPunct(std::string_view(doc.text).substr(
                                 r.outer.end, doc.paragraphs[para].span.end - r.outer.end));
      bool block = false;
      // The "— Name" line: the next paragraph, or the next line of this one.
      Span next{};
      if (para != kNone && r.paragraphs == 1 && r.outer.start == doc.paragraphs[para].span.start) {
        const Span p = doc.paragraphs[para].span;
        std::uint32_t a = r.outer.end;
        while (a < p.end && (doc.text[a] == ' ' || doc.text[a] == '\t')) ++a;
        if (a < p.end && doc.text[a] == '\n') {
          next = {a + 1, p.end};
        } else if (para_only && para + 1 < doc.paragraphs.size()) {
          next = doc.paragraphs[para + 1].span;
        }
      }
      if (!next.empty()) {
        if (IsDashStart(next.Of(doc.text))) {
          block = true;
          q.kind = "block";
          q.has_speaker = true;
          q.speaker.has_span = true;
          q.speaker.span = DashLineName(doc.text, next);
          q.confidence = 0.85;
          frame = kNone;
        }
      }
      if (!block) {
        const std::uint32_t sent_start =
            s_open == kNone ? r.outer.start : doc.sentences[s_open].span.start;
        std::string_view lead(doc.text.data() + sent_start, r.outer.start - sent_start);
        while (!lead.empty() && (lead.back() == ' ' || lead.back() == '\n')) lead.remove_suffix(1);
        const bool starts_sentence = OnlySpaceOrPunct(lead) || lead.ends_with(":") ||
                                     (before != kNone && frame == before && lead.ends_with(","));
        std::string_view inner = r.inner.Of(doc.text);
        while (!inner.empty() && !std::isalnum(static_cast<unsigned char>(inner.back())) &&
               static_cast<unsigned char>(inner.back()) < 0x80 && inner.back() != '.' &&
               inner.back() != ',' && inner.back() != '!' && inner.back() != '?') {
          inner.remove_suffix(1);
        }
        const bool ends_clause = !inner.empty() && (inner.back() == ',' || inner.back() == '.' ||
                                                    inner.back() == '!' || inner.back() == '?');
        const WordShape shape = ShapeOf(inner);
        const bool direct = starts_sentence || r.paragraphs > 1 ||
                            (ends_clause && shape.words >= 4 && !shape.title_case &&
                             frame != kNone && frame == after);
        q.kind = direct ? "direct" : "partial";
        // A name in quotation marks (a programme, a book: “State of the Union,”) is
        // nobody's words.
        if (!direct && shape.title_case) frame = kNone;
      }
      if (frame != kNone) {
        TakeFrame(frames[frame], q);
        q.confidence = q.kind == "direct" ? 0.9 : 0.7;
        if (q.kind == "direct") spent[frame] = true;
      } else if (!block) {
        // The previous quotation of this paragraph lends its cue ("“A,” she said. “B.”").
        const Quote* prev = nullptr;
        for (auto it = quotes.rbegin(); it != quotes.rend(); ++it) {
          if (it->kind == "direct" || it->kind == "partial") {
            prev = &*it;
            break;
          }
        }
        if (prev != nullptr && q.kind == "direct" && prev->has_cue &&
            IndexAt(doc.paragraphs, prev->span.start) == para) {
          q.has_cue = true;
          q.cue = prev->cue;
          q.via = prev->via;
          q.has_speaker = prev->has_speaker;
          q.speaker = prev->speaker;
          q.confidence = 0.8;
        } else {
          q.confidence = q.kind == "direct" ? 0.6 : 0.3;
        }
      }
      quotes.push_back(std::move(q));
    }

    // Indirect quotes: frames not spent on a direct quotation.
    for (std::size_t f = 0; f < frames.size(); ++f) {
      const CueFrame& fr = frames[f];
      if (spent[f] || !fr.has_content) continue;
      // Content that is a direct quotation already reported is not reported twice.
      bool is_direct = false;
      for (const Quote& q : quotes) {
        if (q.kind == "direct" && q.span.start <= fr.content.start &&
            fr.content.end <= q.span.end) {
          is_direct = true;
          break;
        }
      }
      if (is_direct) continue;
      Quote q;
      q.span = fr.content;
      q.kind = "indirect";
      TakeFrame(fr, q);
      q.confidence = fr.strength == CueStrength::kSpeech ? 0.7 : 0.5;
      quotes.push_back(std::move(q));
    }
    std::stable_sort(quotes.begin(), quotes.end(),
                     [](const Quote& a, const Quote& b) { return a.span.start < b.span.start; });
    for (Quote& q : quotes) doc.quotes.push_back(std::move(q));
    return Status::Ok();
  }

 private:
  QuoteStageOptions options_;
  CueContext context_;  // scratch for the model, per document
};

}  // namespace

std::unique_ptr<DocumentStage> MakeQuoteStage(const QuoteStageOptions& options) {
  return std::make_unique<QuoteStage>(options);
}

}  // namespace crosscheck
