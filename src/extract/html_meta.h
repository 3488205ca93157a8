// parallax: collects HtmlMeta (title, language, dates, site, canonical URL)
// from the SAX events of one HTML page (private to extract/).
#ifndef PARALLAX_EXTRACT_HTML_META_H_
#define PARALLAX_EXTRACT_HTML_META_H_

#include <libxml/xmlstring.h>

#include <string>
#include <string_view>

#include "parallax/html_text.h"

namespace parallax::html {

class MetaCollector {
 public:
  // Looks at one start tag: <html lang>, <meta>, <link rel=canonical>,
  // <time datetime>, itemprop="datePublished", <script type=application/ld+json>.
  // `atts` is libxml2's NULL-terminated name/value array (values may be NULL).
  // Returns true when the element is a JSON-LD script whose text should be
  // passed to AddJsonLd until it ends.
  bool OnStartElement(std::string_view name, const xmlChar** atts);

  // Text of the first <title> and of the first <h1>, in pieces, as decoded.
  void AddTitleText(std::string_view text);
  void AddH1Text(std::string_view text);

  // Content of a JSON-LD script, in pieces; EndJsonLd after its last piece.
  void AddJsonLd(std::string_view text);
  void EndJsonLd();

  // The collected fields, each with its fall-backs applied (html_text.h).
  HtmlMeta Finish();

 private:
  // Sources of `published`, best first (see SetPublished).
  enum DateSource { kArticlePublished, kMetaDate, kItemprop, kJsonLd, kTimeElement, kNumSources };
  void SetPublished(DateSource source, std::string_view value);
  void OnMeta(const xmlChar** atts);

  std::string title_;
  std::string og_title_;
  std::string h1_;
  std::string lang_;
  std::string site_;
  std::string canonical_;
  std::string og_url_;
  std::string published_[kNumSources];
  std::string json_ld_;
  bool html_seen_ = false;
};

// Collapses runs of HTML whitespace to one space and trims both ends.
std::string CollapseWhitespace(std::string_view text);

}  // namespace parallax::html

#endif  // PARALLAX_EXTRACT_HTML_META_H_
