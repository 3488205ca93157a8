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
  // Flags returned by OnStartElement.
  static constexpr unsigned kJsonLdScript = 1;  // pass the script's text to AddJsonLd until it ends
  static constexpr unsigned kWantsEnd = 2;      // call OnEndElement when this element closes

  // Looks at one start tag: <html lang>, <meta>, <link rel=canonical>,
  // <time datetime>, <abbr class=published>, itemprop="datePublished",
  // <article>, <script type=application/ld+json>, rel=author links,
  // itemprop=author (with content=, or a nested itemprop=name content=), and
  // elements whose text is metadata: a byline or author element (class or id
  // naming a byline or author, rel=author, itemprop=author), a date element
  // (class or id naming a date or time, <time> without datetime=), and the
  // containers whose bylines and dates are not the page's (lists, <aside>,
  // <nav>, comments, related articles; data/authors-README.md).
  // `atts` is libxml2's NULL-terminated name/value array (values may be NULL).
  // Returns kJsonLdScript for a JSON-LD script, and kWantsEnd when the
  // caller must call OnEndElement where this element closes (every such
  // element exactly once, innermost first).
  unsigned OnStartElement(std::string_view name, const xmlChar** atts);

  // Closes the innermost open element for which OnStartElement returned
  // kWantsEnd.
  void OnEndElement();

  // Visible text of the page, in document order, as decoded (not <title>,
  // script or style text). Kept only while inside a byline or date element,
  // so a call elsewhere costs one comparison.
  void AddText(std::string_view text) {
    if (collecting_ > 0) CollectText(text);
  }

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
  // A date element's publication date (OnStartElement) stands in for the
  // dateline when the text has none.
  // Authors: the first source that names anyone, in this order: JSON-LD of
  // an article, <meta> author keys, the first byline element's text (not in
  // a list, <aside>, <nav>, comments or related articles; an author element
  // inside another gives its names to the outer one), other JSON-LD,
  // rel=author / itemprop=author (names from attributes, and the visible
  // words that spell an author link's URL), a visible byline in the lines
  // after the <h1> (authors.h BylineNames). Every value is cleaned and split
  // (CleanNames).
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
    kElement,        // a date element's text (MarksOf): its modification date; its
                     // publication date stands in for the dateline (Finish)
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
  void CollectText(std::string_view text);
  unsigned MarksOf(std::string_view name, const xmlChar** atts) const;
  void CloseAuthorFrame(size_t index);
  void CloseDateFrame(size_t index);

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
    kAuthorElement,      // text of a byline / author element (MarksOf)
    kAuthorJsonLdOther,  // JSON-LD author of other objects
    kAuthorMarkup,       // rel=author, itemprop=author
    kAuthorByline,       // visible byline wording after the <h1>
    kNumAuthorSources
  };
  std::vector<std::string> authors_[kNumAuthorSources];
  std::vector<std::string> author_urls_;  // href of rel=author / itemprop=author links
  int author_scope_ = 0;                  // start tags left in which itemprop=name names the author
  std::string json_ld_;
  // An open element whose end was asked for (kWantsEnd), innermost last.
  struct Frame {
    unsigned marks;                  // kMark* of MarksOf
    std::string text;                // its visible text, capped
    std::vector<std::string> names;  // names found by author elements inside it
  };
  std::vector<Frame> frames_;
  int collecting_ = 0;  // open frames that keep their text
  bool html_seen_ = false;
  bool in_article_ = false;  // an <article> start tag was seen
};

// Collapses runs of HTML whitespace to one space and trims both ends.
std::string CollapseWhitespace(std::string_view text);

}  // namespace parallax::html

#endif  // PARALLAX_EXTRACT_HTML_META_H_
