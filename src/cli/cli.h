// parallax command line: shared declarations of src/cli/.
#ifndef PARALLAX_CLI_CLI_H_
#define PARALLAX_CLI_CLI_H_

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/pipeline.h"
#include "parallax/stories.h"

namespace parallax::cli {

// Exit codes (docs/cli.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitNothingRead = 1;  // no input could be read at all
inline constexpr int kExitUsage = 2;        // bad command line
inline constexpr int kExitStore = 3;        // the store cannot be opened or written
inline constexpr int kExitData = 4;         // parallax's data folder is missing or broken
inline constexpr int kExitNotFound = 5;     // `show ID`, `story ID`: no such document or story
inline constexpr int kExitInternal = 70;    // a defect in parallax

struct GlobalOptions {
  std::string db = "parallax.db";
  bool db_given = false;
  std::string data_dir;
  std::vector<std::string> gazetteer_files;  // --gazetteer FILE (repeatable)
  int threads = 0;
  bool quiet = false;
};

// A progress line on stderr while `stderr` is a terminal and CI is unset:
// documents done, MB/s, percent and time left; nothing otherwise.
class ProgressLine {
 public:
  explicit ProgressLine(bool quiet);
  ~ProgressLine();
  void Update(const Progress& p);
  void Finish();
  bool active() const { return active_; }

 private:
  bool active_ = false;
  double last_draw_ = -1;
  size_t last_width_ = 0;
};

// Columns of the terminal on standard output; 100 when it is not one.
size_t OutputWidth();
// Code points of UTF-8 `s`.
size_t CodePoints(std::string_view s);
// `s` with newlines and tabs as spaces, cut to at most `width` code points
// ("…" last when cut).
std::string Cut(std::string_view s, size_t width);
// `s` on one line, cut to at most `width` code points ("…" when cut) and
// padded with spaces to exactly `width`.
std::string Cell(std::string_view s, size_t width);

// Writes `j` (indented) to `path`, or to standard output for "-": whole
// under a temporary name, then renamed; a non-regular file in place.
void WriteJson(const nlohmann::json& j, const std::string& path);

int RunIngest(const GlobalOptions& g, const std::vector<std::string>& paths);
int RunDocs(const GlobalOptions& g, bool as_json);
// What `show` prints besides the metadata and the text.
struct ShowOptions {
  bool json = false;       // the document as JSON instead
  bool sentences = false;  // one sentence a line, with byte offsets
  bool removed = false;    // the removed blocks with their reasons
  bool figures = false;    // every quantity and date with its value
  bool entities = false;   // every entity with its mentions in context
  bool claims = false;     // every claim, quote and citation with its sentence
};
int RunShow(const GlobalOptions& g, const std::string& id, const ShowOptions& options);
// What `parallax entities` lists (Store::Entities, EntityQuery).
struct EntitiesOptions {
  std::string type;            // "person", "organization", "place", "other"; empty: all
  uint64_t min_documents = 0;  // only entities in at least this many documents
  std::string name;            // only names or variants containing this, any case
  size_t limit = 50;           // at most this many lines; 0: all (--json: always all)
  bool json = false;           // the full list as JSON instead of a table
};
// Lists the store's entities: id, type, documents, mentions, languages, name
// and variants (cut to the terminal's width), most documents first. Returns
// kExitUsage for an unknown type, kExitStore when there is no store.
int RunEntities(const GlobalOptions& g, const EntitiesOptions& options);
// The entity list of `show --entities`: each entity with its id, type, name
// and variants, then each mention with its offsets and the text around it.
void PrintEntities(const Document& doc);
// What `parallax claims` lists.
struct ClaimsOptions {
  std::string kind;        // a ClaimKindName; empty: all kinds
  std::string group;       // a group name ("police", "civilians"); empty: all groups
  std::string document;    // only this document (id or unique prefix); empty: all
  std::string lang;        // only documents in this language; empty: all
  size_t limit = 50;       // at most this many items; 0: all (--json: always all)
  bool json = false;       // the items as JSON (docs/json.md, plus `document`)
  bool quotes = false;     // list the quotes instead of the claims
  bool citations = false;  // list the citations instead of the claims
};
// Lists the claims of the store's documents (ordered by source), each with
// its document, kind, value and qualifier, group, source, flags and the
// sentence around the figure; or their quotes or citations. Returns
// kExitUsage for an unknown kind, kExitNotFound for an unknown --document,
// kExitStore when there is no store.
int RunClaims(const GlobalOptions& g, const ClaimsOptions& options);
// The claim, quote and citation lists of `show --claims`.
void PrintClaims(const Document& doc);
// A claim's value as read: "1,000", "about 400", "more than 1,000", "30-40",
// with the currency of damage last ("91,000,000 USD").
std::string ClaimValueText(const Claim& c);

// The stories commands (stories.cc).
struct StoriesOptions {
  size_t limit = 50;  // at most this many stories; 0: all (--json: always all)
  bool json = false;  // the stories as JSON (docs/json.md, "Story")
};
int RunStories(const GlobalOptions& g, const StoriesOptions& options);
int RunStory(const GlobalOptions& g, const std::string& id, bool as_json);
// The stories as the JSON array of docs/json.md.
nlohmann::json StoriesJson(const std::vector<StoredStory>& stories);
// The list of stories as `parallax stories` prints it, `width` columns wide.
std::string StoriesSummary(const std::vector<StoredStory>& stories, size_t width);

// What `parallax report` renders (report.cc, docs/report.md).
struct ReportOptions {
  std::string story;      // --story ID: only this story; empty: every story
  std::string from_json;  // --from-json FILE: render this analysis JSON, not the store
  std::string output;     // -o FILE: the HTML page ('-': standard output)
};
// Writes the HTML report (RenderHtmlReport) of the store's stories, or of
// the analysis JSON of --from-json. Returns kExitNothingRead when that file
// cannot be read or is not an analysis object, kExitStore when there is no
// store, kExitNotFound for a --story that is not there.
int RunReport(const GlobalOptions& g, const ReportOptions& options);

int RunAnalyze(const GlobalOptions& g, const std::vector<std::string>& paths,
               const std::string& json_path);
// The claims part of the `analyze` summary: the number of claims, quotes and
// citations with the claims per kind, then for each kind its largest figure
// (denied and withdrawn ones left out) with group, source as written and
// document; one line when there are no claims.
std::string ClaimsSummary(const std::vector<Document>& documents);

}  // namespace parallax::cli

#endif  // PARALLAX_CLI_CLI_H_
