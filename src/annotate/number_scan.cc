// TEMPORARY scaffold so the stage links while the scanner is written; the
// numbers helper replaces this file.
#include "annotate/number_scan.h"

namespace parallax::annotate {
struct NumberLexicon::Impl {};
NumberLexicon::NumberLexicon(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
NumberLexicon::~NumberLexicon() = default;
std::shared_ptr<const NumberLexicon> NumberLexicon::Load(const std::string&, const std::string&) {
  return std::shared_ptr<const NumberLexicon>(new NumberLexicon(std::make_unique<Impl>()));
}
std::vector<NumberToken> ScanNumbers(std::string_view, const NumberLexicon&) { return {}; }
}  // namespace parallax::annotate
