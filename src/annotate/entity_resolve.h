// parallax annotate stage: from the names found in a document to its
// entities: keys for each name, then names that share a key, a surname
// alone and its one full name, an acronym and its expansion, joined.
#ifndef PARALLAX_ANNOTATE_ENTITY_RESOLVE_H_
#define PARALLAX_ANNOTATE_ENTITY_RESOLVE_H_

#include <string>
#include <vector>

#include "annotate/entity_lexicon.h"
#include "annotate/entity_mentions.h"
#include "parallax/document.h"

namespace parallax::annotate {

// The keys of one name (document.h, Entity):
//   "g:<gazetteer id>"                 a gazetteer entity
//   "p:<given outline>|<surname>"      a person's full name
//   "q:<given outline>|<surname outline>"  the same, spelled by ear across
//                                      scripts (SurnameOutline)
//   "i:<initial>|<surname>"            an initial and a surname
//   "s:<word>"                         one word alone (most often a surname)
//   "r:<script>|<surname skeleton>"    the same word by its SurnameSkeleton; a
//                                      full name attaches it from the other
//                                      script only ("r:cyrl|tr*mp" for Трамп)
//   "a:<acronym>"                      an acronym
//   "n:<word> <word> ..."              a name of several words, not a person's
// where every part is a folded view (entity_fold.h); a name has one key per
// combination of its words' views.
struct NameKeys {
  std::vector<std::string> keys;
  std::vector<std::string> attach_keys;
  bool partial = false;
};

NameKeys KeysOf(const EntityLexicon& lexicon, const FoundName& name);

// The entities of a document from its names (in text order; `linked`
// indices refer to `names`), in the order of their first mention; ids
// empty.
std::vector<Entity> ResolveNames(const EntityLexicon& lexicon, const std::vector<FoundName>& names);

}  // namespace parallax::annotate

#endif  // PARALLAX_ANNOTATE_ENTITY_RESOLVE_H_
