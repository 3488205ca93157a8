// Internals of parallax::Pipeline shared by process.cc and run.cc.
#ifndef PARALLAX_PIPELINE_PIPELINE_IMPL_H_
#define PARALLAX_PIPELINE_PIPELINE_IMPL_H_

#include <optional>
#include <string>
#include <string_view>

#include "parallax/language.h"
#include "parallax/pipeline.h"
#include "parallax/segment.h"

namespace parallax {

struct Pipeline::Impl {
  explicit Impl(PipelineOptions opts);
  // `id` is DocumentId(raw.bytes) when the caller has it already, else "".
  Document Process(RawDocument raw, std::string id) const;

  PipelineOptions options;
  std::string data_dir;
  LanguageIdentifier language;
  Segmenter segmenter;
};

// "2022-01-07", "2022-01-07T10:00:00+06:00" -> "2022-01-07"; anything else
// -> nullopt.
std::optional<std::string> NormalizePublished(std::string_view value);

}  // namespace parallax

#endif  // PARALLAX_PIPELINE_PIPELINE_IMPL_H_
