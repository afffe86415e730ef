#include "text/conllu.h"

#include <zlib.h>

#include <charconv>
#include <cstdio>
#include <memory>

namespace crosscheck::text {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cols;
}

bool ParseInt(std::string_view s, int* value) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *value);
  return ec == std::errc() && end == s.data() + s.size();
}

std::string_view CommentValue(std::string_view line, std::string_view key) {
  // "# key = value" (spaces optional)
  std::string_view rest = line.substr(1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.substr(0, key.size()) != key) return {};
  rest.remove_prefix(key.size());
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.empty() || rest.front() != '=') return {};
  rest.remove_prefix(1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return rest;
}

}  // namespace

Result<std::vector<ConlluSentence>> ReadConllu(std::string_view text, const std::string& name) {
  std::vector<ConlluSentence> sentences;
  ConlluSentence current;
  std::size_t pos = 0;
  auto corrupt = [&](const std::string& message, std::size_t offset) {
    return Status::Corrupt(message, Location{name, static_cast<std::int64_t>(sentences.size() + 1),
                                             static_cast<std::int64_t>(offset)});
  };
  while (pos <= text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::size_t line_offset = pos;
    pos = eol + 1;
    if (line.empty()) {
      if (!current.lines.empty()) {
        sentences.push_back(std::move(current));
        current = ConlluSentence();
      }
      if (eol == text.size()) break;
      continue;
    }
    current.lines.emplace_back(line);
    if (line.front() == '#') {
      if (std::string_view v = CommentValue(line, "text"); !v.empty()) current.text = v;
      if (std::string_view v = CommentValue(line, "newdoc id"); !v.empty()) current.newdoc = v;
      if (line.substr(0, 9) == "# newpar" || line.substr(0, 8) == "# newpar") current.newpar = true;
      continue;
    }
    const std::vector<std::string_view> cols = SplitTabs(line);
    if (cols.size() != 10) {
      return corrupt("CoNLL-U line with " + std::to_string(cols.size()) + " columns, not 10",
                     line_offset);
    }
    const std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node: kept as a line
    if (const std::size_t dash = id.find('-'); dash != std::string_view::npos) {
      ConlluToken token;
      if (!ParseInt(id.substr(0, dash), &token.first) ||
          !ParseInt(id.substr(dash + 1), &token.last) || token.last < token.first) {
        return corrupt("bad multi-word token range '" + std::string(id) + "'", line_offset);
      }
      token.form = cols[1];
      current.tokens.push_back(std::move(token));
      continue;
    }
    int number = 0;
    if (!ParseInt(id, &number) || number != static_cast<int>(current.words.size()) + 1) {
      return corrupt("word ID '" + std::string(id) + "' where " +
                         std::to_string(current.words.size() + 1) + " was expected",
                     line_offset);
    }
    ConlluWord word{
        std::string(cols[1]), std::string(cols[2]), std::string(cols[3]), std::string(cols[4]),
        std::string(cols[5]), std::string(cols[7]), std::string(cols[9]), -1};
    if (cols[6] != "_" && !ParseInt(cols[6], &word.head)) {
      return corrupt("HEAD '" + std::string(cols[6]) + "' is not a number", line_offset);
    }
    current.word_line.push_back(static_cast<int>(current.lines.size()) - 1);
    current.words.push_back(std::move(word));
  }
  if (!current.lines.empty()) sentences.push_back(std::move(current));
  return sentences;
}

Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> probe(std::fopen(path.c_str(), "rb"),
                                                        &std::fclose);
  if (!probe) return Status::NotFound("cannot open CoNLL-U file", Location{path});
  probe.reset();
  gzFile file = gzopen(path.c_str(), "rb");  // reads plain files as they are
  if (file == nullptr) return Status::IoError("cannot open CoNLL-U file", Location{path});
  std::string data;
  char buffer[1 << 16];
  int n;
  while ((n = gzread(file, buffer, sizeof(buffer))) > 0) data.append(buffer, n);
  const bool failed = n < 0;
  gzclose(file);
  if (failed) return Status::IoError("read error (truncated gzip?)", Location{path});
  return ReadConllu(data, path);
}

std::string WriteConllu(const std::vector<ConlluSentence>& sentences) {
  std::string out;
  for (const ConlluSentence& s : sentences) {
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.lines.size(); ++i) {
      if (w < s.word_line.size() && static_cast<std::size_t>(s.word_line[w]) == i) {
        const ConlluWord& word = s.words[w];
        std::vector<std::string_view> cols = SplitTabs(s.lines[i]);
        const std::string head = word.head < 0 ? "_" : std::to_string(word.head);
        cols[3] = word.upos;
        cols[4] = word.xpos;
        cols[5] = word.feats.empty() ? "_" : std::string_view(word.feats);
        cols[6] = head;
        cols[7] = word.deprel.empty() ? "_" : std::string_view(word.deprel);
        for (std::size_t c = 0; c < cols.size(); ++c) {
          if (c) out += '\t';
          out.append(cols[c]);
        }
        ++w;
      } else {
        out += s.lines[i];
      }
      out += '\n';
    }
    out += '\n';
  }
  return out;
}

}  // namespace crosscheck::text
