// A person's name in an oblique case turned back into its nominative.
#include "annotate/entity_nominative.h"

#include <unicode/utf8.h>

#include <string_view>

namespace parallax::annotate {
namespace {

// The folds of the lower-case `form` exactly as it stands (no case ending
// taken off); whether one is a given name of data/names/given_names.tsv.
std::vector<std::string> ExactFolds(const EntityLexicon& lexicon, const std::string& form,
                                    std::string_view lang) {
  std::vector<std::string> folds;
  lexicon.folder().Fold(lexicon.folder().ToAscii(form, lang), lang, folds);
  return folds;
}

bool ExactGivenName(const EntityLexicon& lexicon, const std::string& form, std::string_view lang) {
  return lexicon.GivenName(ExactFolds(lexicon, form, lang));
}

// `lower` written with the first letter of `written` (capitalised).
std::string Recased(std::string_view written, const std::string& lower) {
  int32_t a = 0, b = 0;
  UChar32 c = 0;
  U8_NEXT(written.data(), a, static_cast<int32_t>(written.size()), c);
  U8_NEXT(lower.data(), b, static_cast<int32_t>(lower.size()), c);
  return std::string(written.substr(0, static_cast<size_t>(a))) +
         lower.substr(static_cast<size_t>(b));
}

}  // namespace

// A person's name of two words in an oblique case as its nominative
// ("Елены Смирновой" -> "Елена Смирнова", "Agnieszki Malinowskiej" ->
// "Agnieszka Malinowska", "Тараса Кравця" -> "Тарас Кравець"): the longest
// nominative candidate of the first word (case endings of
// data/<lang>/name_endings.tsv) that is a given name, and the surname's
// candidate that agrees with it, a surname-shaped one first, else the
// shortest (agreeing: both or neither has a feminine ending of the
// language, name_endings.tsv). `words` joined by spaces, unchanged, when they already read as
// a nominative (a given name as written and a surname-shaped one that
// agrees with it, "Jana Kowalska"; a given name as written and a surname
// with no other reading, "Jana Nowak"), or no candidate is a given name.
// Known gap: "Ивана Петрова" stays as written (Ivana is a given name too,
// and the lexicon does not say in which languages).
std::string NominativeName(const EntityLexicon& lexicon, const std::vector<std::string>& words,
                           std::string_view lang) {
  std::string joined;
  for (const std::string& w : words) joined += (joined.empty() ? "" : " ") + w;
  if (words.size() != 2) return joined;
  const std::string first = LowerUtf8(words[0]);
  const std::string last = LowerUtf8(words[1]);
  bool last_shaped = false;
  for (const std::string& v : ExactFolds(lexicon, last, lang)) {
    last_shaped = last_shaped || lexicon.SurnameShaped(v);
  }
  const bool first_given = ExactGivenName(lexicon, first, lang);
  // The longest candidate: one with a vowel put back ("Marka": Marek, not
  // Mark).
  std::string given;
  for (const std::string& c : lexicon.Nominatives(first, lang, EndingScope::kGiven)) {
    if (c != first && c.size() > given.size() && ExactGivenName(lexicon, c, lang)) given = c;
  }
  if (given.empty()) return joined;
  std::string surname;
  bool shaped = false;
  for (const std::string& c : lexicon.Nominatives(last, lang, EndingScope::kSurname)) {
    if (c == last || lexicon.FeminineForm(c, lang) != lexicon.FeminineForm(given, lang)) continue;
    bool s = false;
    for (const std::string& v : ExactFolds(lexicon, c, lang)) {
      s = s || lexicon.SurnameShaped(v);
    }
    if (surname.empty() || (s && !shaped) || (s == shaped && c.size() < surname.size())) {
      surname = c;
      shaped = s;
    }
  }
  // Already a nominative: a given name as written and a surname that agrees
  // with it ("Jana Kowalska", "Анна Петрова"), or one with no other reading
  // ("Jana Nowak").
  if (first_given && (surname.empty() || (last_shaped && lexicon.FeminineForm(first, lang) ==
                                                             lexicon.FeminineForm(last, lang)))) {
    return joined;
  }
  if (surname.empty()) surname = last;
  return Recased(words[0], given) + " " + Recased(words[1], surname);
}

}  // namespace parallax::annotate
