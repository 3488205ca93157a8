// parallax: main-text extraction against the two public evaluation sets.
//
// Reads ../shared/data/extraction/{trafilatura-eval,scrapinghub-aeb}.tar.xz
// (see ../shared/data/README.md), unpacks them with tar into a temporary
// folder, runs every page through parallax::Pipeline::Process (one thread,
// only that call timed) and scores its text with each set's own rules
// (bench/extraction_metrics.h): snippets on Document::text for the
// trafilatura set (plus the published-date accuracy on the pages with a gold
// date, and a breakdown by the page language parallax detects), word 4-gram
// F1 for the Scrapinghub set on the paragraphs that are not the headline
// (the gold is schema.org articleBody, which excludes it; the full-text
// figure is printed beside). In the same run, when installed, the peers readability-lxml (Debian
// python3-readability), boilerpipe (Debian libboilerpipe-java) and Mozilla
// Readability (npm, bench/peers/package.json) extract the same pages in their
// own processes (bench/peers/*), timing each page themselves, and are scored
// the same way. Published figures from the data README are printed beside.
//
//   extraction_eval [--data DIR] [--limit N]
//                   [--peers none|all|readability,boilerpipe,mozilla]
//                   [--data-dir DIR] [--keep]
//
// Exit status: 0 after printing the tables; 2 when the data is missing or
// cannot be unpacked, or parallax's data folder cannot be loaded.
#include <fmt/core.h>
#include <unistd.h>  // getpid

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extraction_metrics.h"
#include "parallax/data_dir.h"
#include "parallax/encoding.h"
#include "parallax/error.h"
#include "parallax/main_text.h"
#include "parallax/pipeline.h"

namespace fs = std::filesystem;
namespace pb = parallax::bench;

namespace {

// One page of either set.
struct Page {
  std::string file;  // absolute path of the unpacked HTML
  uint64_t bytes = 0;
  // trafilatura set
  std::vector<std::string> with, without;
  std::string gold_date;    // "" when the page has none
  std::string gold_author;  // "" when the page has none
  // Scrapinghub set
  std::string gold_body;
  // what parallax detected, used to group every system's scores by language
  std::string lang = "und";
  // Which half of its set the page falls in (see Half()).
  bool dev = false;
};

// Each set is split in two fixed halves by a hash of the page's file name:
// "dev" pages are the ones we read when looking for what goes wrong, the
// "held-out" pages are not looked at. Every change to the extractor since the
// split is judged on both; a gain on dev that does not show on held-out is
// tuning to the test data. FNV-1a, so the split is the same on every machine.
bool DevHalf(const std::string& file) {
  std::string name = fs::path(file).filename().string();
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : name) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return (h & 1) == 0;
}

// What one system made of one set.
struct Output {
  std::vector<std::string> text;  // per page, "" on failure
  // parallax only, per page: the paragraphs that are not ParagraphKind::kTitle
  // joined by "\n\n" (the article body without its headline). Empty for peers,
  // which return one text.
  std::vector<std::string> body;
  std::vector<std::optional<std::string>> published;
  std::vector<std::vector<std::string>> authors;  // parallax only: Document::authors
  std::vector<double> seconds;
  // parallax only: the time of ExtractMainText alone on the decoded page
  // (the extraction proper, without language id and segmentation).
  std::vector<double> extract_seconds;
  int failures = 0;
  std::string first_error;
};

struct System {
  std::string name;
  std::string published_traf;  // published F1 on each set, "" if none
  std::string published_shub;
};

// Published figures, from ../shared/data/README.md ("Published figures to
// compare with").
const char* kPublishedTrafilatura =
    "trafilatura 2.2.0 F1 0.924 (P 0.906, R 0.943); jusText 0.862; news-please 0.836; "
    "readability-lxml 0.826; Resiliparse 0.811; goose3 0.810; raw HTML 0.667";
const char* kPublishedScrapinghub =
    "trafilatura 0.958, Mozilla Readability.js 0.947, readability-lxml 0.922, goose3 0.896, "
    "boilerpipe 0.860";

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A JSON field as a string: "" when absent, null or not a string.
std::string StringField(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A JSON array of strings (non-strings skipped); empty when absent.
std::vector<std::string> StringsField(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& v : *it) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

std::string Quote(const std::string& s) { return "'" + s + "'"; }

int Run(const std::string& cmd) { return std::system(cmd.c_str()); }

bool HasCommand(const std::string& name) {
  return Run("command -v " + name + " >/dev/null 2>&1") == 0;
}

// Runs parallax on every page: Document::text, Document::published, the
// language, and the time of the Process call alone.
Output RunParallax(const parallax::Pipeline& pipeline, std::vector<Page>& pages) {
  Output out;
  for (auto& page : pages) {
    parallax::RawDocument raw;
    raw.source = page.file;
    raw.container = "file";
    raw.format = parallax::Format::kHtml;
    raw.bytes = Slurp(page.file);
    {
      parallax::DecodeOptions decode;
      decode.sniff_html_meta = true;
      const std::string utf8 = parallax::DecodeToUtf8(raw.bytes, decode).utf8;
      const auto e0 = std::chrono::steady_clock::now();
      const parallax::MainText main = parallax::ExtractMainText(utf8);
      const auto e1 = std::chrono::steady_clock::now();
      out.extract_seconds.push_back(std::chrono::duration<double>(e1 - e0).count());
      (void)main;
    }
    std::string text, body;
    std::optional<std::string> published;
    std::vector<std::string> authors;
    const auto t0 = std::chrono::steady_clock::now();
    try {
      parallax::Document doc = pipeline.Process(std::move(raw));
      const auto t1 = std::chrono::steady_clock::now();
      out.seconds.push_back(std::chrono::duration<double>(t1 - t0).count());
      for (const parallax::Paragraph& p : doc.paragraphs) {
        if (p.kind == parallax::ParagraphKind::kTitle) continue;
        if (!body.empty()) body.append("\n\n");
        body.append(doc.text, p.span.start, p.span.end - p.span.start);
      }
      text = std::move(doc.text);
      published = doc.published;
      authors = std::move(doc.authors);
      page.lang = doc.lang.lang.substr(0, doc.lang.lang.find('-'));
    } catch (const std::exception& e) {
      const auto t1 = std::chrono::steady_clock::now();
      out.seconds.push_back(std::chrono::duration<double>(t1 - t0).count());
      if (out.failures++ == 0) out.first_error = page.file + ": " + e.what();
    }
    out.text.push_back(std::move(text));
    out.body.push_back(std::move(body));
    out.published.push_back(std::move(published));
    out.authors.push_back(std::move(authors));
  }
  return out;
}

// The text a system is scored on for the Scrapinghub set: parallax's body
// without the headline (Output::body) unless `full_text`, a peer's one text.
const std::string& ScrapinghubText(const Output& o, size_t page, bool full_text = false) {
  return full_text || o.body.empty() ? o.text[page] : o.body[page];
}

// Word 4-gram scores of `o` on the Scrapinghub pages; half: 0 every page,
// 1 dev pages only, 2 held-out pages only.
pb::ShingleSummary ScoreScrapinghub(const Output& o, const std::vector<Page>& pages, bool full_text,
                                    int half = 0) {
  std::vector<pb::ShingleScore> scores;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (half != 0 && pages[i].dev != (half == 1)) continue;
    scores.push_back(pb::ShingleMatch(pages[i].gold_body, ScrapinghubText(o, i, full_text)));
  }
  return pb::SummarizeShingles(scores);
}

// Runs one peer over the pages: `command` gets the list file and the output
// file appended, and writes JSON lines {file, text, seconds[, error]}.
std::optional<Output> RunPeer(const std::string& command, const std::vector<Page>& pages,
                              const fs::path& work, const std::string& tag) {
  const fs::path list = work / (tag + ".list");
  const fs::path result = work / (tag + ".jsonl");
  {
    std::ofstream l(list);
    for (const auto& p : pages) l << p.file << "\n";
  }
  if (Run(command + " " + Quote(list.string()) + " " + Quote(result.string())) != 0) {
    return std::nullopt;
  }
  std::map<std::string, nlohmann::json> by_file;
  std::ifstream in(result);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) continue;
    std::string file = StringField(j, "file");
    if (!file.empty()) by_file[file] = std::move(j);
  }
  Output out;
  for (const auto& p : pages) {
    auto it = by_file.find(p.file);
    std::string text;
    double seconds = 0;
    if (it == by_file.end()) {
      if (out.failures++ == 0) out.first_error = p.file + ": no output";
    } else {
      text = StringField(it->second, "text");
      auto sec = it->second.find("seconds");
      if (sec != it->second.end() && sec->is_number()) seconds = sec->get<double>();
      if (it->second.contains("error") && out.failures++ == 0) {
        out.first_error = p.file + ": " + StringField(it->second, "error");
      }
    }
    out.text.push_back(std::move(text));
    out.published.emplace_back();
    out.seconds.push_back(seconds);
  }
  return out;
}

// Author comparison key: ASCII, Latin-1 and Cyrillic capitals lowered,
// whitespace runs collapsed to one space, ends trimmed.
std::string AuthorKey(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c + 32));
    } else if (c == 0xC3 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9E &&
               static_cast<unsigned char>(s[i + 1]) != 0x97) {  // U+00C0-U+00DE but the sign
      out.push_back(s[i]);
      out.push_back(static_cast<char>(s[++i] + 0x20));
    } else if (c == 0xD0 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x90 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {  // А-П -> а-п
      out.push_back(s[i]);
      out.push_back(static_cast<char>(s[++i] + 0x20));
    } else if (c == 0xD0 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0xA0 &&
               static_cast<unsigned char>(s[i + 1]) <= 0xAF) {  // Р-Я -> р-я
      out.push_back(static_cast<char>(0xD1));
      out.push_back(static_cast<char>(s[++i] - 0x20));
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// The gold author field split in names: on , ; & | and on the words "and",
// "und", "mit", "et", "y", "e", "i", "и" between names; a leading "by",
// "von", "par", "por", "di" (the annotator copied the byline) is dropped.
// This is the scoring rule, not parallax's name cleaning (src/extract/
// authors.cc), which reads its words from data/.
std::vector<std::string> GoldNames(const std::string& gold) {
  static const std::set<std::string> kJoiners = {"and", "und", "mit", "et", "y", "e", "i", "и"};
  static const std::set<std::string> kLeading = {"by", "von", "par", "por", "di"};
  std::vector<std::string> names;
  std::string cur;
  auto flush = [&]() {
    std::string k = AuthorKey(cur);
    if (!k.empty()) names.push_back(k);
    cur.clear();
  };
  std::string key = AuthorKey(gold);
  std::string word;
  auto end_word = [&]() {
    if (word.empty()) return;
    if (kJoiners.count(word)) {
      flush();
    } else if (!(cur.empty() && names.empty() && kLeading.count(word))) {
      cur += (cur.empty() ? "" : " ") + word;
    }
    word.clear();
  };
  for (char c : key) {
    if (c == ',' || c == ';' || c == '&' || c == '|') {
      end_word();
      flush();
    } else if (c == ' ') {
      end_word();
    } else {
      word.push_back(c);
    }
  }
  end_word();
  flush();
  return names;
}

// Lenient but honest author match: case- and whitespace-insensitive
// (AuthorKey); true when our names joined by ", " equal the gold value, or
// when every gold name (GoldNames) is one of ours. Extra names of ours are
// not penalised; a page where we name nobody never matches.
bool SameAuthors(const std::vector<std::string>& ours, const std::string& gold) {
  if (ours.empty()) return false;
  std::string joined;
  std::set<std::string> keys;
  for (const std::string& a : ours) {
    joined += (joined.empty() ? "" : ", ") + a;
    keys.insert(AuthorKey(a));
  }
  if (AuthorKey(joined) == AuthorKey(gold)) return true;
  std::vector<std::string> want = GoldNames(gold);
  if (want.empty()) return false;
  for (const std::string& w : want) {
    if (!keys.count(w)) return false;
  }
  return true;
}

// Writes parallax's texts as the peers write theirs (for --keep).
void WriteJsonl(const fs::path& path, const Output& o, const std::vector<Page>& pages) {
  std::ofstream out(path);
  for (size_t i = 0; i < pages.size(); ++i) {
    nlohmann::json j = {{"file", pages[i].file}, {"text", o.text[i]}, {"seconds", o.seconds[i]}};
    if (o.published[i]) j["published"] = *o.published[i];
    j["lang"] = pages[i].lang;
    if (i < o.authors.size()) {
      j["authors"] = o.authors[i];
      if (!pages[i].gold_author.empty()) {
        j["gold_author"] = pages[i].gold_author;
        j["author_ok"] = SameAuthors(o.authors[i], pages[i].gold_author);
      }
    }
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
}

struct Speed {
  double mb_per_s = 0, pages_per_s = 0;
};

Speed SpeedOf(const Output& o, const std::vector<Page>& pages) {
  double seconds = 0, bytes = 0;
  for (size_t i = 0; i < pages.size(); ++i) {
    seconds += o.seconds[i];
    bytes += double(pages[i].bytes);
  }
  if (seconds <= 0) return {};
  return {bytes / seconds / 1e6, double(pages.size()) / seconds};
}

// parallax's main-text extraction alone (Output::extract_seconds).
Speed ExtractSpeedOf(const Output& o, const std::vector<Page>& pages) {
  Output only;
  only.seconds = o.extract_seconds;
  if (only.seconds.size() != pages.size()) return {};
  return SpeedOf(only, pages);
}

// One line: parallax's ExtractMainText speed alone, and its ratio to each
// peer's speed on the same set in the same run.
void PrintExtractSpeed(const std::vector<Output>& outputs, const std::vector<Page>& pages,
                       const std::vector<System>& systems) {
  const Speed ex = ExtractSpeedOf(outputs[0], pages);
  std::string vs;
  for (size_t s = 1; s < systems.size(); ++s) {
    const double peer = SpeedOf(outputs[s], pages).mb_per_s;
    if (peer > 0) vs += fmt::format(", {:.1f}x {}", ex.mb_per_s / peer, systems[s].name);
  }
  fmt::print("parallax ExtractMainText alone: {:.2f} MB/s{}\n", ex.mb_per_s, vs);
}

std::string Ratio(const Speed& ours, const Speed& theirs, bool is_parallax) {
  if (is_parallax) return "1.0";
  if (theirs.mb_per_s <= 0) return "-";
  return fmt::format("{:.1f}x", ours.mb_per_s / theirs.mb_per_s);
}

std::vector<Page> LoadTrafilatura(const fs::path& root, long limit) {
  auto index = nlohmann::json::parse(Slurp(root / "evaldata.json"));
  std::vector<Page> pages;
  for (const auto& [url, item] : index.items()) {
    if (limit >= 0 && long(pages.size()) >= limit) break;
    Page p;
    const std::string name = StringField(item, "file");
    // eval_common.py resolve(): cache/ first, then eval/.
    for (const char* sub : {"cache", "eval"}) {
      if (fs::is_regular_file(root / sub / name)) {
        p.file = (root / sub / name).string();
        break;
      }
    }
    if (p.file.empty()) continue;
    p.bytes = fs::file_size(p.file);
    p.with = StringsField(item, "with");
    p.without = StringsField(item, "without");
    p.gold_date = StringField(item, "date");
    p.gold_author = StringField(item, "author");
    p.dev = DevHalf(p.file);
    pages.push_back(std::move(p));
  }
  return pages;
}

std::vector<Page> LoadScrapinghub(const fs::path& root, long limit) {
  auto truth = nlohmann::json::parse(Slurp(root / "ground-truth.json"));
  std::vector<Page> pages;
  for (const auto& [id, item] : truth.items()) {
    if (limit >= 0 && long(pages.size()) >= limit) break;
    Page p;
    p.file = (root / "html" / (id + ".html")).string();
    if (!fs::is_regular_file(p.file)) continue;
    p.bytes = fs::file_size(p.file);
    p.gold_body = StringField(item, "articleBody");
    p.dev = DevHalf(p.file);
    pages.push_back(std::move(p));
  }
  return pages;
}

struct TrafScore {
  pb::SnippetCounts counts;
  int dated = 0, date_ok = 0;
  int authored = 0, author_ok = 0;
};

// half: 0 every page, 1 dev pages only, 2 held-out pages only.
TrafScore ScoreTrafilatura(const Output& o, const std::vector<Page>& pages, const std::string& lang,
                           int half = 0) {
  TrafScore s;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (!lang.empty() && pages[i].lang != lang) continue;
    if (half != 0 && pages[i].dev != (half == 1)) continue;
    s.counts.Add(pb::CountSnippets(o.text[i], pages[i].with, pages[i].without));
    if (!pages[i].gold_date.empty()) {
      ++s.dated;
      s.date_ok += pb::SameDate(o.published[i], pages[i].gold_date);
    }
    if (!pages[i].gold_author.empty() && !o.authors.empty()) {
      ++s.authored;
      s.author_ok += SameAuthors(o.authors[i], pages[i].gold_author);
    }
  }
  return s;
}

std::string AuthorCell(const TrafScore& s) {
  if (s.authored == 0) return "-";
  return fmt::format("{:.1f}% ({}/{})", 100.0 * s.author_ok / s.authored, s.author_ok, s.authored);
}

std::string DateCell(const TrafScore& s, bool has_dates) {
  if (!has_dates || s.dated == 0) return "-";
  return fmt::format("{:.1f}% ({}/{})", 100.0 * s.date_ok / s.dated, s.date_ok, s.dated);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"parallax main-text extraction on the trafilatura and Scrapinghub sets"};
  std::string data = "../shared/data/extraction";
  long limit = -1;
  std::string peers = "all";
  std::string data_dir;
  bool keep = false;
  app.add_option("--data", data,
                 "folder with trafilatura-eval.tar.xz and scrapinghub-aeb.tar.xz "
                 "(relative paths: from the working directory, else from the repository root)");
  app.add_option("--limit", limit, "only the first N pages of each set");
  app.add_option("--peers", peers, "none, all, or a list of readability,boilerpipe,mozilla");
  app.add_option("--data-dir", data_dir, "parallax data folder");
  app.add_flag("--keep", keep, "keep the temporary folder (unpacked pages, peer outputs)");
  CLI11_PARSE(app, argc, argv);

  fs::path data_path = data;
  if (!fs::exists(data_path) && data_path.is_relative()) {
    fs::path alt = fs::path(PARALLAX_SOURCE_DIR) / data;
    if (fs::exists(alt)) data_path = alt;
  }
  const fs::path traf_tar = data_path / "trafilatura-eval.tar.xz";
  const fs::path shub_tar = data_path / "scrapinghub-aeb.tar.xz";
  if (!fs::exists(traf_tar) || !fs::exists(shub_tar)) {
    std::fprintf(stderr,
                 "extraction_eval: evaluation data not found: need %s and %s\n"
                 "  (expected ../shared/data/extraction relative to the repository root; "
                 "pass --data DIR)\n",
                 traf_tar.c_str(), shub_tar.c_str());
    return 2;
  }
  std::set<std::string> wanted;
  if (peers == "all") {
    wanted = {"readability", "boilerpipe", "mozilla"};
  } else if (peers != "none") {
    std::stringstream in(peers);
    std::string item;
    while (std::getline(in, item, ',')) {
      if (item != "readability" && item != "boilerpipe" && item != "mozilla") {
        std::fprintf(stderr, "extraction_eval: unknown peer '%s'\n", item.c_str());
        return 2;
      }
      wanted.insert(item);
    }
  }

  std::unique_ptr<parallax::Pipeline> pipeline;
  try {
    parallax::PipelineOptions options;
    options.threads = 1;
    options.data_dir = data_dir;
    pipeline = std::make_unique<parallax::Pipeline>(options);
  } catch (const parallax::Error& e) {
    std::fprintf(stderr, "extraction_eval: %s\n", e.what());
    return 2;
  }

  const fs::path tmp =
      fs::temp_directory_path() / fmt::format("parallax-extraction-{}", ::getpid());
  fs::create_directories(tmp);
  auto fail = [&](const std::string& msg) {
    std::fprintf(stderr, "extraction_eval: %s\n", msg.c_str());
    if (!keep) fs::remove_all(tmp);
    return 2;
  };
  for (const auto& tar : {traf_tar, shub_tar}) {
    if (Run(fmt::format("tar -xJf {} -C {}", Quote(tar.string()), Quote(tmp.string()))) != 0) {
      return fail("could not unpack " + tar.string());
    }
  }
  // The Scrapinghub pages are gzipped; every system reads the plain HTML.
  if (Run(fmt::format("gzip -d -f {}/scrapinghub-aeb/html/*.html.gz", tmp.string())) != 0) {
    return fail("could not gunzip the Scrapinghub pages");
  }

  std::vector<Page> traf, shub;
  try {
    traf = LoadTrafilatura(tmp / "trafilatura-eval", limit);
    shub = LoadScrapinghub(tmp / "scrapinghub-aeb", limit);
  } catch (const std::exception& e) {
    return fail(std::string("cannot read the set indexes: ") + e.what());
  }
  if (traf.empty() || shub.empty()) return fail("no pages found in the unpacked sets");

  // --- systems ---------------------------------------------------------------
  std::vector<System> systems = {{"parallax", "", ""}};
  std::vector<Output> traf_out, shub_out;
  traf_out.push_back(RunParallax(*pipeline, traf));
  shub_out.push_back(RunParallax(*pipeline, shub));

  const std::string peer_dir = std::string(PARALLAX_SOURCE_DIR) + "/bench/peers";
  std::vector<std::string> notes;
  auto add_peer = [&](const System& sys, const std::string& command, const std::string& tag) {
    auto a = RunPeer(command, traf, tmp, tag + "-trafilatura");
    auto b = a ? RunPeer(command, shub, tmp, tag + "-scrapinghub") : std::nullopt;
    if (!a || !b) {
      notes.push_back(fmt::format("{}: SKIPPED, the peer process failed ({})", sys.name, command));
      return;
    }
    systems.push_back(sys);
    traf_out.push_back(std::move(*a));
    shub_out.push_back(std::move(*b));
  };
  if (wanted.count("readability")) {
    if (Run("/usr/bin/python3 -c 'import readability, lxml' >/dev/null 2>&1") == 0) {
      add_peer({"readability-lxml", "0.826", "0.922"},
               "/usr/bin/python3 " + Quote(peer_dir + "/readability_lxml.py"), "readability");
    } else {
      notes.push_back(
          "readability-lxml: SKIPPED, not installed (Debian: apt-get install python3-readability, "
          "or scripts/install-deps.sh --peers)");
    }
  }
  if (wanted.count("boilerpipe")) {
    const std::string cp =
        "/usr/share/java/boilerpipe.jar:/usr/share/java/nekohtml.jar:/usr/share/java/"
        "xercesImpl.jar";
    const bool jars = fs::exists("/usr/share/java/boilerpipe.jar") &&
                      fs::exists("/usr/share/java/nekohtml.jar") &&
                      fs::exists("/usr/share/java/xercesImpl.jar");
    if (!jars || !HasCommand("javac") || !HasCommand("java")) {
      notes.push_back(
          "boilerpipe: SKIPPED, not installed (Debian: apt-get install libboilerpipe-java "
          "default-jdk-headless, or scripts/install-deps.sh --peers)");
    } else if (Run(fmt::format("javac -nowarn -d {} -cp {} {} >/dev/null 2>&1",
                               Quote((tmp / "java").string()), cp,
                               Quote(peer_dir + "/Boilerpipe.java"))) != 0) {
      notes.push_back("boilerpipe: SKIPPED, bench/peers/Boilerpipe.java did not compile");
    } else {
      add_peer({"boilerpipe", "", "0.860"},
               fmt::format("java -cp {}:{} Boilerpipe", Quote((tmp / "java").string()), cp),
               "boilerpipe");
    }
  }
  if (wanted.count("mozilla")) {
    if (!HasCommand("node") ||
        !fs::exists(peer_dir + "/node_modules/@mozilla/readability/package.json") ||
        !fs::exists(peer_dir + "/node_modules/linkedom/package.json")) {
      notes.push_back(
          "Mozilla Readability: SKIPPED, not installed (needs node; run: npm ci --prefix "
          "bench/peers)");
    } else {
      add_peer({"Mozilla Readability", "", "0.947"},
               "node " + Quote(peer_dir + "/mozilla_readability.mjs"), "mozilla");
    }
  }

  // --- trafilatura set ---------------------------------------------------------
  uint64_t traf_bytes = 0, shub_bytes = 0;
  int with_n = 0, without_n = 0, dated = 0;
  for (const auto& p : traf) {
    traf_bytes += p.bytes;
    with_n += int(p.with.size());
    without_n += int(p.without.size());
    dated += !p.gold_date.empty();
  }
  for (const auto& p : shub) shub_bytes += p.bytes;
  const Speed px_traf = SpeedOf(traf_out[0], traf);
  const Speed px_shub = SpeedOf(shub_out[0], shub);

  fmt::print(
      "trafilatura set: {} pages, {:.1f} MB of HTML, {} 'with' and {} 'without' snippets, "
      "{} pages with a gold date\n",
      traf.size(), traf_bytes / 1e6, with_n, without_n, dated);
  const std::string head = fmt::format(
      "{:<20} {:>5} {:>6} {:>6} {:>6} {:>17} {:>7} {:>8} {:>8} {:>5} {:>9}", "system", "pages", "P",
      "R", "F1", "date accuracy", "MB/s", "pages/s", "px/peer", "fail", "published");
  fmt::print("{}\n", head);
  for (size_t s = 0; s < systems.size(); ++s) {
    const auto score = ScoreTrafilatura(traf_out[s], traf, "");
    const Speed sp = SpeedOf(traf_out[s], traf);
    fmt::print(
        "{:<20} {:>5} {:>6.3f} {:>6.3f} {:>6.3f} {:>17} {:>7.2f} {:>8.1f} {:>8} {:>5} {:>9}\n",
        systems[s].name, traf.size(), score.counts.Precision(), score.counts.Recall(),
        score.counts.F1(), DateCell(score, s == 0), sp.mb_per_s, sp.pages_per_s,
        Ratio(px_traf, sp, s == 0), traf_out[s].failures,
        systems[s].published_traf.empty() ? "-" : systems[s].published_traf);
  }
  PrintExtractSpeed(traf_out, traf, systems);
  fmt::print("author accuracy, parallax (Document::authors; {} pages with a gold author): {}\n",
             ScoreTrafilatura(traf_out[0], traf, "").authored,
             AuthorCell(ScoreTrafilatura(traf_out[0], traf, "")));
  fmt::print("published (data README): {}\n", kPublishedTrafilatura);

  // per language (as parallax detects it; the set has no language field)
  std::map<std::string, int> lang_pages;
  for (const auto& p : traf) ++lang_pages[p.lang];
  std::vector<std::pair<int, std::string>> langs;
  for (const auto& [l, n] : lang_pages) langs.emplace_back(-n, l);
  std::sort(langs.begin(), langs.end());
  fmt::print("\ntrafilatura set by page language (detected by parallax: Document::lang):\n");
  fmt::print("{:<5} {:<20} {:>5} {:>6} {:>6} {:>6} {:>17}\n", "lang", "system", "pages", "P", "R",
             "F1", "date accuracy");
  for (const auto& [neg, lang] : langs) {
    for (size_t s = 0; s < systems.size(); ++s) {
      const auto score = ScoreTrafilatura(traf_out[s], traf, lang);
      fmt::print("{:<5} {:<20} {:>5} {:>6.3f} {:>6.3f} {:>6.3f} {:>17}\n", lang, systems[s].name,
                 -neg, score.counts.Precision(), score.counts.Recall(), score.counts.F1(),
                 DateCell(score, s == 0));
    }
  }

  // --- Scrapinghub set -----------------------------------------------------------
  fmt::print("\nScrapinghub set: {} pages, {:.1f} MB of HTML; F1 over word 4-grams\n", shub.size(),
             shub_bytes / 1e6);
  fmt::print("{:<20} {:>5} {:>6} {:>6} {:>6} {:>7} {:>8} {:>8} {:>5} {:>9}\n", "system", "pages",
             "P", "R", "F1", "MB/s", "pages/s", "px/peer", "fail", "published");
  for (size_t s = 0; s < systems.size(); ++s) {
    const auto sum = ScoreScrapinghub(shub_out[s], shub, false);
    const Speed sp = SpeedOf(shub_out[s], shub);
    fmt::print("{:<20} {:>5} {:>6.3f} {:>6.3f} {:>6.3f} {:>7.2f} {:>8.1f} {:>8} {:>5} {:>9}\n",
               systems[s].name, shub.size(), sum.precision, sum.recall, sum.f1, sp.mb_per_s,
               sp.pages_per_s, Ratio(px_shub, sp, s == 0), shub_out[s].failures,
               systems[s].published_shub.empty() ? "-" : systems[s].published_shub);
  }
  {
    const auto full = ScoreScrapinghub(shub_out[0], shub, true);
    const auto body = ScoreScrapinghub(shub_out[0], shub, false);
    fmt::print(
        "{:<20} {:>5} {:>6.3f} {:>6.3f} {:>6.3f}   (with the headline; F1 {:+.3f} without)\n",
        "parallax full text", shub.size(), full.precision, full.recall, full.f1, body.f1 - full.f1);
  }
  PrintExtractSpeed(shub_out, shub, systems);
  fmt::print("published (data README): {}\n", kPublishedScrapinghub);

  // --- halves ----------------------------------------------------------------------
  int traf_dev = 0, shub_dev = 0;
  for (const auto& p : traf) traf_dev += p.dev;
  for (const auto& p : shub) shub_dev += p.dev;
  fmt::print(
      "\nDev and held-out halves (fixed by a hash of the file name; only dev pages are read "
      "when\nlooking for errors): trafilatura {} + {} pages, Scrapinghub {} + {} pages\n",
      traf_dev, traf.size() - traf_dev, shub_dev, shub.size() - shub_dev);
  fmt::print("{:<20} {:>9} {:>9} {:>17} {:>17} {:>9} {:>9}\n", "system", "traf dev", "traf held",
             "date dev", "date held", "shub dev", "shub held");
  for (size_t s = 0; s < systems.size(); ++s) {
    const auto td = ScoreTrafilatura(traf_out[s], traf, "", 1);
    const auto th = ScoreTrafilatura(traf_out[s], traf, "", 2);
    fmt::print("{:<20} {:>9.3f} {:>9.3f} {:>17} {:>17} {:>9.3f} {:>9.3f}\n", systems[s].name,
               td.counts.F1(), th.counts.F1(), DateCell(td, s == 0), DateCell(th, s == 0),
               ScoreScrapinghub(shub_out[s], shub, false, 1).f1,
               ScoreScrapinghub(shub_out[s], shub, false, 2).f1);
  }
  fmt::print("{:<20} {:>9} {:>9} {:>17} {:>17} {:>9.3f} {:>9.3f}\n", "parallax full text", "", "",
             "", "", ScoreScrapinghub(shub_out[0], shub, true, 1).f1,
             ScoreScrapinghub(shub_out[0], shub, true, 2).f1);
  fmt::print("author accuracy, parallax (trafilatura set): dev {}, held-out {}\n",
             AuthorCell(ScoreTrafilatura(traf_out[0], traf, "", 1)),
             AuthorCell(ScoreTrafilatura(traf_out[0], traf, "", 2)));

  // --- notes -----------------------------------------------------------------------
  fmt::print("\nNotes:\n");
  for (const auto& n : notes) fmt::print("  {}\n", n);
  for (size_t s = 0; s < systems.size(); ++s) {
    for (const auto* o : {&traf_out[s], &shub_out[s]}) {
      if (o->failures) {
        fmt::print("  {}: {} page(s) without text, first: {}\n", systems[s].name, o->failures,
                   o->first_error);
      }
    }
  }
  fmt::print(
      "  Scrapinghub gold is schema.org articleBody, which excludes the headline: parallax is\n"
      "  scored there on its paragraphs that are not kTitle, joined by \"\\n\\n\" ('parallax full\n"
      "  text' keeps the headline); on the trafilatura set it keeps the full text (its gold\n"
      "  snippets include titles). Peers are scored as before on the one text they return.\n");
  fmt::print(
      "  MB/s is HTML bytes per second of extraction time on one core: parallax times only\n"
      "  Pipeline::Process (decode, render, language, segmentation), peers time each page inside\n"
      "  their own process after a warm-up page (no interpreter or JVM start-up). px/peer is\n"
      "  parallax's MB/s over the peer's on the same set, same run. A failed page scores as an\n"
      "  empty text. Snippets: whitespace-normalised, case-sensitive substring match\n"
      "  (trafilatura tests/eval_common.py); 4-grams: Python \\w+ tokens, per-page normalised\n"
      "  counts, P and R averaged over pages (article-extraction-benchmark evaluate.py).\n"
      "  Author accuracy: pages with a gold 'author' (evaldata.json), parallax only. A page\n"
      "  counts when, case- and whitespace-insensitively, our names joined by ', ' equal the\n"
      "  gold value, or every gold name is among ours (gold split on , ; & | and the words\n"
      "  and/und/mit/et/y/e/i/и, a leading by/von/par/por/di dropped); extra names of ours are\n"
      "  not penalised; no names never matches; a failed page counts as no names.\n");
  if (keep) {
    WriteJsonl(tmp / "parallax-trafilatura.jsonl", traf_out[0], traf);
    WriteJsonl(tmp / "parallax-scrapinghub.jsonl", shub_out[0], shub);
    fmt::print("  kept: {} (parallax-*.jsonl and the peers' *.jsonl hold every text)\n",
               tmp.string());
  } else {
    fs::remove_all(tmp);
  }
  return 0;
}
