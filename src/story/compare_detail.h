// parallax story stage (internal): what the comparison files share.
//   compare_values.cc  value intervals from qualifiers, days, figures as text
//   compare_status.cc  the status of an aligned set and its note
//   compare.cc         CompareStory: alignment into sets, different scopes, order
//   timeline.cc        timelines of the sets
//   source_signals.cc  per-source signals (genre cues, unsupported share, cites)
//   story_label.cc     the story's label and span
#ifndef PARALLAX_STORY_COMPARE_DETAIL_H_
#define PARALLAX_STORY_COMPARE_DETAIL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/document.h"
#include "parallax/story.h"
#include "story/compare_rules.h"
#include "story/similarity_rules.h"

namespace parallax::story {

// ---------------------------------------------------------------------------
// Values (compare_values.cc)

// The values a figure with its qualifier stands for: [lo, hi], each end
// open or closed; hi may be +infinity.
struct Interval {
  double lo = 0;
  double hi = 0;
  bool lo_open = false;
  bool hi_open = false;
};

// The interval of a figure under `rules` (data/story/compare.tsv):
//   exact v       [v, v]
//   about v       [v - t*v, v + t*v]               t = about_tolerance
//   more_than v   (v, v + m]      at_least v  [v, v + m]
//   less_than v   [v - m, v)      up_to v     [v - m, v]
//                 m = max(step of v's last non-zero digit, bound_margin * v)
//   range v..w    [v, w]
//   vague v       [v * vague_low, v * vague_high]
// Never throws; a NaN or negative value gives the point interval at it.
Interval ValueInterval(double value, std::optional<double> value_max, Approx approx,
                       const CompareRules& rules);

// Whether two intervals share a value.
bool Overlap(const Interval& a, const Interval& b);
// The shared values of two overlapping intervals.
Interval Intersect(const Interval& a, const Interval& b);

// The figure as a reader sees it, in English: "2,030", "about 2,000", "more
// than 1,000", "10–15", "dozens (20)", with the unit after it ("91,000,000
// USD", "20 km").
std::string FormatFigure(double value, std::optional<double> value_max, Approx approx,
                         std::string_view unit);
// A number with thousands separators and at most two decimals: "2,030", "1.5".
std::string FormatNumber(double value);

// Days since 1970-01-01 of an ISO date's first ten characters, or nullopt
// (similarity_rules.h, DayNumber).
std::optional<int64_t> DayOf(std::string_view iso);

// The entity of `doc` whose id, else whose name, is `id_or_name`; nullptr
// when none (or `id_or_name` is empty).
const Entity* FindEntity(const Document& doc, const std::string& id_or_name);

// The date a claim stands at ("as of"), YYYY-MM-DD: the claim's date when
// its sentence names that day (a DateMention of the sentence) and it lies
// within as_of_max_days before publication (not after it); else the
// publication date; else the claim's date as given; else "".
std::string AsOfDate(const Document& doc, const Claim& claim, const CompareRules& rules);

// ---------------------------------------------------------------------------
// Status (compare_status.cc)

// One value of an aligned set, with what the status needs beside the
// ComparedValue.
struct SetValue {
  ComparedValue value;
  ClaimKind kind = ClaimKind::kOther;
  Interval interval;
  std::optional<int64_t> day;  // of value.date
};

// Decides the status of an aligned set (not different_scope) and writes
// its note: single_source (one independent source), agree (all values share
// a value), evolving (a withdrawn figure replaced, or figures that move in
// one direction over distinct days), disagree (anything else: incompatible
// at one day, or back and forth). `family` is the set's family name.
ComparisonStatus DecideStatus(const std::vector<SetValue>& values, std::string_view family,
                              const CompareRules& rules, std::string& note);

// The figure most values of `values` give, ties to the earliest: its text.
std::string MainFigure(const std::vector<SetValue>& values);

// ---------------------------------------------------------------------------
// Timelines, sources, label (timeline.cc, source_signals.cc, story_label.cc)

// One timeline per comparison that is not different_scope nor a part set
// (`parts[i]` true for a part set), points by date, then document.
std::vector<Timeline> BuildTimelines(const std::vector<Comparison>& comparisons,
                                     const std::vector<bool>& parts);

// The opinion cues of one document (genre and the four cue counts, opinion
// share); the other fields are left as they are.
void CountGenreCues(const Document& doc, const CompareRules& rules, SourceSignals& out);

// The signals of each document, in the order given. `comparisons` are the
// story's (their values name claims by document id and index).
std::vector<SourceSignals> BuildSourceSignals(const std::vector<const Document*>& docs,
                                              const std::vector<StoryAssignment>& links,
                                              const std::vector<Comparison>& comparisons,
                                              const CompareRules& rules);

// Fills story.label, span_start and span_end from the documents (in story
// order) and the dates of the comparisons' values. `rules` tell countries
// (a label entity) from other places (the label's place).
void LabelStory(const std::vector<const Document*>& docs, const CompareRules& rules, Story& story);

}  // namespace parallax::story

#endif  // PARALLAX_STORY_COMPARE_DETAIL_H_
