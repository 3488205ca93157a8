// parallax: how bench/claims_eval scores the claims, quotes and citations
// of a document against the gold of tests/data/claims/ (format:
// tests/data/claims/README.md). Header-only; tested by
// tests/cli/claims_match_test.cc on tests/data/claims_eval_mini/.
//
// Claims: a system claim matches a gold claim when kind, value, approx and
//   group are equal (value_max too for a range); one-to-one, greedy per
//   document: first every gold claim takes the first free matching system
//   claim whose sentence contains the gold evidence, then the gold claims
//   left take any free matching claim. Matched: true positives; gold left:
//   misses; system left: false claims.
// Fields: system and gold claims whose figure overlaps the gold evidence
//   are paired one-to-one (gold order; a system claim of the same kind
//   first), and each field (kind, value, approx, group, attributed_to,
//   hedged, negated, retracted) is right or wrong on each pair.
//   attributed_to compares case-folded.
// Quotes: a gold quote is found when a system quote's text contains the
//   gold text; its speaker is right when the system speaker equals the gold
//   one case-folded, or the system speaker_entity names (by id, name or
//   variant of the document's entities) an entity called so; a leading
//   article or "www." is set aside as in citation names ("La Aeronáutica
//   Civil" = "Aeronáutica Civil").
// Citations: one-to-one by name, or by equal URL. Names are compared
//   case-folded with a leading "www." and one leading article of the
//   article's language (`article` rows of data/<lang>/speech.tsv: "el
//   Servicio Electoral (Servel)" = "Servicio Electoral (Servel)",
//   "www.aerocivil.gov.co" = "aerocivil.gov.co") set aside; nothing looser
//   ("la Protection" is no "la Protection civile").
#ifndef PARALLAX_BENCH_CLAIMS_MATCH_H_
#define PARALLAX_BENCH_CLAIMS_MATCH_H_

#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/data_dir.h"
#include "parallax/document.h"

namespace parallax::bench {

struct GoldClaim {
  std::string kind;
  double value = 0;
  std::optional<double> value_max;
  std::string approx = "exact";
  std::string group;
  std::string evidence;  // a substring of the article containing the figure
  std::string attributed_to;
  bool hedged = false;
  bool negated = false;
  bool retracted = false;
};

struct GoldQuote {
  std::string speaker;
  std::string text;
  bool direct = true;
};

struct GoldCitation {
  std::string name;
  std::string url;
};

// One article of the set with its gold.
struct GoldArticle {
  std::string lang;  // the folder: "en"
  std::string name;  // the file name without extension: "01-grenfell"
  std::string text;  // the .txt as read
  std::string published;
  std::vector<GoldClaim> claims;
  std::vector<GoldQuote> quotes;
  std::vector<GoldCitation> citations;
  // The folded `article` words of its language, for citation names.
  std::vector<std::string> articles;
};

// Case-folded (Unicode simple folding, ICU) and trimmed of spaces.
inline std::string Fold(const std::string& s) {
  std::string out;
  icu::UnicodeString::fromUTF8(s).foldCase().trim().toUTF8String(out);
  return out;
}

// Parses one gold file's JSON. Throws std::runtime_error (with `where`) on a
// missing required field.
inline GoldArticle ParseGold(const nlohmann::json& j, const std::string& where) {
  GoldArticle a;
  try {
    a.published = j.value("published", "");
    for (const nlohmann::json& c : j.value("claims", nlohmann::json::array())) {
      GoldClaim& g = a.claims.emplace_back();
      g.kind = c.at("kind").get<std::string>();
      g.value = c.at("value").get<double>();
      if (c.contains("value_max") && !c["value_max"].is_null()) {
        g.value_max = c["value_max"].get<double>();
      }
      g.approx = c.at("approx").get<std::string>();
      g.group = c.at("group").get<std::string>();
      g.evidence = c.at("evidence").get<std::string>();
      g.attributed_to = c.value("attributed_to", "");
      g.hedged = c.value("hedged", false);
      g.negated = c.value("negated", false);
      g.retracted = c.value("retracted", false);
    }
    for (const nlohmann::json& q : j.value("quotes", nlohmann::json::array())) {
      a.quotes.push_back(
          {q.value("speaker", ""), q.at("text").get<std::string>(), q.value("direct", true)});
    }
    for (const nlohmann::json& c : j.value("citations", nlohmann::json::array())) {
      a.citations.push_back({c.at("name").get<std::string>(), c.value("url", "")});
    }
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(where + ": " + e.what());
  }
  return a;
}

// A citation's name as scored: case-folded (Fold), a right single quotation
// mark read as an apostrophe, then a leading "www." or a leading word of
// `articles` (folded; one ending in an apostrophe is elided, "l'") dropped.
inline std::string CitationKey(const std::string& name, const std::vector<std::string>& articles) {
  std::string key = Fold(name);
  for (size_t at = key.find("\xE2\x80\x99"); at != std::string::npos;
       at = key.find("\xE2\x80\x99", at)) {
    key.replace(at, 3, "'");
  }
  if (key.starts_with("www.")) return key.substr(4);
  for (const std::string& a : articles) {
    const bool elided = a.ends_with("'");
    if (key.size() > a.size() + 1 && key.starts_with(a) && (elided || key[a.size()] == ' ')) {
      return key.substr(a.size() + (elided ? 0 : 1));
    }
  }
  return key;
}

// The `article` rows of `data_dir`/`lang`/speech.tsv, folded; empty when
// the file is missing.
inline std::vector<std::string> LoadArticles(const std::filesystem::path& data_dir,
                                             const std::string& lang) {
  std::vector<std::string> out;
  std::ifstream in(data_dir / lang / "speech.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.starts_with("article\t")) continue;
    std::string word = line.substr(8);
    const size_t tab = word.find('\t');
    if (tab != std::string::npos) word.resize(tab);
    if (!word.empty()) out.push_back(CitationKey(word, {}));
  }
  return out;
}

inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The articles of `dir`/<lang>/*.txt with their .json gold, languages and
// files in name order; only `lang` when not empty. A .txt without .json is
// skipped. Each article's `articles` come from `data_dir` (when empty, the
// data folder FindDataDir finds). Throws std::runtime_error on an
// unreadable or malformed gold, or evidence that is not in its article.
inline std::vector<GoldArticle> LoadGoldSet(const std::filesystem::path& dir,
                                            const std::string& lang = "",
                                            const std::string& data_dir = "") {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& l : fs::directory_iterator(dir)) {
    if (!l.is_directory()) continue;
    if (!lang.empty() && l.path().filename() != lang) continue;
    for (const auto& f : fs::directory_iterator(l.path())) {
      if (f.path().extension() == ".txt" &&
          fs::exists(fs::path(f.path()).replace_extension(".json")))
        files.push_back(f.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<GoldArticle> out;
  for (const fs::path& f : files) {
    fs::path gold = fs::path(f).replace_extension(".json");
    nlohmann::json j = nlohmann::json::parse(ReadFile(gold), nullptr, false);
    if (j.is_discarded()) throw std::runtime_error(gold.string() + ": not valid JSON");
    GoldArticle a = ParseGold(j, gold.string());
    a.lang = f.parent_path().filename().string();
    a.name = f.stem().string();
    a.text = ReadFile(f);
    a.articles = LoadArticles(FindDataDir(data_dir), a.lang);
    for (const GoldClaim& c : a.claims) {
      if (a.text.find(c.evidence) == std::string::npos) {
        throw std::runtime_error(gold.string() + ": evidence \"" + c.evidence +
                                 "\" is not in the article");
      }
    }
    out.push_back(std::move(a));
  }
  return out;
}

// Right and total of one field.
struct Tally {
  size_t right = 0;
  size_t total = 0;
  void Add(bool ok) {
    right += ok;
    ++total;
  }
  void Add(const Tally& t) {
    right += t.right;
    total += t.total;
  }
  double Rate() const { return total == 0 ? 0 : static_cast<double>(right) / total; }
};

// The score of one article (or, added up, of a set).
struct ClaimScore {
  size_t tp = 0, fp = 0, fn = 0;  // claims
  std::map<std::string, Tally> fields;
  size_t figure_pairs = 0;  // gold claims paired with a system claim by figure
  size_t quotes_gold = 0, quotes_found = 0, speakers_right = 0;
  size_t citations_tp = 0, citations_fp = 0, citations_fn = 0;
  std::vector<size_t> missed;    // gold claim indices not matched
  std::vector<size_t> spurious;  // system claim indices not matched
  // Per claim kind: tp and fn by the gold claim's kind, fp by the system's.
  struct KindCounts {
    size_t tp = 0, fp = 0, fn = 0;
  };
  std::map<std::string, KindCounts> kinds;

  void Add(const ClaimScore& o) {
    tp += o.tp, fp += o.fp, fn += o.fn, figure_pairs += o.figure_pairs;
    for (const auto& [k, c] : o.kinds) {
      kinds[k].tp += c.tp, kinds[k].fp += c.fp, kinds[k].fn += c.fn;
    }
    for (const auto& [k, t] : o.fields) fields[k].Add(t);
    quotes_gold += o.quotes_gold, quotes_found += o.quotes_found;
    speakers_right += o.speakers_right;
    citations_tp += o.citations_tp, citations_fp += o.citations_fp;
    citations_fn += o.citations_fn;
  }
  static double Ratio(size_t a, size_t b) { return b == 0 ? 0 : static_cast<double>(a) / b; }
  double Precision() const { return Ratio(tp, tp + fp); }
  double Recall() const { return Ratio(tp, tp + fn); }
  double SpeakerAccuracy() const { return Ratio(speakers_right, quotes_found); }
  double QuoteRecall() const { return Ratio(quotes_found, quotes_gold); }
  double CitationPrecision() const { return Ratio(citations_tp, citations_tp + citations_fp); }
  double CitationRecall() const { return Ratio(citations_tp, citations_tp + citations_fn); }
};

inline bool SameValue(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a));
}

// Whether system claim `c` matches gold `g` on kind, value, approx, group.
inline bool SameClaim(const Claim& c, const GoldClaim& g) {
  if (ClaimKindName(c.kind) != g.kind || ApproxName(c.approx) != g.approx) return false;
  if (c.group != g.group || !SameValue(c.value, g.value)) return false;
  if (g.approx == "range" && g.value_max) {
    return c.value_max.has_value() && SameValue(*c.value_max, *g.value_max);
  }
  return true;
}

// Where `evidence` is in doc.text (the first place), or nullopt.
inline std::optional<Span> Locate(const Document& doc, const std::string& evidence) {
  size_t at = doc.text.find(evidence);
  if (evidence.empty() || at == std::string::npos) return std::nullopt;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + evidence.size())};
}

inline bool SentenceHolds(const Document& doc, uint32_t sentence, Span s) {
  if (sentence >= doc.sentences.size()) return false;
  const Span t = doc.sentences[sentence].span;
  return t.start <= s.start && s.end <= t.end;
}

inline bool Overlaps(Span a, Span b) { return a.start < b.end && b.start < a.end; }

// Whether the system speaker of `q` is `gold` (see the file comment); a
// leading article of `articles` is set aside as in CitationKey.
inline bool SameSpeaker(const Document& doc, const Quote& q, const std::string& gold,
                        const std::vector<std::string>& articles = {}) {
  if (Fold(gold).empty()) return Fold(q.speaker).empty() && q.speaker_entity.empty();
  const std::string want = CitationKey(gold, articles);
  auto same = [&](const std::string& s) { return CitationKey(s, articles) == want; };
  if (same(q.speaker) || same(q.speaker_entity)) return true;
  if (q.speaker_entity.empty()) return false;
  for (const Entity& e : doc.entities) {
    if (q.speaker_entity != e.id && q.speaker_entity != e.name) continue;
    if (same(e.name)) return true;
    for (const std::string& v : e.variants) {
      if (same(v)) return true;
    }
  }
  return false;
}

// Scores the claims, quotes and citations of `doc` (the system's output for
// the article) against `gold`.
inline ClaimScore ScoreArticle(const GoldArticle& gold, const Document& doc) {
  ClaimScore s;
  const size_t n = doc.claims.size();
  std::vector<std::optional<Span>> where;
  for (const GoldClaim& g : gold.claims) where.push_back(Locate(doc, g.evidence));

  // Claims: in the evidence's sentence first, then anywhere.
  std::vector<bool> used(n, false), matched(gold.claims.size(), false);
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < gold.claims.size(); ++i) {
      if (matched[i]) continue;
      for (size_t j = 0; j < n; ++j) {
        if (used[j] || !SameClaim(doc.claims[j], gold.claims[i])) continue;
        if (pass == 0 && !(where[i] && SentenceHolds(doc, doc.claims[j].sentence, *where[i]))) {
          continue;
        }
        used[j] = matched[i] = true;
        break;
      }
    }
  }
  for (size_t i = 0; i < gold.claims.size(); ++i) {
    if (matched[i]) {
      ++s.tp;
      ++s.kinds[gold.claims[i].kind].tp;
    } else {
      ++s.fn;
      ++s.kinds[gold.claims[i].kind].fn;
      s.missed.push_back(i);
    }
  }
  for (size_t j = 0; j < n; ++j) {
    if (!used[j]) {
      ++s.fp;
      ++s.kinds[std::string(ClaimKindName(doc.claims[j].kind))].fp;
      s.spurious.push_back(j);
    }
  }

  // Fields on pairs by figure.
  for (const char* f :
       {"kind", "value", "approx", "group", "attributed_to", "hedged", "negated", "retracted"}) {
    s.fields[f];  // every field listed, even with no pair
  }
  std::vector<bool> paired(n, false);
  for (size_t i = 0; i < gold.claims.size(); ++i) {
    if (!where[i]) continue;
    const GoldClaim& g = gold.claims[i];
    std::optional<size_t> pick;
    for (size_t j = 0; j < n; ++j) {
      if (paired[j] || !Overlaps(doc.claims[j].figure, *where[i])) continue;
      if (!pick || (ClaimKindName(doc.claims[j].kind) == g.kind &&
                    ClaimKindName(doc.claims[*pick].kind) != g.kind)) {
        pick = j;
      }
    }
    if (!pick) continue;
    paired[*pick] = true;
    ++s.figure_pairs;
    const Claim& c = doc.claims[*pick];
    s.fields["kind"].Add(ClaimKindName(c.kind) == g.kind);
    s.fields["value"].Add(SameValue(c.value, g.value));
    s.fields["approx"].Add(ApproxName(c.approx) == g.approx);
    s.fields["group"].Add(c.group == g.group);
    s.fields["attributed_to"].Add(Fold(c.attributed_to) == Fold(g.attributed_to));
    s.fields["hedged"].Add(c.hedged == g.hedged);
    s.fields["negated"].Add(c.negated == g.negated);
    s.fields["retracted"].Add(c.retracted == g.retracted);
  }

  // Quotes.
  for (const GoldQuote& g : gold.quotes) {
    ++s.quotes_gold;
    for (const Quote& q : doc.quotes) {
      if (q.span.end > doc.text.size() || q.span.start > q.span.end) continue;
      std::string_view text(doc.text.data() + q.span.start, q.span.end - q.span.start);
      if (g.text.empty() || text.find(g.text) == std::string_view::npos) continue;
      ++s.quotes_found;
      s.speakers_right += SameSpeaker(doc, q, g.speaker, gold.articles);
      break;
    }
  }

  // Citations.
  std::vector<bool> cited(doc.citations.size(), false);
  for (const GoldCitation& g : gold.citations) {
    bool found = false;
    for (size_t j = 0; j < doc.citations.size() && !found; ++j) {
      const Citation& c = doc.citations[j];
      if (cited[j]) continue;
      if (CitationKey(c.name, gold.articles) == CitationKey(g.name, gold.articles) ||
          (!g.url.empty() && c.url == g.url)) {
        cited[j] = found = true;
      }
    }
    found ? ++s.citations_tp : ++s.citations_fn;
  }
  for (bool c : cited) s.citations_fp += !c;
  return s;
}

}  // namespace parallax::bench

#endif  // PARALLAX_BENCH_CLAIMS_MATCH_H_
