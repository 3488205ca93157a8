// parallax story stage: the profile of a document (story.h, BuildProfile)
// and its JSON.
//
// What each feature is made of:
//  - entities: the store id ("E12") of each entity, weighted by its
//    mentions. An entity without an id (a document not read from a store)
//    stands for itself by the keys of its best class, in the order
//    g: (gazetteer) > q: (name spelled by ear, across scripts) > p: > i: >
//    a: > n: > s: > r: (entity_resolve.h), the mentions shared evenly among
//    them: Tokajew, Tokayev and Токаев share their g: or q: key, and an
//    entity with three views of one class weighs what an entity with one
//    weighs.
//  - terms: each word of the text folded to bare Latin letters
//    (NameFolder::ToAscii, bare), split at hyphens, stop words of
//    data/<lang>/stopwords.txt and words shorter than term_min_letters
//    left out, cut to term_prefix letters ("Pandemie", "pandemic" and
//    "pandemia" are all "pandem"). The first lead_terms terms (the
//    headline and the lead, which say what the story is) count
//    lead_weight times. Ideographic text (Han, kana) has no
//    spaces: each pair of neighbouring ideographs is a term as written.
//    Digits are never terms (figures are).
//  - figures: each claim as "kind|group|value", each other plain count
//    (QuantityKind::kNumber, no unit) of figure_min or more that is not a
//    year (1900..2100) as "n|value".
//  - days: the YYYY-MM-DD days of the date mentions, within day_window of
//    publication (all of them when the publication is unknown).
//  - places: the keys (as for entities) of the place entities.
//  - minhash: duplicates.cc over the shingles of the folded words, digits
//    kept (every word, stop words included).
//  - fingerprint: duplicates.cc; sentences: Document::sentences.
#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "annotate/entity_fold.h"
#include "parallax/error.h"
#include "parallax/story.h"
#include "parallax/url.h"
#include "story/duplicates.h"
#include "story/story_model.h"

namespace parallax {
namespace {

using story::SimilarityRules;

// The rank of a key's class for an entity's representation (lower first).
int KeyRank(std::string_view key) {
  static constexpr std::string_view kOrder = "gqpianrs";
  if (key.size() < 2 || key[1] != ':') return 99;
  const size_t at = kOrder.find(key[0]);
  return at == std::string_view::npos ? 98 : static_cast<int>(at);
}

// The features that stand for `e`, with the share of its weight each gets.
std::vector<std::string> EntityFeatures(const Entity& e) {
  if (!e.id.empty()) return {e.id};
  int best = 100;
  for (const std::string& k : e.keys) best = std::min(best, KeyRank(k));
  std::vector<std::string> out;
  for (const std::string& k : e.keys) {
    if (KeyRank(k) == best) out.push_back(k);
  }
  if (out.empty() && !e.name.empty()) out.push_back("name:" + e.name);
  return out;
}

template <typename T>
std::vector<std::pair<std::string, float>> Sorted(const std::map<std::string, T>& m) {
  std::vector<std::pair<std::string, float>> out;
  out.reserve(m.size());
  for (const auto& [k, v] : m) out.emplace_back(k, static_cast<float>(v));
  return out;
}

std::vector<std::string> SortedUnique(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

// A figure as a key: the shortest form that reads back as the same number.
std::string FigureText(double v) { return fmt::format("{}", v); }

bool IsIdeograph(UChar32 c) {
  UErrorCode err = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &err);
  return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
}

bool IsWordChar(UChar32 c) {
  if (u_isalnum(c)) return true;
  const int8_t cat = u_charType(c);
  return cat == U_NON_SPACING_MARK || cat == U_COMBINING_SPACING_MARK;
}

// The words of a text: terms and the tokens shingles are made of.
class TextFeatures {
 public:
  TextFeatures(const SimilarityRules& rules, std::string_view lang) : rules_(rules), lang_(lang) {
    auto it = rules.stopwords.find(lang);
    if (it != rules.stopwords.end()) stop_ = &it->second;
  }

  void Read(std::string_view text) {
    size_t i = 0;
    std::string word;
    std::string ideographs;  // the UTF-8 of the previous ideograph, for bigrams
    while (i < text.size()) {
      UChar32 c = 0;
      const size_t start = i;
      U8_NEXT(text.data(), i, text.size(), c);
      if (c < 0) {
        FlushWord(word);
        ideographs.clear();
        continue;
      }
      const std::string_view ch = text.substr(start, i - start);
      if (IsIdeograph(c)) {
        FlushWord(word);
        tokens_.emplace_back(ch);
        if (!ideographs.empty()) ++terms_[ideographs + std::string(ch)];
        ideographs = std::string(ch);
        continue;
      }
      ideographs.clear();
      if (IsWordChar(c)) {
        word += ch;
      } else {
        FlushWord(word);
      }
    }
    FlushWord(word);
  }

  std::map<std::string, double>& terms() { return terms_; }
  const std::vector<std::string>& tokens() const { return tokens_; }

 private:
  void FlushWord(std::string& word) {
    if (word.empty()) return;
    if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      tokens_.push_back(word);
      word.clear();
      return;
    }
    auto cached = folded_.find(word);
    if (cached == folded_.end()) {
      cached = folded_.emplace(word, rules_.folder->ToAscii(word, lang_, /*bare=*/true)).first;
    }
    const std::string& ascii = cached->second;
    if (!ascii.empty()) tokens_.push_back(ascii);
    size_t from = 0;
    while (from < ascii.size()) {
      size_t dash = ascii.find('-', from);
      if (dash == std::string::npos) dash = ascii.size();
      AddTerm(std::string_view(ascii).substr(from, dash - from));
      from = dash + 1;
    }
    word.clear();
  }

  void AddTerm(std::string_view part) {
    if (part.size() < rules_.term_min_letters) return;
    if (stop_ != nullptr && stop_->contains(std::string(part))) return;
    const double w = terms_added_ < rules_.lead_terms ? rules_.lead_weight : 1.0;
    ++terms_added_;
    terms_[std::string(part.substr(0, rules_.term_prefix))] += w;
  }

  const SimilarityRules& rules_;
  std::string lang_;
  const std::set<std::string>* stop_ = nullptr;
  std::unordered_map<std::string, std::string> folded_;
  std::map<std::string, double> terms_;
  size_t terms_added_ = 0;
  std::vector<std::string> tokens_;
};

bool IsYear(const Quantity& q) {
  return q.value >= 1900 && q.value <= 2100 && q.value == std::floor(q.value) && !q.value_max;
}

void AddFigures(const Document& doc, const SimilarityRules& rules, DocumentProfile& p) {
  std::vector<std::string> figures;
  std::vector<Span> claimed;
  for (const Claim& c : doc.claims) {
    if (c.negated) continue;
    figures.push_back(fmt::format("{}|{}|{}", ClaimKindName(c.kind), c.group, FigureText(c.value)));
    claimed.push_back(c.figure);
  }
  for (const Quantity& q : doc.quantities) {
    if (q.kind != QuantityKind::kNumber || !q.unit.empty() || q.value < rules.figure_min ||
        IsYear(q)) {
      continue;
    }
    const bool in_claim = std::any_of(claimed.begin(), claimed.end(), [&](const Span& s) {
      return s.start <= q.span.start && q.span.end <= s.end;
    });
    if (!in_claim) figures.push_back("n|" + FigureText(q.value));
  }
  p.figures = SortedUnique(std::move(figures));
}

void AddDays(const Document& doc, const SimilarityRules& rules, DocumentProfile& p) {
  const std::optional<int64_t> published = story::DayNumber(p.published);
  std::vector<std::string> days;
  for (const DateMention& d : doc.dates) {
    const std::optional<int64_t> day = story::DayNumber(d.value);
    if (!day || d.value.size() < 10 || (d.value.size() > 10 && d.value[10] != 'T')) continue;
    if (published && std::llabs(*day - *published) > rules.day_window) continue;
    days.push_back(d.value.substr(0, 10));
  }
  p.days = SortedUnique(std::move(days));
}

}  // namespace

DocumentProfile BuildProfile(const Document& doc, const StoryModel& model) {
  const SimilarityRules& rules = model.impl().similarity;
  DocumentProfile p;
  p.document = doc.id;
  p.lang = doc.lang.lang;
  p.site = !doc.site.empty() ? doc.site : SiteOfUrl(doc.url);
  if (doc.published && story::DayNumber(*doc.published)) p.published = doc.published->substr(0, 10);

  std::map<std::string, double> entities;
  std::vector<std::string> places;
  for (const Entity& e : doc.entities) {
    const std::vector<std::string> keys = EntityFeatures(e);
    const double mentions = static_cast<double>(std::max<size_t>(1, e.mentions.size()));
    for (const std::string& k : keys) {
      entities[k] += mentions / static_cast<double>(keys.size());
      if (e.type == EntityType::kPlace) places.push_back(k);
    }
  }
  p.entities = Sorted(entities);
  p.places = SortedUnique(std::move(places));

  TextFeatures text(rules, p.lang);
  text.Read(doc.text);
  p.terms = Sorted(text.terms());
  AddFigures(doc, rules, p);
  AddDays(doc, rules, p);
  p.minhash = story::ShingleMinHash(text.tokens(), rules.shingle_words);
  p.fingerprint = story::TranslationFingerprint(doc, p);
  p.sentences = static_cast<uint32_t>(doc.sentences.size());
  return p;
}

std::string ProfileToJson(const DocumentProfile& p) {
  nlohmann::json j = nlohmann::json::object();
  j["document"] = p.document;
  j["lang"] = p.lang;
  j["site"] = p.site;
  j["published"] = p.published;
  auto weighted = [](const std::vector<std::pair<std::string, float>>& v) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& [k, w] : v) a.push_back(nlohmann::json::array({k, w}));
    return a;
  };
  j["entities"] = weighted(p.entities);
  j["terms"] = weighted(p.terms);
  j["figures"] = p.figures;
  j["days"] = p.days;
  j["places"] = p.places;
  j["minhash"] = p.minhash;
  j["fingerprint"] = p.fingerprint;
  j["sentences"] = p.sentences;
  return j.dump();
}

DocumentProfile ProfileFromJson(const std::string& json) {
  DocumentProfile p;
  try {
    const nlohmann::json j = nlohmann::json::parse(json);
    if (!j.is_object()) throw InputError("a profile is not a JSON object");
    p.document = j.at("document").get<std::string>();
    p.lang = j.at("lang").get<std::string>();
    p.site = j.at("site").get<std::string>();
    p.published = j.at("published").get<std::string>();
    auto weighted = [&](const char* name) {
      std::vector<std::pair<std::string, float>> out;
      for (const nlohmann::json& item : j.at(name)) {
        if (!item.is_array() || item.size() != 2 || !item[1].is_number()) {
          throw InputError(fmt::format("profile {}: an item is not [key, weight]", name));
        }
        out.emplace_back(item[0].get<std::string>(), item[1].get<float>());
      }
      return out;
    };
    p.entities = weighted("entities");
    p.terms = weighted("terms");
    p.figures = j.at("figures").get<std::vector<std::string>>();
    p.days = j.at("days").get<std::vector<std::string>>();
    p.places = j.at("places").get<std::vector<std::string>>();
    p.minhash = j.at("minhash").get<std::vector<uint32_t>>();
    p.fingerprint = j.at("fingerprint").get<std::vector<std::string>>();
    p.sentences = j.value("sentences", 0u);  // absent in profiles stored before it was kept
  } catch (const nlohmann::json::exception& e) {
    throw InputError(fmt::format("malformed profile: {}", e.what()));
  }
  if (!p.minhash.empty() && p.minhash.size() != kMinHashSize) {
    throw InputError(fmt::format("malformed profile: minhash has {} values, want {}",
                                 p.minhash.size(), kMinHashSize));
  }
  return p;
}

}  // namespace parallax
