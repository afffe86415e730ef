#include "resolve/outlet_stage.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "resolve/outlet_credits.h"

namespace crosscheck::resolve {
namespace {

// Where a non-empty Document::outlet that ingest filled came from.
std::string OutletFieldSource(const Document& d) {
  if (d.format == "text") return "text";
  if (d.format == "jsonl") return "container";
  return "meta";  // html, warc: page metadata
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t at = 0;
  while (at < s.size()) {
    while (at < s.size() && s[at] == ' ') ++at;
    const std::size_t end = std::min(s.find(' ', at), s.size());
    if (end > at) words.push_back(s.substr(at, end - at));
    at = end;
  }
  return words;
}

// An outlet string as pages and feeds write it: the name itself, a domain
// ("nytimes.com"), or a name with a section or slogan around it ("Newsmax -
// Opinion", "Politics | The Guardian", "Fox News (Online)", "PCMag UK",
// "Memphis Commercial Appeal"). Tried in order: the whole string; each part
// between " - ", " – ", " — ", " | ", ": " and "(...)"; then each part's
// leading, then trailing, runs of words, longest first (a run of one word
// needs five letters or more, so "News" or "Health" never match).
const Outlet* ByOutletString(const OutletRegistry& registry, const std::string& s) {
  if (const Outlet* o = registry.ByName(s); o != nullptr) return o;
  if (s.find('.') != std::string::npos && s.find(' ') == std::string::npos) {
    return registry.ByHost(s);  // "nytimes.com", "www.cnn.com"
  }
  std::string spaced = s;
  for (const char* sep : {" - ", " – ", " — ", " | ", ": ", "(", ")"}) {
    for (std::size_t at = 0; (at = spaced.find(sep, at)) != std::string::npos;) {
      spaced.replace(at, std::string_view(sep).size(), "\x1f");
    }
  }
  std::vector<std::string> parts;
  for (std::size_t at = 0; at <= spaced.size();) {
    const std::size_t end = std::min(spaced.find('\x1f', at), spaced.size());
    std::string part = spaced.substr(at, end - at);
    while (!part.empty() && part.back() == ' ') part.pop_back();
    while (!part.empty() && part.front() == ' ') part.erase(0, 1);
    if (!part.empty()) parts.push_back(part);
    at = end + 1;
  }
  for (const std::string& part : parts) {
    if (const Outlet* o = registry.ByName(part); o != nullptr) return o;
  }
  for (const std::string& part : parts) {
    const std::vector<std::string_view> words = SplitWords(part);
    for (int leading = 1; leading >= 0; --leading) {
      for (std::size_t n = words.size() - 1; n >= 1 && n < words.size(); --n) {
        const std::string_view first = leading ? words.front() : words[words.size() - n];
        const std::string_view last = leading ? words[n - 1] : words.back();
        const std::string_view run(first.data(), last.data() + last.size() - first.data());
        if (n == 1 && run.size() < 5) continue;
        if (const Outlet* o = registry.ByName(run); o != nullptr) return o;
      }
    }
  }
  return nullptr;
}

// Corporate endings a copyright line adds to a name ("Harbourline Media Ltd").
std::string WithoutCorporateSuffix(std::string name) {
  for (std::string_view suffix : {" Ltd", " Limited", " Inc", " LLC", " plc", " GmbH", " Corp"}) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) {
      name.erase(name.size() - suffix.size());
      break;
    }
  }
  return name;
}

class OutletStage : public DocumentStage {
 public:
  explicit OutletStage(std::shared_ptr<const OutletRegistry> registry)
      : registry_(std::move(registry)) {}
  std::string_view name() const override { return "outlet"; }
  Status Apply(Document& document, TextAnalyzer&) override {
    IdentifyOutlet(document, *registry_);
    return Status::Ok();
  }

 private:
  std::shared_ptr<const OutletRegistry> registry_;
};

}  // namespace

void IdentifyOutlet(Document& d, const OutletRegistry& registry) {
  const std::vector<OutletCue> cues = FindOutletCues(d.text, d.paragraphs, registry);
  const Outlet* found = nullptr;
  std::string from = "none";
  if (!d.url.empty()) found = registry.ByHost(d.url);
  if (found == nullptr && !d.canonical_url.empty()) found = registry.ByHost(d.canonical_url);
  if (found != nullptr) from = "url";
  if (found == nullptr && !d.outlet.empty()) {
    found = ByOutletString(registry, d.outlet);
    from = OutletFieldSource(d);
  }
  if (found == nullptr && d.outlet.empty()) {
    // The article's own words: a copyright line first (registered, then as
    // written), a wire dateline when nothing else names an outlet.
    for (const char* how : {"copyright", "dateline"}) {
      for (const OutletCue& c : cues) {
        if (c.how == how && c.outlet != nullptr) {
          found = c.outlet;
          break;
        }
      }
      if (found != nullptr) break;
      for (const OutletCue& c : cues) {
        if (c.how == how) {
          d.outlet = WithoutCorporateSuffix(c.name);
          break;
        }
      }
      if (!d.outlet.empty()) break;
    }
    if (found != nullptr || !d.outlet.empty()) from = "text";
  }
  if (found != nullptr) d.outlet = found->name;
  d.outlet_from = d.outlet.empty() ? "none" : from;

  d.credits.clear();
  for (const OutletCue& c : cues) {
    const std::string name = c.outlet != nullptr ? c.outlet->name : WithoutCorporateSuffix(c.name);
    if (name == d.outlet) continue;
    // A copyright line names the publisher, not a source, unless the registry
    // knows it as another outlet (a wire story reprinted with its notice).
    if (c.how == "copyright" && c.outlet == nullptr) continue;
    d.credits.push_back({c.span, name, c.how});
  }
  for (Quote& q : d.quotes) {
    for (std::string& via : q.via) {
      if (const Outlet* o = registry.ByName(via); o != nullptr) via = o->name;
    }
  }
}

std::unique_ptr<DocumentStage> MakeOutletStage(std::shared_ptr<const OutletRegistry> registry) {
  return std::make_unique<OutletStage>(std::move(registry));
}

Result<std::unique_ptr<DocumentStage>> MakeOutletStage(
    const std::vector<std::string>& extra_files) {
  Result<std::shared_ptr<const OutletRegistry>> registry = LoadOutletRegistry(extra_files);
  if (!registry.ok()) return registry.status();
  return MakeOutletStage(std::move(*registry));
}

}  // namespace crosscheck::resolve
