// parallax story stage: the rules and weights of profiles, similarity,
// clustering and copy detection (data/story/similarity.tsv,
// data/<lang>/stopwords.txt), and the small helpers profile.cc,
// similarity.cc, cluster.cc and duplicates.cc share.
//
// similarity.tsv is a list of named numbers ("name<TAB>value<TAB>where it
// came from"); every name below must be there once, and an unknown name is
// an error, so a typo cannot silently leave a default in force. The format
// and the provenance of each value: data/story/README.md.
#ifndef PARALLAX_STORY_SIMILARITY_RULES_H_
#define PARALLAX_STORY_SIMILARITY_RULES_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/story.h"

namespace parallax::annotate {
class NameFolder;
}

namespace parallax::story {

// One logistic combination of the parts of a Similarity: score =
// sigmoid(bias + entities * s.entities + terms * s.terms + figures *
// s.figures + days * s.days + places * s.places + w_time * (s.time - 1)),
// plus cross + cross_entities * s.entities + cross_terms * s.terms when the
// two documents are in different known languages (across languages only
// names and cognates can share a stem, so a low term cosine says less).
// A pair is alike when the score reaches `threshold`.
struct SimilarityWeights {
  double bias = 0;
  double entities = 0;
  double terms = 0;
  double figures = 0;
  double days = 0;
  double places = 0;
  double cross = 0;
  double cross_entities = 0;
  double cross_terms = 0;
  double threshold = 0.5;
};

struct SimilarityRules {
  // Profiles (profile.cc).
  size_t term_prefix = 6;       // a keyword stem is the first N letters of the folded word
  size_t term_min_letters = 4;  // folded words shorter than this are not terms
  size_t shingle_words = 3;     // words per MinHash shingle
  size_t lead_terms = 15;       // the first N terms of a text (headline, lead) ...
  double lead_weight = 2;       // ... count this many times
  double figure_min = 10;       // counts below this are not figures (a claim always is)
  int64_t day_window = 366;     // days further than this from publication are left out

  // The two combinations (similarity.cc; SimilarityWeights): `pair`, the
  // same story in the narrow sense of a pair of articles (SemEval's
  // Overall), and `event`, the same event (SemEval's Entities, Geography
  // and Time), on which stories are built. Both share the time part.
  SimilarityWeights pair;
  SimilarityWeights event;
  double w_time = 0;
  double time_grace_days = 0;  // a publication gap up to this is "the same time"
  double time_scale_days = 1;  // then time = exp(-(gap - grace) / scale)

  // Clustering (cluster.cc). A story of the product is one event seen from
  // all sides (a death toll, an arrest and a troop withdrawal of one
  // unrest), wider than "the same narrative" of a pair: the event score.
  double story_threshold = 0.5;  // a document joins a story whose event linkage reaches this
  size_t linkage_k = 3;          // a story's similarity: mean of its best k documents' scores
  size_t index_keys = 32;        // the rarest entity ids and terms of a new document looked up
  size_t posting_limit = 2000;   // at most the latest N documents of one posting list
  size_t max_candidates = 256;   // documents compared with a new one, most shared keys first

  // Copies (duplicates.cc).
  double copy_jaccard = 0.6;  // MinHash Jaccard of shingles for kCopy
  // kTranslation (MatchCopy, duplicates.h): all of these.
  double translation_figures = 0.6;       // weighted Jaccard of figures and dates
  double translation_entities = 0.5;      // weighted Jaccard of entity mentions
  double translation_order = 0.8;         // shared figures in order (common subsequence)
  double translation_length_ratio = 1.5;  // sentence counts within this factor
  size_t translation_min_items = 4;       // both have this many figures and dates
  size_t minhash_bands = 16;              // LSH bands of the signature (kMinHashSize / bands rows)

  // Stop words by language, folded as profiles fold words (bare Latin).
  std::map<std::string, std::set<std::string>, std::less<>> stopwords;
  // The folder of words into Latin letters (data/names/); shared, thread-safe.
  std::shared_ptr<const annotate::NameFolder> folder;
};

// Reads the similarity rules under `data_dir`. Throws DataError naming the
// file and line of a malformed row, an unknown name or a missing one.
SimilarityRules LoadSimilarityRules(const std::string& data_dir);

// The number of days since 1970-01-01 of an ISO date "YYYY-MM-DD" (only the
// first ten characters are read); std::nullopt for anything else.
std::optional<int64_t> DayNumber(std::string_view iso);

// Whether `a` and `b` are in two different known languages (not "" or
// "und").
bool CrossLanguage(const DocumentProfile& a, const DocumentProfile& b);

// The logistic function 1 / (1 + e^-x).
double Sigmoid(double x);

// The combination `w` of the parts of `s` (SimilarityWeights), `cross`
// when the two documents are in different known languages, `time_cost`
// the time part's w_time * (time - 1).
double Combine(const SimilarityWeights& w, const Similarity& s, bool cross, double time_cost);

}  // namespace parallax::story

#endif  // PARALLAX_STORY_SIMILARITY_RULES_H_
