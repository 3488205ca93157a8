// TEMPORARY scaffold so the stage links; the quantities helper replaces it.
#include "annotate/quantities.h"

namespace parallax::annotate {
struct QuantityLexicon::Impl {};
QuantityLexicon::QuantityLexicon(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
QuantityLexicon::~QuantityLexicon() = default;
std::shared_ptr<const QuantityLexicon> QuantityLexicon::Load(const std::string&,
                                                             const std::string&) {
  return std::shared_ptr<const QuantityLexicon>(new QuantityLexicon(std::make_unique<Impl>()));
}
std::vector<Quantity> AssembleQuantities(std::string_view, const std::vector<NumberToken>&,
                                         const QuantityLexicon&) {
  return {};
}
}  // namespace parallax::annotate
