// The words that name a speaker next to a reporting verb (quote_detail.h):
// the subject before the verb, the speaker words after it, and what is no
// part of them (auxiliaries and adverbs, "Officials have repeatedly said";
// a name given after a description, "a man who gave his name as Karim").
#include <string>
#include <vector>

#include "annotate/quote_detail.h"

namespace parallax::annotate::quote_detail {
namespace {

// How many words a name in quotation marks inside a speaker clause may
// hold («Интерфаксу», «Новой газете», "The Guardian").
constexpr size_t kQuotedNameWords = 4;
// How many capitalised words a name given after a named-as phrase may hold.
constexpr size_t kGivenNameWords = 3;

// The end of a short appositive at tokens[from] that closes its clause with
// a name of two or more capitalised words ("student Anna Nowak."); `from`
// when there is none.
size_t AppositiveNameEnd(const std::vector<SpeechToken>& tokens, size_t from, size_t limit) {
  size_t end = from;
  while (end < limit && end - from < 5 && tokens[end].word) ++end;
  if (end < limit && !EndsClause(tokens[end])) return from;
  if (end - from < 3 || !tokens[end - 1].capital || !tokens[end - 2].capital) return from;
  return end;
}

// The end of the name given by a named-as phrase at tokens[at] ("назвавшийся
// Мурадом"), at most `limit`; `at` when no phrase or no name is there.
size_t GivenNameEnd(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t at,
                    size_t limit) {
  const SpeechPhrase* p = cues.named_as.Match(tokens, at);
  if (p == nullptr) return at;
  size_t end = at + p->words.size();
  const size_t first = end;
  while (end < limit && end - first < kGivenNameWords && tokens[end].word && tokens[end].capital) {
    ++end;
  }
  return end > first ? end : at;
}

// How many words an age set off by commas may hold ("de 46 años").
constexpr size_t kAgeWords = 3;

// Whether tokens[from, to) are an age set off by commas ("The woman, 46,",
// "la mujer, de 46 años,"): a few words with a number among them.
bool IsAge(const std::vector<SpeechToken>& tokens, size_t from, size_t to) {
  if (to <= from || to - from > kAgeWords) return false;
  for (size_t k = from; k < to; ++k) {
    if (tokens[k].digit) return true;
  }
  return false;
}

// The first person named in the words before tokens[end], back from
// tokens[head] to the clause's start (at most kMaxLongSpeakerTokens), when
// those words hold no punctuation: the name that opens a long subject.
// Empty when none.
Span NameOpeningLongSubject(const Document& doc, const std::vector<SpeechToken>& tokens,
                            size_t from, size_t head, size_t end) {
  size_t h = head;
  while (h > from && end - h < kMaxLongSpeakerTokens && tokens[h - 1].word) --h;
  if (h > from && tokens[h - 1].word) return {};  // longer still: a sentence
  Span first;
  for (const Entity& e : doc.entities) {
    if (e.type != EntityType::kPerson) continue;
    for (const EntityMention& m : e.mentions) {
      if (m.span.start >= tokens[h].start && m.span.end <= tokens[end - 1].end &&
          (first.end <= first.start || m.span.start < first.start)) {
        first = m.span;
      }
    }
  }
  return first;
}

}  // namespace

bool Anaphoric(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t from,
               size_t to) {
  for (size_t k = from; k < to; ++k) {
    if (cues.indefinites.Match(tokens, k) != nullptr) return false;
    if (cues.anaphors.Match(tokens, k) != nullptr) return true;
    const std::string& w = tokens[k].folded;
    if (tokens[k].digit && w.find('-') != std::string::npos && !w.ends_with("-")) {
      const size_t dash = w.find('-');
      if (dash + 1 < w.size() && !(w[dash + 1] >= '0' && w[dash + 1] <= '9')) return true;
    }
  }
  return false;
}

Span SpeakerAfterVerb(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens,
                      size_t from, size_t limit) {
  size_t to = from;
  while (to < limit && to - from < kMaxSpeakerTokens) {
    // "рассказала «Интерфаксу» жительница Анна Петрова": a quoted name.
    if (const size_t quoted = QuotedNameEnd(tokens, to, limit); quoted > to) {
      to = quoted;
      continue;
    }
    if (EndsClause(tokens[to])) break;
    if (tokens[to].folded == ",") {
      if (to + 1 >= limit) break;
      // "один из рабочих, назвавшийся Мурадом", "ein Vater, der seinen
      // Namen mit Ahmad angab": the name given goes on.
      size_t given = GivenNameEnd(cues, tokens, to + 1, limit);
      if (given == to + 1 && to + 2 < limit) {
        const size_t later = GivenNameEnd(cues, tokens, to + 2, limit);
        if (later > to + 2) given = later;
      }
      if (given > to + 1) {
        to = given;
        break;
      }
      if (!tokens[to + 1].capital) {
        // "said a marcher, student Anna Nowak.": a short appositive that
        // ends the clause with a name goes on too.
        const size_t name_end = AppositiveNameEnd(tokens, to + 1, limit);
        if (name_end > to + 1) to = name_end;
        break;
      }
    }
    ++to;
  }
  // A long speaker clause that ends with a name goes on to it ("sagte am
  // Dienstag in Magdeburg der Präsident des Landesamts, Bernd Scholz.").
  if (to - from == kMaxSpeakerTokens) {
    size_t end = to;
    while (end < limit && end - from < kMaxLongSpeakerTokens && !EndsClause(tokens[end])) ++end;
    if ((end == limit || EndsClause(tokens[end])) && tokens[end - 1].capital) to = end;
  }
  return SpanOf(tokens, from, to);
}

size_t QuotedNameEnd(const std::vector<SpeechToken>& tokens, size_t at, size_t limit) {
  if (at + 2 >= limit || !IsQuoteMark(tokens[at]) || !tokens[at + 1].capital) return at;
  for (size_t k = at + 2; k < limit && k - at <= kQuotedNameWords + 1; ++k) {
    if (IsQuoteMark(tokens[k])) return k + 1;
    if (!tokens[k].word) return at;
  }
  return at;
}

Span TrimAuxiliaries(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, Span s) {
  if (s.end <= s.start) return s;
  size_t from = TokenAt(tokens, s.start);
  size_t to = TokenAt(tokens, s.end);
  bool trimmed = true;
  while (trimmed && to > from) {
    trimmed = false;
    while (to > from && !tokens[to - 1].word) --to;
    // The longest auxiliary phrase that ends the words ("od dawna").
    for (size_t k = from; k < to && !trimmed; ++k) {
      const SpeechPhrase* p = cues.auxiliaries.Match(tokens, k);
      if (p != nullptr && k + p->words.size() == to) {
        to = k;
        trimmed = true;
      }
    }
  }
  // Leading ones too ("Однако спасатели").
  while (from < to) {
    const SpeechPhrase* p = cues.auxiliaries.Match(tokens, from);
    if (p == nullptr || from + p->words.size() >= to) break;
    from += p->words.size();
    while (from < to && !tokens[from].word) ++from;
  }
  return SpanOf(tokens, from, to);
}

Span NameGivenIn(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, Span s) {
  if (s.end <= s.start || cues.named_as.empty()) return {};
  const size_t to = TokenAt(tokens, s.end);
  for (size_t k = TokenAt(tokens, s.start); k < to; ++k) {
    const size_t end = GivenNameEnd(cues, tokens, k, to);
    if (end > k) return SpanOf(tokens, k + cues.named_as.Match(tokens, k)->words.size(), end);
  }
  return {};
}

// The nearest of up to three comma segments that names a person or an
// organisation, else the nearest ("Anna Nowak, who led the search, said";
// one comma right before the verb is stepped over: "Maria Nowak, sagte,").
// Names in quotation marks stay inside ("из центра «Вясна»").
Span SubjectBefore(const SpeechLanguage& cues, const Document& doc,
                   const std::vector<SpeechToken>& tokens, size_t from, size_t end, size_t& comma) {
  if (end > from + 1 && tokens[end - 1].folded == ",") --end;
  Span best;
  comma = from;
  for (int seg = 0; seg < 3 && end > from; ++seg) {
    size_t head = end;
    const auto back = [&](size_t h, size_t e) {
      while (h > from && tokens[h - 1].folded != "," &&
             (!EndsClause(tokens[h - 1]) || IsQuoteMark(tokens[h - 1])) &&
             e - h < kMaxSpeakerTokens) {
        --h;
      }
      return h;
    };
    head = back(head, end);
    // A subject longer than a speaker clause that opens with a name
    // ("Emergency coordinator Hannah Lowe of the county flood response team
    // based in Norwich told"): the name.
    if (seg == 0 && end - head == kMaxSpeakerTokens) {
      const Span name = NameOpeningLongSubject(doc, tokens, from, head, end);
      if (name.end > name.start) {
        comma = from;
        return name;
      }
    }
    // "The woman, 46, said": the age goes with the words before it.
    if (IsAge(tokens, head, end) && head > from + 1 && tokens[head - 1].folded == ",") {
      head = back(head - 1, head - 1);
    }
    const Span span = TrimAuxiliaries(cues, tokens, SpanOf(tokens, head, end));
    const bool names = NamesSomeone(doc, span);
    if (span.end > span.start && (best.end <= best.start || names)) {
      best = span;
      comma = head > from ? head - 1 : from;
    }
    if (names && head > from + 1 && tokens[head - 1].folded == ",") {
      // "Eleni Papadaki, volontaria della Croce Rossa, spiega": the person
      // the clause opens with, not a name in the description after her.
      const size_t open = back(head - 1, head - 1);
      const Span person = LastPersonIn(doc, SpanOf(tokens, open, head - 1));
      if (open == from && person.end > person.start && person.start == tokens[open].start &&
          !NamesSomeone(doc, SpanOf(tokens, head, head + 1))) {
        comma = from;
        return TrimAuxiliaries(cues, tokens, SpanOf(tokens, open, head - 1));
      }
    }
    if (names || head <= from || tokens[head - 1].folded != ",") break;
    end = head - 1;
  }
  return best;
}

}  // namespace parallax::annotate::quote_detail
