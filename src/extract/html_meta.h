// parallax: collects HtmlMeta (title, language, dates, site, canonical URL)
// from the SAX events of one HTML page (private to extract/).
#ifndef PARALLAX_EXTRACT_HTML_META_H_
#define PARALLAX_EXTRACT_HTML_META_H_

#include <libxml/xmlstring.h>

#include <string>
#include <string_view>
#include <vector>

#include "parallax/html_text.h"

namespace parallax::html {

class MetaCollector {
 public:
  // Looks at one start tag: <html lang>, <meta>, <link rel=canonical>,
  // <time datetime>, <abbr class=published>, itemprop="datePublished",
  // <article>, <script type=application/ld+json>, rel=author links,
  // itemprop=author (with content=, or a nested itemprop=name content=).
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
  // `visible_text` is the page's rendered text (HtmlText::text): its
  // datelines (dates_meta.h ReadDatelines) are one more date source, and a
  // dateline date that equals any structured candidate (published or
  // modified) wins over the order of DateSource. Empty: no text source.
  // Authors: the first source that names anyone, in this order: JSON-LD of
  // an article, <meta> author keys, other JSON-LD, rel=author / itemprop=
  // author (names from attributes, and the visible words that spell an
  // author link's URL), a visible byline in the lines after the <h1>
  // (authors.h BylineNames). Every value is cleaned and split (CleanNames).
  HtmlMeta Finish(std::string_view visible_text = {});

 private:
  // Sources of a date, best first: the first non-empty one wins, unless a
  // visible dateline confirms another candidate (Finish). The order was
  // measured on the trafilatura evaluation set (data/dates-README.md): each
  // source's accuracy where it is present, most accurate first, and the URL
  // (fixed when the page is first published) ahead of metadata that sites
  // rewrite on every update.
  enum DateSource {
    kUrl,            // /YYYY/MM/DD/ in the canonical or og:url
    kMetaArticle,    // article:published_time, og:published_time, datePublished
    kJsonLd,         // JSON-LD datePublished / dateModified of an article
    kJsonLdOther,    // JSON-LD dates of other objects (WebPage, ...)
    kItemprop,       // itemprop=datePublished on any element
    kTimeHinted,     // <time datetime> with pubdate, itemprop or a date class
    kAbbr,           // <abbr class=published title=...>
    kText,           // a dateline in the visible text (Finish)
    kMetaDate,       // date, pubdate, DC.date.issued, dcterms.created, ...
    kTimeInArticle,  // the first <time datetime> after an <article> start
    kTimeFirst,      // the first <time datetime> anywhere
    kNumSources
  };
  void SetDate(std::string* slots, DateSource source, std::string_view value);
  void OnMeta(const xmlChar** atts);
  void OnTime(const xmlChar** atts);
  void OnAuthorMarkup(std::string_view name, const xmlChar** atts);
  void ReadJsonLd(std::string_view text);
  void AddAuthor(int rank, std::string_view name);

  std::string title_;
  std::string og_title_;
  std::string h1_;
  std::string lang_;
  std::string site_;
  std::string canonical_;
  std::string og_url_;
  std::string published_[kNumSources];
  std::string modified_[kNumSources];
  // Authors by source, best first (Finish).
  enum AuthorSource {
    kAuthorJsonLd,       // JSON-LD author of an article
    kAuthorMeta,         // <meta name=author> and kin
    kAuthorJsonLdOther,  // JSON-LD author of other objects
    kAuthorMarkup,       // rel=author, itemprop=author
    kAuthorByline,       // visible byline wording after the <h1>
    kNumAuthorSources
  };
  std::vector<std::string> authors_[kNumAuthorSources];
  std::vector<std::string> author_urls_;  // href of rel=author / itemprop=author links
  int author_scope_ = 0;                  // start tags left in which itemprop=name names the author
  std::string json_ld_;
  bool html_seen_ = false;
  bool in_article_ = false;  // an <article> start tag was seen
};

// Collapses runs of HTML whitespace to one space and trims both ends.
std::string CollapseWhitespace(std::string_view text);

}  // namespace parallax::html

#endif  // PARALLAX_EXTRACT_HTML_META_H_
