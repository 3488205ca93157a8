// The holiday and season names of data/<lang>/holidays.tsv: loading, and
// matching them and the words around them in a sentence's tokens.
#include "annotate/date_holiday_names.h"

#include <map>
#include <mutex>
#include <set>

#include "annotate/number_chars.h"
#include "annotate/tsv_fields.h"
#include "parallax/error.h"

namespace parallax::annotate {
namespace {

// The calendar of `data_dir`, loaded once while any lexicon holds it.
std::shared_ptr<const HolidayCalendar> SharedCalendar(const std::filesystem::path& data_dir) {
  static std::mutex mu;
  static std::map<std::string, std::weak_ptr<const HolidayCalendar>> cache;
  const std::lock_guard<std::mutex> lock(mu);
  std::weak_ptr<const HolidayCalendar>& slot = cache[data_dir.string()];
  if (std::shared_ptr<const HolidayCalendar> held = slot.lock()) return held;
  std::shared_ptr<const HolidayCalendar> loaded = HolidayCalendar::Load(data_dir);
  slot = loaded;
  return loaded;
}

// Whether `word` folds to `folded` as FoldWord would fold it, without
// building the folded copy: most candidates differ in their first letter.
bool FoldsTo(std::string_view word, std::string_view folded) {
  size_t i = 0, j = 0;
  while (i < word.size()) {
    const Decoded d = DecodeAt(word, i);
    i += d.len;
    const char32_t cp = d.cp == 0xFFFD && d.len == 1 ? U'?'
                        : d.cp == 0x2019             ? U'\''
                                                     : FoldCase(d.cp);
    char buf[4];
    size_t n = 0;
    if (cp < 0x80) {
      buf[n++] = static_cast<char>(cp);
    } else if (cp < 0x800) {
      buf[n++] = static_cast<char>(0xC0 | (cp >> 6));
      buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      buf[n++] = static_cast<char>(0xE0 | (cp >> 12));
      buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      buf[n++] = static_cast<char>(0xF0 | (cp >> 18));
      buf[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
    }
    if (folded.size() - j < n || folded.compare(j, n, std::string_view(buf, n)) != 0) {
      return false;
    }
    j += n;
  }
  return j == folded.size();
}

bool TokenIs(const DateCtx& c, size_t k, std::string_view folded) {
  return k < c.size() && c.t[k].kind == DateTok::kWord &&
         FoldsTo(c.text.substr(c.t[k].b, c.t[k].e - c.t[k].b), folded);
}

HolidayPhrase Fold(std::string_view phrase, int dir) {
  std::string folded;
  FoldWord(phrase, &folded);
  HolidayPhrase p;
  p.dir = dir;
  size_t start = 0;
  while (start < folded.size()) {
    size_t space = folded.find(' ', start);
    if (space == std::string::npos) space = folded.size();
    if (space > start) p.words.push_back(folded.substr(start, space - start));
    start = space + 1;
  }
  return p;
}

}  // namespace

std::shared_ptr<const HolidayLexicon> LoadHolidayNames(const std::filesystem::path& data_dir,
                                                       const std::string& lang,
                                                       const AddHolidayPhrase& add) {
  const std::filesystem::path file = data_dir / lang / "holidays.tsv";
  if (!std::filesystem::exists(file)) return nullptr;
  auto lex = std::make_shared<HolidayLexicon>();
  lex->calendar = SharedCalendar(data_dir);
  std::set<std::string> seen;
  std::string folded;
  ForEachDataRow(file, [&](const std::vector<std::string>& cols, const std::string& where) {
    if (cols.size() < 2 || cols[0].empty() || cols[1].empty()) {
      throw DataError(where + ": expected '<phrase><TAB><id>[<TAB>flag]...'");
    }
    FoldWord(cols[0], &folded);
    if (!seen.insert(folded).second) throw DataError(where + ": '" + cols[0] + "' listed twice");
    const std::string& id = cols[1];
    const int dir = id == "last" || id == "before" ? -1 : id == "next" || id == "after" ? 1 : 0;
    std::vector<HolidayPhrase>* list = id == "this" || id == "last" || id == "next"
                                           ? &lex->directions
                                       : id == "cue" || id == "before" || id == "after" ? &lex->cues
                                       : id == "lead" ? &lex->leads
                                                      : nullptr;
    if (list != nullptr) {
      if (cols.size() > 2) throw DataError(where + ": '" + id + "' takes no flags");
      list->push_back(Fold(cols[0], dir));
      return;
    }
    HolidayName n;
    if (id != "-") {
      n.holiday = lex->calendar->Find(id);
      if (n.holiday < 0) throw DataError(where + ": '" + id + "' has no rule in holidays.tsv");
    }
    for (size_t k = 2; k < cols.size(); ++k) {
      const std::string& flag = cols[k];
      const bool holiday = n.holiday >= 0;
      if (flag == "cap") {
        n.cap = true;
      } else if (holiday && flag == "alone" && lex->calendar->at(n.holiday).season) {
        n.alone = true;
      } else if (holiday && flag == "dated") {
        n.dated = true;
      } else if (holiday && flag == "cued") {
        n.cued = true;
      } else if (holiday && flag == "given") {
        n.given = true;
      } else if (holiday && !n.has_dir && (flag == "this" || flag == "last" || flag == "next")) {
        n.has_dir = true;
        n.dir = flag == "last" ? -1 : flag == "next" ? 1 : 0;
      } else {
        throw DataError(where + ": unknown flag '" + flag +
                        "' (cap; alone for a season; dated; cued; given; this, last, next)");
      }
    }
    if (lex->names.size() >= 0xFFFE) throw DataError(where + ": too many names");
    DateMeaning m;
    m.holiday = static_cast<uint16_t>(lex->names.size() + 1);
    lex->names.push_back(n);
    add(cols[0], m);
  });
  return lex;
}

size_t HolidayNameAt(const DateCtx& c, size_t i, const HolidayName** name) {
  if (i >= c.size() || c.t[i].kind != DateTok::kWord || c.t[i].entry == nullptr) return 0;
  const DateEntry& e = *c.t[i].entry;
  const std::vector<HolidayName>& names = c.lex.holidays->names;
  for (const DatePhrase& p : e.holiday_phrases) {
    size_t k = i + 1;
    bool ok = true;
    for (const uint32_t word : p.rest_ids) {
      if ((c.Punct(k, '.') || c.Punct(k, '-')) && c.Glued(k)) ++k;
      if (k >= c.size() || c.t[k].word_id != word) {
        ok = false;
        break;
      }
      ++k;
    }
    if (ok) {
      *name = &names[p.meaning.holiday - 1];
      return k - i;
    }
  }
  if (!e.single.Has(kDwHoliday)) return 0;
  *name = &names[e.single.holiday - 1];
  return 1;
}

size_t HolidayPhraseAt(const DateCtx& c, const std::vector<HolidayPhrase>& list, size_t i,
                       const HolidayPhrase** hit) {
  size_t best = 0;
  for (const HolidayPhrase& p : list) {
    if (p.words.size() <= best || !TokenIs(c, i, p.words[0])) continue;
    size_t n = 1;
    while (n < p.words.size() && TokenIs(c, i + n, p.words[n])) ++n;
    if (n == p.words.size()) {
      best = n;
      *hit = &p;
    }
  }
  return best;
}

size_t HolidayPhraseEndsAt(const DateCtx& c, const std::vector<HolidayPhrase>& list, size_t end,
                           const HolidayPhrase** hit) {
  size_t best = 0;
  for (const HolidayPhrase& p : list) {
    const size_t n = p.words.size();
    if (n <= best || n > end) continue;
    size_t k = 0;
    while (k < n && TokenIs(c, end - n + k, p.words[k])) ++k;
    if (k == n) {
      best = n;
      *hit = &p;
    }
  }
  return best;
}

}  // namespace parallax::annotate
