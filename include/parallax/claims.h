// parallax: what a text claims (issue 6): figures tied to events and the
// groups they count, who said what, and whom the text cites, each traced to
// its sentence and byte offsets.
//
// Claims: each figure of the numbers annotator (annotate.h) that counts
// people or things affected by an event, or money lost, becomes a Claim
// (document.h) with its kind (killed, injured, arrested, ... or other with
// the noun kept), the group it counts (data/claims/groups.tsv), a subset
// link ("two of them"), and the place and date of its sentence, paragraph
// or document. Then the source the text gives for it ("according to",
// laut, według, по данным, "X said"), and whether it is hedged, denied or
// withdrawn. Quotes: direct quotes in every quotation-mark style, with the
// speaker before, after or inside, roles resolved to names given earlier,
// and indirect speech after a reporting verb. Citations: the outlets,
// agencies, people and links the text names as its sources.
//
// The words are data: data/<lang>/claims.tsv (data/claims-README.md) and
// data/<lang>/speech.tsv (data/speech-README.md). A language without them
// gets no claims and no reporting-verb quotes; quotes between marks and
// links are found in every language.
#ifndef PARALLAX_CLAIMS_H_
#define PARALLAX_CLAIMS_H_

#include <memory>
#include <string>

#include "parallax/document.h"

namespace parallax {

// Holds the claim and speech lexicons, loaded once.
// Thread safety: every method is const and thread-safe.
class ClaimExtractor {
 public:
  // Loads data/claims/groups.tsv and every data/<lang>/claims.tsv and
  // speech.tsv. Throws DataError naming the file and line of a malformed
  // row.
  explicit ClaimExtractor(const std::string& data_dir);
  ~ClaimExtractor();
  ClaimExtractor(const ClaimExtractor&) = delete;
  ClaimExtractor& operator=(const ClaimExtractor&) = delete;

  // Fills doc.claims, doc.quotes and doc.citations (replacing what they
  // held) from doc.text, doc.sentences, doc.paragraphs, doc.quantities,
  // doc.dates and doc.entities, so it runs after the Annotator and the
  // EntityRecognizer. Entity fields hold entity names until the store
  // gives ids. Never throws on any text; time is linear in the text.
  void Extract(Document& doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parallax

#endif  // PARALLAX_CLAIMS_H_
