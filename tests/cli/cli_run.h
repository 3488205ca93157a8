// Running the parallax binary in a test: its exit code and what it wrote.
#ifndef PARALLAX_TESTS_CLI_CLI_RUN_H_
#define PARALLAX_TESTS_CLI_CLI_RUN_H_

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "parallax/document.h"
#include "parallax/offset_map.h"

namespace parallax::cli_test {

struct Outcome {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// The whole content of `p`; empty when it cannot be read.
inline std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `parallax <args>` in `dir` with CI=true (no progress line), standard
// input from `stdin_path`; standard output and error go through files in
// `dir` ("stdout", "stderr").
inline Outcome RunParallax(const std::filesystem::path& dir, const std::string& args,
                           const std::string& stdin_path = "/dev/null") {
  const std::filesystem::path out = dir / "stdout", err = dir / "stderr";
  const std::string cmd = "cd '" + dir.string() + "' && CI=true '" PARALLAX_BINARY "' " + args +
                          " <'" + stdin_path + "' >'" + out.string() + "' 2>'" + err.string() + "'";
  const int status = std::system(cmd.c_str());
  Outcome o;
  o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  o.out = Slurp(out);
  o.err = Slurp(err);
  return o;
}

// A stored-looking document `id` of one paragraph and one sentence holding
// `text` in language `lang` (raw bytes = text, UTF-8, read from a file).
inline Document OneSentenceDoc(const std::string& id, const std::string& text,
                               const std::string& lang) {
  Document d;
  d.id = id;
  d.source = id + ".txt";
  d.format = "text";
  d.container = "file";
  d.charset = "UTF-8";
  d.charset_source = "utf8";
  d.text = text;
  d.raw = text;
  d.text_to_raw = OffsetMap::Identity(text.size());
  d.lang = {lang, 0.9, true, "cld2", {}};
  d.paragraphs.push_back({{0, static_cast<uint32_t>(text.size())}, d.lang});
  d.sentences.push_back({{0, static_cast<uint32_t>(text.size())}, 0});
  return d;
}

}  // namespace parallax::cli_test

#endif  // PARALLAX_TESTS_CLI_CLI_RUN_H_
