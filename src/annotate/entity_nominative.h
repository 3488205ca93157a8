// parallax annotate stage: the nominative of a person's name found in an
// oblique case ("По словам Елены Смирновой": Елена Смирнова), the name an
// entity shows (entity_resolve.cc).
#ifndef PARALLAX_ANNOTATE_ENTITY_NOMINATIVE_H_
#define PARALLAX_ANNOTATE_ENTITY_NOMINATIVE_H_

#include <string>
#include <string_view>
#include <vector>

#include "annotate/entity_lexicon.h"

namespace parallax::annotate {

// The words of a person's name of `lang` (a given name and a surname, as
// written) joined by spaces, in the nominative: "Елены Смирновой" ->
// "Елена Смирнова", "Agnieszki Malinowskiej" -> "Agnieszka Malinowska",
// "Тараса Кравця" -> "Тарас Кравець". The first word's case endings
// (data/<lang>/name_endings.tsv) must lead to a given name of
// data/names/given_names.tsv, the surname's to a form that agrees with it
// (Slavic "-a" of women's names); else, and for names of other than two
// words or already in the nominative, the words as written.
std::string NominativeName(const EntityLexicon& lexicon, const std::vector<std::string>& words,
                           std::string_view lang);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_ENTITY_NOMINATIVE_H_
