// The annotator facade (include/parallax/annotate.h): per-language lexicons
// loaded once, then numbers -> dates -> quantities for each sentence, and
// the document-wide date-slip check.
#include "parallax/annotate.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <utility>

#include "annotate/date_scan.h"
#include "annotate/number_ratio.h"
#include "annotate/number_scan.h"
#include "annotate/quantities.h"

namespace parallax {
namespace {

// Days in `month` of `year` (proleptic Gregorian).
int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

// Reads exactly `n` ASCII digits at s[pos]; -1 when they are not there.
int Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

uint32_t StartOf(const annotate::NumberToken& n) { return n.start; }
uint32_t EndOf(const annotate::NumberToken& n) { return n.end; }
uint32_t StartOf(const Quantity& q) { return q.span.start; }
uint32_t EndOf(const Quantity& q) { return q.span.end; }

// Removes the items (in text order) that overlap one of `dates` (in text
// order too), with one cursor over the dates: n items and m dates cost
// n + m, never n x m.
template <typename Item>
void DropOverlapping(std::vector<Item>& items, const std::vector<DateMention>& dates) {
  size_t next = 0;
  size_t kept = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    const uint32_t start = StartOf(items[i]);
    const uint32_t end = EndOf(items[i]);
    while (next < dates.size() && dates[next].span.end <= start) ++next;
    const bool overlaps = next < dates.size() && dates[next].span.start < end;
    if (!overlaps) {
      if (kept != i) items[kept] = std::move(items[i]);
      ++kept;
    }
  }
  items.resize(kept);
}

// The keys (for JoinRatios' keep_apart: the start of the first number of
// `numbers` inside the ratio) of the ratio tokens of `joined` inside a
// quantity with a unit of measure or time: "12 in 45 minutes" is a count
// and a duration, not 0.27 minutes. Sorted; empty in the common case.
std::vector<uint32_t> RatiosWithUnits(const std::vector<Quantity>& quantities,
                                      const std::vector<annotate::NumberToken>& joined,
                                      const std::vector<annotate::NumberToken>& numbers) {
  std::vector<uint32_t> apart;
  for (const annotate::NumberToken& t : joined) {
    if (!t.ratio) continue;
    const bool measured = std::any_of(quantities.begin(), quantities.end(), [&](const Quantity& q) {
      return (q.kind == QuantityKind::kMeasure || q.kind == QuantityKind::kDuration) &&
             q.span.start <= t.start && t.end <= q.span.end;
    });
    if (!measured) continue;
    for (const annotate::NumberToken& n : numbers) {
      if (n.start >= t.start && n.start < t.end) {
        apart.push_back(n.start);
        break;
      }
    }
  }
  std::sort(apart.begin(), apart.end());
  return apart;
}

}  // namespace

ReferenceTime ParseReferenceTime(std::string_view iso) {
  ReferenceTime t;
  const int year = Digits(iso, 0, 4);
  const int month = Digits(iso, 5, 2);
  const int day = Digits(iso, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 || iso[4] != '-' || iso[7] != '-' ||
      day > DaysInMonth(year, month)) {
    return t;
  }
  t.year = year;
  t.month = month;
  t.day = day;
  if (iso.size() >= 16 && (iso[10] == 'T' || iso[10] == ' ') && iso[13] == ':') {
    const int hour = Digits(iso, 11, 2);
    const int minute = Digits(iso, 14, 2);
    if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60) {
      t.hour = hour;
      t.minute = minute;
    }
  }
  return t;
}

struct Annotator::Impl {
  struct Language {
    std::shared_ptr<const annotate::NumberLexicon> numbers;
    std::shared_ptr<const annotate::QuantityLexicon> quantities;
    std::shared_ptr<const annotate::DateLexicon> dates;
  };
  std::map<std::string, Language, std::less<>> languages;  // "und" always present

  const Language& For(std::string_view lang) const {
    auto it = languages.find(lang);
    if (it == languages.end()) it = languages.find(std::string_view("und"));
    return it->second;
  }
};

Annotator::Annotator(const std::string& data_dir) : impl_(std::make_unique<Impl>()) {
  // Every folder of data/ named like a language code (2-3 lower-case
  // letters) is a language; the loaders decide which of its files exist.
  std::vector<std::string> langs = {"und"};
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(data_dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_directory() || name.size() < 2 || name.size() > 3) continue;
    if (std::all_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      langs.push_back(name);
    }
  }
  for (const std::string& lang : langs) {
    Impl::Language l;
    l.numbers = annotate::NumberLexicon::Load(data_dir, lang);
    l.quantities = annotate::QuantityLexicon::Load(data_dir, lang);
    l.dates = annotate::DateLexicon::Load(data_dir, lang);
    impl_->languages.emplace(lang, std::move(l));
  }
}

Annotator::~Annotator() = default;

Annotations Annotator::AnnotateText(std::string_view text, std::string_view lang,
                                    const ReferenceTime& reference) const {
  const Impl::Language& l = impl_->For(lang);
  Annotations out;
  std::vector<annotate::NumberToken> numbers = annotate::ScanNumbers(text, *l.numbers);
  out.dates = annotate::FindDateMentions(text, numbers, *l.dates, reference);
  // A number inside a date ("2022" in "7 stycznia 2022") is part of the
  // date; a quantity that reaches into a date (a qualifier or unit word
  // spanning it) gives way to the date: dates and quantities never overlap.
  // Both lists are in text order, so one sweep each keeps this linear.
  DropOverlapping(numbers, out.dates);
  // "one in five": after the dates, which keep "in 10 days" of "lost 3 in
  // 10 days" (the count stays 3).
  std::vector<annotate::NumberToken> before;  // filled only when a ratio was joined
  annotate::JoinRatios(text, l.numbers->impl(), numbers, nullptr, &before);
  out.quantities = annotate::AssembleQuantities(text, numbers, *l.quantities);
  if (!before.empty()) {
    // A ratio that took a unit ("held 12 in 45 minutes") was two figures.
    const std::vector<uint32_t> apart = RatiosWithUnits(out.quantities, numbers, before);
    if (!apart.empty()) {
      numbers = std::move(before);
      annotate::JoinRatios(text, l.numbers->impl(), numbers, &apart);
      out.quantities = annotate::AssembleQuantities(text, numbers, *l.quantities);
    }
  }
  DropOverlapping(out.quantities, out.dates);
  return out;
}

void Annotator::Annotate(Document& doc) const {
  doc.quantities.clear();
  doc.dates.clear();
  const ReferenceTime reference = ParseReferenceTime(doc.published.value_or(""));
  // Sentences that speak of an anniversary or "a year ago": their dates are
  // meant to be a year back and are never date slips.
  std::vector<bool> anniversary(doc.sentences.size(), false);
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    if (s.span.end > doc.text.size() || s.span.start >= s.span.end) continue;
    std::string_view lang = doc.lang.lang;
    if (s.paragraph < doc.paragraphs.size()) {
      const LanguageGuess& p = doc.paragraphs[s.paragraph].lang;
      if (p.reliable && p.lang != "und") lang = p.lang;
    }
    const std::string_view text =
        std::string_view(doc.text).substr(s.span.start, s.span.end - s.span.start);
    Annotations found = AnnotateText(text, lang, reference);
    if (!found.dates.empty() && reference.known()) {
      anniversary[i] = annotate::HasAnniversaryCue(text, *impl_->For(lang).dates);
    }
    for (Quantity& q : found.quantities) {
      q.span.start += s.span.start;
      q.span.end += s.span.start;
      q.figure.start += s.span.start;
      q.figure.end += s.span.start;
      q.sentence = i;
      doc.quantities.push_back(std::move(q));
    }
    for (DateMention& d : found.dates) {
      d.span.start += s.span.start;
      d.span.end += s.span.start;
      d.sentence = i;
      doc.dates.push_back(std::move(d));
    }
  }
  if (reference.known()) annotate::FlagDateSlips(doc.dates, reference, anniversary);
}

}  // namespace parallax
