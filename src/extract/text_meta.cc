#include "parallax/text_meta.h"

#include "extract/dates_meta.h"

namespace parallax {

struct TextMetaReader::Impl {
  explicit Impl(const std::string& data_dir) : lexicon(data_dir) {}
  dates::Lexicon lexicon;
};

TextMetaReader::TextMetaReader(const std::string& data_dir)
    : impl_(std::make_unique<Impl>(data_dir)) {}

TextMetaReader::~TextMetaReader() = default;

TextMeta TextMetaReader::Read(std::string_view text, std::string_view lang) const {
  // Limits: the defaults of dates::DatelineOptions (15 lines, 200 bytes, 8
  // words), as documented in text_meta.h.
  dates::Datelines lines =
      dates::ReadDatelines(text, &impl_->lexicon, lang, dates::DatelineOptions{});
  TextMeta out;
  out.published = std::move(lines.published);
  out.modified = std::move(lines.modified);
  out.authors = std::move(lines.authors);
  return out;
}

TextMeta ReadTextMeta(std::string_view text, const std::string& data_dir) {
  return TextMetaReader(data_dir).Read(text);
}

}  // namespace parallax
