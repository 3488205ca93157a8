// TEMPORARY scaffold so the stage links; the dates helper replaces it.
#include "annotate/date_scan.h"

namespace parallax::annotate {
struct DateLexicon::Impl {};
DateLexicon::DateLexicon(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DateLexicon::~DateLexicon() = default;
std::shared_ptr<const DateLexicon> DateLexicon::Load(const std::string&, const std::string&) {
  return std::shared_ptr<const DateLexicon>(new DateLexicon(std::make_unique<Impl>()));
}
std::vector<DateMention> FindDateMentions(std::string_view, const std::vector<NumberToken>&,
                                          const DateLexicon&, const ReferenceTime&) {
  return {};
}
void FlagDateSlips(std::vector<DateMention>&, const ReferenceTime&) {}
}  // namespace parallax::annotate
