// Indirect speech (quote_detail.h, FindIndirect): reported clauses after a
// reporting verb and a that-word, and before a closing "..., X said".
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/quote_detail.h"

namespace parallax::annotate::quote_detail {
namespace {

// Whether byte range `clause` overlaps a direct quote. `direct` is in text
// order and its spans do not overlap: the one that may overlap the clause
// is the last starting before the clause's end.
bool InDirect(const std::vector<Span>& direct, Span clause) {
  const auto after = std::lower_bound(direct.begin(), direct.end(), clause.end,
                                      [](const Span& d, uint32_t at) { return d.start < at; });
  return after != direct.begin() && std::prev(after)->end > clause.start;
}

// An elided that-word at the front of token `t` ("qu'elle"): the byte
// after its apostrophe, or 0.
uint32_t ElidedThatEnd(const SpeechLanguage& cues, const Document& doc, const SpeechToken& t) {
  for (const std::string& p : cues.that_prefixes) {
    if (!t.folded.starts_with(p) || t.folded.size() == p.size()) continue;
    const std::string_view word(doc.text.data() + t.start, t.end - t.start);
    const size_t ascii = word.find('\'');
    const size_t curly = word.find("\xE2\x80\x99");
    if (ascii != std::string_view::npos && (curly == std::string_view::npos || ascii < curly)) {
      return t.start + static_cast<uint32_t>(ascii) + 1;
    }
    if (curly != std::string_view::npos) return t.start + static_cast<uint32_t>(curly) + 3;
  }
  return 0;
}

// Whether the verb at tokens[v] follows a quote ("„...“, sagte X"): then
// a comma after its speaker opens an appositive, not reported speech.
bool AfterQuote(const std::vector<SpeechToken>& tokens, size_t from, size_t v) {
  if (v > from && IsQuoteMark(tokens[v - 1])) return true;
  return v > from + 1 && IsDash(tokens[v - 1]) && IsQuoteMark(tokens[v - 2]);
}

// How many words a parenthetical between a verb and its that-word may
// hold ("a affirmé, de son côté, que" has three).
constexpr size_t kParentheticalWords = 4;
// How many words of a time or place may stand between a verb and a
// parenthetical ("said on Monday, however, that").
constexpr size_t kBeforeParenthetical = 3;
// How many words a reported clause with no that-word needs.
constexpr size_t kBareClauseWords = 4;
// How many words reported speech after a sentence-opening source marker
// that names a person needs ("За словами Ірини Шевченко, укриття
// переповнене.").
constexpr size_t kAccordingClauseWords = 2;
// How many words may stand between a verb and a comma before its that-word
// ("przyznał w rozmowie z radiem, że").
constexpr size_t kCommaThatReach = 7;

// A parenthetical set off by commas after tokens[from] ("said on Monday,
// however, that"): the token after its second comma, or `to`.
size_t ParentheticalEnd(const std::vector<SpeechToken>& tokens, size_t from, size_t to) {
  size_t k = from;
  while (k < to && k - from < kBeforeParenthetical && tokens[k].word) ++k;
  if (k >= to || tokens[k].folded != ",") return to;
  size_t j = k + 1;
  while (j < to && j - (k + 1) < kParentheticalWords && tokens[j].word) ++j;
  if (j == k + 1 || j + 1 >= to || tokens[j].folded != ",") return to;
  return j + 1;
}

// How many words an appositive name may hold ("Tobias Lang").
constexpr size_t kAppositiveNameWords = 4;

// A person's name at tokens[from] closed by a comma ("Tobias Lang,"): the
// comma's token, or `from` when none.
size_t AppositiveNameAfter(const Document& doc, const std::vector<SpeechToken>& tokens, size_t from,
                           size_t to) {
  size_t k = from;
  while (k < to && k - from < kAppositiveNameWords && tokens[k].word && tokens[k].capital) ++k;
  if (k - from < 2 || k >= to || tokens[k].folded != ",") return from;
  const Entity* e = EntityInside(doc, tokens[from].start, tokens[k - 1].end, EntityType::kPerson);
  return e != nullptr ? k : from;
}

// How many words a description set off by commas between a name that opens
// its sentence and the verb may hold ("Dr Helen Barr, who heads the trauma
// unit, said" has 5).
constexpr size_t kOpeningDescriptionWords = 8;

// Whether the sentence tokens[from, v) is a person's name that opens it, a
// comma, a few words and a comma right before the verb at tokens[v] ("Dr
// Helen Barr, who heads the trauma unit, said"): no inversion.
bool NameAndDescriptionBefore(const Document& doc, const std::vector<SpeechToken>& tokens,
                              size_t from, size_t v) {
  if (v < from + 4 || tokens[v - 1].folded != ",") return false;
  const size_t comma = AppositiveNameAfter(doc, tokens, from, v);
  if (comma == from || v - 1 - (comma + 1) > kOpeningDescriptionWords) return false;
  for (size_t k = comma + 1; k + 1 < v; ++k) {
    if (!tokens[k].word) return false;
  }
  return comma + 1 < v - 1;
}

// Reported words right after a verb with no that-word, where a language
// leaves it out ("Karim said the shelling began", "told reporters they
// would stay"): the first token of the clause, or `to`. The verb needs a
// subject before it, not set off by a comma or a quote, and the clause
// must open with a `clause_start` word, after at most one object word.
size_t BareClauseStart(const SpeechLanguage& cues, const Document& doc,
                       const std::vector<SpeechToken>& tokens, size_t from, size_t v, size_t n,
                       size_t to) {
  if (cues.clause_starts.empty() || v == from) return to;
  // "The woman, 46, said she": an age set off by commas is no inversion.
  const bool age = v >= from + 3 && tokens[v - 1].folded == "," && tokens[v - 2].digit &&
                   tokens[v - 3].folded == ",";
  if (!tokens[v - 1].word && !age && !NameAndDescriptionBefore(doc, tokens, from, v)) return to;
  size_t c = v + n;
  if (c < to && cues.clause_starts.Match(tokens, c) == nullptr) ++c;
  if (c >= to || !tokens[c - 1].word || cues.clause_starts.Match(tokens, c) == nullptr) return to;
  size_t words = 0;
  for (size_t k = c; k < to && !EndsClause(tokens[k]); ++k) words += tokens[k].word;
  return words >= kBareClauseWords ? c : to;
}

// How many words a description set off by a comma after an inverted
// speaker may hold ("admitted Susan Clarke, the deputy mayor.").
constexpr size_t kDescriptionWords = 6;

// Whether the words after `speaker`, which names a person, up to
// tokens[last] are a comma and a short description of words only.
bool DescriptionCloses(const Document& doc, const std::vector<SpeechToken>& tokens, Span speaker,
                       size_t last) {
  size_t k = TokenAt(tokens, speaker.end);
  if (k + 1 >= last || tokens[k].folded != "," || last - (k + 1) > kDescriptionWords ||
      EntityInside(doc, speaker.start, speaker.end, EntityType::kPerson) == nullptr) {
    return false;
  }
  for (++k; k < last; ++k) {
    if (!tokens[k].word) return false;
  }
  return true;
}

Quote IndirectQuote(const Document& doc, const std::vector<SpeechToken>& tokens, size_t v,
                    Span clause, Span speaker) {
  Quote q;
  q.direct = false;
  q.span = clause;
  q.sentence = q.sentence_end = tokens[v].sentence;
  SetSpeaker(doc, speaker, q);
  return q;
}

// Reported speech before its speaker, the sentence ending with the verb
// and its subject: "The toll will rise, the mayor said.", "..., a indiqué
// la protection civile.", "..., X, who led the search, told reporters.".
// The subject is the nearest comma segment before the verb that names an
// entity, else the nearest; or, when none stands there, the words after
// the verb.
bool ClauseBeforeVerb(const SpeechLanguage& cues, const Document& doc,
                      const std::vector<SpeechToken>& tokens, size_t from, size_t to,
                      const std::vector<Span>& direct, std::vector<Quote>& out) {
  size_t last = to;
  while (last > from && !tokens[last - 1].word) --last;
  for (size_t v = last; v-- > from;) {
    if (VerbAt(cues, tokens, v) == 0) continue;
    v = VerbStart(cues, tokens, from, v);  // "a indiqué", not "indiqué"
    const size_t n = VerbAt(cues, tokens, v);
    size_t comma = from;  // the comma that ends the reported clause
    Span speaker = SubjectBefore(cues, doc, tokens, from, v, comma);
    const bool inverted = v > from && tokens[v - 1].folded == ",";
    if (inverted && (!NamesSomeone(doc, speaker) || comma <= from)) {
      // "..., a indiqué la protection civile.": the subject follows.
      speaker = SpeakerAfterVerb(cues, tokens, v + n, last);
      if (v + n == last) {
        speaker = PronounInVerb(cues, tokens, v, n);  // "..., a-t-il déclaré."
      } else if (speaker.end < tokens[last - 1].end &&
                 !DescriptionCloses(doc, tokens, speaker, last)) {
        return false;
      }
      comma = v - 1;
    } else {
      // Only a few words may follow the verb ("told reporters on Sunday").
      if (comma <= from || last - (v + n) > 4) return false;
      for (size_t k = v + n; k < last; ++k) {
        if (!tokens[k].word) return false;
      }
    }
    if (speaker.end <= speaker.start) return false;
    size_t end = comma;
    while (end > from && !tokens[end - 1].word) --end;
    size_t words = 0;
    for (size_t k = from; k < end; ++k) words += tokens[k].word;
    // "Woda opada, poinformował Adam Nowicki": a short clause when a person
    // speaks it.
    const bool person = EntityInside(doc, speaker.start, speaker.end, EntityType::kPerson);
    if (words < (person ? kAccordingClauseWords : kBareClauseWords)) return false;
    const Span clause = SpanOf(tokens, from, end);
    if (InDirect(direct, clause)) return false;
    out.push_back(IndirectQuote(doc, tokens, v, clause, speaker));
    return true;
  }
  return false;
}

// Reported speech before a closing source marker that names a person:
// "The levees were inspected in May, according to Ryan Cooper, the state
// engineer.", "..., según el ingeniero Sergio Vidal.".
bool ClauseBeforeAccording(const SpeechLanguage& cues, const Document& doc,
                           const std::vector<SpeechToken>& tokens, size_t from, size_t to,
                           const std::vector<Span>& direct, std::vector<Quote>& out) {
  size_t last = to;
  while (last > from && !tokens[last - 1].word) --last;
  for (size_t c = last; c-- > from + 1;) {
    if (tokens[c].folded != ",") continue;
    const SpeechPhrase* p = c + 1 < last ? cues.according.Match(tokens, c + 1) : nullptr;
    if (p == nullptr || p->position != CuePosition::kBefore) continue;
    const size_t a = c + 1 + p->words.size();
    const Span speaker = SpeakerAfterVerb(cues, tokens, a, last);
    if (speaker.end <= speaker.start ||
        EntityInside(doc, speaker.start, speaker.end, EntityType::kPerson) == nullptr ||
        (speaker.end < tokens[last - 1].end && !DescriptionCloses(doc, tokens, speaker, last))) {
      return false;
    }
    size_t words = 0;
    for (size_t k = from; k < c; ++k) words += tokens[k].word;
    const Span clause = SpanOf(tokens, from, c);
    if (words < kBareClauseWords || InDirect(direct, clause)) return false;
    out.push_back(IndirectQuote(doc, tokens, c + 1, clause, speaker));
    return true;
  }
  return false;
}

// Whether the word at tokens[v] is inside a named-as phrase ("que dijo
// llamarse Luis"): no reporting verb there.
bool InNamedAs(const SpeechLanguage& cues, const std::vector<SpeechToken>& tokens, size_t from,
               size_t v) {
  for (size_t k = v > from + kParentheticalWords ? v - kParentheticalWords : from; k <= v; ++k) {
    const SpeechPhrase* p = cues.named_as.Match(tokens, k);
    if (p != nullptr && k + p->words.size() > v) return true;
  }
  return false;
}

// How many words a description after an according-to marker may hold
// ("nach Angaben der Geologin" has 2, "según la geóloga del ayuntamiento"
// 4).
constexpr size_t kDescriptionAfterMarker = 4;

// The end of a description of a person (DescribesPerson) at tokens[a]
// after an according-to marker: the comma at `comma` when the words up to
// it are one, else the shortest run of words that is one, followed by a
// lower-case word ("Według hydrologa woda zejdzie"); `a` when none.
size_t DescriptionEnd(const SpeechLanguage& cues, const Document& doc,
                      const std::vector<SpeechToken>& tokens, size_t a, size_t comma, size_t to) {
  if (comma < to && tokens[comma].folded == "," && comma - a <= kDescriptionAfterMarker &&
      DescribesPerson(cues, doc, tokens, a, comma)) {
    return comma;
  }
  for (size_t d = a + 1; d < comma && d + 1 < to && d - a <= kDescriptionAfterMarker; ++d) {
    if (tokens[d].word && !tokens[d].capital && DescribesPerson(cues, doc, tokens, a, d)) return d;
  }
  return a;
}

// Reported words after a source marker that opens the sentence and names a
// person ("По словам Сафиной, её сестру так и не нашли", "According to
// Anna Berg, the water rose"), or holds a pronoun ("По его словам, ..."):
// the words after the marker's comma, with the source as speaker. False
// when the sentence opens otherwise.
bool AccordingClause(const SpeechLanguage& cues, const Document& doc,
                     const std::vector<SpeechToken>& tokens, size_t from, size_t to,
                     const std::vector<Span>& direct, std::vector<Quote>& out) {
  Span source;
  size_t comma = from;
  bool described = false;  // the source is a description, no name
  const SpeechPhrase* p = cues.according.Match(tokens, from);
  if (p != nullptr && p->position != CuePosition::kAfter) {
    size_t a = from + p->words.size();
    // "Wie Ministerin Vogel mitteilte,", "Jak powiedział rzecznik Paweł
    // Wójcik,": the marker, a verb, and its speaker before or after it.
    const size_t n =
        p->position == CuePosition::kBeforeVerb && a < to ? VerbAt(cues, tokens, a) : 0;
    if (p->position == CuePosition::kBeforeVerb && n == 0) {
      size_t v = a;
      while (v < to && tokens[v].word && VerbAt(cues, tokens, v) == 0) ++v;
      if (v >= to || v == a || !tokens[v].word) return false;
      source = SpanOf(tokens, a, v);
      comma = v + VerbAt(cues, tokens, v);
    } else {
      a += n;
      size_t e = a;
      while (e < to && tokens[e].word && e - from < kMaxSpeakerTokens) ++e;
      source = SpanOf(tokens, a, e);
      comma = e;
    }
    if (EntityInside(doc, source.start, source.end, EntityType::kPerson) == nullptr) {
      // "According to the mayor, Tom Fielding, the power": the name set off
      // by commas after a role.
      bool role = false;
      for (size_t k = a; k < comma && k < to; ++k) role = role || cues.roles.Match(tokens, k);
      const size_t name_end = role && comma + 1 < to && tokens[comma].folded == ","
                                  ? AppositiveNameAfter(doc, tokens, comma + 1, to)
                                  : comma + 1;
      if (name_end > comma + 1) {
        source = SpanOf(tokens, comma + 1, name_end);
        comma = name_end;
      } else if (const size_t d = DescriptionEnd(cues, doc, tokens, a, comma, to); d > a) {
        // "Selon le géologue, la falaise", "Według hydrologa woda": a
        // description of a person named before; the reported words open
        // after it.
        source = SpanOf(tokens, a, d);
        comma = tokens[d].folded == "," ? d : d - 1;
        described = true;
      } else {
        return false;
      }
    }
  } else if (from + 3 < to && cues.pronouns.Match(tokens, from + 1) != nullptr) {
    // "По его словам,": a pronoun inside a two-word marker.
    const std::vector<SpeechToken> marker = {tokens[from], tokens[from + 2]};
    const SpeechPhrase* m = cues.according.Match(marker, 0);
    if (m == nullptr || m->words.size() != 2 || m->position != CuePosition::kBefore) return false;
    source = SpanOf(tokens, from + 1, from + 2);
    comma = from + 3;
  } else {
    return false;
  }
  // "Nach Angaben von Karin Wolf müsse die Brücke", "Według Anny Nowak
  // nikt nie przyszedł": no comma; the reported words open after the name.
  if (comma < to && tokens[comma].folded != "," && p != nullptr && !described) {
    const Span name = LastPersonIn(doc, source);
    const size_t after = TokenAt(tokens, name.end);
    if (name.end <= name.start || after >= comma || !tokens[after].word || tokens[after].capital) {
      return false;
    }
    source = {source.start, name.end};
    comma = after - 1;  // the reported words open at tokens[after]
  } else if (source.end <= source.start ||
             (!described && (comma >= to || tokens[comma].folded != ","))) {
    return false;
  }
  size_t end = to;
  while (end > comma + 1 && !tokens[end - 1].word) --end;
  size_t words = 0;
  for (size_t k = comma + 1; k < end; ++k) {
    if (IsQuoteMark(tokens[k])) return false;  // "По его словам, «...»": a direct quote
    words += tokens[k].word;
  }
  const Span clause = SpanOf(tokens, comma + 1, end);
  if (words < kAccordingClauseWords || InDirect(direct, clause)) return false;
  out.push_back(IndirectQuote(doc, tokens, from, clause, source));
  return true;
}

}  // namespace

// Indirect speech in one sentence: a verb, at most four words, a that-word
// (or an elided one, "qu'elle"); else a clause before a final "X said".
void FindIndirect(const SpeechLanguage& cues, const Document& doc,
                  const std::vector<SpeechToken>& tokens, size_t from, size_t to,
                  const std::vector<Span>& direct, std::vector<Quote>& out) {
  if (AccordingClause(cues, doc, tokens, from, to, direct, out)) return;
  bool found = false;
  for (size_t v = from; v < to; ++v) {
    const size_t n = VerbAt(cues, tokens, v);
    if (n == 0 || InNamedAs(cues, tokens, from, v)) continue;
    size_t t = v + n;
    uint32_t elided = 0;
    while (t < to && t - (v + n) <= 3 && !cues.thats.Match(tokens, t) && !EndsClause(tokens[t]) &&
           (elided = ElidedThatEnd(cues, doc, tokens[t])) == 0) {
      ++t;
    }
    // "przyznał w rozmowie z radiem, że": a longer phrase of words only,
    // then a comma and a that-word.
    if (t < to && elided == 0 && cues.thats.Match(tokens, t) == nullptr) {
      size_t c = t;
      while (c < to && c - (v + n) < kCommaThatReach && tokens[c].word) ++c;
      if (c + 1 < to && tokens[c].folded == "," && tokens[c + 1].word &&
          cues.thats.Match(tokens, c + 1) != nullptr) {
        t = c + 1;
      }
    }
    const SpeechPhrase* that = t < to ? cues.thats.Match(tokens, t) : nullptr;
    size_t opens = t;  // the first token of the reported words
    if (that != nullptr) opens = t + that->words.size();
    if (that == nullptr && elided == 0) {
      if (t + 1 < to && tokens[t].folded == ":" && !IsQuoteMark(tokens[t + 1])) {
        opens = t + 1;  // "Police said on Sunday: the crowd had gone home."
      } else if (const size_t p = ParentheticalEnd(tokens, v + n, to); p < to) {
        // "said, however, that", "afirmaron, por su parte, que".
        t = p;
        that = cues.thats.Match(tokens, t);
        elided = that == nullptr ? ElidedThatEnd(cues, doc, tokens[t]) : 0;
        if (that == nullptr && elided == 0) continue;
        if (that != nullptr) opens = t + that->words.size();
      } else if (const size_t c = BareClauseStart(cues, doc, tokens, from, v, n, to); c < to) {
        t = opens = c;  // "Karim said the shelling began before dawn."
      } else {
        continue;
      }
    }
    // A that-word that is only punctuation ("sagte, die Zahl sei") must not
    // be the comma of an appositive after a quote's speaker.
    if (that != nullptr && !tokens[t].word && AfterQuote(tokens, from, v)) {
      continue;
    }
    // "Der Pegel falle langsam, versicherte der Leiter, Uwe Seidel, am
    // Nachmittag.": a verb after a comma closes the reported words before
    // it; a few words after its speaker are no reported clause.
    if (that != nullptr && !tokens[t].word && v > from && tokens[v - 1].folded == ",") {
      const size_t name_end = AppositiveNameAfter(doc, tokens, t + 1, to);
      size_t words = 0;
      for (size_t k = name_end > t + 1 ? name_end + 1 : t + 1; k < to; ++k) words += tokens[k].word;
      if (words < kBareClauseWords) continue;
    }
    // "sagte der Sprecher der Feuerwehr, Tobias Lang, man habe": the name
    // set off by commas goes with the speaker; the next comma opens.
    if (that != nullptr && !tokens[t].word && t > v + n) {
      const size_t name_end = AppositiveNameAfter(doc, tokens, t + 1, to);
      if (name_end > t + 1 && cues.thats.Match(tokens, name_end) != nullptr) {
        t = name_end;
        that = cues.thats.Match(tokens, t);
        opens = t + that->words.size();
      }
    }
    size_t end = to;
    while (end > t && !tokens[end - 1].word) --end;
    Span clause =
        elided == 0 ? SpanOf(tokens, opens, end) : Span{elided, end > t ? tokens[end - 1].end : 0};
    if (clause.end <= clause.start || InDirect(direct, clause)) continue;
    size_t comma = from;
    Span speaker = SubjectBefore(cues, doc, tokens, from, v, comma);
    // Inverted: "sagte der Sprecher, dass", "заявил глава МВД, что", also
    // after an adverb ("Dazu erklärte der Sprecher,") when those words name
    // someone or a role.
    size_t inv_end = t;
    while (inv_end > v + n && !tokens[inv_end - 1].word) --inv_end;
    const Span inverted = SpanOf(tokens, v + n, inv_end);
    bool inverted_names = NamesSomeone(doc, inverted);
    for (size_t k = v + n; k < inv_end && k < v + n + 2; ++k) {
      inverted_names = inverted_names || cues.roles.Match(tokens, k) != nullptr;
    }
    // A subject with a role or a description of someone keeps the verb
    // ("The mother of three told the BBC that": the BBC is the listener).
    const size_t subject_from = TokenAt(tokens, speaker.start);
    const size_t subject_to = TokenAt(tokens, speaker.end);
    bool subject_person =
        NamesSomeone(doc, speaker) || Anaphoric(cues, tokens, subject_from, subject_to);
    for (size_t k = subject_from; k < subject_to && !subject_person; ++k) {
      subject_person = cues.roles.Match(tokens, k) != nullptr;
    }
    if (speaker.end <= speaker.start || (inverted_names && !subject_person)) {
      speaker = inverted;
    }
    // "Dodaje, że ...": a verb that opens the sentence with no subject, as
    // pro-drop languages write it; the verb stands for the speaker
    // (ResolveSpeaker reads it as a pronoun).
    if (speaker.end <= speaker.start && v == from) speaker = SpanOf(tokens, v, v + n);
    out.push_back(IndirectQuote(doc, tokens, v, clause, speaker));
    found = true;
    v = t;
  }
  if (found || ClauseBeforeAccording(cues, doc, tokens, from, to, direct, out)) return;
  // "..., the governor said; buses will run": each part before a semicolon.
  size_t part = from;
  bool before = false;  // the part before was reported speech
  for (size_t k = from; k <= to; ++k) {
    if (k < to && tokens[k].folded != ";") continue;
    if (ClauseBeforeVerb(cues, doc, tokens, part, k, direct, out)) {
      before = true;
    } else if (before) {
      // "..., räumte ein Sprecher ein; nicht alle seien verletzt worden":
      // a part with no verb of its own goes on in the same words.
      bool verb = false;
      size_t words = 0;
      for (size_t j = part; j < k; ++j) {
        verb = verb || VerbAt(cues, tokens, j) != 0;
        words += tokens[j].word;
      }
      size_t last = k;
      while (last > part && !tokens[last - 1].word) --last;
      const Span clause = SpanOf(tokens, part, last);
      if (!verb && words >= kBareClauseWords && !out.empty() && !InDirect(direct, clause)) {
        Quote q = out.back();
        q.span = clause;
        out.push_back(q);
      }
      before = false;
    }
    part = k + 1;
  }
}

Span SpeakerOfReported(const SpeechLanguage& cues, const Document& doc,
                       const std::vector<SpeechToken>& tokens, size_t from, size_t to,
                       size_t open) {
  if (open <= from || open >= to) return {};
  // "According to X, ... "..."": the marker opens the sentence's words
  // before the quote, which is set off by a comma or a colon.
  // Also with no punctuation when the marker's words run up to the quote
  // ("Według Anny Nowak „nikt nie przyszedł”").
  const std::string& before = tokens[open - 1].folded;
  const bool set_off = before == "," || before == ":";
  for (size_t k = from; k + 1 < open; ++k) {
    const SpeechPhrase* p = cues.according.Match(tokens, k);
    if (p == nullptr || p->position != CuePosition::kBefore) continue;
    size_t a = k + p->words.size();
    size_t e = a;
    while (e < open && !EndsClause(tokens[e]) && tokens[e].folded != "," &&
           e - a < kMaxSpeakerTokens) {
      ++e;
    }
    // "Selon le maire, Jacques Perrin, « ... »": a name set off by commas
    // right before the quote goes with the role before it.
    if (e > a && e + 2 < open && tokens[e].folded == "," &&
        AppositiveNameAfter(doc, tokens, e + 1, open) == open - 1) {
      return SpanOf(tokens, a, open - 1);
    }
    if (e > a && (set_off || e == open)) return SpanOf(tokens, a, e);
  }
  // "По его словам, «...»", "За її словами, «...»": a pronoun inside the
  // marker is the source (ResolveSpeaker reads it as the last speaker).
  for (size_t k = from; set_off && k + 3 < open; ++k) {
    if (cues.pronouns.Match(tokens, k + 1) == nullptr) continue;
    const std::vector<SpeechToken> marker = {tokens[k], tokens[k + 2]};
    const SpeechPhrase* p = cues.according.Match(marker, 0);
    if (p != nullptr && p->words.size() == 2 && p->position == CuePosition::kBefore &&
        tokens[k + 3].folded == ",") {
      return SpanOf(tokens, k + 1, k + 2);
    }
  }
  // Reported speech that holds the quote.
  std::vector<Quote> reported;
  FindIndirect(cues, doc, tokens, from, to, {}, reported);
  for (const Quote& q : reported) {
    if (q.span.start <= tokens[open].start && tokens[open].start < q.span.end &&
        q.speaker_span.end > q.speaker_span.start) {
      return q.speaker_span;
    }
  }
  return {};
}

}  // namespace parallax::annotate::quote_detail
