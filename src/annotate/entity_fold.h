// parallax annotate stage: one comparable spelling for a name written in
// any language and script (issue 5). "Tokajew" (de), "Tokajewa" after its
// case ending is removed (pl), "Tokayev" (en), "Tokaïev" (fr) and "Токаев"
// (ru) all fold to "tokaev"; "Scholz" keeps a form of its own in every
// language. The knowledge is data: data/names/letters.tsv (special Latin
// letters) and data/names/spelling.tsv (spelling rules by stage and
// language); data/entities-README.md explains both.
#ifndef PARALLAX_ANNOTATE_ENTITY_FOLD_H_
#define PARALLAX_ANNOTATE_ENTITY_FOLD_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::annotate {

class NameFolder {
 public:
  // Reads data/names/letters.tsv, transliteration.tsv and spelling.tsv under
  // `data_dir`. Throws DataError naming the file and line of a malformed
  // row, or a rule whose own example does not come out as written.
  explicit NameFolder(const std::string& data_dir);
  ~NameFolder();
  NameFolder(NameFolder&&) noexcept;
  NameFolder& operator=(NameFolder&&) noexcept;

  // The lower-case ASCII spelling of `word` (UTF-8, any script; `lang` picks
  // the transliteration in data/names/transliteration.tsv): letters a-z and '-' only; apostrophes
  // and soft signs are dropped. "" when nothing of the word can be spelled in Latin letters.
  // `bare`: a Latin letter with diacritics loses them (č -> c, ż -> z)
  // instead of taking its spelling from letters.tsv (č -> ch, ż -> zh);
  // letters with no decomposition (ł, ß) still take theirs.
  // Thread-safe (one ICU transliterator per thread).
  std::string ToAscii(std::string_view word, std::string_view lang, bool bare = false) const;

  // ToAscii(word, lang) into `plain` and ToAscii(word, lang, true) into
  // `bare` (both replaced), for the cost of one: a word in another script
  // is transliterated once. Thread-safe.
  void ToAsciiForms(std::string_view word, std::string_view lang, std::string& plain,
                    std::string& bare) const;

  // The folded forms of one ASCII word (from ToAscii), appended to `out`:
  // first the form made by the rules for every language, then, if `lang`
  // has rules of its own and they change the word, the form made with them
  // too. Never more than two; a word of no letters gives none.
  void Fold(std::string_view ascii, std::string_view lang, std::vector<std::string>& out) const;

  // The language whose reading of a Cyrillic word of `lang` is kept as a
  // view too ("ru" for "uk": Шойгу is Shoigu, not Shoihu), or "".
  std::string_view AlsoReadAs(std::string_view lang) const;

  // The form the rules of stage `stage` alone make of `input` with
  // language `lang` ("*": the rules for every language). For the examples
  // in the data file and for tests.
  std::string ApplyStage(int stage, std::string_view lang, std::string_view input) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The consonant outline of a folded given name, for matching given names
// across languages, where their vowels differ more than their consonants
// (Vladimir and Volodymyr are "vldmr"; Sergei and Serhiy "srg"): vowels
// dropped except a first "y" (Yulia is not Lilia), h written as g, a
// letter written twice written once, and a final "a" kept (Ivan is not
// Ivana). Parts of a compound name keep their hyphen: "ksm-shmrt".
std::string GivenNameOutline(std::string_view folded);

// The consonant outline of a folded surname, coarser than the given-name
// outline, for matching a FULL name across scripts, where foreign names are
// spelled by ear (Scholz and Шольц are "sls", Biden and Байден "bdn",
// Kaczyński and Качиньский "ksnsk"): vowels dropped except a first "y"
// and a final "a" (Zakharova is not Zakharov), the "h" of a digraph (sh,
// ch, zh, kh) dropped and any other written as g, c and z written as s, q
// as k, a letter written twice written once. Used only together with the
// given-name outline: a surname alone never matches by its outline.
std::string SurnameOutline(std::string_view folded);

// The skeleton of a folded surname, for a surname alone across scripts:
// the consonants of SurnameOutline with each run of vowels kept as one
// "*", so where the vowels stand still counts (Trump and Трамп are
// "tr*mp", Biden and Байден "b*d*n"), a final "a" kept (Zakharova is not
// Zakharov). Coarse on purpose (Putin and Patten are both "p*t*n"): keys
// made from it only join a surname alone to a full name written in
// another script (entity_resolve.cc).
std::string SurnameSkeleton(std::string_view folded);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_ENTITY_FOLD_H_
