// parallax: the command line. The only place that prints and exits.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "parallax/error.h"

namespace {

constexpr const char* kExitCodes =
    "\nExit codes: 0 done (some inputs may have been skipped: see stderr and \"errors\");\n"
    "  1 no input could be read at all; 2 bad command line; 3 store error;\n"
    "  4 data folder missing or broken; 5 no such document (show, claims --document)\n"
    "  or story (story, report --story); 70 internal error.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace parallax;
  using namespace parallax::cli;

  CLI::App app{
      "parallax: triangulates the news. Reads articles in many languages and formats,\n"
      "tells what each claims, and where sources agree and disagree.",
      "parallax"};
  app.footer(kExitCodes);
  app.set_version_flag("--version", std::string("parallax ") + PARALLAX_VERSION);
  app.require_subcommand(1);

  GlobalOptions g;
  app.add_option("--db", g.db, "The store: an SQLite file (default ./parallax.db)")
      ->option_text("PATH");
  app.add_option(
         "--data-dir", g.data_dir,
         "parallax's data folder (default: $PARALLAX_DATA_DIR, the installed or source copy)")
      ->option_text("DIR");
  app.add_option("--gazetteer", g.gazetteer_files,
                 "A gazetteer file of your own (format: data/entities-README.md), read after "
                 "the bundled one; repeatable")
      ->option_text("FILE")
      ->check(CLI::ExistingFile);
  app.add_option("--threads", g.threads, "Worker threads (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("-q,--quiet", g.quiet, "No progress line and no summary; errors still go to stderr");

  std::vector<std::string> paths;
  auto* ingest = app.add_subcommand(
      "ingest",
      "Read inputs into the store: files, folders (recursively), .tar/.tar.gz/.zip,\n"
      "WARC and WARC.gz, JSONL, HTML, text; '-' is standard input");
  ingest->add_option("paths", paths, "Inputs")->required()->option_text("PATH...");

  bool docs_json = false;
  auto* docs =
      app.add_subcommand("docs", "List the stored documents: id, language, size, title, source");
  docs->add_flag("--json", docs_json, "JSON instead of a table");

  std::string show_id;
  ShowOptions show_options;
  auto* show = app.add_subcommand("show",
                                  "Show one document: metadata, then its clean text with\n"
                                  "each paragraph's language");
  show->add_option("id", show_id, "Document id, or a unique prefix of at least 4 digits")
      ->required();
  show->add_flag("--json", show_options.json, "The document as JSON (docs/json.md)");
  show->add_flag("--sentences", show_options.sentences, "One sentence a line, with byte offsets");
  show->add_flag("--figures", show_options.figures,
                 "Also list every number, amount, percentage, measure, duration and date\n"
                 "with its value, qualifier and byte offsets");
  show->add_flag("--entities", show_options.entities,
                 "Also list every person, organisation and place with its store id and\n"
                 "each mention in its context");
  show->add_flag("--claims", show_options.claims,
                 "Also list every claim (figure, event, group, source), quote and citation\n"
                 "with its sentence");
  show->add_flag("--removed", show_options.removed,
                 "Also list the blocks taken out of the page (navigation, comments, share,\n"
                 "fundraising, credit, related, advert, legal, boilerplate)");

  EntitiesOptions entities_options;
  auto* entities = app.add_subcommand(
      "entities",
      "List the people, organisations and places of the store: id, type, documents,\n"
      "mentions, languages, name and variants, most documents first");
  entities->add_option("--type", entities_options.type, "Only this type")
      ->option_text("person|organization|place|other");
  entities
      ->add_option("--min-docs", entities_options.min_documents,
                   "Only entities named in at least N documents")
      ->option_text("N");
  entities
      ->add_option("--name", entities_options.name,
                   "Only entities whose name or a variant contains TEXT (any case)")
      ->option_text("TEXT");
  entities->add_option("--limit", entities_options.limit, "At most N lines; 0: all (default 50)")
      ->option_text("N");
  entities->add_flag("--json", entities_options.json, "The full list as JSON");

  ClaimsOptions claims_options;
  auto* claims = app.add_subcommand(
      "claims",
      "List the claims of the stored documents: kind, value, group, source, flags and\n"
      "the sentence around the figure; or their quotes or citations");
  claims->add_option("--kind", claims_options.kind, "Only this kind of claim")
      ->option_text("killed|injured|...|other");
  claims->add_option("--group", claims_options.group, "Only claims counting this group")
      ->option_text("GROUP");
  claims->add_option("--document", claims_options.document, "Only this document (id or prefix)")
      ->option_text("ID");
  claims->add_option("--lang", claims_options.lang, "Only documents in this language")
      ->option_text("LANG");
  claims->add_option("--limit", claims_options.limit, "At most N items; 0: all (default 50)")
      ->option_text("N");
  claims->add_flag("--json", claims_options.json, "All items as JSON");
  claims->add_flag("--quotes", claims_options.quotes, "List the quotes instead");
  claims->add_flag("--citations", claims_options.citations, "List the citations instead");

  StoriesOptions stories_options;
  auto* stories = app.add_subcommand(
      "stories",
      "List the stories of the store: id, documents, languages, time span, label, and\n"
      "how many comparisons disagree, evolve, differ in scope, stand alone or agree");
  stories->add_option("--limit", stories_options.limit, "At most N stories; 0: all (default 50)")
      ->option_text("N");
  stories->add_flag("--json", stories_options.json, "All stories as JSON (docs/json.md)");

  std::string story_id;
  bool story_json = false;
  auto* story = app.add_subcommand(
      "story",
      "Show one story: its documents with their signals, then every comparison of\n"
      "its claims (disagreements first) with the values of each source");
  story->add_option("id", story_id, "Story id (S1, S2, ...)")->required()->option_text("ID");
  story->add_flag("--json", story_json, "The story as JSON (docs/json.md)");

  ReportOptions report_options;
  auto* report = app.add_subcommand(
      "report",
      "Write the stories as one self-contained HTML page (no network needed): the story\n"
      "list, each story's claims matrix, timelines, sources and entities (docs/report.md)");
  report->add_option("--story", report_options.story, "Only this story")->option_text("ID");
  report
      ->add_option("--from-json", report_options.from_json,
                   "Render this analysis JSON (`analyze --json`) instead of the store")
      ->option_text("FILE")
      ->check(CLI::ExistingFile);
  report->add_option("-o,--output", report_options.output, "The HTML file to write ('-': stdout)")
      ->required()
      ->option_text("FILE|-");

  std::string json_path;
  auto* analyze = app.add_subcommand(
      "analyze",
      "Ingest inputs (into --db if given, else a temporary store) and print the analysis;\n"
      "--json writes it as JSON (docs/json.md)");
  analyze->add_option("paths", paths, "Inputs")->required()->option_text("PATH...");
  analyze
      ->add_option("--json", json_path,
                   "Write the JSON result to FILE ('-': standard output;\n"
                   "the summary then goes to stderr)")
      ->option_text("FILE|-");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  g.db_given = app.get_option("--db")->count() > 0;
  if (!g.data_dir.empty()) {
    // Every stage finds the data folder through FindDataDir(), including the
    // charset letter statistics that DecodeToUtf8 loads on first use: the
    // environment is the one place they all read.
    setenv("PARALLAX_DATA_DIR", g.data_dir.c_str(), 1);
  }

  try {
    if (*ingest) return RunIngest(g, paths);
    if (*docs) return RunDocs(g, docs_json);
    if (*show) return RunShow(g, show_id, show_options);
    if (*analyze) return RunAnalyze(g, paths, json_path);
    if (*entities) return RunEntities(g, entities_options);
    if (*claims) return RunClaims(g, claims_options);
    if (*stories) return RunStories(g, stories_options);
    if (*story) return RunStory(g, story_id, story_json);
    if (*report) return RunReport(g, report_options);
  } catch (const StoreError& e) {
    std::fprintf(stderr, "parallax: store error: %s\n", e.what());
    return kExitStore;
  } catch (const DataError& e) {
    std::fprintf(stderr, "parallax: data error: %s\n", e.what());
    return kExitData;
  } catch (const Error& e) {
    std::fprintf(stderr, "parallax: %s\n", e.what());
    return kExitInternal;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "parallax: internal error: %s\n", e.what());
    return kExitInternal;
  }
  return kExitUsage;
}
