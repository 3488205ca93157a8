// parallax: the marked-element family of MetaCollector (private to extract/):
// which start tags are byline, author or date elements (class and id
// markers, itemprop, rel=author, <time> without datetime=), the text kept
// while they are open, and the author names and dates read from that text
// when they close (html_meta.h OnStartElement, OnEndElement, Finish). The
// rest of the collector (start tags, <meta>, JSON-LD, Finish) is in
// html_meta.cc; helpers both use are in html_meta_internal.h.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/authors.h"
#include "extract/dates_meta.h"
#include "extract/html_meta.h"
#include "extract/html_meta_internal.h"

namespace parallax::html {

using meta_internal::AsciiLower;
using meta_internal::HasToken;
using meta_internal::kMarkAuthor;
using meta_internal::kMarkCollect;
using meta_internal::kMarkDate;
using meta_internal::kMarkOffBelow;
using meta_internal::kMarkOffSelf;
using meta_internal::kMarkUpdate;
using meta_internal::Same;
using meta_internal::Trim;

namespace {

// Metadata elements (MetaCollector::MarksOf). A byline or date element's
// text is read up to this many bytes; longer text is prose or a whole
// section, not a byline (the visible-byline limit, authors.h BylineOptions).
constexpr size_t kMaxElementText = 200;
// Bytes of class and id looked at for markers; real values are well under.
constexpr size_t kMaxMarkBytes = 160;
// A date element's text: one line, with or without dateline wording.
constexpr dates::DatelineOptions kElementDatelines{1, kMaxElementText, 16};

// Markup conventions in class and id values (page code, not language; the
// words of languages are data: Lexicon::ClassWords). Matched as substrings
// of the lower-cased class and id ("entry-date", "post-author", "pubdate").
constexpr std::string_view kAuthorMarkers[] = {"byline", "author", "writer", "creator"};
constexpr std::string_view kNotAuthorMarkers[] = {"avatar", "photo", "image", "img", "thumb"};
constexpr std::string_view kDateMarkers[] = {"date", "time", "publish", "posted"};
constexpr std::string_view kUpdateMarkers[] = {"update", "modif"};
constexpr std::string_view kNotDateMarkers[] = {"candidate", "validate"};
constexpr std::string_view kOffMarkers[] = {"comment", "related",   "sidebar",
                                            "popular", "recommend", "respond"};

// `key` (NUL-terminated) equals `lit`, compared byte by byte.
bool KeyIs(const char* key, std::string_view lit) {
  for (char c : lit) {
    if (*key++ != c) return false;
  }
  return *key == '\0';
}

// What a marker found in a class or id says (MarkerTable).
enum : unsigned {
  kHitAuthor = 1,
  kHitNotAuthor = 2,
  kHitDate = 4,
  kHitUpdate = 8,
  kHitNotDate = 16,
  kHitOff = 32,
};

// Every marker (the code's conventions and the data's `class` words),
// indexed by its first byte: one pass over a class value finds them all
// (this runs on every start tag with a class or id).
class MarkerTable {
 public:
  MarkerTable() {
    for (std::string_view m : kAuthorMarkers) Add(m, kHitAuthor);
    for (std::string_view m : kNotAuthorMarkers) Add(m, kHitNotAuthor);
    for (std::string_view m : kDateMarkers) Add(m, kHitDate);
    for (std::string_view m : kUpdateMarkers) Add(m, kHitUpdate);
    for (std::string_view m : kNotDateMarkers) Add(m, kHitNotDate);
    for (std::string_view m : kOffMarkers) Add(m, kHitOff);
    if (const authors::AuthorLexicon* lex = authors::DefaultAuthorLexicon()) {
      for (const std::string& m : lex->ClassWords()) Add(m, kHitAuthor);
    }
    if (const dates::Lexicon* lex = dates::DefaultLexicon()) {
      for (const std::string& m : lex->ClassWords()) Add(m, kHitDate);
    }
  }

  // The kHit* bits of every marker in `value` (lower case).
  unsigned Hits(std::string_view value) const {
    unsigned hits = 0;
    for (size_t i = 0; i + 1 < value.size(); ++i) {
      // The first two bytes of a marker: one bit test rules out most places.
      const unsigned pair =
          (static_cast<unsigned char>(value[i]) << 8) | static_cast<unsigned char>(value[i + 1]);
      if (!(pairs_[pair >> 6] & (uint64_t{1} << (pair & 63)))) continue;
      for (const auto& [marker, hit] : by_first_[static_cast<unsigned char>(value[i])]) {
        if (value.compare(i, marker.size(), marker) == 0) hits |= hit;
      }
    }
    return hits;
  }

 private:
  void Add(std::string_view marker, unsigned hit) {
    if (marker.size() < 2) return;
    const unsigned pair =
        (static_cast<unsigned char>(marker[0]) << 8) | static_cast<unsigned char>(marker[1]);
    pairs_[pair >> 6] |= uint64_t{1} << (pair & 63);
    by_first_[static_cast<unsigned char>(marker[0])].emplace_back(marker, hit);
  }
  std::vector<std::pair<std::string, unsigned>> by_first_[256];
  uint64_t pairs_[65536 / 64] = {};  // first two bytes of any marker
};

const MarkerTable& Markers() {
  static const MarkerTable* table = new MarkerTable();
  return *table;
}

}  // namespace

unsigned MetaCollector::MarksOf(std::string_view name, const xmlChar** atts) const {
  unsigned marks = 0;
  if (Same(name, "li") || Same(name, "aside") || Same(name, "nav")) marks |= kMarkOffBelow;
  // One pass over the attributes; libxml2's HTML parser gives their names
  // in lower case, and a value is measured only when its name matters.
  std::string_view cls, id, prop, rel;
  bool content = false, datetime = false;
  for (size_t i = 0; atts != nullptr && atts[i] != nullptr; i += 2) {
    const char* key = reinterpret_cast<const char*>(atts[i]);
    const char* raw = reinterpret_cast<const char*>(atts[i + 1]);
    auto value = [raw]() { return raw == nullptr ? std::string_view() : Trim(raw); };
    switch (key[0]) {
      case 'c':
        if (KeyIs(key, "class")) cls = value();
        if (KeyIs(key, "content")) content = !value().empty();
        break;
      case 'i':
        if (KeyIs(key, "id")) id = value();
        if (KeyIs(key, "itemprop")) prop = value();
        break;
      case 'r':
        if (KeyIs(key, "rel")) rel = value();
        break;
      case 'd':
        if (KeyIs(key, "datetime")) datetime = true;
        break;
      default:
        break;
    }
  }
  if (Same(name, "time") && !datetime) {
    marks |= HasToken(prop, "dateModified") ? (kMarkDate | kMarkUpdate) : kMarkDate;
  }
  if (!content && (HasToken(prop, "author") || HasToken(prop, "creator"))) marks |= kMarkAuthor;
  if (Same(name, "a") && HasToken(rel, "author")) marks |= kMarkAuthor;
  if (cls.empty() && id.empty()) return marks;
  // class and id, lower-cased, in a bounded buffer (no allocation per tag).
  char buf[kMaxMarkBytes];
  size_t n = 0;
  for (std::string_view v : {cls, id}) {
    if (v.empty()) continue;
    if (n > 0 && n < kMaxMarkBytes) buf[n++] = ' ';
    for (size_t i = 0; i < v.size() && n < kMaxMarkBytes; ++i) buf[n++] = AsciiLower(v[i]);
  }
  const unsigned hits = Markers().Hits(std::string_view(buf, n));
  if (hits == 0) return marks;
  if (hits & kHitOff) return marks | kMarkOffSelf;
  if ((hits & kHitAuthor) && !(hits & kHitNotAuthor)) marks |= kMarkAuthor;
  if (hits & kHitUpdate) {
    marks |= kMarkDate | kMarkUpdate;
  } else if ((hits & kHitDate) && !(hits & kHitNotDate)) {
    marks |= kMarkDate;
  }
  return marks;
}

void MetaCollector::CollectText(std::string_view text) {
  for (Frame& f : frames_) {
    if ((f.marks & kMarkCollect) && f.text.size() <= kMaxElementText) {
      f.text.append(text.substr(0, kMaxElementText + 1 - f.text.size()));
    }
  }
}

void MetaCollector::OnEndElement() {
  if (frames_.empty()) return;
  const size_t i = frames_.size() - 1;
  if (frames_[i].marks & kMarkAuthor) CloseAuthorFrame(i);
  if (frames_[i].marks & kMarkDate) CloseDateFrame(i);
  if (frames_[i].marks & kMarkCollect) --collecting_;
  frames_.pop_back();
  // Inline elements end words: "<span>By</span><a>Anna</a>" reads "By Anna".
  if (collecting_ > 0) CollectText(" ");
}

namespace {

// `text` with each no-break space (U+00A0) as a plain space: bylines write
// "von&nbsp;Anna" and the name cleaning splits words on ASCII spaces.
// (Copied rather than replaced in place: GCC 12 warns falsely, -Wrestrict,
// on std::string::replace here.)
std::string SpaceForNbsp(std::string text) {
  std::string out;
  out.reserve(text.size());
  size_t from = 0;
  size_t at = 0;
  while ((at = text.find("\u00a0", from)) != std::string::npos) {
    out.append(text, from, at - from);
    out.push_back(' ');
    from = at + 2;
  }
  out.append(text, from, std::string::npos);
  return out;
}

// True when the frames below `index` hold a comment, list or aside: the
// element's byline or date is not the page's.
template <typename Frames>
bool InsideOff(const Frames& frames, size_t index) {
  if (frames[index].marks & kMarkOffSelf) return true;
  for (size_t k = 0; k < index; ++k) {
    if (frames[k].marks & (kMarkOffSelf | kMarkOffBelow)) return true;
  }
  return false;
}

}  // namespace

void MetaCollector::CloseAuthorFrame(size_t index) {
  Frame& f = frames_[index];
  std::vector<std::string> names = std::move(f.names);
  if (names.empty() && (f.marks & kMarkCollect) && f.text.size() <= kMaxElementText) {
    names = authors::CleanNames(CollapseWhitespace(SpaceForNbsp(f.text)),
                                authors::DefaultAuthorLexicon());
  }
  if (names.empty()) return;
  // An author element inside another gives its names to the outer one
  // ("<span class=byline>By <a rel=author>A</a> and <a rel=author>B</a>").
  for (size_t k = index; k-- > 0;) {
    if (frames_[k].marks & kMarkAuthor) {
      for (std::string& n : names) frames_[k].names.push_back(std::move(n));
      return;
    }
  }
  // Only the first byline: later ones are other articles' (as author links).
  if (InsideOff(frames_, index) || !authors_[kAuthorElement].empty()) return;
  std::vector<std::string>& list = authors_[kAuthorElement];
  for (std::string& n : names) {
    if (std::find(list.begin(), list.end(), n) == list.end()) list.push_back(std::move(n));
  }
}

void MetaCollector::CloseDateFrame(size_t index) {
  const Frame& f = frames_[index];
  if (!(f.marks & kMarkCollect) || f.text.size() > kMaxElementText) return;
  if (InsideOff(frames_, index)) return;
  // Every date has a year: text without a digit is not read (most date
  // elements that give nothing are reading times and labels).
  if (f.text.find_first_of("0123456789") == std::string::npos) return;
  const std::string text = CollapseWhitespace(SpaceForNbsp(f.text));
  dates::Datelines d =
      dates::ReadDatelines(text, dates::DefaultLexicon(), lang_, kElementDatelines);
  if (f.marks & kMarkUpdate) {
    if (d.modified.empty()) d.modified = d.published;
    d.published.clear();
  }
  if (!d.published.empty() && published_[kElement].empty()) published_[kElement] = d.published;
  if (!d.modified.empty() && modified_[kElement].empty()) modified_[kElement] = d.modified;
}

}  // namespace parallax::html
