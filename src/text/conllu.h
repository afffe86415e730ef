// CoNLL-U (Universal Dependencies) sentences: reading, and writing back with
// new annotations.
//
//   Result<std::vector<ConlluSentence>> s = ReadConlluFile("en_ewt-ud-dev.conllu");
//   (*s)[0].words[2].upos = "VERB";
//   std::string out = WriteConllu(*s);   // every other line and column as read
//
// A sentence keeps its raw lines (comments, multi-word token ranges "3-4",
// empty nodes "8.1") so that WriteConllu reproduces the input with only the
// UPOS, XPOS, FEATS, HEAD and DEPREL columns of word lines taken from `words`.
// Word i of `words` is the syntactic word with ID i+1; `head` is 0 for the
// root, else the 1-based ID of the head, -1 when the column is "_".
// A multi-word token ("don't" = "do" + "n't") is listed in `tokens`.
//
// Failure: a word line without 10 tab-separated columns, an ID that is not the
// next integer, or a HEAD that is not a number or "_" is kCorrupt with the
// location (name, 1-based sentence number as record, byte offset of the line).
// ReadConlluFile reads plain or gzip-compressed (".gz") files; a missing file
// is kNotFound, a read error kIoError.
// Thread safety: plain functions over values.
#ifndef CROSSCHECK_TEXT_CONLLU_H_
#define CROSSCHECK_TEXT_CONLLU_H_

#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/status.h"

namespace crosscheck::text {

struct ConlluWord {
  std::string form, lemma, upos, xpos, feats, deprel, misc;
  int head = -1;
};

struct ConlluToken {        // a multi-word token line "first-last form ..."
  int first = 0, last = 0;  // 1-based word IDs, inclusive
  std::string form;
};

struct ConlluSentence {
  std::vector<std::string> lines;  // as read, without the line ends
  std::vector<int> word_line;      // words[i] is lines[word_line[i]]
  std::vector<ConlluWord> words;
  std::vector<ConlluToken> tokens;
  std::string text;     // the "# text =" comment, "" if none
  std::string newdoc;   // "# newdoc id =" value when the sentence opens a document
  bool newpar = false;  // a "# newpar" comment precedes it
};

Result<std::vector<ConlluSentence>> ReadConllu(std::string_view text, const std::string& name);
Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path);
std::string WriteConllu(const std::vector<ConlluSentence>& sentences);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_TEXT_CONLLU_H_
