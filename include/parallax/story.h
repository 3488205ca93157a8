// parallax: stories across documents and languages, and the comparison of
// their claims (src/story/, issue 7).
//
// A story is a set of documents about one event, in any languages. The
// story stage knows nothing of the store: it works on Documents (as
// Store::Get gives them back, entities carrying store ids) and on
// DocumentProfiles (what clustering keeps of a document). The pipeline
// (src/pipeline/stories.cc) reads the store, runs this stage and writes the
// assignments back; the report (src/report/) shows the result.
//
//   Document ──BuildProfile──► DocumentProfile ──StoryClusterer::Add──► story id,
//                                                                      copy / translation of
//   story's Documents + links ──CompareStory──► Story {comparisons, timeline, sources}
#ifndef PARALLAX_STORY_H_
#define PARALLAX_STORY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "parallax/document.h"

namespace parallax {

// ---------------------------------------------------------------------------
// Profiles and similarity (src/story/profile.cc, similarity.cc)

// The number of hashes of a MinHash signature (DocumentProfile::minhash).
inline constexpr size_t kMinHashSize = 64;

// What clustering and near-duplicate detection keep of one document. Every
// feature list is sorted by key, without repeats; keys are opaque strings
// made by BuildProfile, equal across languages where the thing is the same
// (an entity's store id, a figure's value, an ISO day).
struct DocumentProfile {
  std::string document;   // Document::id
  std::string lang;       // Document::lang.lang
  std::string site;       // Document::site, or the URL's host; "" when unknown
  std::string published;  // YYYY-MM-DD, or "" when unknown
  // Entities the text names, weighted by mentions: the store id ("E12")
  // when the document comes from the store, else the entity's first key.
  std::vector<std::pair<std::string, float>> entities;
  // Language-independent keyword stems of the text (folded to Latin
  // letters, cut to a fixed length; stop words of data/<lang>/ left out),
  // with their counts.
  std::vector<std::pair<std::string, float>> terms;
  // Figures: each claim as "kind|group|value", and every other count of 10
  // or more that is not a year as "n|value".
  std::vector<std::string> figures;
  // Days (YYYY-MM-DD) the text's dates name, within a year of publication.
  std::vector<std::string> days;
  // Places: the store ids (or first keys) of the place entities.
  std::vector<std::string> places;
  // MinHash of the normalised text's word shingles; kMinHashSize values, or
  // empty for a text too short to have a shingle.
  std::vector<uint32_t> minhash;
  // Figure-and-entity fingerprint for translations (src/story/duplicates.h,
  // TranslationFingerprint): the text's figures, dates and entity mentions
  // as keys, in text order with repeats (unlike the lists above).
  std::vector<std::string> fingerprint;
  // The number of sentences of the text; 0 when unknown (a profile stored
  // before it was kept).
  uint32_t sentences = 0;
  bool operator==(const DocumentProfile&) const = default;
};

// The knowledge and the weights of the story stage, read from `data_dir`:
// data/story/similarity.tsv (feature weights, thresholds, each with the
// data set and figure it was chosen on), data/<lang>/stopwords.txt,
// data/claims/groups.tsv (scopes), data/<lang>/genre.tsv (opinion cues).
// Throws DataError naming the file and line of a malformed row.
class StoryModel {
 public:
  explicit StoryModel(const std::string& data_dir);
  ~StoryModel();
  StoryModel(StoryModel&&) noexcept;
  StoryModel& operator=(StoryModel&&) noexcept;

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

// The profile of `doc`. Never throws on any Document (an empty one gives an
// empty profile). Thread-safe for one `model`.
DocumentProfile BuildProfile(const Document& doc, const StoryModel& model);

// A profile as a JSON object and back (the store keeps profiles so that a
// later run compares new documents with old ones without reading them).
// ProfileFromJson throws InputError on a malformed object.
std::string ProfileToJson(const DocumentProfile& profile);
DocumentProfile ProfileFromJson(const std::string& json);

// How similar two documents are, by part (each 0..1) and in all.
struct Similarity {
  double entities = 0;  // weighted overlap of entity ids (idf)
  double terms = 0;     // cosine of keyword stems (idf)
  double figures = 0;   // shared figures
  double days = 0;      // shared or near days
  double places = 0;    // shared places
  double time = 0;      // 1 for the same publication day, falling with the gap
  double score = 0;     // same story (one narrative), 0..1 (data/story/similarity.tsv)
  double event = 0;     // same event (who, where, when), 0..1; stories are built on it
};

// Document frequencies of profile features, for idf weights. Grows as
// documents are added; not thread-safe.
class FeatureStats {
 public:
  void Add(const DocumentProfile& profile);
  // log((1 + N) / (1 + df)) + 1 for an entity id / a term.
  double EntityIdf(const std::string& key) const;
  double TermIdf(const std::string& key) const;
  uint64_t documents() const { return documents_; }

 private:
  uint64_t documents_ = 0;
  std::vector<std::pair<std::string, uint32_t>> entity_df_;  // sorted by key
  std::vector<std::pair<std::string, uint32_t>> term_df_;    // sorted by key
};

// The similarity of `a` and `b` under `model` with corpus statistics
// `stats`. Symmetric. Thread-safe for const arguments.
Similarity Compare(const DocumentProfile& a, const DocumentProfile& b, const FeatureStats& stats,
                   const StoryModel& model);

// The estimated Jaccard similarity of two MinHash signatures (0 when either
// is empty).
double MinHashJaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

// ---------------------------------------------------------------------------
// Incremental clustering and copies (src/story/cluster.cc, duplicates.cc)

// How a document relates to an earlier one it repeats.
enum class CopyKind : uint8_t {
  kNone,
  kCopy,         // near-duplicate text (MinHash over shingles), syndication
  kTranslation,  // another language, the same figures and entities
};
// "none", "copy", "translation"; never empty.
std::string_view CopyKindName(CopyKind kind);
std::optional<CopyKind> CopyKindFromName(std::string_view name);

// Where a document went.
struct StoryAssignment {
  std::string document;
  std::string story;    // "S" and a number
  std::string copy_of;  // the earlier document it repeats, or ""
  CopyKind copy = CopyKind::kNone;
  double copy_score = 0;  // shingle Jaccard (copy) or figures-and-dates Jaccard (translation)
  double score = 0;       // event linkage to the story it joined (cluster.cc); 0 for a new story
  // Stories this document bridged: folded into `story` when it was added,
  // their documents moved there and their ids no longer used (cluster.cc).
  // Not stored: the store rewrites those documents' story instead.
  std::vector<std::string> merged;
};

// Assigns documents to stories one at a time: a new document joins the
// story it is most similar to when the similarity reaches the model's
// threshold, else it starts a new story. No re-clustering: an earlier
// document moves only when a new one bridges its story with an older one,
// and then its whole story is folded into the older one
// (StoryAssignment::merged). Not thread-safe.
class StoryClusterer {
 public:
  explicit StoryClusterer(const StoryModel& model);
  ~StoryClusterer();

  // Adds a document assigned earlier (read back from the store), so that
  // later documents can join its story. Story ids given here are kept; new
  // stories are numbered after the largest one seen.
  void Restore(DocumentProfile profile, const StoryAssignment& assignment);

  // Assigns a new document and returns where it went. A document whose id
  // was added before returns its earlier assignment.
  StoryAssignment Add(DocumentProfile profile);

  size_t size() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------------------
// Comparison (src/story/compare.cc, timeline.cc, source_signals.cc)

// What an aligned set of claims shows.
enum class ComparisonStatus : uint8_t {
  kAgree,           // equal, or within each other's qualifiers, from 2+ independent sources
  kDisagree,        // incompatible values at the same time
  kDifferentScope,  // the same kind of figure for groups that are not the same
  kSingleSource,    // one independent source only
  kEvolving,        // the figure moves over time (published or as of)
};
// "agree", "disagree", "different_scope", "single_source", "evolving".
std::string_view ComparisonStatusName(ComparisonStatus status);
std::optional<ComparisonStatus> ComparisonStatusFromName(std::string_view name);

// One claim in a comparison.
struct ComparedValue {
  std::string document;  // Document::id
  uint32_t claim = 0;    // index into that document's claims
  double value = 0;
  std::optional<double> value_max;
  Approx approx = Approx::kExact;
  std::string unit;
  std::string group;          // the claim's group
  std::string date;           // the claim's date (as of), else the document's publication date
  std::string published;      // the document's publication date, or ""
  std::string attributed_to;  // as written, or ""
  bool hedged = false;
  bool retracted = false;
  // The independent source this value counts for: the document's site, or
  // the document it copies or translates (copies do not confirm).
  std::string source;
  bool operator==(const ComparedValue&) const = default;
};

// An aligned set of claims.
struct Comparison {
  ClaimKind kind = ClaimKind::kOther;
  std::string noun;   // kOther: the folded noun the claims share; else ""
  std::string group;  // the widest group of the set ("security_forces")
  std::string place;  // the place to show (a name), or ""
  ComparisonStatus status = ComparisonStatus::kSingleSource;
  std::vector<ComparedValue> values;  // by date, then document
  size_t sources = 0;                 // independent sources among the values
  // A readable line: "2 vs 1 (difference 1)", "8 -> 18 -> 19", "748
  // (security_forces) vs more than 1,000 (people): different groups".
  std::string note;
};

// One figure over publication time.
struct TimelinePoint {
  std::string date;  // as of (the claim's date, else the publication date)
  std::string published;
  std::string document;
  uint32_t claim = 0;
  double value = 0;
  std::optional<double> value_max;
  Approx approx = Approx::kExact;
  bool retracted = false;
};
struct Timeline {
  ClaimKind kind = ClaimKind::kOther;
  std::string noun;
  std::string group;
  std::vector<TimelinePoint> points;  // by date
};

// What a source is (one document).
struct SourceSignals {
  std::string document;
  std::string lang;
  std::string site;
  std::string genre;   // "reporting" or "opinion"
  double opinion = 0;  // 0..1: the share of opinion cues per sentence, capped
  // The cues counted (data/<lang>/genre.tsv; '?' and '!' in any language).
  uint32_t first_person = 0;
  uint32_t evaluative = 0;
  uint32_t questions = 0;
  uint32_t exclamations = 0;
  uint32_t hedges = 0;       // hedged claims
  bool fundraising = false;  // Document::signals["fundraising"]["present"]
  size_t claims = 0;
  // The share of its claims that stand in single_source comparisons.
  double unsupported = 0;
  std::vector<std::string> cites;  // citation names (entity names when resolved), no repeats
  std::string copy_of;             // the document it repeats, or ""
  CopyKind copy = CopyKind::kNone;
};

// A story with its comparison.
struct Story {
  std::string id;     // "S" and a number
  std::string label;  // main entities, place, time span: "Kazakhstan, Tokayev, CSTO — Almaty, 2-16
                      // Jan 2022"
  std::vector<std::string> documents;  // by publication date, then id
  std::string span_start;              // YYYY-MM-DD: earliest publication or claim date
  std::string span_end;
  std::vector<Comparison> comparisons;  // disagree, evolving, different_scope, single_source, agree
  std::vector<Timeline> timeline;
  std::vector<SourceSignals> sources;  // in the order of `documents`
};

// The comparison of one story's documents. `documents` are the story's
// documents with their claims and entities (as Store::Get gives them);
// `links` the assignments of those documents (copies), matched by id.
// Fills everything but `id`. Never throws on any input; an empty list gives
// an empty story.
Story CompareStory(const std::vector<Document>& documents,
                   const std::vector<StoryAssignment>& links, const StoryModel& model);

}  // namespace parallax

#endif  // PARALLAX_STORY_H_
