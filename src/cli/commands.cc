// The commands: ingest, docs, show, analyze (entities: entities.cc; claims: claims.cc).
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <string>

#include "cli/cli.h"
#include "parallax/data_dir.h"
#include "parallax/error.h"
#include "parallax/report.h"
#include "parallax/store.h"

namespace parallax::cli {

namespace {

PipelineOptions MakePipelineOptions(const GlobalOptions& g) {
  PipelineOptions o;
  o.data_dir = g.data_dir;
  o.threads = g.threads;
  o.entities.gazetteer_files = g.gazetteer_files;
  return o;
}

// Runs the pipeline on `paths` into `store`, then gives the new documents
// their stories; what that did goes to `stories` when given.
RunResult IngestInto(const GlobalOptions& g, Store& store, const std::vector<std::string>& paths,
                     StoriesResult* stories = nullptr) {
  Pipeline pipeline(MakePipelineOptions(g));
  ProgressLine progress(g.quiet);
  RunResult result = pipeline.Run(paths, store, [&](const Progress& p) { progress.Update(p); });
  progress.Finish();
  for (const InputFailure& f : result.failures) {
    std::fprintf(stderr, "parallax: skipped %s: %s\n", f.source.c_str(), f.reason.c_str());
  }
  for (const std::string& note : result.notes) {
    std::fprintf(stderr, "parallax: note: %s\n", note.c_str());
  }
  // New documents join the stories of the store (story.h, stories.h).
  const StoriesResult assigned = AssignStories(
      store, StoryModel(pipeline.options().data_dir.empty() ? FindDataDir()
                                                            : pipeline.options().data_dir));
  if (stories != nullptr) *stories = assigned;
  return result;
}

// A temporary folder removed when this goes out of scope.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "parallax-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr)
      throw StoreError("cannot create a temporary folder for the store");
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

void WriteJson(const nlohmann::json& j, const std::string& path) {
  std::string text = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  if (path == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return;
  }
  // A regular file (or a new one) is written to a temporary name and
  // renamed, so a reader never sees half a file; through a symbolic link the
  // file it points at is replaced, not the link. Anything else (/dev/null, a
  // FIFO, a terminal) is written in place: renaming over it would replace
  // the device with a file.
  std::error_code ec;
  std::filesystem::path target = path;
  if (std::filesystem::is_symlink(target, ec)) {
    target = std::filesystem::canonical(target, ec);
    if (ec) throw Error("cannot write " + path + ": " + ec.message());
  }
  const std::filesystem::file_status st = std::filesystem::status(target, ec);
  const bool in_place = std::filesystem::exists(st) && !std::filesystem::is_regular_file(st);
  const std::string written = in_place ? target.string() : target.string() + ".tmp";
  {
    std::ofstream out(written, std::ios::binary | (in_place ? std::ios::out : std::ios::trunc));
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) throw Error("cannot write " + path);
  }
  if (in_place) return;
  std::filesystem::rename(written, target, ec);
  if (ec) throw Error("cannot write " + path + ": " + ec.message());
}

int RunIngest(const GlobalOptions& g, const std::vector<std::string>& paths) {
  Store store(g.db);
  StoriesResult stories;
  RunResult r = IngestInto(g, store, paths, &stories);
  if (!g.quiet) {
    // documents_existing counts inputs whose document was stored already,
    // before this run or earlier in it (the same bytes twice).
    std::printf(
        "%zu documents: %llu new, %llu already stored or repeated; %zu input%s skipped; "
        "%.1f MB in %.2f s -> %s\n",
        r.ids.size(), static_cast<unsigned long long>(r.documents_new),
        static_cast<unsigned long long>(r.documents_existing), r.failures.size(),
        r.failures.size() == 1 ? "" : "s", r.bytes_read / 1e6, r.seconds, g.db.c_str());
    std::printf(
        "stories: %zu in the store; of %zu documents new to them, %zu joined a story, "
        "%zu started one, %zu repeat another document, %zu stories folded into another\n",
        stories.stories, stories.assigned, stories.joined, stories.new_stories, stories.copies,
        stories.merged);
  }
  return r.ids.empty() ? kExitNothingRead : kExitOk;
}

int RunDocs(const GlobalOptions& g, bool as_json) {
  if (!std::filesystem::exists(g.db)) {
    std::fprintf(stderr,
                 "parallax: no store at %s (run `parallax ingest PATH` first, or pass --db)\n",
                 g.db.c_str());
    return kExitStore;
  }
  Store store(g.db);
  std::vector<DocumentSummary> docs = store.List();
  if (as_json) {
    nlohmann::json arr = nlohmann::json::array();
    for (const DocumentSummary& d : docs) {
      arr.push_back({{"id", d.id},
                     {"lang", d.lang},
                     {"title", d.title},
                     {"source", d.source},
                     {"published", d.published ? nlohmann::json(*d.published) : nlohmann::json()},
                     {"text_bytes", d.text_bytes},
                     {"raw_bytes", d.raw_bytes}});
    }
    WriteJson(arr, "-");
    return kExitOk;
  }
  std::printf("%-16s  %-4s  %9s  %-50s  %s\n", "id", "lang", "size", "title", "source");
  for (const DocumentSummary& d : docs) {
    std::string title = d.title.size() > 50 ? d.title.substr(0, 50) : d.title;
    // Do not cut inside a UTF-8 sequence.
    while (!title.empty() && title.size() < d.title.size() &&
           (static_cast<unsigned char>(d.title[title.size()]) & 0xC0) == 0x80) {
      title.pop_back();
    }
    std::printf("%-16s  %-4s  %9llu  %s  %s\n", d.id.c_str(), d.lang.c_str(),
                static_cast<unsigned long long>(d.text_bytes), fmt::format("{:<50}", title).c_str(),
                d.source.c_str());
  }
  std::printf("%zu documents in %s\n", docs.size(), g.db.c_str());
  return kExitOk;
}

namespace {

// "18", "2.5", "91000000": a figure without trailing zeros.
std::string FigureText(double v) { return fmt::format("{}", v); }

// The figures list of `show --figures`: one line per quantity and date.
void PrintFigures(const Document& doc) {
  std::printf("quantities:\n");
  for (const Quantity& q : doc.quantities) {
    std::string text = doc.text.substr(q.span.start, q.span.end - q.span.start);
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::string value = FigureText(q.value);
    if (q.value_max) value += ".." + FigureText(*q.value_max);
    if (!q.unit.empty()) value += " " + q.unit;
    std::printf("  %6u-%-6u %-8s %-9s %-22s %s\n", q.span.start, q.span.end,
                std::string(QuantityKindName(q.kind)).c_str(),
                std::string(ApproxName(q.approx)).c_str(), value.c_str(), text.c_str());
  }
  std::printf("dates:\n");
  for (const DateMention& d : doc.dates) {
    std::string text = doc.text.substr(d.span.start, d.span.end - d.span.start);
    std::replace(text.begin(), text.end(), '\n', ' ');
    std::string value = d.value.empty() ? "-" : d.value;
    if (!d.value_max.empty()) value += ".." + d.value_max;
    std::printf("  %6u-%-6u %-9s %-22s %s%s%s%s\n", d.span.start, d.span.end,
                std::string(DateBasisName(d.basis)).c_str(), value.c_str(), text.c_str(),
                d.suspect ? "  SUSPECT" : "", d.reason.empty() ? "" : ": ", d.reason.c_str());
  }
  std::printf("\n");
}

}  // namespace

int RunShow(const GlobalOptions& g, const std::string& id, const ShowOptions& options) {
  const bool as_json = options.json, sentences = options.sentences, removed = options.removed;
  if (!std::filesystem::exists(g.db)) {
    std::fprintf(stderr, "parallax: no store at %s\n", g.db.c_str());
    return kExitStore;
  }
  Store store(g.db);
  std::optional<Document> doc = store.Get(id);
  if (!doc) {
    std::fprintf(stderr, "parallax: no document %s in %s\n", id.c_str(), g.db.c_str());
    return kExitNotFound;
  }
  if (as_json) {
    WriteJson(DocumentToJson(*doc), "-");
    return kExitOk;
  }
  std::printf("id:        %s\nsource:    %s\ntitle:     %s\npublished: %s\nsite:      %s\n",
              doc->id.c_str(), doc->source.c_str(), doc->title.c_str(),
              doc->published ? doc->published->c_str() : "-",
              doc->site.empty() ? "-" : doc->site.c_str());
  std::printf("language:  %s (confidence %.2f, %s, by %s)%s\n", doc->lang.lang.c_str(),
              doc->lang.confidence, doc->lang.reliable ? "reliable" : "not reliable",
              doc->lang.method.c_str(), doc->mixed_language ? ", mixed-language document" : "");
  std::printf("charset:   %s (%s), %llu invalid bytes; %zu raw bytes, %zu text bytes\n",
              doc->charset.c_str(), doc->charset_source.c_str(),
              static_cast<unsigned long long>(doc->invalid_bytes), doc->raw.size(),
              doc->text.size());
  if (!doc->authors.empty() || doc->modified) {
    std::string authors;
    for (const std::string& a : doc->authors) authors += (authors.empty() ? "" : ", ") + a;
    std::printf("authors:   %s\nmodified:  %s\n", authors.empty() ? "-" : authors.c_str(),
                doc->modified ? doc->modified->c_str() : "-");
  }
  const nlohmann::json& fundraising = doc->signals.value("fundraising", nlohmann::json::object());
  if (fundraising.value("present", false)) {
    std::string evidence;
    for (const nlohmann::json& e : fundraising.value("evidence", nlohmann::json::array())) {
      std::string what = e.value("kind", "");
      if (!e.value("currency", "").empty()) what += " " + e.value("currency", "");
      evidence += (evidence.empty() ? "" : "; ") + what + ": " + e.value("value", "");
    }
    std::printf("asks for money: %s\n", evidence.c_str());
  }
  const size_t suspect = static_cast<size_t>(std::count_if(
      doc->dates.begin(), doc->dates.end(), [](const DateMention& d) { return d.suspect; }));
  std::printf("figures:   %zu quantities, %zu dates%s%s\n", doc->quantities.size(),
              doc->dates.size(), suspect == 0 ? "" : fmt::format(" ({} suspect)", suspect).c_str(),
              options.figures || (doc->quantities.empty() && doc->dates.empty())
                  ? ""
                  : " (--figures lists them)");
  std::printf("entities:  %zu%s\n", doc->entities.size(),
              options.entities || doc->entities.empty() ? "" : " (--entities lists them)");
  const bool any_claims = !doc->claims.empty() || !doc->quotes.empty() || !doc->citations.empty();
  std::printf("claims:    %zu claims, %zu quotes, %zu citations%s\n", doc->claims.size(),
              doc->quotes.size(), doc->citations.size(),
              options.claims || !any_claims ? "" : " (--claims lists them)");
  std::printf("removed:   %zu blocks%s\n\n", doc->removed.size(),
              removed || doc->removed.empty() ? "" : " (--removed lists them)");
  if (options.figures) PrintFigures(*doc);
  if (options.entities) PrintEntities(*doc);
  if (options.claims) PrintClaims(*doc);
  for (size_t i = 0; i < doc->paragraphs.size(); ++i) {
    const Paragraph& p = doc->paragraphs[i];
    // "[de] " for running text; the headline and headings say what they are:
    // "[de title] ", "[de heading] ".
    if (p.kind == ParagraphKind::kText) {
      std::printf("[%s] ", p.lang.lang.c_str());
    } else {
      std::printf("[%s %s] ", p.lang.lang.c_str(), std::string(ParagraphKindName(p.kind)).c_str());
    }
    if (!sentences) {
      std::string_view text(doc->text.data() + p.span.start, p.span.end - p.span.start);
      std::fwrite(text.data(), 1, text.size(), stdout);
      std::printf("\n\n");
      continue;
    }
    std::printf("\n");
    for (const Sentence& s : doc->sentences) {
      if (s.paragraph != i) continue;
      // One sentence a line: hard wraps inside it are shown as spaces.
      std::string text = doc->text.substr(s.span.start, s.span.end - s.span.start);
      std::replace(text.begin(), text.end(), '\n', ' ');
      std::printf("  %6u-%-6u ", s.span.start, s.span.end);
      std::fwrite(text.data(), 1, text.size(), stdout);
      std::printf("\n");
    }
    std::printf("\n");
  }
  if (removed && !doc->removed.empty()) {
    std::printf("removed blocks:\n");
    for (const RemovedBlock& r : doc->removed) {
      std::string text = r.text;
      std::replace(text.begin(), text.end(), '\n', ' ');
      std::printf("  [%s] %s\n", r.reason.c_str(), text.c_str());
    }
  }
  return kExitOk;
}

int RunAnalyze(const GlobalOptions& g, const std::vector<std::string>& paths,
               const std::string& json_path) {
  std::unique_ptr<TempDir> temp;
  std::string db = g.db;
  if (!g.db_given) {
    temp = std::make_unique<TempDir>();
    db = temp->path() + "/parallax.db";
  }
  std::vector<Document> documents;
  std::vector<StoredStory> stories;
  RunResult r;
  {
    Store store(db);
    r = IngestInto(g, store, paths);
    documents.reserve(r.ids.size());
    for (const std::string& id : r.ids) {
      if (std::optional<Document> d = store.Get(id)) documents.push_back(std::move(*d));
    }
    // The stories of this run's documents (with the store's earlier
    // documents of those stories).
    const std::set<std::string> delivered(r.ids.begin(), r.ids.end());
    for (StoredStory& s : ReadStories(store, StoryModel(FindDataDir(g.data_dir)))) {
      const bool ours = std::any_of(s.story.documents.begin(), s.story.documents.end(),
                                    [&](const std::string& id) { return delivered.count(id) > 0; });
      if (ours) stories.push_back(std::move(s));
    }
  }
  if (!json_path.empty()) {
    WriteJson(AnalysisToJson(documents, r.failures, StoriesJson(stories)), json_path);
  }
  if (!g.quiet) {
    std::string summary = AnalysisSummary(documents, r.failures);
    if (!documents.empty()) summary += "\n" + ClaimsSummary(documents);
    if (!documents.empty()) summary += "\n" + StoriesSummary(stories, OutputWidth());
    if (!json_path.empty() && json_path != "-") summary += "\nJSON written to " + json_path + "\n";
    std::FILE* out = json_path == "-" ? stderr : stdout;
    std::fwrite(summary.data(), 1, summary.size(), out);
  }
  return documents.empty() ? kExitNothingRead : kExitOk;
}

}  // namespace parallax::cli
