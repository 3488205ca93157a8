// parallax: the document model shared by every stage.
//
// A Document is built once by the pipeline (src/pipeline/) from a RawDocument
// (ingest.h): bytes decoded to UTF-8 (encoding.h), rendered to clean text
// (html_text.h for HTML), split into paragraphs and sentences (segment.h),
// and given languages (language.h). Every span is a byte range into `text`;
// `text_to_raw` maps any offset in `text` back to a byte offset in `raw`.
#ifndef PARALLAX_DOCUMENT_H_
#define PARALLAX_DOCUMENT_H_

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/offset_map.h"

namespace parallax {

// A byte range [start, end) into a Document's clean text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  bool operator==(const Span&) const = default;
};

// One language's share of a text.
struct LanguageShare {
  std::string lang;  // ISO 639-1 ("de"), or a BCP-47 tag CLD2 uses ("zh-Hant")
  double share = 0;  // fraction of the text's letters, 0..1
  bool operator==(const LanguageShare&) const = default;
};

// The language of a text. An uncertain guess is a result, not an error:
// `reliable` says whether it can be trusted.
struct LanguageGuess {
  std::string lang = "und";  // ISO 639-1, or "und" when nothing can be said
  double confidence = 0;     // 0..1
  bool reliable = false;
  // Where the answer came from: "cld2", "script" (script and character
  // evidence from data/langid/), "cld2+script", "hint" (declared by the
  // input and consistent with the text), or "none".
  std::string method = "none";
  std::vector<LanguageShare> shares;  // top languages by share, largest first
  bool operator==(const LanguageGuess&) const = default;
};

// What a paragraph of the text is: the article's headline, a heading inside
// the article, or running text (list items, quotes and table rows too).
enum class ParagraphKind : uint8_t { kText, kTitle, kHeading };

// The name of `kind` as the store and the JSON report write it: "text",
// "title" or "heading". Never empty; the view points to static storage.
std::string_view ParagraphKindName(ParagraphKind kind);

// The kind that ParagraphKindName(kind) names: "text", "title", "heading"
// (exact, lower case). std::nullopt for any other string, empty included;
// the caller decides whether that is an error (the store throws StoreError).
std::optional<ParagraphKind> ParagraphKindFromName(std::string_view name);

struct Paragraph {
  Span span;
  LanguageGuess lang;
  ParagraphKind kind = ParagraphKind::kText;
};

struct Sentence {
  Span span;
  uint32_t paragraph = 0;  // index into Document::paragraphs
};

// A block taken out of the text, with the reason (see docs/json.md for the
// reason vocabulary). Empty until main-text extraction (issue 3) lands.
struct RemovedBlock {
  std::string text;
  std::string reason;
};

// What a quantity counts or measures (see docs/json.md).
enum class QuantityKind : uint8_t {
  kNumber,    // a plain count or number: "18", "mehr als tausend", "dozens"
  kOrdinal,   // "3rd", "третий", "7." before a noun in German
  kPercent,   // "12%", "zwölf Prozent"; unit "%"
  kMoney,     // "91 Mio. US-Dollar", "$5bn", "10 тыс. тенге"; unit ISO 4217
  kMeasure,   // a number with a physical unit: "12 km", "5 Tonnen"; unit symbol
  kDuration,  // "three days", "48 Stunden"; unit a UCUM time symbol (s min h d wk mo a)
};

// How exact a quantity is, as its text qualifies it.
enum class Approx : uint8_t {
  kExact,     // "18"
  kAbout,     // "about 400", "etwa", "около", "rund"
  kAtLeast,   // "at least", "mindestens", "co najmniej", "не менее"
  kMoreThan,  // "more than", "über", "ponad", "более", "свыше"
  kLessThan,  // "less than", "weniger als", "менее"
  kUpTo,      // "up to", "bis zu", "до"
  kRange,     // "10-15", "zwischen 10 und 15", "от 10 до 15": value..value_max
  kVague,     // "dozens", "Dutzende", "десятки": value is a conventional figure
};

// "number", "ordinal", "percent", "money", "measure", "duration"; never empty.
std::string_view QuantityKindName(QuantityKind kind);
std::optional<QuantityKind> QuantityKindFromName(std::string_view name);
// "exact", "about", "at_least", "more_than", "less_than", "up_to", "range",
// "vague"; never empty.
std::string_view ApproxName(Approx approx);
std::optional<Approx> ApproxFromName(std::string_view name);

// A number, amount of money, percentage, measure, duration or ordinal found
// in a sentence. `span` covers the whole mention, qualifier words and unit
// included ("mehr als 1.000", "89,8 Millionen US-Dollar"); `figure` the same
// without the qualifier words ("1.000" in "mehr als 1.000", "$ 14 million"
// in "about $ 14 million", "300" in "300 or more"). A range's words stay in
// its figure ("between 10 and 15"). An empty `figure` (a Quantity built by
// hand, a store row written before schema version 5) stands for `span`;
// FigureOf gives the one to use.
struct Quantity {
  Span span;
  uint32_t sentence = 0;  // index into Document::sentences
  QuantityKind kind = QuantityKind::kNumber;
  double value = 0;                 // the figure; a range's lower end; a bound
  std::optional<double> value_max;  // a range's upper end (inclusive)
  std::string unit;                 // "" for a count; ISO 4217; "%"; unit symbol
  Approx approx = Approx::kExact;
  Span figure;  // within `span`; equal to it when no qualifier word stands around the figure
  bool operator==(const Quantity&) const = default;
};

// The figure of `q` without its qualifier words: q.figure, or q.span when
// q.figure is empty.
inline Span FigureOf(const Quantity& q) {
  return q.figure.end > q.figure.start ? q.figure : q.span;
}

// How a date mention got its value.
enum class DateBasis : uint8_t {
  kAbsolute,   // the text gives the year: "7 stycznia 2022", "2022-01-07"
  kCompleted,  // the year (or month) came from the reference date: "7. Januar"
  kRelative,   // resolved against the reference date: "yesterday", "am Donnerstag"
  kTime,       // a clock time with no date in the text: "um 10:30 Uhr"
};
// "absolute", "completed", "relative", "time"; never empty.
std::string_view DateBasisName(DateBasis basis);
std::optional<DateBasis> DateBasisFromName(std::string_view name);

// A date or time found in a sentence.
struct DateMention {
  Span span;
  uint32_t sentence = 0;  // index into Document::sentences
  // ISO 8601 to the precision the text gives: "2022", "2022-01", "2022-01-07",
  // "2022-01-07T10:30"; a bare clock time is "T10:30". Empty when the
  // mention needs a reference date and the document has none ("yesterday"
  // with no publication date); `reason` then says so.
  std::string value;
  // A range's end, to the precision of `value`: the last day of "8.-12.
  // August" or of "the past three days", the last month of "Q3 2021"
  // (2021-07..2021-09); else empty.
  std::string value_max;
  DateBasis basis = DateBasis::kAbsolute;
  bool suspect = false;  // the year contradicts the document's own timeline
  std::string reason;    // why it is suspect or unresolved; empty otherwise
  bool operator==(const DateMention&) const = default;
};

// What a figure in a claim counts (claims.h). The rules for each language
// are data (data/<lang>/claims.tsv); kOther is a figure tied to a noun the
// rules do not know, kept in Claim::noun.
enum class ClaimKind : uint8_t {
  kKilled,        // "18 were killed", "straciło życie", "погибли"
  kInjured,       // "748 injured", "verletzt", "ранены"
  kHospitalised,  // "400 hospitalised", "im Krankenhaus", "госпитализированы"
  kArrested,    // "arrested", "festgenommen", "aresztowano", "арестованы", "interpellés"
  kDetained,    // "detained", "in Gewahrsam", "zatrzymano", "задержаны", "garde à vue"
  kMissing,     // "missing", "vermisst", "zaginionych", "пропавших без вести"
  kDisplaced,   // "displaced", "fled their homes", "Vertriebene"
  kEvacuated,   // "evacuated", "evakuiert", "эвакуированы"
  kDamage,      // money lost or destroyed: "damage of about $91 million"
  kDeployed,    // troops or personnel sent: "2,030 troops", "Soldaten entsandt"
  kProtesters,  // crowd size: "some 5,000 protesters", "tysiące demonstrantów"
  kOther,       // a figure tied to a noun the rules do not know (see Claim::noun)
};
// "killed", "injured", "hospitalised", "arrested", "detained", "missing",
// "displaced", "evacuated", "damage", "deployed", "protesters", "other";
// never empty.
std::string_view ClaimKindName(ClaimKind kind);
std::optional<ClaimKind> ClaimKindFromName(std::string_view name);

// A quantitative event claim: a figure from the numbers annotator tied to
// an event kind and to the group it counts, traced to its sentence.
struct Claim {
  uint32_t sentence = 0;  // index into Document::sentences
  Span span;              // from the figure (or the event word) to the end of what the claim says
  Span figure;            // the figure with its qualifier (a Quantity's span); inside `sentence`
  ClaimKind kind = ClaimKind::kOther;
  // kOther: the noun or participle the figure counts, as written
  // ("enthauptet", "houses"); else the event word as written ("getöteten").
  std::string noun;
  // kOther: what the figure counts as a key shared across languages
  // ("beheaded", "houses"), from the cue row that matched
  // (data/<lang>/claims.tsv, kind "other:KEY"); "" when the row gives none
  // or the kind is not kOther. Claims of one story are compared by it.
  std::string noun_key;
  double value = 0;
  std::optional<double> value_max;
  std::string unit;  // "" for a count; ISO 4217 for damage
  Approx approx = Approx::kExact;
  // Who is counted: a group name of data/claims/groups.tsv ("security_forces",
  // "police", "civilians", "protesters", "people", "foreign_nationals", ...),
  // "organization" when a named organisation is counted (its entity in
  // group_entity), "" when the text does not say (damage).
  std::string group;
  std::string group_text;    // the words that named the group, as written
  std::string group_entity;  // the entity id (or, before the store, the name) of a named group
  // Index into Document::claims of an earlier claim whose group this one
  // counts a part of ("Zwei von ihnen wurden enthauptet"), or -1.
  int32_t subset_of = -1;
  std::string place;  // place as written: the sentence's, else the paragraph's, else the document's
  std::string place_entity;
  std::string date;  // ISO 8601 (a DateMention value) from the sentence, paragraph or document
  // The source the text gives for the claim, as written ("the health
  // ministry", "Reuters"), and its entity when found; empty when none.
  std::string attributed_to;
  std::string attributed_entity;
  bool hedged = false;     // "reportedly", "angeblich", "podobno", "якобы", "unverified"
  bool negated = false;    // a denial: "no one was killed", "denied that 20 died"
  bool retracted = false;  // the text says the figure was withdrawn or corrected
  bool operator==(const Claim&) const = default;
};

// Speech reported in a text: a direct quote between quotation marks, or
// indirect speech after a reporting verb ("said that ...").
struct Quote {
  Span span;                  // the quoted words, marks excluded (indirect: the reported clause)
  uint32_t sentence = 0;      // the sentence where the quote starts
  uint32_t sentence_end = 0;  // the sentence where it ends (quotes may span sentences)
  bool direct = true;
  std::string speaker;         // as written ("Nauer", "the correspondent"); empty when unknown
  Span speaker_span;           // where the speaker is named for this quote; empty when unknown
  std::string speaker_entity;  // entity id (or, before the store, the name), when resolved
  bool operator==(const Quote&) const = default;
};

// A source a text names for what it reports: an outlet, an agency, a
// person, a document or a link ("Z relacji Guardiana", "Reuters reported",
// "according to RIA Novosti", a URL).
struct Citation {
  std::string name;    // as written, case ending included; a URL's host when only a URL
  std::string url;     // when the text gives one
  std::string entity;  // entity id (or, before the store, the name), when resolved
  Span span;
  uint32_t sentence = 0;
  bool operator==(const Citation&) const = default;
};

// What an entity is. The gazetteer's finer kinds (country, city, alliance)
// stay in the gazetteer; documents carry these four.
enum class EntityType : uint8_t {
  kPerson,        // "Kassym-Jomart Tokayev", "Tokajewa", "Токаевым"
  kOrganization,  // "CSTO", "ОДКБ", "Organizacja Układu o Bezpieczeństwie Zbiorowym"
  kPlace,         // "Almaty", "Alma-Ata", "Kasachstan"
  kOther,         // a name whose type the text does not tell
};
// "person", "organization", "place", "other"; never empty.
std::string_view EntityTypeName(EntityType type);
std::optional<EntityType> EntityTypeFromName(std::string_view name);

// One place in the text where an entity is named.
struct EntityMention {
  Span span;              // the name as written, case ending included ("Tokajewa")
  uint32_t sentence = 0;  // index into Document::sentences
  bool operator==(const EntityMention&) const = default;
};

// A person, organisation or place named in a document, with every mention of
// it in that document (entities.h finds them; the store gives the ids).
//
// Resolution works on keys, opaque strings made by the entity recogniser
// (src/annotate/entity_resolve.cc) from a name's spelling normalised across
// languages and scripts. Two entities that share one of their `keys` are the
// same entity. A partial name (a surname alone, an initial and a surname, an
// acronym without its expansion) has `partial` set: it is the same entity as
// the one complete entity whose `attach_keys` hold one of its `keys`, when
// there is exactly one such entity; with none or several it stays an entity
// of its own (keyed by its `keys`).
struct Entity {
  // Store-wide id ("E" and a number), the same in every document of one
  // store; empty until the store has resolved the entity.
  std::string id;
  // The name to show: the gazetteer's English name, else the most complete
  // variant seen (in the store: across all documents).
  std::string name;
  EntityType type = EntityType::kOther;
  std::vector<std::string> variants;     // distinct spellings in this document, first seen first
  std::vector<EntityMention> mentions;   // text order
  std::vector<std::string> keys;         // identity keys (see above), sorted, no repeats
  std::vector<std::string> attach_keys;  // keys a partial name may attach by; sorted
  bool partial = false;
  // The gazetteer's finer kind when the entity is in the gazetteer
  // ("organization/agency", "organization/alliance", "place/city"); else
  // empty. Not kept by the store.
  std::string kind;
  bool operator==(const Entity&) const = default;
};

struct Document {
  std::string id;      // stable: hex of the SHA-256 of `raw`, first 16 digits
  std::string source;  // path, "archive!member", "file.warc.gz#record-N", "-"
  std::string url;     // when the input says (JSONL url, WARC-Target-URI, canonical)
  std::string site;    // host or site name when known
  std::string title;
  std::optional<std::string> published;  // YYYY-MM-DD when known
  std::optional<std::string> modified;   // YYYY-MM-DD when the page says it was updated
  std::vector<std::string> authors;      // as the page or feed names them, in order
  std::string format;                    // "text", "html"; the container is in `source`
  std::string container;                 // "file", "jsonl", "warc", "tar", "zip", "stdin", ...

  std::string raw;             // the input bytes as delivered (after decompression)
  std::string charset;         // the charset the raw bytes were decoded from
  std::string charset_source;  // "bom", "http", "meta", "declared", "detected", "utf8", "default"
  uint64_t invalid_bytes = 0;  // raw bytes that could not be decoded (replaced by U+FFFD)

  std::string text;  // clean UTF-8 text; paragraphs separated by "\n\n"
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  OffsetMap text_to_raw;  // offsets in `text` -> offsets in `raw`

  LanguageGuess lang;           // the whole document
  bool mixed_language = false;  // paragraphs in two or more languages, each substantial

  std::vector<RemovedBlock> removed;
  // Figures and dates of the sentences (annotate.h), in text order.
  std::vector<Quantity> quantities;
  std::vector<DateMention> dates;
  // People, organisations and places named in the text (entities.h), in the
  // order of their first mention.
  std::vector<Entity> entities;
  // What the text claims (claims.h): figures tied to events and groups,
  // quotes with their speakers, and the sources it cites; in text order.
  std::vector<Claim> claims;
  std::vector<Quote> quotes;
  std::vector<Citation> citations;
  nlohmann::json signals = nlohmann::json::object();
};

}  // namespace parallax

#endif  // PARALLAX_DOCUMENT_H_
