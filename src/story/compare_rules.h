// parallax story stage: the rules of claim comparison, timelines and
// source signals, read from data/:
//   data/story/compare.tsv      tolerances, windows, kind families, each with its reason
//   data/claims/groups.tsv      the group tree: which groups are one scope
//   data/gazetteer/countries.tsv  country names (a country place is broad)
//   data/<lang>/genre.tsv       opinion cues: first person, evaluative and hedging words
#ifndef PARALLAX_STORY_COMPARE_RULES_H_
#define PARALLAX_STORY_COMPARE_RULES_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::story {

// The opinion cues of one language (data/<lang>/genre.tsv). Words are case
// folded; a word ending in '*' matches every word it begins ("skandal*").
struct GenreCues {
  std::vector<std::string> first_person;
  std::vector<std::string> evaluative;
  std::vector<std::string> hedges;
  // The file's own examples: (genre, sentence); tests run them.
  std::vector<std::pair<std::string, std::string>> examples;
};

struct CompareRules {
  // Values of data/story/compare.tsv (the defaults here are the file's).
  double about_tolerance = 0.10;   // "about v": v +- this share
  double bound_margin = 0.10;      // least reach of "more than v" etc., as a share of v
  double vague_low = 0.5;          // "dozens" (value v): from v * vague_low ...
  double vague_high = 5.0;         // ... to v * vague_high
  int as_of_max_days = 31;         // a claim date further before publication is not "as of"
  int scope_window_days = 7;       // different_scope: the two sets' dates this close
  double opinion_threshold = 0.2;  // share of cue sentences from which a text reads as opinion
  // Kind name -> the family it is compared in ("arrested" -> "detained").
  std::map<std::string, std::string, std::less<>> family;
  // Families whose figure only grows (a fall needs a retraction to be evolving).
  std::set<std::string, std::less<>> cumulative;
  // Groups whose children are scopes of their own ("people").
  std::set<std::string, std::less<>> own_scope_children;
  // Families whose claims are not told apart by the place their sentence
  // names (a deployment names where troops come from and where they go).
  std::set<std::string, std::less<>> placeless;
  // The group a claim has when its text names none (Claim::group_text
  // empty): such a claim is compared in the one scope the story's other
  // claims of its family name, when they name exactly one. "" for none.
  std::string unnamed_group;

  // data/claims/groups.tsv: group -> parent ("" for a root).
  std::map<std::string, std::string, std::less<>> parent;
  // Folded country names of the gazetteer, all languages and forms.
  std::set<std::string, std::less<>> countries;
  // Opinion cues by language ("de").
  std::map<std::string, GenreCues, std::less<>> genre;

  // The scope of `group`: its highest ancestor, stopping below a group of
  // own_scope_children ("police" -> "security_forces", "civilians" ->
  // "civilians", "people" -> "people"). An unknown group is its own scope;
  // "" stays "".
  std::string Scope(std::string_view group) const;
  // The family of a kind name (itself when none is listed).
  std::string Family(std::string_view kind) const;
  // Whether `a` is `b` or one of its descendants.
  bool IsWithin(std::string_view a, std::string_view b) const;
  // Whether the folded name is a country's.
  bool IsCountry(std::string_view folded) const { return countries.count(folded) > 0; }
};

// Reads the comparison rules under `data_dir`. A language folder without
// genre.tsv is fine (its texts keep the '?' and '!' cues). Throws DataError
// naming the file and line of a malformed row, or a missing compare.tsv or
// groups.tsv.
CompareRules LoadCompareRules(const std::string& data_dir);

// Reads one genre.tsv into `cues`. Throws DataError as above.
void ReadGenreCues(const std::string& path, GenreCues& cues);

}  // namespace parallax::story

#endif  // PARALLAX_STORY_COMPARE_RULES_H_
