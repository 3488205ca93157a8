// Names of paragraph kinds (document.h), as the store and the JSON report
// write them.
#include <optional>
#include <string_view>

#include "parallax/document.h"

namespace parallax {

std::string_view ParagraphKindName(ParagraphKind kind) {
  switch (kind) {
    case ParagraphKind::kTitle:
      return "title";
    case ParagraphKind::kHeading:
      return "heading";
    case ParagraphKind::kText:
      break;
  }
  return "text";
}

std::optional<ParagraphKind> ParagraphKindFromName(std::string_view name) {
  for (ParagraphKind kind :
       {ParagraphKind::kText, ParagraphKind::kTitle, ParagraphKind::kHeading}) {
    if (name == ParagraphKindName(kind)) return kind;
  }
  return std::nullopt;
}

}  // namespace parallax
