// IcuTextAnalyzer: the TextAnalyzer of crosscheck/text.h, built on ICU and CLD2.
//
// Owns one SentenceSplitter and one WordTokenizer (ICU break iterators made
// once in Create and reused: setText per paragraph) plus scratch vectors, so
// Analyze allocates little beyond the Document's own vectors.
//
// Analyze, step by step:
//   1. Document::to_input must map Document::text (a default-constructed,
//      empty map is taken as the identity); otherwise kInvalidArgument.
//   2. NFC (text/nfc.h); when the text changes, to_input = nfc.Then(to_input).
//   3. paragraphs (text/paragraphs.h), replacing what the cleaner set.
//   4. per paragraph: sentences, then tokens; tokens are clipped to their
//      sentence (no token crosses a sentence end) and each Sentence gets
//      first_token / token_count.
//   5. language with CLD2 when TextOptions::detect_language.
//   6. tags per sentence (TextOptions::tag) with the shared tagger model.
// Parse runs the shared parser over the asked sentences (syntax_models.h).
// Errors carry the document's origin as their location.
// Thread safety: not thread-safe; one analyzer per thread.
#ifndef CROSSCHECK_TEXT_ICU_TEXT_ANALYZER_H_
#define CROSSCHECK_TEXT_ICU_TEXT_ANALYZER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "crosscheck/text.h"
#include "text/sentence_splitter.h"
#include "text/syntax_models.h"
#include "text/word_tokenizer.h"

namespace crosscheck::text {

class IcuTextAnalyzer final : public TextAnalyzer {
 public:
  static Result<std::unique_ptr<IcuTextAnalyzer>> Create(const TextOptions& options);

  Status Analyze(Document& document) override;
  Status Tokenize(std::string_view text, std::vector<Token>& tokens) override;
  Status Parse(Document& document, std::span<const std::uint32_t> sentences) override;
  Status ParseAll(Document& document) override;

 private:
  IcuTextAnalyzer(const TextOptions& options, std::unique_ptr<SentenceSplitter> sentences,
                  std::unique_ptr<WordTokenizer> words);
  // Fills paragraphs, sentences and tokens of a document whose text is final.
  Status Segment(Document& document);
  // Loads the models on first use.
  Status EnsureModels();
  void TagSentence(Document& document, const Sentence& sentence);
  bool IsTagged(const Document& document, const Sentence& sentence) const;

  TextOptions options_;
  std::unique_ptr<SentenceSplitter> sentences_;
  std::unique_ptr<WordTokenizer> words_;
  std::vector<Span> scratch_spans_;
  std::vector<Token> scratch_tokens_;
  std::shared_ptr<const SyntaxModels> models_;
  std::vector<std::string_view> words_scratch_;
  std::vector<WordTags> tags_scratch_;
  std::vector<int> heads_scratch_;
  std::vector<std::uint8_t> deprels_scratch_;
};

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_ICU_TEXT_ANALYZER_H_
