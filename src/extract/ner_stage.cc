#include "extract/ner_stage.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>

#include "text/syntax_models.h"
#include "text/syntax_tags.h"

namespace crosscheck::extract {
namespace {

class NerStage : public DocumentStage {
 public:
  explicit NerStage(std::shared_ptr<const NerTagger> tagger) : tagger_(std::move(tagger)) {}
  std::string_view name() const override { return "mentions"; }
  Status Apply(Document& document, TextAnalyzer& text) override {
    AddNameMentions(*tagger_, document);
    return Status::Ok();
  }

 private:
  std::shared_ptr<const NerTagger> tagger_;
};

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() > end.size() && s.substr(s.size() - end.size()) == end;
}

// A plural proper noun with a nationality/adherent ending ("Norwegians",
// "Japanese", "Methodists", "Catholics", "Muscovites"), not followed by
// another capitalised word (then it is part of a name: "Americans United").
bool LooksLikeGroup(const std::vector<NerWord>& words, std::size_t k, std::uint8_t nnps) {
  const std::string_view w = words[k].form;
  if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
  if (words[k].xpos != nnps && !EndsWith(w, "ese")) return false;
  if (k + 1 < words.size() && !words[k + 1].form.empty() && words[k + 1].form[0] >= 'A' &&
      words[k + 1].form[0] <= 'Z')
    return false;
  for (const std::string_view end : {"ans", "ese", "ists", "ites", "ics", "ards", "ers"}) {
    if (EndsWith(w, end)) return end != "ers" || EndsWith(w, "landers");
  }
  return false;
}

// One document, one type per name: the tagger decides each sentence alone and
// can call a city a person in one sentence and a place in the next.
// (1) A one-word PERSON name that opens a longer non-person name of the
//     document and is never part of a longer person name ("Tidewall" beside
//     "Tidewall Marine Contractors") takes that name's type.
// (2) Then every name written the same way takes its most frequent type (the
//     first seen on a tie).
void HarmoniseTypes(std::string_view text, std::vector<Mention>& mentions) {
  std::map<std::string_view, std::string> opens;  // first word of a longer name -> its type
  std::set<std::string_view> in_person;           // words inside longer person names
  for (const Mention& m : mentions) {
    const std::string_view s = m.span.Of(text);
    const std::size_t space = s.find(' ');
    if (space == std::string_view::npos || m.type == "GROUP") continue;
    if (m.type == "PERSON") {
      std::size_t pos = 0;
      while (pos < s.size()) {
        std::size_t end = s.find(' ', pos);
        if (end == std::string_view::npos) end = s.size();
        in_person.insert(s.substr(pos, end - pos));
        pos = end + 1;
      }
    } else {
      opens.emplace(s.substr(0, space), m.type);
    }
  }
  for (Mention& m : mentions) {
    const std::string_view s = m.span.Of(text);
    if (m.type != "PERSON" || s.find(' ') != std::string_view::npos || in_person.count(s)) continue;
    if (auto it = opens.find(s); it != opens.end()) m.type = it->second;
  }
  std::map<std::string_view, std::map<std::string, std::pair<int, std::size_t>>> votes;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    auto& v = votes[mentions[i].span.Of(text)][mentions[i].type];
    if (v.first++ == 0) v.second = i;
  }
  for (Mention& m : mentions) {
    const auto& v = votes[m.span.Of(text)];
    if (v.size() < 2) continue;
    const auto best = std::max_element(v.begin(), v.end(), [](const auto& a, const auto& b) {
      return a.second.first != b.second.first ? a.second.first < b.second.first
                                              : a.second.second > b.second.second;
    });
    m.type = best->first;
  }
}

}  // namespace

Result<std::shared_ptr<const NerTagger>> LoadNerModel(const std::string& models_dir) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const NerTagger>> cache;
  const std::string path =
      (std::filesystem::path(text::FindModelsDir(models_dir)) / "ner.bin").string();
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = cache.find(path); it != cache.end()) return it->second;
  Result<std::shared_ptr<const NerTagger>> tagger = NerTagger::Load(path);
  if (!tagger.ok()) return tagger.status();
  cache[path] = *tagger;
  return *tagger;
}

Result<std::unique_ptr<DocumentStage>> MakeNerStage(const std::string& models_dir) {
  Result<std::shared_ptr<const NerTagger>> tagger = LoadNerModel(models_dir);
  if (!tagger.ok()) return tagger.status();
  return std::unique_ptr<DocumentStage>(std::make_unique<NerStage>(std::move(*tagger)));
}

void AddNameMentions(const NerTagger& tagger, Document& document) {
  const std::uint8_t nnps = text::XposIdOf("NNPS");
  std::vector<NerWord> words;
  std::vector<NerSpan> names;
  std::vector<Mention> found;
  std::vector<std::vector<std::string_view>> forms(document.sentences.size());
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    const Sentence& sentence = document.sentences[s];
    for (std::uint32_t t = sentence.first_token; t < sentence.first_token + sentence.token_count;
         ++t)
      forms[s].push_back(document.tokens[t].span.Of(document.text));
  }
  const auto cues = DocumentCues(forms);
  for (std::size_t s = 0; s < document.sentences.size(); ++s) {
    const Sentence& sentence = document.sentences[s];
    words.clear();
    const std::uint32_t first = sentence.first_token;
    for (std::uint32_t t = first; t < first + sentence.token_count; ++t) {
      const Token& token = document.tokens[t];
      words.push_back({forms[s][t - first], token.upos, token.xpos, cues[s][t - first]});
    }
    tagger.Tag(words, names);
    std::vector<bool> named(words.size(), false);
    for (NerSpan n : names) {
      // A name never runs over a line break (a pull-quote's "— Name" line
      // followed by a title line is one sentence for the splitter).
      for (int k = n.first; k < n.last; ++k) {
        const std::uint32_t gap_start = document.tokens[first + k].span.end;
        const std::uint32_t gap_end = document.tokens[first + k + 1].span.start;
        if (document.text.find('\n', gap_start) < gap_end) {
          n.last = k;
          break;
        }
      }
      Mention m;
      m.span = {document.tokens[first + n.first].span.start,
                document.tokens[first + n.last].span.end};
      m.type = kNerTypes[n.type];
      // A plural proper noun on its own names a group ("Americans").
      if (n.first == n.last && LooksLikeGroup(words, n.first, nnps)) m.type = "GROUP";
      for (int k = n.first; k <= n.last; ++k) named[k] = true;
      found.push_back(std::move(m));
    }
    for (std::size_t k = 0; k < words.size(); ++k) {
      if (named[k] || !LooksLikeGroup(words, k, nnps)) continue;
      const Span span = document.tokens[first + k].span;
      found.push_back({span, "GROUP", "", ""});
    }
  }
  HarmoniseTypes(document.text, found);
  std::sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
  });
  for (Mention& m : found) document.mentions.push_back(std::move(m));
}

}  // namespace crosscheck::extract
