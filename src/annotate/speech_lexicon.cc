// Loading data/<lang>/speech.tsv (speech_lexicon.h) and the word tokens the
// speech rules match against.
#include "annotate/speech_lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "annotate/entity_lexicon.h"
#include "annotate/number_chars.h"
#include "annotate/tsv_fields.h"
#include "parallax/error.h"

namespace parallax::annotate {
namespace {

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsWordChar(char32_t c) { return IsLetter(c) || IsDigit(c); }
bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }
// Apostrophes and hyphens join the letters around them into one word
// ("don't", "l'ONU", "Interfax-Ukraine"); '.' and ',' join digits ("5,894").
bool IsJoiner(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2BC || c == '-' || c == 0x2010 || c == 0x2011;
}

// A cheap key of a word for the filter of SpeechPhrases: its length and up
// to four bytes from each end (most words start no phrase; this spares
// them the hash of the whole word and the map's string compare).
uint32_t FilterKey(std::string_view w) {
  uint64_t k = w.size();
  const size_t n = std::min<size_t>(w.size(), 4);
  for (size_t i = 0; i < n; ++i) k = (k << 8) | static_cast<unsigned char>(w[i]);
  for (size_t i = w.size() - n; i < w.size(); ++i) k = (k << 8) ^ static_cast<unsigned char>(w[i]);
  k *= 0x9E3779B97F4A7C15ULL;
  return static_cast<uint32_t>(k ^ (k >> 29));
}

void Tokenize(std::string_view text, std::vector<SpeechToken>& out) {
  for (size_t i = 0; i < text.size();) {
    const Decoded d = DecodeAt(text, i);
    if (IsSpace(d.cp)) {
      i += d.len;
      continue;
    }
    SpeechToken t;
    t.start = static_cast<uint32_t>(i);
    if (!IsWordChar(d.cp)) {
      i += d.len;
      t.end = static_cast<uint32_t>(i);
      t.folded = std::string(text.substr(t.start, d.len));
      t.filter_key = FilterKey(t.folded);
      out.push_back(std::move(t));
      continue;
    }
    t.word = true;
    t.digit = IsDigit(d.cp);
    t.capital = FoldCase(d.cp) != d.cp;
    size_t j = i + d.len;
    while (j < text.size()) {
      const Decoded n = DecodeAt(text, j);
      if (IsWordChar(n.cp)) {
        j += n.len;
        continue;
      }
      const bool joins = IsJoiner(n.cp) || (t.digit && (n.cp == '.' || n.cp == ','));
      if (!joins || j + n.len >= text.size()) break;
      const Decoded next = DecodeAt(text, j + n.len);
      if (!IsWordChar(next.cp) || (!IsJoiner(n.cp) && !IsDigit(next.cp))) break;
      j += n.len;
    }
    t.end = static_cast<uint32_t>(j);
    t.folded = FoldString(text.substr(i, j - i));
    t.filter_key = FilterKey(t.folded);
    i = j;
    out.push_back(std::move(t));
  }
}

std::vector<std::string> Words(const std::string& phrase) {
  std::vector<SpeechToken> tokens;
  Tokenize(phrase, tokens);
  std::vector<std::string> out;
  for (SpeechToken& t : tokens) out.push_back(std::move(t.folded));
  return out;
}

void LoadFile(const std::filesystem::path& path, SpeechLanguage& lang) {
  // The examples are comment lines, which ForEachDataRow skips: read them first.
  {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    size_t line_no = 0;
    const std::string tag = "# example: ";
    while (std::getline(in, line)) {
      ++line_no;
      if (line.rfind(tag, 0) != 0) continue;
      const size_t arrow = line.find(" => ");
      if (arrow == std::string::npos) {
        throw DataError(fmt::format("{}:{}: example without \" => \"", path.string(), line_no));
      }
      lang.examples.push_back({fmt::format("{}:{}", path.string(), line_no),
                               line.substr(tag.size(), arrow - tag.size()),
                               line.substr(arrow + 4)});
    }
  }
  ForEachDataRow(path, [&](const std::vector<std::string>& f, const std::string& where) {
    if (f.size() < 2 || f[1].empty()) {
      throw DataError(fmt::format("{}: expected type<TAB>phrase[<TAB>...]", where));
    }
    if (f[0] == "that" && (f[1].ends_with("'") || f[1].ends_with("\xE2\x80\x99"))) {
      if (f.size() > 2) throw DataError(fmt::format("{}: unexpected third field", where));
      std::string folded = FoldString(f[1]);
      if (folded.ends_with("\xE2\x80\x99")) folded.replace(folded.size() - 3, 3, "'");
      lang.that_prefixes.push_back(std::move(folded));
      return;
    }
    if (f[0] == "platform") {
      if (f.size() > 2) throw DataError(fmt::format("{}: unexpected third field", where));
      lang.platforms.push_back(FoldString(f[1]));
      return;
    }
    if (f[0] == "generic_body") {
      if (f.size() > 2) throw DataError(fmt::format("{}: unexpected third field", where));
      lang.generic_bodies.push_back(FoldString(f[1]));
      return;
    }
    if (f[0] == "possessive") {
      if (f.size() > 2) throw DataError(fmt::format("{}: unexpected third field", where));
      lang.possessives.push_back(f[1]);
      return;
    }
    if (f[0] == "article") {
      if (f.size() > 2) throw DataError(fmt::format("{}: unexpected third field", where));
      std::string folded = FoldString(f[1]);
      if (folded.ends_with("\xE2\x80\x99")) folded.replace(folded.size() - 3, 3, "'");
      lang.articles.push_back(std::move(folded));
      return;
    }
    SpeechPhrase p;
    // "räumte ... ein": a separable verb, its particle later in the clause.
    const size_t gap = f[1].find(" ... ");
    p.words = Words(f[1].substr(0, gap));
    if (gap != std::string::npos) {
      p.particle = Words(f[1].substr(gap + 5));
      if (p.particle.empty()) throw DataError(fmt::format("{}: no particle after \"...\"", where));
    }
    if (p.words.empty()) throw DataError(fmt::format("{}: empty phrase", where));
    const std::string& type = f[0];
    const std::string third = f.size() >= 3 ? f[2] : "";
    if (f.size() > 3) throw DataError(fmt::format("{}: too many fields", where));
    const auto position = [&]() {
      if (third == "before") return CuePosition::kBefore;
      if (third == "after") return CuePosition::kAfter;
      if (third == "before_verb" && type == "according") return CuePosition::kBeforeVerb;
      throw DataError(fmt::format("{}: \"{}\" is not before or after", where, third));
    };
    if (type == "according" || type == "cite") {
      p.position = position();
      (type == "according" ? lang.according : lang.cites).Add(std::move(p));
    } else if (type == "hedge") {
      if (third == "previous") {
        p.scope = CueScope::kPrevious;
      } else if (!third.empty() && third != "sentence") {
        throw DataError(fmt::format("{}: \"{}\" is not sentence or previous", where, third));
      }
      lang.hedges.Add(std::move(p));
    } else if (type == "hedge_modal") {
      p.needs = Words(third);
      if (p.needs.empty()) throw DataError(fmt::format("{}: hedge_modal needs words", where));
      lang.hedge_modals.Add(std::move(p));
    } else if (type == "role") {
      // The third field groups a role's forms ("Sprecher", "Sprechers").
      p.needs = Words(third.empty() ? f[1] : third);
      lang.roles.Add(std::move(p));
    } else {
      if (!third.empty()) throw DataError(fmt::format("{}: unexpected third field", where));
      SpeechPhrases* list = type == "verb"             ? &lang.verbs
                            : type == "source_verb"    ? &lang.source_verbs
                            : type == "that"           ? &lang.thats
                            : type == "denial"         ? &lang.denials
                            : type == "retraction"     ? &lang.retractions
                            : type == "withdrawal"     ? &lang.withdrawals
                            : type == "deletion"       ? &lang.deletions
                            : type == "error"          ? &lang.errors
                            : type == "object_article" ? &lang.object_articles
                            : type == "retract_from"   ? &lang.retract_from
                            : type == "pronoun"        ? &lang.pronouns
                            : type == "indefinite"     ? &lang.indefinites
                            : type == "carry"          ? &lang.carries
                            : type == "report_back"    ? &lang.report_backs
                            : type == "aux"            ? &lang.auxiliaries
                            : type == "anaphor"        ? &lang.anaphors
                            : type == "named_as"       ? &lang.named_as
                            : type == "speech_noun"    ? &lang.speech_nouns
                            : type == "noun_link"      ? &lang.noun_links
                            : type == "clause_start"   ? &lang.clause_starts
                            : type == "source_link"    ? &lang.source_links
                            : type == "source_stop"    ? &lang.source_stops
                            : type == "source_prep"    ? &lang.source_preps
                            : type == "vague_source"   ? &lang.vague_sources
                                                       : nullptr;
      if (list == nullptr) throw DataError(fmt::format("{}: unknown row type \"{}\"", where, type));
      list->Add(std::move(p));
    }
  });
  for (SpeechPhrases* list :
       {&lang.verbs,        &lang.source_verbs,    &lang.thats,         &lang.according,
        &lang.hedges,       &lang.hedge_modals,    &lang.denials,       &lang.retractions,
        &lang.retract_from, &lang.roles,           &lang.pronouns,      &lang.indefinites,
        &lang.cites,        &lang.carries,         &lang.auxiliaries,   &lang.anaphors,
        &lang.named_as,     &lang.speech_nouns,    &lang.clause_starts, &lang.source_links,
        &lang.source_stops, &lang.source_preps,    &lang.noun_links,    &lang.report_backs,
        &lang.withdrawals,  &lang.object_articles, &lang.vague_sources, &lang.deletions,
        &lang.errors}) {
    list->Finish();
  }
}

}  // namespace

std::vector<SpeechToken> TokenizeSpeechText(std::string_view text) {
  std::vector<SpeechToken> out;
  Tokenize(text, out);
  return out;
}

std::vector<SpeechToken> TokenizeSpeech(const Document& doc) {
  std::vector<SpeechToken> out;
  Tokenize(doc.text, out);
  uint32_t s = 0;
  for (SpeechToken& t : out) {
    while (s + 1 < doc.sentences.size() && doc.sentences[s + 1].span.start <= t.start) ++s;
    t.sentence = s;
  }
  return out;
}

void SpeechPhrases::Add(SpeechPhrase phrase) {
  by_first_[phrase.words.front()].push_back(std::move(phrase));
  filter_.clear();  // rebuilt by Finish
}

namespace {

// How many words may stand between a separable verb and its particle
// ("fügte der Sprecher der Stadtwerke am Abend hinzu").
constexpr size_t kParticleReach = 10;

// Whether `particle` closes the words at tokens[from...]: it stands before
// the first punctuation (or the sentence's end), within reach.
bool ParticleFollows(const std::vector<SpeechToken>& tokens, size_t from,
                     const std::vector<std::string>& particle) {
  size_t end = from;
  while (end < tokens.size() && end - from <= kParticleReach && tokens[end].word &&
         tokens[end].sentence == tokens[from].sentence) {
    ++end;
  }
  if (end - from < particle.size() + 1) return false;
  if (end < tokens.size() && tokens[end].word && tokens[end].sentence == tokens[from].sentence) {
    return false;  // no punctuation within reach
  }
  for (size_t k = 0; k < particle.size(); ++k) {
    if (tokens[end - particle.size() + k].folded != particle[k]) return false;
  }
  return true;
}

}  // namespace

void SpeechPhrases::Finish() {
  for (auto& [first, list] : by_first_) {
    std::stable_sort(list.begin(), list.end(), [](const SpeechPhrase& a, const SpeechPhrase& b) {
      return a.words.size() > b.words.size();
    });
  }
  // About 1 bit in 16 set: a word that starts no phrase passes rarely.
  size_t words = 8;
  while (words * 64 < by_first_.size() * 16) words *= 2;
  filter_.assign(words, 0);
  for (const auto& entry : by_first_) {
    const uint32_t bit = FilterKey(entry.first) & (words * 64 - 1);
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
}

bool SpeechPhrases::MayStart(uint32_t first_key) const {
  if (filter_.empty()) return true;
  const uint32_t bit = first_key & (filter_.size() * 64 - 1);
  return (filter_[bit >> 6] >> (bit & 63)) & 1;
}

const SpeechPhrase* SpeechPhrases::Match(const std::vector<SpeechToken>& tokens, size_t at) const {
  if (at >= tokens.size() || !MayStart(tokens[at].filter_key)) return nullptr;
  const auto it = by_first_.find(tokens[at].folded);
  if (it == by_first_.end()) return nullptr;
  for (const SpeechPhrase& p : it->second) {
    if (at + p.words.size() > tokens.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < p.words.size() && ok; ++k) {
      ok = tokens[at + k].folded == p.words[k] && tokens[at + k].sentence == tokens[at].sentence;
    }
    if (ok && !p.particle.empty()) ok = ParticleFollows(tokens, at + p.words.size(), p.particle);
    if (ok) return &p;
  }
  return nullptr;
}

const SpeechPhrase* SpeechPhrases::MatchGapped(const std::vector<SpeechToken>& tokens, size_t at,
                                               const SpeechPhrases& gap, size_t& length) const {
  constexpr size_t kMaxGaps = 2;
  if (const SpeechPhrase* p = Match(tokens, at)) {
    length = p->words.size();
    return p;
  }
  if (at >= tokens.size() || !MayStart(tokens[at].filter_key)) return nullptr;
  const auto it = by_first_.find(tokens[at].folded);
  if (it == by_first_.end()) return nullptr;
  // The tokens after each of up to kMaxGaps gap phrases after the first word.
  size_t after[kMaxGaps];
  size_t gaps = 0;
  for (size_t k = at + 1; gaps < kMaxGaps && k < tokens.size();) {
    const SpeechPhrase* g = gap.Match(tokens, k);
    if (g == nullptr || tokens[k].sentence != tokens[at].sentence) break;
    k += g->words.size();
    after[gaps++] = k;
  }
  for (size_t n = 0; n < gaps; ++n) {
    const size_t from = after[n];
    for (const SpeechPhrase& p : it->second) {
      if (p.words.size() < 2 || from + p.words.size() - 1 > tokens.size()) continue;
      bool ok = true;
      for (size_t k = 1; k < p.words.size() && ok; ++k) {
        const SpeechToken& t = tokens[from + k - 1];
        ok = t.folded == p.words[k] && t.sentence == tokens[at].sentence;
      }
      const size_t end = from + p.words.size() - 1;
      if (ok && !p.particle.empty()) ok = ParticleFollows(tokens, end, p.particle);
      if (ok) {
        length = end - at;
        return &p;
      }
    }
  }
  return nullptr;
}

SpeechLexicon SpeechLexicon::Load(const std::string& data_dir) {
  SpeechLexicon lex;
  std::error_code ec;
  for (const auto& dir : std::filesystem::directory_iterator(data_dir, ec)) {
    const std::filesystem::path file = dir.path() / "speech.tsv";
    if (!dir.is_directory() || !std::filesystem::exists(file)) continue;
    SpeechLanguage& lang = lex.langs_[dir.path().filename().string()];
    lang.lang = dir.path().filename().string();
    LoadFile(file, lang);
    // The citation finder's word lists, in the same rows (vague sources,
    // generic bodies).
    if (std::filesystem::exists(dir.path() / "citations.tsv")) {
      LoadFile(dir.path() / "citations.tsv", lang);
    }
  }
  // Case endings and given names, for names given in another case.
  const std::filesystem::path names = std::filesystem::path(data_dir) / "names";
  if (std::filesystem::exists(names / "given_names.tsv") &&
      std::filesystem::exists(names / "surname_suffixes.tsv")) {
    const auto lexicon =
        std::make_shared<const EntityLexicon>(data_dir, std::vector<std::string>(), false);
    for (auto& [code, lang] : lex.langs_) lang.names = lexicon;
  }
  return lex;
}

std::string GivenNameNominative(const SpeechLanguage& cues, std::string_view word) {
  if (cues.names == nullptr || word.empty()) return std::string(word);
  const std::vector<std::string> candidates =
      cues.names->Nominatives(LowerUtf8(word), cues.lang, EndingScope::kGiven);
  if (candidates.size() < 2) return std::string(word);
  // The longest candidate that is a given name: a shorter one has lost
  // letters of the name ("андре" of "Андреем", where "андрей" is right).
  // The folds come from the folder, not WordViews: that per-thread cache
  // serves one lexicon at a time, and this second lexicon would take it
  // over from the entity recogniser's on every call.
  std::string pick = candidates[1];
  bool given = false;
  std::vector<std::string> folds;
  for (size_t i = 1; i < candidates.size(); ++i) {
    folds.clear();
    cues.names->folder().Fold(cues.names->folder().ToAscii(candidates[i], cues.lang), cues.lang,
                              folds);
    if ((!given || candidates[i].size() > pick.size()) && cues.names->GivenName(folds)) {
      pick = candidates[i];
      given = true;
    }
  }
  // The first letter as written (the endings change only the end).
  size_t first = 1;
  while (first < word.size() && (static_cast<unsigned char>(word[first]) & 0xC0) == 0x80) ++first;
  size_t lower_first = 1;
  while (lower_first < pick.size() &&
         (static_cast<unsigned char>(pick[lower_first]) & 0xC0) == 0x80)
    ++lower_first;
  if (pick.size() < lower_first) return std::string(word);
  return std::string(word.substr(0, first)) + pick.substr(lower_first);
}

const SpeechLanguage* SpeechLexicon::For(std::string_view lang) const {
  const auto it = langs_.find(lang);
  return it == langs_.end() ? nullptr : &it->second;
}

std::vector<std::string> SpeechLexicon::Languages() const {
  std::vector<std::string> out;
  for (const auto& [lang, cues] : langs_) out.push_back(lang);
  return out;
}

std::string_view SentenceLanguage(const Document& doc, uint32_t s) {
  if (s < doc.sentences.size()) {
    const uint32_t p = doc.sentences[s].paragraph;
    if (p < doc.paragraphs.size() && doc.paragraphs[p].lang.reliable) {
      return doc.paragraphs[p].lang.lang;
    }
  }
  return doc.lang.lang;
}

const Entity* EntityInside(const Document& doc, uint32_t start, uint32_t end, EntityType type) {
  const Entity* best = nullptr;
  uint32_t best_start = 0;
  for (const Entity& e : doc.entities) {
    if (e.type != type) continue;
    for (const EntityMention& m : e.mentions) {
      if (m.span.start >= start && m.span.end <= end && (!best || m.span.start >= best_start)) {
        best = &e;
        best_start = m.span.start;
      }
    }
  }
  return best;
}

std::string TrimmedText(const Document& doc, uint32_t start, uint32_t end) {
  std::string_view s = std::string_view(doc.text).substr(start, end - start);
  const auto trim_char = [](std::string_view v, bool front) -> size_t {
    for (std::string_view p : {" ", "\n", ",", ":", ";", "-", "\xE2\x80\x94", "\xE2\x80\x93"}) {
      if (front ? v.starts_with(p) : v.ends_with(p)) return p.size();
    }
    return 0;
  };
  for (size_t n; (n = trim_char(s, true)) > 0;) s.remove_prefix(n);
  while (true) {
    size_t n = trim_char(s, false);
    if (n == 0 && s.ends_with(".")) n = 1;
    if (n == 0) break;
    s.remove_suffix(n);
  }
  return std::string(s);
}

}  // namespace parallax::annotate
