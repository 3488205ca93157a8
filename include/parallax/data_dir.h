// parallax: where the data/ folder (lexicons, rules) is found.
#ifndef PARALLAX_DATA_DIR_H_
#define PARALLAX_DATA_DIR_H_

#include <string>

namespace parallax {

// The data folder: `explicit_dir` if not empty; else $PARALLAX_DATA_DIR;
// else <prefix>/share/parallax/data next to an installed binary; else the
// source tree's data/ compiled in. Throws DataError if none of these exists.
std::string FindDataDir(const std::string& explicit_dir = "");

}  // namespace parallax

#endif  // PARALLAX_DATA_DIR_H_
