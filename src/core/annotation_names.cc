// Names of quantity kinds, qualifiers, date bases, entity types and claim kinds
// (document.h), as the store and the JSON report write them.
#include <array>
#include <optional>
#include <string_view>

#include "parallax/document.h"

namespace parallax {
namespace {

constexpr std::array<std::string_view, 6> kKindNames = {"number", "ordinal", "percent",
                                                        "money",  "measure", "duration"};
constexpr std::array<std::string_view, 8> kApproxNames = {
    "exact", "about", "at_least", "more_than", "less_than", "up_to", "range", "vague"};
constexpr std::array<std::string_view, 4> kEntityTypeNames = {"person", "organization", "place",
                                                              "other"};
constexpr std::array<std::string_view, 12> kClaimKindNames = {
    "killed",    "injured",   "hospitalised", "arrested", "detained",   "missing",
    "displaced", "evacuated", "damage",       "deployed", "protesters", "other"};
constexpr std::array<std::string_view, 4> kBasisNames = {"absolute", "completed", "relative",
                                                         "time"};

// The enum whose name is `name`, by position in `names`.
template <typename Enum, size_t N>
std::optional<Enum> FromName(const std::array<std::string_view, N>& names, std::string_view name) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

// The name of `value`, or the first name if the value is out of range.
template <typename Enum, size_t N>
std::string_view NameOf(const std::array<std::string_view, N>& names, Enum value) {
  const auto i = static_cast<size_t>(value);
  return i < N ? names[i] : names[0];
}

}  // namespace

std::string_view QuantityKindName(QuantityKind kind) { return NameOf(kKindNames, kind); }
std::optional<QuantityKind> QuantityKindFromName(std::string_view name) {
  return FromName<QuantityKind>(kKindNames, name);
}
std::string_view ApproxName(Approx approx) { return NameOf(kApproxNames, approx); }
std::optional<Approx> ApproxFromName(std::string_view name) {
  return FromName<Approx>(kApproxNames, name);
}
std::string_view DateBasisName(DateBasis basis) { return NameOf(kBasisNames, basis); }
std::optional<DateBasis> DateBasisFromName(std::string_view name) {
  return FromName<DateBasis>(kBasisNames, name);
}

std::string_view EntityTypeName(EntityType type) { return NameOf(kEntityTypeNames, type); }
std::optional<EntityType> EntityTypeFromName(std::string_view name) {
  return FromName<EntityType>(kEntityTypeNames, name);
}

std::string_view ClaimKindName(ClaimKind kind) { return NameOf(kClaimKindNames, kind); }
std::optional<ClaimKind> ClaimKindFromName(std::string_view name) {
  return FromName<ClaimKind>(kClaimKindNames, name);
}

}  // namespace parallax
