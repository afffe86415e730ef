#include "extract/ner_gum.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

namespace crosscheck::extract {
namespace {

// The value of key `key` in a MISC column ("A=1|Entity=...|B=2"), or "".
std::string_view MiscValue(std::string_view misc, std::string_view key) {
  std::size_t pos = 0;
  while (pos <= misc.size()) {
    std::size_t bar = misc.find('|', pos);
    if (bar == std::string_view::npos) bar = misc.size();
    const std::string_view item = misc.substr(pos, bar - pos);
    if (item.size() > key.size() && item.substr(0, key.size()) == key && item[key.size()] == '=') {
      return item.substr(key.size() + 1);
    }
    pos = bar + 1;
  }
  return {};
}

struct Open {
  std::string id, etype;
  int first;
};

}  // namespace

std::vector<GumMention> ReadGumMentions(const std::vector<text::ConlluSentence>& sentences) {
  std::vector<GumMention> out;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    std::vector<Open> open;
    const auto& words = sentences[s].words;
    for (std::size_t w = 0; w < words.size(); ++w) {
      const std::string_view value = MiscValue(words[w].misc, "Entity");
      std::size_t i = 0;
      while (i < value.size()) {
        if (value[i] == '(') {
          std::size_t end = value.find_first_of("()", i + 1);
          if (end == std::string_view::npos) end = value.size();
          const std::string_view label = value.substr(i + 1, end - i - 1);
          const std::size_t dash = label.find('-');
          const std::size_t dash2 =
              dash == std::string_view::npos ? dash : label.find('-', dash + 1);
          if (dash != std::string_view::npos) {
            std::string id(label.substr(0, dash));
            std::string etype(label.substr(dash + 1, dash2 == std::string_view::npos
                                                         ? std::string_view::npos
                                                         : dash2 - dash - 1));
            if (end < value.size() && value[end] == ')') {
              out.push_back({static_cast<int>(s), static_cast<int>(w), static_cast<int>(w),
                             std::move(etype), std::move(id)});
              ++end;
            } else {
              open.push_back({std::move(id), std::move(etype), static_cast<int>(w)});
            }
          }
          i = end;
        } else {
          // "ID)" closes the innermost open mention with that ID.
          std::size_t end = value.find(')', i);
          if (end == std::string_view::npos) break;
          const std::string_view id = value.substr(i, end - i);
          for (auto it = open.rbegin(); it != open.rend(); ++it) {
            if (it->id == id) {
              out.push_back(
                  {static_cast<int>(s), it->first, static_cast<int>(w), it->etype, it->id});
              open.erase(std::next(it).base());
              break;
            }
          }
          i = end + 1;
        }
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const GumMention& a, const GumMention& b) {
    if (a.sentence != b.sentence) return a.sentence < b.sentence;
    if (a.first != b.first) return a.first < b.first;
    return a.last > b.last;
  });
  return out;
}

Result<std::vector<std::string>> ListGumDocuments(const std::string& gum_dir,
                                                  std::string_view split) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(fs::path(gum_dir) / "dep", ec)) {
    return Status::NotFound("no GUM dep/ folder", {gum_dir});
  }
  auto read_names = [&](const char* file, std::set<std::string>& names) {
    std::ifstream in(fs::path(gum_dir) / file);
    std::string line;
    while (std::getline(in, line)) {
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      if (!line.empty()) names.insert(line);
    }
  };
  std::set<std::string> dev, held;
  read_names("split_dev.txt", dev);
  held = dev;
  read_names("split_test.txt", held);
  read_names("split_test2.txt", held);
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(fs::path(gum_dir) / "dep", ec)) {
    if (entry.path().extension() != ".conllu") continue;
    const std::string stem = entry.path().stem().string();
    const bool take = split == "dev" ? dev.count(stem) > 0 : held.count(stem) == 0;
    if (take) out.push_back(entry.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool IsWithheldGumDocument(const std::vector<text::ConlluSentence>& sentences) {
  for (const auto& s : sentences) {
    for (const auto& w : s.words) {
      if (w.form.find_first_not_of('_') != std::string::npos) return false;
    }
  }
  return true;
}

std::string_view NerTypeOfGum(std::string_view etype) {
  if (etype == "person") return "PERSON";
  if (etype == "organization") return "ORG";
  if (etype == "place") return "PLACE";
  if (etype == "event") return "EVENT";
  return "OTHER";
}

bool GumNameSpan(const text::ConlluSentence& sentence, const GumMention& mention, int& first,
                 int& last, bool lenient) {
  const auto& words = sentence.words;
  first = mention.first;
  last = mention.last;
  if (first < 0 || last >= static_cast<int>(words.size()) || first > last) return false;
  const auto& lead = words[first];
  if (first < last && (lead.upos == "DET" || lead.xpos == "PRP$" || lead.xpos == "WP$")) {
    ++first;
  }
  if (first < last && words[last].xpos == "POS") --last;
  if (words[first].upos != "PROPN") return false;
  int end = first;  // the last proper noun of the run that obeys the rule
  for (int k = first + 1; k <= last; ++k) {
    const std::string& u = words[k].upos;
    if (u == "PROPN") {
      end = k;
    } else if (u != "ADP" && u != "DET") {
      break;
    }
  }
  if (end == last) return true;
  // Lenient: not for a possessor ("Brenfield's office" names the office).
  if (!lenient || words[end + 1].xpos == "POS") return false;
  last = end;
  return true;
}

std::vector<std::vector<NerSpan>> GumNames(const std::vector<text::ConlluSentence>& sentences,
                                           bool lenient) {
  std::vector<std::vector<NerSpan>> names(sentences.size());
  for (const GumMention& m : ReadGumMentions(sentences)) {
    int first = 0, last = 0;
    if (!GumNameSpan(sentences[m.sentence], m, first, last, lenient)) continue;
    const NerSpan span{first, last, NerTypeIndex(NerTypeOfGum(m.etype))};
    auto& list = names[m.sentence];
    if (std::find(list.begin(), list.end(), span) == list.end()) list.push_back(span);
  }
  for (auto& list : names) {
    std::sort(list.begin(), list.end(), [](const NerSpan& a, const NerSpan& b) {
      return a.first != b.first ? a.first < b.first : a.last > b.last;
    });
  }
  return names;
}

NerSentence TagGumSentence(const text::ConlluSentence& sentence, const text::Tagger& tagger) {
  NerSentence out;
  std::vector<std::string_view> forms;
  for (const auto& w : sentence.words) {
    out.forms.push_back(w.form);
    forms.push_back(w.form);
  }
  std::vector<text::WordTags> tags;
  tagger.Tag(forms, tags);
  for (const auto& t : tags) {
    out.upos.push_back(t.upos);
    out.xpos.push_back(t.xpos);
  }
  return out;
}

void AddDocumentCues(std::vector<NerSentence>& document) {
  std::vector<std::vector<std::string_view>> forms(document.size());
  for (std::size_t s = 0; s < document.size(); ++s)
    forms[s].assign(document[s].forms.begin(), document[s].forms.end());
  auto cues = DocumentCues(forms);
  for (std::size_t s = 0; s < document.size(); ++s) document[s].cues = std::move(cues[s]);
}

}  // namespace crosscheck::extract
