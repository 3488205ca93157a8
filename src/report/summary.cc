// The analysis as a readable terminal summary.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>

#include "parallax/report.h"

namespace parallax {

namespace {

// Number of code points in valid UTF-8 (an approximation of display width
// that is right for Latin, Cyrillic, Greek, Arabic and Hebrew).
size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The last `width` - 1 code points of `s` after "…" when `s` is longer than
// `width`: for paths and sources, whose end tells them apart.
std::string_view Tail(std::string_view s, size_t width, bool& cut) {
  size_t total = CodePoints(s);
  cut = total > width && width > 1;
  if (!cut) return s;
  size_t skip = total - (width - 1), i = 0;
  for (size_t cps = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && cps++ == skip) break;
  }
  return s.substr(i);
}

// `s` cut to at most `width` code points (with "…" when cut), padded with
// spaces to exactly `width`, newlines shown as spaces.
std::string Fit(std::string_view s, size_t width) {
  std::string out;
  size_t cps = 0;
  size_t total = CodePoints(s);
  size_t keep = total <= width ? total : (width > 0 ? width - 1 : 0);
  for (size_t i = 0; i < s.size() && cps < keep;) {
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0)
      len = 4;
    else if (c >= 0xE0)
      len = 3;
    else if (c >= 0xC0)
      len = 2;
    std::string_view cp = s.substr(i, len);
    if (cp == "\n" || cp == "\t" || cp == "\r")
      out += ' ';
    else
      out.append(cp);
    i += len;
    ++cps;
  }
  if (total > width && width > 0) {
    out += "…";
    ++cps;
  }
  out.append(width > cps ? width - cps : 0, ' ');
  return out;
}

// Like Fit, but a long `s` keeps its end: "…corpus/crawl/kazakhstan.warc.gz#3".
std::string FitTail(std::string_view s, size_t width) {
  bool cut = false;
  std::string_view tail = Tail(s, width, cut);
  return cut ? "…" + Fit(tail, width - 1) : Fit(tail, width);
}

std::string HumanBytes(uint64_t n) {
  if (n < 1024) return fmt::format("{} B", n);
  if (n < 1024 * 1024) return fmt::format("{:.1f} KB", n / 1024.0);
  return fmt::format("{:.1f} MB", n / (1024.0 * 1024.0));
}

}  // namespace

std::string AnalysisSummary(const std::vector<Document>& documents,
                            const std::vector<InputFailure>& failures, int width) {
  std::string out;
  std::map<std::string, int> by_lang;
  for (const Document& d : documents) ++by_lang[d.lang.lang];
  std::string langs;
  for (const auto& [lang, n] : by_lang)
    langs += fmt::format("{}{} {}", langs.empty() ? "" : ", ", lang, n);
  out += fmt::format("{} document{} ({}), {} input{} skipped\n\n", documents.size(),
                     documents.size() == 1 ? "" : "s", langs.empty() ? "none" : langs,
                     failures.size(), failures.size() == 1 ? "" : "s");
  if (!documents.empty()) {
    const size_t fixed = 8 + 2 + 5 + 2 + 5 + 2 + 9 + 2;  // id, lang, conf, size, spaces
    size_t rest = width > static_cast<int>(fixed) + 20 ? width - fixed : 40;
    size_t title_w = rest * 11 / 20, source_w = rest - title_w - 2;
    out += fmt::format("{:<8}  {:<5}  {:>5}  {:>9}  {}  {}\n", "id", "lang", "conf", "size",
                       Fit("title", title_w), "source");
    for (const Document& d : documents) {
      std::string lang = d.lang.lang + (d.mixed_language ? "+" : "") + (d.lang.reliable ? "" : "?");
      out += fmt::format("{:<8}  {:<5}  {:>5.2f}  {:>9}  {}  {}\n", d.id.substr(0, 8), lang,
                         d.lang.confidence, HumanBytes(d.text.size()),
                         Fit(d.title.empty() ? "(no title)" : d.title, title_w),
                         FitTail(d.source, source_w));
    }
    out += "\nlang: '+' mixed-language document, '?' not reliable\n";
  }
  if (!failures.empty()) {
    out += "\nskipped inputs:\n";
    for (const InputFailure& f : failures) out += fmt::format("  {}: {}\n", f.source, f.reason);
  }
  return out;
}

}  // namespace parallax
