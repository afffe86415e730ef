#include "text/icu_text_analyzer.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>

#include "text/nfc.h"
#include "text/paragraphs.h"

namespace crosscheck {

Result<std::unique_ptr<TextAnalyzer>> TextAnalyzer::Create(const TextOptions& options) {
  Result<std::unique_ptr<text::IcuTextAnalyzer>> analyzer = text::IcuTextAnalyzer::Create(options);
  if (!analyzer.ok()) return analyzer.status();
  return std::unique_ptr<TextAnalyzer>(std::move(*analyzer));
}

namespace text {

Result<std::unique_ptr<IcuTextAnalyzer>> IcuTextAnalyzer::Create(const TextOptions& options) {
  Result<std::unique_ptr<SentenceSplitter>> sentences = SentenceSplitter::Create(options.locale);
  if (!sentences.ok()) return sentences.status();
  Result<std::unique_ptr<WordTokenizer>> words = WordTokenizer::Create(options.locale);
  if (!words.ok()) return words.status();
  std::unique_ptr<IcuTextAnalyzer> analyzer(
      new IcuTextAnalyzer(options, std::move(*sentences), std::move(*words)));
  if (options.tag) CROSSCHECK_RETURN_IF_ERROR(analyzer->EnsureModels());
  return analyzer;
}

Status IcuTextAnalyzer::EnsureModels() {
  if (models_ != nullptr) return Status::Ok();
  Result<std::shared_ptr<const SyntaxModels>> models =
      LoadSyntaxModels(FindModelsDir(options_.models_dir));
  if (!models.ok()) return models.status();
  models_ = std::move(*models);
  return Status::Ok();
}

void IcuTextAnalyzer::TagSentence(Document& document, const Sentence& sentence) {
  words_scratch_.clear();
  const std::string_view text = document.text;
  for (std::uint32_t t = sentence.first_token; t < sentence.first_token + sentence.token_count;
       ++t) {
    words_scratch_.push_back(document.tokens[t].span.Of(text));
  }
  models_->tagger->Tag(words_scratch_, tags_scratch_);
  for (std::uint32_t i = 0; i < sentence.token_count; ++i) {
    Token& token = document.tokens[sentence.first_token + i];
    token.upos = tags_scratch_[i].upos;
    token.xpos = tags_scratch_[i].xpos;
    token.feats = tags_scratch_[i].feats;
  }
}

bool IcuTextAnalyzer::IsTagged(const Document& document, const Sentence& sentence) const {
  return sentence.token_count == 0 || document.tokens[sentence.first_token].upos != 0;
}

Status IcuTextAnalyzer::Parse(Document& document, std::span<const std::uint32_t> sentences) {
  const Location where{.input = document.origin};
  for (const std::uint32_t k : sentences) {
    if (k >= document.sentences.size()) {
      return Status::InvalidArgument("sentence " + std::to_string(k) + " of " +
                                         std::to_string(document.sentences.size()) + " to parse",
                                     where);
    }
  }
  Status st = EnsureModels();
  if (!st.ok()) return st.WithLocation(where);
  const std::string_view text = document.text;
  for (const std::uint32_t k : sentences) {
    Sentence& sentence = document.sentences[k];
    if (sentence.parsed) continue;
    if (!IsTagged(document, sentence)) TagSentence(document, sentence);
    words_scratch_.clear();
    tags_scratch_.clear();
    for (std::uint32_t i = 0; i < sentence.token_count; ++i) {
      const Token& token = document.tokens[sentence.first_token + i];
      words_scratch_.push_back(token.span.Of(text));
      tags_scratch_.push_back({token.upos, token.xpos, token.feats});
    }
    models_->parser->Parse(words_scratch_, tags_scratch_, heads_scratch_, deprels_scratch_);
    for (std::uint32_t i = 0; i < sentence.token_count; ++i) {
      Token& token = document.tokens[sentence.first_token + i];
      token.head = heads_scratch_[i] < 0
                       ? -1
                       : static_cast<std::int32_t>(sentence.first_token) + heads_scratch_[i];
      token.deprel = deprels_scratch_[i];
    }
    sentence.parsed = true;
  }
  return Status::Ok();
}

Status IcuTextAnalyzer::ParseAll(Document& document) {
  std::vector<std::uint32_t> all(document.sentences.size());
  for (std::uint32_t k = 0; k < all.size(); ++k) all[k] = k;
  return Parse(document, all);
}

IcuTextAnalyzer::IcuTextAnalyzer(const TextOptions& options,
                                 std::unique_ptr<SentenceSplitter> sentences,
                                 std::unique_ptr<WordTokenizer> words)
    : options_(options), sentences_(std::move(sentences)), words_(std::move(words)) {}

Status IcuTextAnalyzer::Analyze(Document& document) {
  const Location where{.input = document.origin};
  if (document.text.size() >= std::numeric_limits<std::uint32_t>::max()) {
    return Status::TooLarge("text of " + std::to_string(document.text.size()) + " bytes", where);
  }
  if (document.to_input.output_size() != document.text.size()) {
    if (document.to_input.segments().empty() && document.to_input.input_size() == 0) {
      document.to_input = OffsetMap::Identity(document.text.size());  // never set: identity
    } else {
      return Status::InvalidArgument(
          "to_input maps " + std::to_string(document.to_input.output_size()) +
              " bytes but the text has " + std::to_string(document.text.size()),
          where);
    }
  }

  Result<NfcResult> nfc = NormalizeNfc(document.text);
  if (!nfc.ok()) return nfc.status().WithLocation(where);
  if (nfc->changed) {
    document.to_input = nfc->map.Then(document.to_input);
    document.text = std::move(nfc->text);
  }

  Status st = Segment(document);
  if (!st.ok()) return st.WithLocation(where);

  // A language the input declared (an HTML page's lang attribute) stands;
  // the detector decides for the rest.
  const bool declared = !document.language.empty() && document.language != "und";
  if (options_.detect_language && !declared) document.language = DetectLanguage(document.text);
  if (options_.tag) {
    for (const Sentence& sentence : document.sentences) TagSentence(document, sentence);
  }
  return Status::Ok();
}

Status IcuTextAnalyzer::Segment(Document& document) {
  const std::string_view text = document.text;
  FindParagraphs(text, document.paragraphs);
  document.sentences.clear();
  document.tokens.clear();
  document.sentences.reserve(text.size() / 120 + 1);
  document.tokens.reserve(text.size() / 5 + 1);
  for (const Paragraph& paragraph : document.paragraphs) {
    const std::size_t first_sentence = document.sentences.size();
    scratch_spans_.clear();
    CROSSCHECK_RETURN_IF_ERROR(sentences_->Split(text, paragraph.span, scratch_spans_));
    for (const Span& span : scratch_spans_) document.sentences.push_back({span, 0, 0});
    scratch_tokens_.clear();
    CROSSCHECK_RETURN_IF_ERROR(words_->Tokenize(text, paragraph.span, scratch_tokens_));
    // Hand the tokens to their sentences, clipped at sentence ends.
    std::size_t t = 0;
    for (std::size_t k = first_sentence; k < document.sentences.size(); ++k) {
      Sentence& sentence = document.sentences[k];
      sentence.first_token = static_cast<std::uint32_t>(document.tokens.size());
      while (t < scratch_tokens_.size() && scratch_tokens_[t].span.end <= sentence.span.start) {
        ++t;  // outside every sentence (cannot happen for non-space tokens)
      }
      while (t < scratch_tokens_.size() && scratch_tokens_[t].span.start < sentence.span.end) {
        Token token = scratch_tokens_[t];
        token.span.start = std::max(token.span.start, sentence.span.start);
        if (token.span.end > sentence.span.end) {
          token.span.end = sentence.span.end;  // the rest goes to the next sentence
          scratch_tokens_[t].span.start = sentence.span.end;
          document.tokens.push_back(token);
          break;
        }
        document.tokens.push_back(token);
        ++t;
      }
      sentence.token_count =
          static_cast<std::uint32_t>(document.tokens.size()) - sentence.first_token;
    }
  }
  return Status::Ok();
}

Status IcuTextAnalyzer::Tokenize(std::string_view text, std::vector<Token>& tokens) {
  if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {
    return Status::TooLarge("text of " + std::to_string(text.size()) + " bytes");
  }
  return words_->Tokenize(text, Span{0, static_cast<std::uint32_t>(text.size())}, tokens);
}

}  // namespace text
}  // namespace crosscheck
