// Speaker resolution. The persons of the article are listed once (from the
// entities stage's PERSON chains, or from the fallback name detector), each
// occurrence with its position, so a pronoun or description finds the
// nearest person before it by binary search. The quotations are visited in
// text order, carrying the last resolved speaker for pronouns and for
// paragraphs that continue a quotation.
#include "resolve/speaker_stage.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "resolve/speaker_names.h"

namespace crosscheck {
namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFFu;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

struct Person {
  std::string name, chain, entity;
  std::unordered_set<std::string> roles;
};

struct Occurrence {
  Span span;
  std::uint32_t person = 0;
};

// True when the chain's best name `chain_name` says more than the detector's
// `name` about the same person: longer, the same last word, no title first
// ("Oskar E. Lindqvist" over "Oskar Lindqvist"; not "Wallin" over "Teodor
// Wallin", nor "Dr Lieve Draaisma" over "Lieve Draaisma").
bool FullerName(std::string_view chain_name, std::string_view name) {
  if (chain_name.size() <= name.size()) return false;
  const std::size_t a = chain_name.find_last_of(' '), b = name.find_last_of(' ');
  const std::string_view last_a =
      a == std::string_view::npos ? chain_name : chain_name.substr(a + 1);
  const std::string_view last_b = b == std::string_view::npos ? name : name.substr(b + 1);
  if (last_a != last_b) return false;
  const std::size_t sp = chain_name.find(' ');
  return !IsTitleWord(Lower(chain_name.substr(0, sp)));
}

bool IsPronoun(std::string_view lower) {
  return lower == "he" || lower == "she" || lower == "they" || lower == "him" || lower == "her" ||
         lower == "i" || lower == "we";
}

// The head word of a description: "the union's spokesperson" -> "spokesperson",
// "the head of Tidewall" -> "head".
std::string DescriptionHead(std::string_view text) {
  std::string lower = Lower(text);
  for (std::string_view stop : {" of ", " at ", " for ", ",", " who ", " in "}) {
    const std::size_t p = lower.find(stop);
    if (p != std::string::npos) lower.resize(p);
  }
  const std::size_t sp = lower.find_last_of(' ');
  return sp == std::string::npos ? lower : lower.substr(sp + 1);
}

class SpeakerStage : public DocumentStage {
 public:
  std::string_view name() const override { return "speakers"; }

  Status Apply(Document& doc, TextAnalyzer& /*text*/) override {
    if (doc.quotes.empty()) return Status::Ok();
    std::vector<Person> persons;
    std::vector<Occurrence> occurrences;
    ListPersons(doc, persons, occurrences);

    std::uint32_t last_person = kNone;
    std::uint32_t last_para = kNone;
    const Speaker* last_speaker = nullptr;
    for (Quote& q : doc.quotes) {
      const std::uint32_t para = ParagraphAt(doc, q.span.start);
      double factor = 0.5;
      std::uint32_t person = kNone;
      if (q.has_speaker && q.speaker.has_span) {
        const std::string_view text = q.speaker.span.Of(doc.text);
        const std::string lower = Lower(text);
        person = PersonIn(occurrences, q.speaker.span);
        if (person != kNone) {
          factor = 1.0;
        } else if (IsPronoun(lower)) {
          if (last_person != kNone && last_para != kNone && para != kNone &&
              para <= last_para + 2) {
            person = last_person;
          } else {
            person = NearestBefore(occurrences, q.speaker.span.start, nullptr, persons);
          }
          factor = person != kNone ? 0.85 : 0.6;
        } else if (lower.starts_with("the ") || lower.starts_with("a ") ||
                   lower.starts_with("an ") || lower.find("'s ") != std::string::npos) {
          const std::string head = DescriptionHead(text);
          person = NearestBefore(occurrences, q.speaker.span.start, &head, persons);
          if (person == kNone && para != kNone) {
            const std::size_t last = std::min<std::size_t>(para + 2, doc.paragraphs.size() - 1);
            person = NearestAfter(occurrences, q.speaker.span.end, doc.paragraphs[last].span.end,
                                  head, persons);
          }
          factor = person != kNone ? 0.85 : 0.6;
        } else {
          factor = 0.9;  // a source named otherwise ("sources", an organisation)
        }
        if (person != kNone) {
          Fill(persons[person], q.speaker);
        } else {
          q.speaker.name = std::string(text);
        }
      } else if (!q.has_cue && q.kind != "indirect" && last_speaker != nullptr && para != kNone &&
                 last_para != kNone && para >= last_para && para <= last_para + 2) {
        // A paragraph that is only quotation continues the previous speaker.
        q.has_speaker = true;
        q.speaker = *last_speaker;  // the span stays on the mention that named the speaker
        person = last_person;
        factor = 0.8;
      }
      q.confidence = std::clamp(q.confidence * factor, 0.0, 1.0);
      if (q.has_speaker && !q.speaker.name.empty() && (q.kind != "partial" || q.has_cue)) {
        last_speaker = &q.speaker;
        last_person = person;
        last_para = para;
      }
    }
    return Status::Ok();
  }

 private:
  static std::uint32_t ParagraphAt(const Document& d, std::uint32_t pos) {
    auto it =
        std::upper_bound(d.paragraphs.begin(), d.paragraphs.end(), pos,
                         [](std::uint32_t p, const Paragraph& x) { return p < x.span.start; });
    if (it == d.paragraphs.begin()) return kNone;
    return static_cast<std::uint32_t>(it - d.paragraphs.begin() - 1);
  }

  static void Fill(const Person& p, Speaker& s) {
    s.name = p.name;
    s.chain = p.chain;
    s.entity = p.entity;
  }

  static std::uint32_t PersonIn(const std::vector<Occurrence>& occ, Span span) {
    for (const Occurrence& o : occ) {
      if (o.span.start >= span.start && o.span.end <= span.end) return o.person;
      if (o.span.start >= span.end) break;
    }
    return kNone;
  }

  // The person named nearest before `pos` (whose roles hold `head`, if given).
  static std::uint32_t NearestBefore(const std::vector<Occurrence>& occ, std::uint32_t pos,
                                     const std::string* head, const std::vector<Person>& persons) {
    auto it =
        std::lower_bound(occ.begin(), occ.end(), pos,
                         [](const Occurrence& o, std::uint32_t p) { return o.span.start < p; });
    while (it != occ.begin()) {
      --it;
      if (head == nullptr || HasRole(persons[it->person], *head)) return it->person;
    }
    return kNone;
  }

  // The first person named after `pos` and before `limit` whose roles hold `head`
  // (a description that comes first: "The head of the company ... Viktor Amsel, chief
  // executive of ...").
  static std::uint32_t NearestAfter(const std::vector<Occurrence>& occ, std::uint32_t pos,
                                    std::uint32_t limit, const std::string& head,
                                    const std::vector<Person>& persons) {
    auto it =
        std::lower_bound(occ.begin(), occ.end(), pos,
                         [](const Occurrence& o, std::uint32_t p) { return o.span.start < p; });
    for (; it != occ.end() && it->span.start < limit; ++it) {
      if (HasRole(persons[it->person], head)) return it->person;
    }
    return kNone;
  }

  // Whether `person`'s titles and appositives hold `head` or a word for the same role.
  static bool HasRole(const Person& person, const std::string& head) {
    if (person.roles.contains(head)) return true;
    static const auto* same = new std::map<std::string, std::vector<std::string>>{
        {"head", {"chief", "executive", "ceo", "director", "president", "chair", "chairman"}},
        {"boss", {"chief", "executive", "ceo", "director", "head"}},
        {"executive", {"ceo", "chief"}},
        {"leader", {"chief", "head", "chair", "chairman"}},
        {"spokeswoman", {"spokesperson", "spokesman"}},
        {"spokesman", {"spokesperson", "spokeswoman"}},
        {"spokesperson", {"spokeswoman", "spokesman"}},
        {"chair", {"chairman", "chairwoman", "chairperson"}},
    };
    auto it = same->find(head);
    if (it == same->end()) return false;
    for (const std::string& word : it->second) {
      if (person.roles.contains(word)) return true;
    }
    return false;
  }

  // The persons come from the name detector (speaker_names.h), whose names
  // are the ones the quote figures and the demo test were measured with; the
  // entities stage, when it ran, adds its chain and entity ids to each name
  // that a PERSON mention overlaps. (Taking the tagger's PERSON mentions as
  // the persons instead lost speakers to its misses and gave quotes to places
  // it mistyped as people: see SpeakerStageTest.RegressionChainsDoNotReplaceNames.)
  static void ListPersons(const Document& doc, std::vector<Person>& persons,
                          std::vector<Occurrence>& occurrences) {
    PersonIndex index = FindPersonNames(doc);
    for (std::size_t i = 0; i < index.best.size(); ++i) {
      Person p;
      p.name = index.best[i];
      p.roles.insert(index.roles[i].begin(), index.roles[i].end());
      persons.push_back(std::move(p));
    }
    for (const PersonName& n : index.names) occurrences.push_back({n.span, n.person});
    for (const Occurrence& o : occurrences) {
      Person& p = persons[o.person];
      if (!p.chain.empty()) continue;
      for (const Mention& m : doc.mentions) {
        if (m.type != "PERSON" || m.chain.empty()) continue;
        if (m.span.start < o.span.end && o.span.start < m.span.end) {
          p.chain = m.chain;
          p.entity = m.entity;
          for (const Chain& c : doc.chains) {
            if (c.id == m.chain && FullerName(c.name, p.name)) p.name = c.name;
          }
          break;
        }
      }
    }
    std::sort(occurrences.begin(), occurrences.end(),
              [](const Occurrence& a, const Occurrence& b) { return a.span.start < b.span.start; });
  }
};

}  // namespace

std::unique_ptr<DocumentStage> MakeSpeakerStage() { return std::make_unique<SpeakerStage>(); }

}  // namespace crosscheck
