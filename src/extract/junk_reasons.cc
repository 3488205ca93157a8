// JunkReasons: the scrape cleaner's lexicon and payment rules applied to one
// block at a time (include/parallax/junk_reasons.h).
#include "parallax/junk_reasons.h"

#include <exception>
#include <string>

#include "extract/scrape_chars.h"
#include "extract/scrape_junk.h"

namespace parallax {

struct JunkReasons::Impl {
  scrape::JunkLexicon lexicon;
};

JunkReasons::JunkReasons(const std::string& data_dir) : impl_(std::make_unique<Impl>()) {
  impl_->lexicon.Load(data_dir);
}

JunkReasons::~JunkReasons() = default;

std::string_view JunkReasons::ReasonOf(std::string_view block) const {
  try {
    if (scrape::HasPaymentCode(block)) return "fundraising";
    // The block is removed already; only its reason is chosen here, so a
    // prefix entry ("we use cookies", "szanowny użytkowniku") names a long
    // consent notice too; contains entries keep the cleaner's guard, as a
    // comment that mentions "share" is no share button.
    const bool contains =
        scrape::CountWords(block) <= scrape::kMaxContainsWords && !scrape::EndsSentence(block);
    const scrape::JunkEntry* e = impl_->lexicon.Find(scrape::NormalizeForMatch(block),
                                                     /*allow_prefix=*/true, contains);
    return e == nullptr ? std::string_view() : std::string_view(e->reason);
  } catch (const std::exception&) {
    return {};  // allocation failure: the markup's reason stands
  }
}

}  // namespace parallax
