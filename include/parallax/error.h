// parallax: the one error discipline.
//
// Stages throw typed exceptions derived from parallax::Error. They are caught
// at the document boundary (src/pipeline/), where the document is recorded as
// failed with the exception's message as the reason, and the run goes on.
// Only src/cli/ prints or exits.
#ifndef PARALLAX_ERROR_H_
#define PARALLAX_ERROR_H_

#include <stdexcept>
#include <string>

namespace parallax {

// Base of every exception parallax throws on purpose.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One input (file, archive member, WARC record, JSONL line) cannot be read:
// unreadable, corrupt, truncated, binary, too large, empty. The message is the
// reason only; the caller knows the input's name and adds it.
class InputError : public Error {
 public:
  using Error::Error;
};

// The store (SQLite file) cannot be opened, migrated or written. Not a
// per-document failure: the run stops, and the last committed batch stands.
class StoreError : public Error {
 public:
  using Error::Error;
};

// A file under data/ (lexicon, pattern, rule table) is missing or malformed.
class DataError : public Error {
 public:
  using Error::Error;
};

}  // namespace parallax

#endif  // PARALLAX_ERROR_H_
