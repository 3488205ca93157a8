// parallax: language identification (see include/parallax/language.h).
//
// CLD2 answers first. Script and letter evidence (language_evidence.h) then
// checks the answer against what the text is written in:
//
//   1. No letters: "und", method "none".
//   2. A script that one language owns (Greek, Hangul, kana, Thai, Hebrew...)
//      holds the majority of the letters: CLD2 is kept when it names a
//      language of that script ("cld2" if CLD2 calls it reliable, else
//      "cld2+script"); otherwise the script decides ("script").
//   3. A shared script (Cyrillic, Latin, Arabic): CLD2's answer (or, when it
//      says UNKNOWN, its unreliable top language or its best-effort guess) is
//      kept unless the text holds letters that language does not write while
//      another language writes them all (Kazakh қ ә ө in text CLD2 calls
//      Russian); then the letters decide ("cld2+script" when CLD2 had the
//      winner among its top three, else "script"). When CLD2 is unsure, a
//      hint that the letters allow decides ("hint").
//
// Confidence: "cld2" = CLD2's percent3 share of its top language; a script
// that decides alone = its share of the letters; letter evidence =
// margin / (margin + 1), where margin is the score lead over the runner-up in
// units of "one letter only this language writes" (language_evidence.cc);
// unsure answers ("hint", unreliable CLD2) are scaled by kUnsureScale.
#include "parallax/language.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "text/language_cld2.h"
#include "text/language_evidence.h"

namespace parallax {

namespace {

using langid_internal::Cld2Answer;
using langid_internal::Cld2Codes;
using langid_internal::EvidenceData;
using langid_internal::LetterScore;
using langid_internal::ScriptRow;
using langid_internal::TextProfile;

// A script decides alone only when it holds more than half of the letters:
// the definition of "the text is written in it", not a tuned value.
constexpr double kScriptMajority = 0.5;

// A single-language script decides reliably from this many letters on: the
// shortest common words of such scripts ("και", "של", "은") have 2-3 letters.
// Judgement, not measured: lingua has no sentences this short.
constexpr int kScriptReliableLetters = 3;

// A language is contradicted when at least kForeignMin letters, and at least
// kForeignShare of the script's letters, are letters it does not write
// (alphabets.tsv). Chosen on lingua sentences 1-500 per language for
// de en pl ru uk fr es it kk tr ar zh bg sr mk be el he ja ko cs sk sl hr fa
// ur ro hu pt nl (bench/langid_eval --rows 1-500), maximising pooled
// accuracy: min 1/2/3 x share 0..0.08 gave 96.7-97.3%; min 1 with share
// 0.00-0.02 all gave the best 97.3%, and 0.02 is the most cautious of them
// for long texts (a Kazakh name in a Russian article must not flip it).
constexpr int kForeignMin = 1;
constexpr double kForeignShare = 0.02;

// Letter evidence alone is reliable from this margin on (two letters only
// the winner writes). A convention checked, not tuned, on lingua sentences
// 1-500 (30 languages above): parallax's reliable answers are 98.3% correct,
// raw CLD2's 98.2%, so the flag means as much as CLD2's own.
constexpr double kReliableMargin = 2.0;

// CLD2's answer may come from a script other than the main one if that
// script holds at least this share of the letters (Korean, Thai, Urdu news
// lines with English names, bylines or page furniture). Judgement, checked
// on lingua sentences 1-500: before this rule ur, ko and th fell below raw
// CLD2 (ur 99.6 -> 91.8 on 1-500); with it ur is 99.8.
constexpr double kOtherScriptShare = 0.2;

// Confidence of an answer nobody is sure of (a hint consistent with the
// letters, CLD2's unreliable guess): half of what it would otherwise be, so
// that it sorts below every reliable answer. A convention, not measured.
constexpr double kUnsureScale = 0.5;

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// "en-US" -> "en"; "zh-Hant" stays (CLD2 reports it); "" stays "".
std::string NormalizeHint(std::string_view hint) {
  std::string h;
  for (char c : hint) h += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (h == "zh-hant" || h == "zh-tw" || h == "zh-hk") return "zh-Hant";
  auto dash = h.find_first_of("-_");
  if (dash != std::string::npos) h.resize(dash);
  return h;
}

int PercentOf(const Cld2Answer& cld, const std::string& lang) {
  int p = 0;
  for (int i = 0; i < 3; ++i) {
    if (cld.top[i] == lang) p += cld.percent[i];
  }
  return p;
}

}  // namespace

// A short paragraph that CLD2 gives to a close variety of the language
// around it (data/langid/close_languages.tsv) takes that language below this
// many letters: a heading or a one-line caption (the German
// heading "Wahlen in Kasachstan" has 18). Judgement, not tuned: about one
// short sentence; lingua's sentences give no document context to tune on.
constexpr int kCloseShortLetters = 60;

struct LanguageIdentifier::Impl {
  LanguageOptions options;
  EvidenceData evidence;
  Cld2Codes codes;
  std::set<std::pair<std::string, std::string>> close;  // (language, variety)

  // True if `lang` is a language of `script` (script_evidence.tsv, or CLD2's
  // own script table for open rows such as Latin).
  bool Consistent(const std::string& lang, const std::string& script) const {
    if (lang.empty()) return false;
    const ScriptRow* row = evidence.Script(script);
    if (row == nullptr || row->any_language) {
      return evidence.HasAlphabet(script, lang) ||
             langid_internal::Cld2WritesScript(lang, script, codes);
    }
    return Contains(row->languages, lang);
  }

  // Foreign letters of `lang` in the text's `script` reach the contradiction
  // threshold.
  bool Contradicted(const TextProfile& p, const std::string& script,
                    const std::string& lang) const {
    int foreign = langid_internal::ForeignLetters(evidence, p, script, lang);
    if (foreign < kForeignMin) return false;  // also -1: no alphabet, no say
    auto it = p.script_letters.find(script);
    int letters = it == p.script_letters.end() ? 0 : it->second;
    return foreign >= kForeignShare * letters;
  }

  LanguageGuess Run(std::string_view text, std::string_view raw_hint, bool use_cld2) const;
};

LanguageGuess LanguageIdentifier::Impl::Run(std::string_view text, std::string_view raw_hint,
                                            bool use_cld2) const {
  const TextProfile prof = langid_internal::Profile(text, evidence);
  if (prof.letters == 0) return LanguageGuess{};
  const std::string hint = NormalizeHint(raw_hint);
  Cld2Answer cld;
  if (use_cld2) cld = langid_internal::RunCld2(text, hint, codes, /*best_effort=*/true);

  const std::string& script = prof.dominant;
  const double script_share = static_cast<double>(prof.dominant_letters) / prof.letters;
  const ScriptRow* row = evidence.Script(script);

  // CLD2's candidate: its answer, else its unreliable top language, else its
  // best-effort guess.
  std::string cand = !cld.lang.empty()     ? cld.lang
                     : !cld.top[0].empty() ? cld.top[0]
                                           : cld.best_effort;
  const bool cand_consistent = Consistent(cand, script);

  auto result = [&](const std::string& lang, double confidence, bool reliable, const char* method) {
    LanguageGuess g;
    g.lang = lang;
    g.confidence = std::clamp(confidence, 0.0, 1.0);
    g.reliable = reliable;
    g.method = method;
    // Shares: CLD2's percent3 when CLD2 saw the answer; otherwise the answer
    // holds its script's letters and CLD2's other languages follow.
    std::map<std::string, double> by_lang;
    for (int i = 0; i < 3; ++i) {
      if (!cld.top[i].empty() && cld.percent[i] > 0) by_lang[cld.top[i]] += cld.percent[i] / 100.0;
    }
    if (by_lang.count(lang) == 0) {
      double rest = 0;
      for (const auto& [l, s] : by_lang) rest += s;
      double scale = rest > 0 ? (1.0 - script_share) / rest : 0;
      for (auto& [l, s] : by_lang) s *= scale;
      by_lang[lang] = script_share;
    }
    for (const auto& [l, s] : by_lang) {
      if (s > 0) g.shares.push_back({l, s});
    }
    std::stable_sort(
        g.shares.begin(), g.shares.end(),
        [](const LanguageShare& a, const LanguageShare& b) { return a.share > b.share; });
    return g;
  };
  const bool hint_usable =
      !hint.empty() && Consistent(hint, script) && !Contradicted(prof, script, hint);

  // 1. CLD2 is sure, and its language writes the main script or another one
  // the text holds a fair share of (Korean with English in brackets has
  // more Latin letters than Hangul). Letters overturn it only in scripts
  // whose override column says so, and only toward a language that writes
  // the text's letters better.
  const std::string* home = nullptr;
  if (cand_consistent) {
    home = &script;
  } else {
    for (const auto& [other, n] : prof.script_letters) {
      if (n >= kOtherScriptShare * prof.letters && Consistent(cand, other)) {
        home = &other;
        break;
      }
    }
  }
  if (cld.reliable) {
    if (home != nullptr) {
      const ScriptRow* home_row = evidence.Script(*home);
      bool overturned = false;
      if (home_row != nullptr && home_row->letters_override && Contradicted(prof, *home, cand)) {
        auto home_scores = langid_internal::ScoreLetters(evidence, prof, *home);
        overturned = !home_scores.empty() && home_scores[0].lang != cand;
      }
      if (!overturned) {
        const bool agrees = row != nullptr && home == &script && cand == row->decides;
        return result(cand, std::max(PercentOf(cld, cand) / 100.0, agrees ? script_share : 0.0),
                      true, "cld2");
      }
    }
  }

  // 2. A script one language owns.
  if (row != nullptr && !row->decides.empty() && script_share > kScriptMajority) {
    if (cand_consistent && !cld.reliable) {
      const bool agrees = cand == row->decides;
      return result(cand, agrees ? script_share : kUnsureScale * script_share,
                    agrees && prof.dominant_letters >= kScriptReliableLetters, "cld2+script");
    }
    if (hint_usable && hint != row->decides) {
      return result(hint, kUnsureScale * script_share, false, "hint");
    }
    return result(row->decides, script_share, prof.dominant_letters >= kScriptReliableLetters,
                  "script");
  }

  // CLD2's unsure guess is written in a minor script of the text (a Korean
  // byline with an e-mail address): keep it over Latin letter evidence,
  // which cannot tell English from any other Latin-script language.
  if (home != nullptr && home != &script && !cld.reliable) {
    return result(cand, kUnsureScale * PercentOf(cld, cand) / 100.0, false, "cld2+script");
  }

  // 3. A shared script (or one with no row: CLD2 alone). CLD2 is unsure here
  // (or overturned): its guess stands if the letters allow it.
  const std::vector<LetterScore> scores = langid_internal::ScoreLetters(evidence, prof, script);
  if (cand_consistent && !cld.reliable &&
      !(Contradicted(prof, script, cand) && !scores.empty() && scores[0].lang != cand)) {
    if (hint_usable && hint != cand) {
      return result(hint, kUnsureScale * script_share, false, "hint");
    }
    int percent = PercentOf(cld, cand);
    return result(cand, kUnsureScale * (percent > 0 ? percent / 100.0 : script_share), false,
                  "cld2+script");
  }
  if (hint_usable) {
    return result(hint, kUnsureScale * script_share, false, "hint");
  }
  if (scores.empty()) {
    if (cand_consistent) {
      return result(cand, kUnsureScale * script_share, false, "cld2+script");
    }
    if (row != nullptr && !row->any_language && !row->languages.empty()) {
      return result(row->languages.front(), kUnsureScale * script_share / row->languages.size(),
                    false, "script");
    }
    return LanguageGuess{};
  }
  // Letter evidence. Among tied leaders, CLD2's candidate, then its top
  // three and best-effort guess win, else file order (alphabets.tsv lists each script's most
  // written language first).
  const LetterScore* best = &scores[0];
  const std::string cld2_order[] = {cand, cld.top[0], cld.top[1], cld.top[2], cld.best_effort};
  bool picked = false;
  for (const auto& want : cld2_order) {
    for (const auto& s : scores) {
      if (s.score < scores[0].score) break;
      if (!want.empty() && s.lang == want) {
        best = &s;
        picked = true;
        break;
      }
    }
    if (picked) break;
  }
  double runner_up = -1e9;
  for (const auto& s : scores) {
    if (&s != best) runner_up = std::max(runner_up, s.score);
  }
  const double margin = scores.size() > 1 ? best->score - runner_up : best->score;
  const bool in_cld2 = Contains({cld.top[0], cld.top[1], cld.top[2], cld.best_effort}, best->lang);
  const double conf = margin > 0 ? margin / (margin + 1) : 0.0;
  return result(best->lang, in_cld2 ? std::max(conf, kUnsureScale * script_share) : conf,
                margin >= kReliableMargin && best->foreign == 0,
                in_cld2 ? "cld2+script" : "script");
}

LanguageIdentifier::LanguageIdentifier(const std::string& data_dir, LanguageOptions options)
    : impl_(std::make_unique<Impl>()) {
  const std::string dir = data_dir + "/langid";
  impl_->options = options;
  impl_->evidence = EvidenceData::Load(dir);
  impl_->codes = Cld2Codes::Load(dir);
  for (auto& f :
       langid_internal::ReadTsv(dir + "/close_languages.tsv", "language\tvariety\twhy", 3)) {
    impl_->close.emplace(f[0], f[1]);
  }
}

LanguageIdentifier::~LanguageIdentifier() = default;

LanguageGuess LanguageIdentifier::Identify(std::string_view utf8, std::string_view hint) const {
  try {
    return impl_->Run(utf8, hint, /*use_cld2=*/true);
  } catch (...) {  // contract: never throws (only std::bad_alloc can get here)
    return LanguageGuess{};
  }
}

void LanguageIdentifier::Annotate(Document& doc, std::string_view hint) const {
  const Impl& impl = *impl_;
  doc.lang = Identify(doc.text, hint);
  const bool doc_known = doc.lang.lang != "und";
  // Paragraphs: the caller's hint, else the document's language, helps CLD2
  // on name-heavy paragraphs (it only decides when the letters allow it).
  const std::string para_hint = !hint.empty() ? std::string(hint) : doc_known ? doc.lang.lang : "";
  std::vector<TextProfile> profiles(doc.paragraphs.size());
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    Paragraph& para = doc.paragraphs[i];
    if (para.span.start > para.span.end || para.span.end > doc.text.size()) {
      para.lang = LanguageGuess{};
      continue;
    }
    std::string_view slice(doc.text.data() + para.span.start, para.span.end - para.span.start);
    profiles[i] = langid_internal::Profile(slice, impl.evidence);
    const TextProfile& prof = profiles[i];
    if (prof.letters == 0) {
      para.lang = LanguageGuess{};
      continue;
    }
    if (prof.letters < impl.options.min_letters) {
      // Too short for CLD2: inherit the document's language unless the
      // script or the letters say otherwise (a Cyrillic heading in a German
      // document is not German).
      const bool fits = doc_known && impl.Consistent(doc.lang.lang, prof.dominant) &&
                        !impl.Contradicted(prof, prof.dominant, doc.lang.lang);
      if (fits) {
        para.lang = doc.lang;
        para.lang.shares = {{doc.lang.lang, 1.0}};
      } else {
        try {
          para.lang = impl.Run(slice, "", /*use_cld2=*/false);
        } catch (...) {
          para.lang = LanguageGuess{};
        }
      }
    } else {
      para.lang = Identify(slice, para_hint);
    }
  }
  // A short line given to a close variety (close_languages.tsv) of the
  // language around it (lb for a heading of a German section) takes that
  // language: the next long paragraph's, else the previous one's, else the
  // document's, when the line's script and letters fit it.
  auto is_long = [&](size_t j) {
    return profiles[j].letters >= kCloseShortLetters && doc.paragraphs[j].lang.lang != "und";
  };
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    Paragraph& para = doc.paragraphs[i];
    const TextProfile& prof = profiles[i];
    if (prof.letters == 0 || prof.letters >= kCloseShortLetters) continue;
    const LanguageGuess* context = doc_known ? &doc.lang : nullptr;
    bool found = false;
    for (size_t j = i + 1; j < doc.paragraphs.size() && !found; ++j) {
      if (is_long(j)) context = &doc.paragraphs[j].lang, found = true;
    }
    for (size_t j = i; j-- > 0 && !found;) {
      if (is_long(j)) context = &doc.paragraphs[j].lang, found = true;
    }
    if (context == nullptr || context->lang == para.lang.lang ||
        impl.close.count({context->lang, para.lang.lang}) == 0 ||
        !impl.Consistent(context->lang, prof.dominant) ||
        impl.Contradicted(prof, prof.dominant, context->lang)) {
      continue;
    }
    para.lang = *context;
    para.lang.shares = {{context->lang, 1.0}};
  }
  std::map<std::string, long> letters_by_lang;
  std::map<std::string, bool> reliable_somewhere;
  long total_letters = 0;
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    const Paragraph& para = doc.paragraphs[i];
    if (para.lang.lang == "und") continue;
    letters_by_lang[para.lang.lang] += profiles[i].letters;
    total_letters += profiles[i].letters;
    if (para.lang.reliable) reliable_somewhere[para.lang.lang] = true;
  }
  // Mixed: the second language (by letters) holds at least mixed_min_share
  // and is reliable in at least one paragraph. Without paragraphs, CLD2's
  // shares of the whole text decide.
  doc.mixed_language = false;
  if (total_letters > 0) {
    std::vector<std::pair<long, std::string>> ranked;
    for (const auto& [lang, n] : letters_by_lang) ranked.emplace_back(n, lang);
    std::sort(ranked.rbegin(), ranked.rend());
    for (size_t i = 1; i < ranked.size(); ++i) {
      const double share = static_cast<double>(ranked[i].first) / total_letters;
      if (share >= impl.options.mixed_min_share && reliable_somewhere[ranked[i].second]) {
        doc.mixed_language = true;
        break;
      }
    }
  } else if (doc.paragraphs.empty() && doc.lang.shares.size() > 1) {
    doc.mixed_language =
        doc.lang.reliable && doc.lang.shares[1].share >= impl.options.mixed_min_share;
  }
}

}  // namespace parallax
