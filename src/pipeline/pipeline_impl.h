// Internals of parallax::Pipeline shared by process.cc and run.cc.
#ifndef PARALLAX_PIPELINE_PIPELINE_IMPL_H_
#define PARALLAX_PIPELINE_PIPELINE_IMPL_H_

#include <optional>
#include <string>
#include <string_view>

#include "parallax/annotate.h"
#include "parallax/claims.h"
#include "parallax/entities.h"
#include "parallax/fundraising.h"
#include "parallax/junk_reasons.h"
#include "parallax/language.h"
#include "parallax/main_text.h"
#include "parallax/pipeline.h"
#include "parallax/scrape_text.h"
#include "parallax/segment.h"
#include "parallax/site_lines.h"
#include "parallax/text_meta.h"

namespace parallax {

struct Pipeline::Impl {
  explicit Impl(PipelineOptions opts);
  // `id` is DocumentId(raw.bytes) when the caller has it already, else "".
  // `sites`: lines repeated across sites, learned by Run's pre-pass, or null.
  Document Process(RawDocument raw, std::string id, const SiteLines* sites = nullptr) const;

  PipelineOptions options;
  std::string data_dir;
  LanguageIdentifier language;
  Segmenter segmenter;
  FundraisingDetector fundraising;
  ScrapeCleaner scrape;
  JunkReasons junk_reasons;   // names removed HTML blocks the markup leaves unexplained
  MainTextOptions main_text;  // reason_of -> junk_reasons
  TextMetaReader text_meta;
  Annotator annotator;  // figures and dates of every sentence
  EntityRecognizer entities;  // people, organisations and places
  ClaimExtractor claims;      // figures, quotes and citations
};

// signals.fundraising for a page whose whole visible text is `visible`
// (before junk removal, so the signal survives it): {present, evidence:
// [{kind, value, currency}]}. Evidence offsets are left out: they point into
// that visible text, which is not the document's clean text.
nlohmann::json FundraisingSignal(const FundraisingDetector& detector, std::string_view visible);

// The site key of a raw input for SiteLines: its site when the container
// names one, else the host of its URL, else "" (not learned, not judged).
std::string SiteKey(const RawDocument& raw);

// "2022-01-07", "2022-01-07T10:00:00+06:00" -> "2022-01-07"; anything else
// -> nullopt.
std::optional<std::string> NormalizePublished(std::string_view value);

}  // namespace parallax

#endif  // PARALLAX_PIPELINE_PIPELINE_IMPL_H_
