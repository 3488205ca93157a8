// One raw input -> one Document: decode, render, segment, identify.
#include <algorithm>
#include <cctype>
#include <string>

#include "parallax/data_dir.h"
#include "parallax/encoding.h"
#include "parallax/error.h"
#include "parallax/hash.h"
#include "parallax/main_text.h"
#include "parallax/pipeline.h"
#include "parallax/plain_text.h"
#include "parallax/url.h"
#include "pipeline/pipeline_impl.h"

namespace parallax {

namespace {

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<std::string> NormalizePublished(std::string_view value) {
  // ISO 8601 date or date-time: the date part. Other formats are left to the
  // dates annotator (issue 4), which reads them from the text.
  size_t i = 0;
  while (i < value.size() && std::isspace(static_cast<unsigned char>(value[i]))) ++i;
  value.remove_prefix(i);
  if (value.size() < 10) return std::nullopt;
  std::string_view y = value.substr(0, 4), m = value.substr(5, 2), d = value.substr(8, 2);
  if (!IsDigits(y) || value[4] != '-' || !IsDigits(m) || value[7] != '-' || !IsDigits(d)) {
    return std::nullopt;
  }
  if (value.size() > 10 && value[10] != 'T' && value[10] != ' ' && value[10] != 't') {
    return std::nullopt;
  }
  int month = std::stoi(std::string(m)), day = std::stoi(std::string(d));
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  return std::string(value.substr(0, 10));
}

Pipeline::Impl::Impl(PipelineOptions opts)
    : options(std::move(opts)),
      data_dir(FindDataDir(options.data_dir)),
      language(data_dir, options.language),
      segmenter(data_dir, options.segment),
      fundraising(data_dir),
      scrape(data_dir),
      junk_reasons(data_dir),
      text_meta(data_dir),
      annotator(data_dir),
      entities(data_dir, options.entities),
      claims(data_dir) {
  main_text.reason_of = [this](std::string_view block) { return junk_reasons.ReasonOf(block); };
}

nlohmann::json FundraisingSignal(const FundraisingDetector& detector, std::string_view visible) {
  nlohmann::json signal = detector.Detect(visible).ToJson();
  for (nlohmann::json& e : signal["evidence"]) {
    e.erase("start");
    e.erase("end");
  }
  return signal;
}

Pipeline::Pipeline(PipelineOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Pipeline::~Pipeline() = default;

const PipelineOptions& Pipeline::options() const { return impl_->options; }

Document Pipeline::Process(RawDocument raw) const { return impl_->Process(std::move(raw), ""); }

std::string SiteKey(const RawDocument& raw) {
  return !raw.site.empty() ? raw.site : SiteOfUrl(raw.url);
}

Document Pipeline::Impl::Process(RawDocument raw, std::string id, const SiteLines* sites) const {
  Document doc;
  doc.id = id.empty() ? DocumentId(raw.bytes) : std::move(id);
  doc.source = std::move(raw.source);
  doc.container = std::move(raw.container);
  doc.format = raw.format == Format::kHtml ? "html" : "text";

  DecodeOptions decode_options;
  decode_options.declared_charset = raw.declared_charset;
  decode_options.sniff_html_meta = raw.format == Format::kHtml;
  decode_options.known_utf8 = raw.utf8;
  Decoded decoded = DecodeToUtf8(raw.bytes, decode_options);
  doc.charset = decoded.charset;
  doc.charset_source = decoded.source;
  doc.invalid_bytes = decoded.invalid_bytes;

  std::string lang_hint = raw.lang_hint;
  std::string title = raw.title;
  std::string published = raw.published;
  std::string url = raw.url;
  std::string site = raw.site;
  std::string modified;
  std::vector<std::string> authors;
  if (raw.format == Format::kHtml) {
    MainText main = ExtractMainText(decoded.utf8, main_text);
    // The whole visible text, for the fundraising signal: the article and
    // every block removed from it (donation boxes are removed as junk).
    std::string visible = main.text;
    for (const RemovedBlock& r : main.removed) visible.append("\n\n").append(r.text);
    doc.signals["fundraising"] = FundraisingSignal(fundraising, visible);
    if (!main.found) throw InputError(main.reason.empty() ? "no main text" : main.reason);
    doc.text = std::move(main.text);
    for (size_t i = 0; i < main.paragraphs.size(); ++i) {
      // main.kinds is parallel to main.paragraphs; a missing kind reads as text.
      ParagraphKind kind = i < main.kinds.size() ? main.kinds[i] : ParagraphKind::kText;
      doc.paragraphs.push_back(Paragraph{main.paragraphs[i], {}, kind});
    }
    doc.text_to_raw = main.to_input.Then(decoded.to_input);
    doc.removed = std::move(main.removed);
    if (title.empty()) title = main.meta.title;
    if (published.empty()) published = main.meta.published;
    if (url.empty()) url = main.meta.canonical;
    if (site.empty()) site = main.meta.site;
    if (lang_hint.empty()) lang_hint = main.meta.lang;
    modified = main.meta.modified;
    authors = std::move(main.meta.authors);
  } else {
    PlainText plain = RenderPlainText(decoded.utf8);
    doc.signals["fundraising"] = FundraisingSignal(fundraising, plain.text);
    // Datelines ("Last Updated on 24. April 2022 by ...") are read before the
    // cleaner removes them as junk.
    TextMeta meta = text_meta.Read(plain.text, lang_hint);
    if (published.empty()) published = meta.published;
    modified = meta.modified;
    authors = std::move(meta.authors);
    // Junk lines out, hard wraps undone; every removed line keeps its reason.
    // With Run's table, lines repeated across the site go too.
    CleanText clean =
        scrape.Clean(plain.text, lang_hint.empty() ? "und" : lang_hint, sites, SiteKey(raw));
    doc.text = std::move(clean.text);
    for (const Span& s : clean.paragraphs) doc.paragraphs.push_back(Paragraph{s, {}});
    doc.text_to_raw = clean.to_input.Then(plain.to_input).Then(decoded.to_input);
    doc.removed = std::move(clean.removed);
    if (doc.text.empty() && !plain.text.empty()) throw InputError("no main text");
  }
  if (doc.text.empty()) {
    throw InputError(raw.format == Format::kHtml
                         ? "no visible text in the HTML page"
                         : "no text (only whitespace or control characters)");
  }
  doc.raw = std::move(raw.bytes);

  if (title.empty() && raw.format != Format::kHtml && !doc.paragraphs.empty()) {
    // A text file's first paragraph is its title when it is one short line.
    const Span& first = doc.paragraphs.front().span;
    std::string_view head(doc.text.data() + first.start, first.end - first.start);
    if (head.size() <= options.title_max_bytes && head.find('\n') == std::string_view::npos) {
      title = std::string(head);
      doc.paragraphs.front().kind = ParagraphKind::kTitle;
    }
  }
  doc.title = std::move(title);
  doc.published = NormalizePublished(published);
  doc.modified = NormalizePublished(modified);
  doc.authors = std::move(authors);
  doc.url = std::move(url);
  doc.site = !site.empty() ? std::move(site) : SiteOfUrl(doc.url);

  language.Annotate(doc, lang_hint);
  segmenter.Annotate(doc);
  annotator.Annotate(doc);
  entities.Recognize(doc);
  claims.Extract(doc);
  return doc;
}

}  // namespace parallax
