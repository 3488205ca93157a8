// parallax: people, organisations and places named in a document, each
// resolved to one entity across languages, scripts, spellings and
// grammatical cases (issue 5).
//
// Mentions are found per sentence from capitalisation and context: titles
// and roles before a name (data/<lang>/entities.tsv), organisation and
// place words inside it, acronyms and their expansions in brackets, and the
// gazetteer (data/gazetteer/*.tsv and the user's own files). Scripts
// without capitals (Arabic, Chinese, Georgian ...) get gazetteer names
// only; a sentence in capitals gets gazetteer names only, never every word
// as an acronym. A language without data still gets capitalised names,
// acronyms and the gazetteer.
//
// Each name is turned into keys (document.h, Entity) from its spelling
// brought to one form: case endings removed (data/<lang>/name_endings.tsv:
// Tokajewa -> Tokajew, Токаевым -> Токаев), transliterated to Latin by ICU,
// and spelled alike across languages (data/names/spelling.tsv: Tokajew,
// Tokayev, Tokaïev and Токаев are all "tokaev"). Within a document a surname
// alone joins the one full name with that surname; two full names with the
// same surname and different given names stay apart. The store
// (store.h) resolves the keys across documents and gives the ids.
#ifndef PARALLAX_ENTITIES_H_
#define PARALLAX_ENTITIES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/document.h"

namespace parallax {

struct EntityOptions {
  // Gazetteer files of the user's own (the format of data/gazetteer/*.tsv,
  // data/entities-README.md), read after the bundled ones; their ids may add
  // names to a bundled entity or define new ones.
  std::vector<std::string> gazetteer_files;
  // Read data/gazetteer/*.tsv. Off: only gazetteer_files (to measure what
  // the spelling rules do alone, or to use a gazetteer of one's own only).
  bool bundled_gazetteer = true;
};

// Holds the lexicons and the gazetteer, loaded once.
// Thread safety: every method is const and thread-safe.
class EntityRecognizer {
 public:
  // Loads data/names/, data/gazetteer/, every data/<lang>/entities.tsv and
  // name_endings.tsv, then options.gazetteer_files. Throws DataError naming
  // the file and line of a malformed row (or a missing user file).
  EntityRecognizer(const std::string& data_dir, const EntityOptions& options = {});
  ~EntityRecognizer();
  EntityRecognizer(const EntityRecognizer&) = delete;
  EntityRecognizer& operator=(const EntityRecognizer&) = delete;

  // Finds the entities of `doc` (its sentences, in each paragraph's
  // language when reliable, else the document's) and fills doc.entities,
  // ids empty. Replaces what doc.entities held. Time is linear in the text.
  void Recognize(Document& doc) const;

  // The entities of one piece of text in language `lang` (treated as one
  // paragraph; sentences split at . ! ? and line ends, not at the dot of a
  // capital letter standing alone: "U.S.", "J. Smith"). For tests and tools.
  std::vector<Entity> RecognizeText(std::string_view text, std::string_view lang) const;

  // The entity one name stands for on its own, as if it were the whole of a
  // mention in language `lang` with the type `type` (kOther: let the name
  // and the gazetteer tell): keys, attach keys, partial flag, type and
  // display name, as Recognize would make them. Empty keys when the name
  // has no letters.
  Entity EntityOfName(std::string_view name, std::string_view lang,
                      EntityType type = EntityType::kOther) const;

  // Whether two entities made by this recogniser are the same entity by
  // the store's rule for two entities alone: they share a key, or one is
  // partial and its keys meet the other's attach keys.
  static bool Same(const Entity& a, const Entity& b);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parallax

#endif  // PARALLAX_ENTITIES_H_
