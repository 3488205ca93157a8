// The claims commands: `parallax claims` (the claims, quotes or citations of
// the store's documents) and the claim list of `parallax show ID --claims`.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/cli.h"
#include "parallax/report.h"
#include "parallax/store.h"

namespace parallax::cli {

namespace {

// Bytes of sentence shown on each side of a figure or a quote's start.
constexpr size_t kContext = 60;

bool Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The start of the code point at or before `at` in `s`.
size_t CharStart(std::string_view s, size_t at) {
  at = std::min(at, s.size());
  while (at > 0 && at < s.size() && Continuation(s[at])) --at;
  return at;
}

// `s` with newlines and tabs as spaces.
std::string OneLine(std::string_view s) {
  std::string out(s);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\n' || c == '\t' || c == '\r'; }, ' ');
  return out;
}

std::string_view SpanText(const Document& doc, Span span) {
  if (span.end > doc.text.size() || span.start > span.end) return {};
  return std::string_view(doc.text).substr(span.start, span.end - span.start);
}

// The sentence around `mark` (inside sentence `index`), at most kContext
// bytes each side, with the marked text in brackets and "…" where cut.
std::string Around(const Document& doc, uint32_t index, Span mark) {
  if (index >= doc.sentences.size() || mark.end > doc.text.size() || mark.start > mark.end) {
    return {};
  }
  const Span s = doc.sentences[index].span;
  const std::string_view text(doc.text);
  const size_t lo = std::max<size_t>(s.start, mark.start > kContext ? mark.start - kContext : 0);
  const size_t from = std::min<size_t>(CharStart(text, lo), mark.start);
  const size_t to = std::max<size_t>(CharStart(text, std::min<size_t>(s.end, mark.end + kContext)),
                                     std::min<size_t>(mark.end, s.end));
  if (from < s.start || to < mark.end) return OneLine(SpanText(doc, s));
  return (from > s.start ? "…" : "") + OneLine(text.substr(from, mark.start - from)) + "[" +
         OneLine(text.substr(mark.start, mark.end - mark.start)) + "]" +
         OneLine(text.substr(mark.end, to - mark.end)) + (to < s.end ? "…" : "");
}

// "1,000", "2.5": a figure with thousands separators.
std::string Number(double v) {
  if (v != std::floor(v) || std::fabs(v) >= 1e15) return fmt::format("{}", v);
  std::string digits = fmt::format("{}", static_cast<int64_t>(std::fabs(v)));
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (v < 0 ? "-" : "") + out;
}

}  // namespace

std::string ClaimValueText(const Claim& c) {
  std::string n = Number(c.value);
  std::string out;
  switch (c.approx) {
    case Approx::kExact:
      out = n;
      break;
    case Approx::kAbout:
      out = "about " + n;
      break;
    case Approx::kAtLeast:
      out = "at least " + n;
      break;
    case Approx::kMoreThan:
      out = "more than " + n;
      break;
    case Approx::kLessThan:
      out = "less than " + n;
      break;
    case Approx::kUpTo:
      out = "up to " + n;
      break;
    case Approx::kRange:
      out = c.value_max ? n + "-" + Number(*c.value_max) : n;
      break;
    case Approx::kVague:
      out = "some " + n + " (vague)";
      break;
  }
  if (!c.unit.empty()) out += " " + c.unit;
  return out;
}

namespace {

std::string Flags(const Claim& c) {
  std::string out;
  for (auto [on, name] : {std::pair{c.hedged, "hedged"}, std::pair{c.negated, "negated"},
                          std::pair{c.retracted, "retracted"}}) {
    if (on) out += (out.empty() ? "" : ",") + std::string(name);
  }
  return out;
}

// One claim in two lines: what it says, then where.
void PrintClaim(const Document& doc, size_t index, bool with_document) {
  const Claim& c = doc.claims[index];
  std::string what = std::string(ClaimKindName(c.kind));
  if (c.kind == ClaimKind::kOther && !c.noun.empty()) what += " (" + c.noun + ")";
  std::string group = c.group.empty() ? "-" : c.group;
  if (!c.group_text.empty()) group += " \"" + OneLine(c.group_text) + "\"";
  if (c.subset_of >= 0) group += fmt::format(" (part of c{})", c.subset_of + 1);
  std::string line = fmt::format("{}c{} {} {} {}", with_document ? doc.id + ":" : "", index + 1,
                                 what, ClaimValueText(c), group);
  if (!c.attributed_to.empty()) line += " <- " + OneLine(c.attributed_to);
  if (!c.place.empty()) line += " @" + OneLine(c.place);
  if (!c.date.empty()) line += " " + c.date;
  const std::string flags = Flags(c);
  if (!flags.empty()) line += " [" + flags + "]";
  std::printf("%s\n    %s\n", line.c_str(), Around(doc, c.sentence, c.figure).c_str());
}

void PrintQuote(const Document& doc, const Quote& q, bool with_document) {
  std::string speaker = q.speaker.empty() ? "?" : OneLine(q.speaker);
  if (!q.speaker_entity.empty() && q.speaker_entity != q.speaker) {
    speaker += " (" + q.speaker_entity + ")";
  }
  std::string quoted = OneLine(SpanText(doc, q.span));
  if (quoted.size() > 2 * kContext) {
    quoted.resize(CharStart(quoted, 2 * kContext));
    quoted += "…";
  }
  std::printf("%s%s %s: %s%s%s\n", with_document ? (doc.id + " ").c_str() : "",
              q.direct ? "direct  " : "indirect", speaker.c_str(), q.direct ? "\"" : "",
              quoted.c_str(), q.direct ? "\"" : "");
}

void PrintCitation(const Document& doc, const Citation& c, bool with_document) {
  std::string line = (with_document ? doc.id + " " : "") + OneLine(c.name);
  if (!c.url.empty()) line += " <" + c.url + ">";
  if (!c.entity.empty() && c.entity != c.name) line += " (" + c.entity + ")";
  std::printf("%s\n    %s\n", line.c_str(), Around(doc, c.sentence, c.span).c_str());
}

bool Wanted(const Claim& c, const ClaimsOptions& o) {
  if (!o.kind.empty() && ClaimKindName(c.kind) != o.kind) return false;
  if (!o.group.empty() && c.group != o.group) return false;
  return true;
}

}  // namespace

int RunClaims(const GlobalOptions& g, const ClaimsOptions& options) {
  if (!std::filesystem::exists(g.db)) {
    std::fprintf(stderr,
                 "parallax: no store at %s (run `parallax ingest PATH` first, or pass --db)\n",
                 g.db.c_str());
    return kExitStore;
  }
  if (!options.kind.empty() && !ClaimKindFromName(options.kind)) {
    std::fprintf(stderr,
                 "parallax: --kind %s: not a kind (killed, injured, hospitalised, arrested, "
                 "detained, missing, displaced, evacuated, damage, deployed, protesters, other)\n",
                 options.kind.c_str());
    return kExitUsage;
  }
  if (options.quotes && options.citations) {
    std::fprintf(stderr, "parallax: --quotes and --citations: give one of them\n");
    return kExitUsage;
  }
  Store store(g.db);
  std::vector<std::string> ids;
  if (!options.document.empty()) {
    std::optional<Document> d = store.Get(options.document);
    if (!d) {
      std::fprintf(stderr, "parallax: no document %s in %s\n", options.document.c_str(),
                   g.db.c_str());
      return kExitNotFound;
    }
    ids.push_back(d->id);
  } else {
    for (const DocumentSummary& s : store.List()) {
      if (options.lang.empty() || s.lang == options.lang) ids.push_back(s.id);
    }
  }
  const size_t limit = options.json ? 0 : options.limit;
  const char* what = options.quotes ? "quote" : options.citations ? "citation" : "claim";
  nlohmann::json out = nlohmann::json::array();
  size_t shown = 0, total = 0;
  for (const std::string& id : ids) {
    std::optional<Document> doc = store.Get(id);
    if (!doc || (!options.lang.empty() && doc->lang.lang != options.lang)) continue;
    if (options.quotes || options.citations) {
      nlohmann::json items = options.json
                                 ? DocumentToJson(*doc)[options.quotes ? "quotes" : "citations"]
                                 : nlohmann::json();
      const size_t n = options.quotes ? doc->quotes.size() : doc->citations.size();
      for (size_t i = 0; i < n; ++i) {
        ++total;
        if (options.json) {
          items[i]["document"] = doc->id;
          out.push_back(std::move(items[i]));
        } else if (limit == 0 || shown < limit) {
          ++shown;
          if (options.quotes) {
            PrintQuote(*doc, doc->quotes[i], true);
          } else {
            PrintCitation(*doc, doc->citations[i], true);
          }
        }
      }
      continue;
    }
    nlohmann::json items = options.json ? DocumentToJson(*doc)["claims"] : nlohmann::json();
    for (size_t i = 0; i < doc->claims.size(); ++i) {
      if (!Wanted(doc->claims[i], options)) continue;
      ++total;
      if (options.json) {
        items[i]["document"] = doc->id;
        items[i]["lang"] = doc->lang.lang;
        out.push_back(std::move(items[i]));
      } else if (limit == 0 || shown < limit) {
        ++shown;
        PrintClaim(*doc, i, true);
      }
    }
  }
  if (options.json) {
    std::string text = out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    std::fwrite(text.data(), 1, text.size(), stdout);
    return kExitOk;
  }
  std::printf("%zu %s%s%s\n", total, what, total == 1 ? "" : "s",
              shown < total ? fmt::format(" ({} shown; --limit 0 lists all)", shown).c_str() : "");
  return kExitOk;
}

void PrintClaims(const Document& doc) {
  std::printf("claims:\n");
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    std::printf("  ");
    PrintClaim(doc, i, false);
  }
  std::printf("quotes:\n");
  for (const Quote& q : doc.quotes) {
    std::printf("  ");
    PrintQuote(doc, q, false);
  }
  std::printf("citations:\n");
  for (const Citation& c : doc.citations) {
    std::printf("  ");
    PrintCitation(doc, c, false);
  }
  std::printf("\n");
}

}  // namespace parallax::cli
