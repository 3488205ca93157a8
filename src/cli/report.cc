// `parallax report`: the analysis as one self-contained HTML page
// (include/parallax/html_report.h, docs/report.md, docs/cli.md).
#include "parallax/report.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include "cli/cli.h"
#include "parallax/data_dir.h"
#include "parallax/error.h"
#include "parallax/html_report.h"
#include "parallax/store.h"

namespace parallax::cli {

namespace {

// The analysis JSON of `path` (docs/json.md), or nullopt after saying why
// on stderr.
std::optional<nlohmann::json> ReadAnalysisJson(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "parallax: cannot read %s\n", path.c_str());
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  nlohmann::json analysis = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  if (analysis.is_discarded() || !analysis.is_object()) {
    std::fprintf(stderr, "parallax: %s is not an analysis JSON object (docs/json.md)\n",
                 path.c_str());
    return std::nullopt;
  }
  return analysis;
}

// The analysis of the store: its stories (every one, or only `story`) with
// the documents they hold, as `analyze --json` writes them.
nlohmann::json AnalysisFromStore(const GlobalOptions& g, const std::string& story) {
  Store store(g.db);
  const StoryModel model(g.data_dir.empty() ? FindDataDir() : g.data_dir);
  std::vector<StoredStory> stories = ReadStories(store, model, story);
  std::vector<Document> documents;
  for (StoredStory& s : stories) {
    for (const Document& d : s.documents) documents.push_back(d);
  }
  return AnalysisToJson(documents, {}, StoriesJson(stories));
}

// Writes `text` to `path` ("-": standard output): whole under a temporary
// name, then renamed, so that a reader never sees half a page.
void WriteText(const std::string& text, const std::string& path) {
  if (path == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return;
  }
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) throw Error("cannot write " + temp);
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    throw Error("cannot write " + path);
  }
}

}  // namespace

int RunReport(const GlobalOptions& g, const ReportOptions& options) {
  nlohmann::json analysis;
  if (!options.from_json.empty()) {
    std::optional<nlohmann::json> read = ReadAnalysisJson(options.from_json);
    if (!read) return kExitNothingRead;
    analysis = std::move(*read);
  } else {
    if (!std::filesystem::exists(g.db)) {
      std::fprintf(stderr,
                   "parallax: no store at %s (run `parallax ingest PATH` first, pass --db, "
                   "or render a JSON file with --from-json)\n",
                   g.db.c_str());
      return kExitStore;
    }
    analysis = AnalysisFromStore(g, options.story);
  }

  HtmlReportOptions html;
  html.story = options.story;
  std::string page;
  try {
    page = RenderHtmlReport(analysis, html);
  } catch (const InputError& e) {
    std::fprintf(stderr, "parallax: %s\n", e.what());
    return kExitNotFound;
  }
  WriteText(page, options.output);
  if (!g.quiet && options.output != "-") {
    const nlohmann::json& stories = analysis.contains("stories") ? analysis["stories"] : nullptr;
    const size_t count = stories.is_array() ? stories.size() : 0;
    std::fprintf(stderr, "parallax: report of %s written to %s (%.1f kB)\n",
                 options.story.empty() ? (std::to_string(count) + " stories").c_str()
                                       : ("story " + options.story).c_str(),
                 options.output.c_str(), page.size() / 1e3);
  }
  return kExitOk;
}

}  // namespace parallax::cli
