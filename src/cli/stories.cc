// The story commands: `parallax stories` (the list), `parallax story ID`
// (one story's comparison, sources and entities), and the stories part of
// `parallax analyze`.
#include "parallax/stories.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "cli/cli.h"
#include "parallax/data_dir.h"
#include "parallax/report.h"

namespace parallax::cli {
namespace {

// How many comparisons of each status a story has.
std::map<ComparisonStatus, size_t> StatusCounts(const Story& s) {
  std::map<ComparisonStatus, size_t> n;
  for (const Comparison& c : s.comparisons) ++n[c.status];
  return n;
}

// "3 disagree, 2 evolving, ..." in the order of the comparisons; "" when none.
std::string StatusLine(const Story& s) {
  const std::map<ComparisonStatus, size_t> n = StatusCounts(s);
  std::string out;
  for (ComparisonStatus st :
       {ComparisonStatus::kDisagree, ComparisonStatus::kEvolving, ComparisonStatus::kDifferentScope,
        ComparisonStatus::kSingleSource, ComparisonStatus::kAgree}) {
    auto it = n.find(st);
    if (it == n.end()) continue;
    if (!out.empty()) out += ", ";
    std::string name(ComparisonStatusName(st));
    std::replace(name.begin(), name.end(), '_', ' ');
    out += fmt::format("{} {}", it->second, name);
  }
  return out;
}

// The distinct languages of a story's documents, most documents first.
std::string Languages(const StoredStory& s) {
  std::map<std::string, size_t> n;
  for (const Document& d : s.documents) ++n[d.lang.lang];
  std::vector<std::pair<std::string, size_t>> v(n.begin(), n.end());
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string out;
  for (const auto& [lang, count] : v) out += (out.empty() ? "" : " ") + lang;
  return out;
}

std::string Span(const Story& s) {
  if (s.span_start.empty()) return "-";
  return s.span_start == s.span_end ? s.span_start : s.span_start + ".." + s.span_end;
}

// A compared value as read: "about 400", "more than 1,000", "2-3".
std::string ValueText(const ComparedValue& v) {
  Claim c;
  c.value = v.value;
  c.value_max = v.value_max;
  c.approx = v.approx;
  c.unit = v.unit;
  return ClaimValueText(c);
}

const Document* FindDocument(const StoredStory& s, const std::string& id) {
  for (const Document& d : s.documents) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

std::string SiteOrTitle(const Document& d) {
  if (!d.site.empty()) return d.site;
  if (!d.title.empty()) return d.title;
  return d.source;
}

StoryModel LoadModel(const GlobalOptions& g) { return StoryModel(FindDataDir(g.data_dir)); }

bool StoreExists(const GlobalOptions& g) {
  if (std::filesystem::exists(g.db)) return true;
  std::fprintf(stderr,
               "parallax: no store at %s (run `parallax ingest PATH` first, or pass --db)\n",
               g.db.c_str());
  return false;
}

void PrintComparison(const StoredStory& s, const Comparison& c, size_t width) {
  std::string what(ClaimKindName(c.kind));
  if (!c.noun.empty()) what += " " + c.noun;
  if (!c.group.empty()) what += " (" + c.group + ")";
  if (!c.place.empty()) what += " @" + c.place;
  std::string status(ComparisonStatusName(c.status));
  std::printf("  %s %s %s\n", Cell(status, 15).c_str(), Cell(what, 40).c_str(),
              Cut(c.note, width > 62 ? width - 62 : 20).c_str());
  for (const ComparedValue& v : c.values) {
    const Document* d = FindDocument(s, v.document);
    std::string flags;
    if (v.hedged) flags += " [hedged]";
    if (v.retracted) flags += " [retracted]";
    std::string line =
        fmt::format("      {} {} {} {}", Cell(ValueText(v), 18), Cell(v.document.substr(0, 8), 8),
                    Cell(d ? d->lang.lang : "", 3), Cell(v.date, 10));
    line += "  " + (d ? SiteOrTitle(*d) : v.source);
    if (!v.attributed_to.empty()) line += " <- " + v.attributed_to;
    line += flags;
    std::printf("%s\n", Cut(line, width).c_str());
  }
}

void PrintStory(const StoredStory& s, size_t width) {
  const Story& st = s.story;
  std::printf("%s  %s\n", st.id.c_str(), st.label.c_str());
  size_t copies = 0;
  for (const StoryAssignment& a : s.links) copies += a.copy != CopyKind::kNone;
  std::printf("%zu documents (%s), %s%s\n\n", s.documents.size(), Languages(s).c_str(),
              Span(st).c_str(),
              copies ? fmt::format(", {} repeating another", copies).c_str() : "");

  std::printf("documents\n");
  for (size_t i = 0; i < s.documents.size(); ++i) {
    const Document& d = s.documents[i];
    const SourceSignals* sig = i < st.sources.size() ? &st.sources[i] : nullptr;
    std::string line =
        fmt::format("  {} {} {} {} ", Cell(d.id.substr(0, 8), 8), Cell(d.lang.lang, 3),
                    Cell(d.published.value_or("-"), 10), Cell(sig ? sig->genre : "", 9));
    line += SiteOrTitle(d) + (d.title.empty() || d.site.empty() ? "" : ": " + d.title);
    std::printf("%s\n", Cut(line, width).c_str());
    if (sig == nullptr) continue;
    std::string signals = fmt::format("      opinion {:.2f}", sig->opinion);
    if (sig->fundraising) signals += ", asks for money";
    if (sig->claims > 0) {
      signals +=
          fmt::format(", {} claims, {:.0f}% on its own", sig->claims, 100 * sig->unsupported);
    }
    if (sig->copy != CopyKind::kNone) {
      signals += fmt::format(", {} of {}", CopyKindName(sig->copy), sig->copy_of.substr(0, 8));
    }
    if (!sig->cites.empty()) {
      std::string cites;
      for (const std::string& c : sig->cites) cites += (cites.empty() ? "" : "; ") + c;
      signals += ", cites " + cites;
    }
    std::printf("%s\n", Cut(signals, width).c_str());
  }

  const std::string statuses = StatusLine(st);
  std::printf("\ncomparisons%s\n", statuses.empty() ? ": none" : (" (" + statuses + ")").c_str());
  for (const Comparison& c : st.comparisons) PrintComparison(s, c, width);
}

}  // namespace

nlohmann::json StoriesJson(const std::vector<StoredStory>& stories) {
  nlohmann::json out = nlohmann::json::array();
  for (const StoredStory& s : stories) out.push_back(StoryToJson(s.story, s.documents, s.links));
  return out;
}

std::string StoriesSummary(const std::vector<StoredStory>& stories, size_t width) {
  std::string out = fmt::format("stories: {}\n", stories.size());
  if (stories.empty()) return out;
  out += "\n" + Cell("id", 5) + " " + Cell("docs", 4) + " " + Cell("languages", 18) + " " +
         Cell("span", 22) + " label\n";
  for (const StoredStory& s : stories) {
    std::string line = Cell(s.story.id, 5) + " " + Cell(std::to_string(s.documents.size()), 4) +
                       " " + Cell(Languages(s), 18) + " " + Cell(Span(s.story), 22) + " " +
                       s.story.label;
    out += Cut(line, width) + "\n";
    const std::string statuses = StatusLine(s.story);
    if (!statuses.empty()) out += Cut("      " + statuses, width) + "\n";
  }
  out += "\nwith --db, `parallax story ID` shows a story's comparison.\n";
  return out;
}

int RunStories(const GlobalOptions& g, const StoriesOptions& options) {
  if (!StoreExists(g)) return kExitStore;
  Store store(g.db);
  const StoryModel model = LoadModel(g);
  AssignStories(store, model);  // documents stored by an older parallax
  std::vector<StoredStory> stories = ReadStories(store, model);
  if (options.json) {
    WriteJson(StoriesJson(stories), "-");
    return kExitOk;
  }
  if (options.limit > 0 && stories.size() > options.limit) stories.resize(options.limit);
  const std::string text = StoriesSummary(stories, OutputWidth());
  std::fwrite(text.data(), 1, text.size(), stdout);
  return kExitOk;
}

int RunStory(const GlobalOptions& g, const std::string& id, bool as_json) {
  if (!StoreExists(g)) return kExitStore;
  Store store(g.db);
  const StoryModel model = LoadModel(g);
  AssignStories(store, model);
  std::vector<StoredStory> stories = ReadStories(store, model, id);
  if (stories.empty()) {
    std::fprintf(stderr, "parallax: no story %s in %s (`parallax stories` lists them)\n",
                 id.c_str(), g.db.c_str());
    return kExitNotFound;
  }
  if (as_json) {
    WriteJson(StoryToJson(stories[0].story, stories[0].documents, stories[0].links), "-");
    return kExitOk;
  }
  PrintStory(stories[0], OutputWidth());
  return kExitOk;
}

}  // namespace parallax::cli
