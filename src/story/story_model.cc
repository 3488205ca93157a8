// parallax story stage: the model (rules and weights read from data/) and
// the names of the stage's enums.
#include "story/story_model.h"

#include <array>
#include <utility>

#include "parallax/data_dir.h"

namespace parallax {

StoryModel::StoryModel(const std::string& data_dir) : impl_(std::make_unique<Impl>()) {
  impl_->data_dir = FindDataDir(data_dir);
  impl_->similarity = story::LoadSimilarityRules(impl_->data_dir);
  impl_->compare = story::LoadCompareRules(impl_->data_dir);
}
StoryModel::~StoryModel() = default;
StoryModel::StoryModel(StoryModel&&) noexcept = default;
StoryModel& StoryModel::operator=(StoryModel&&) noexcept = default;

namespace {

constexpr std::array<std::pair<CopyKind, std::string_view>, 3> kCopyKinds = {{
    {CopyKind::kNone, "none"},
    {CopyKind::kCopy, "copy"},
    {CopyKind::kTranslation, "translation"},
}};

constexpr std::array<std::pair<ComparisonStatus, std::string_view>, 5> kStatuses = {{
    {ComparisonStatus::kAgree, "agree"},
    {ComparisonStatus::kDisagree, "disagree"},
    {ComparisonStatus::kDifferentScope, "different_scope"},
    {ComparisonStatus::kSingleSource, "single_source"},
    {ComparisonStatus::kEvolving, "evolving"},
}};

template <typename Enum, size_t N>
std::string_view NameOf(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum e) {
  for (const auto& [value, name] : table) {
    if (value == e) return name;
  }
  return table[0].second;
}

template <typename Enum, size_t N>
std::optional<Enum> FromName(const std::array<std::pair<Enum, std::string_view>, N>& table,
                             std::string_view name) {
  for (const auto& [value, n] : table) {
    if (n == name) return value;
  }
  return std::nullopt;
}

}  // namespace

std::string_view CopyKindName(CopyKind kind) { return NameOf(kCopyKinds, kind); }
std::optional<CopyKind> CopyKindFromName(std::string_view name) {
  return FromName(kCopyKinds, name);
}
std::string_view ComparisonStatusName(ComparisonStatus status) { return NameOf(kStatuses, status); }
std::optional<ComparisonStatus> ComparisonStatusFromName(std::string_view name) {
  return FromName(kStatuses, name);
}

}  // namespace parallax
